/** Geometry helpers for model tests: BVH queries on decoded meshes (three-mesh-bvh). */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';

/** A BVH over a decoded mesh, for closest-point and inside/outside queries. */
export function bvhOf(positions: Float32Array, indices: Uint32Array): MeshBVH {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.setIndex(new BufferAttribute(indices, 1));
  return new MeshBVH(g);
}

const _p = new Vector3();
/** Distance from a point to the surface. */
export function surfaceDistance(bvh: MeshBVH, p: readonly [number, number, number]): number {
  const hit = bvh.closestPointToPoint(_p.set(p[0], p[1], p[2]));
  return hit ? hit.distance : Infinity;
}

/** Three skewed directions (no two along a mesh's axes or one another), for parity votes. */
const RAY_DIRS = [new Vector3(0.267, 0.534, 0.802), new Vector3(-0.802, 0.267, 0.534), new Vector3(0.534, -0.802, 0.267)].map((d) => d.normalize());
const _ray = new Ray();

/**
 * Whether a point lies inside a closed surface: rays from it in three skewed directions cross the
 * surface an odd number of times (two of three agreeing). The closest face's normal alone misleads
 * past a thin end (a tendon tip), where the closest point is a vertex whose faces face every way.
 */
export function isInside(bvh: MeshBVH, p: readonly [number, number, number]): boolean {
  let odd = 0;
  for (const d of RAY_DIRS) {
    _ray.origin.set(p[0], p[1], p[2]);
    _ray.direction.copy(d);
    if (bvh.raycast(_ray, DoubleSide).length % 2 === 1) odd++;
  }
  return odd >= 2;
}

type V3 = readonly [number, number, number];
/** The shared ray set from `origin` along `direction` (normalized). */
function aim(origin: V3, direction: V3): Ray {
  _ray.origin.set(origin[0], origin[1], origin[2]);
  _ray.direction.set(direction[0], direction[1], direction[2]).normalize();
  return _ray;
}

/** Distance along a ray from `origin` to where it first meets the surface, Infinity when it misses. */
export function rayDistance(bvh: MeshBVH, origin: V3, direction: V3): number {
  return bvh.raycastFirst(aim(origin, direction), DoubleSide)?.distance ?? Infinity;
}

/** Whether a ray from `origin` along `direction` meets the surface at all. */
export function rayHits(bvh: MeshBVH, origin: V3, direction: V3): boolean {
  return rayDistance(bvh, origin, direction) < Infinity;
}

/** Distances along a ray from `origin` at which it crosses the surface, nearest first. */
export function rayCrossings(bvh: MeshBVH, origin: V3, direction: V3): number[] {
  return bvh.raycast(aim(origin, direction), DoubleSide).map((h) => h.distance).sort((a, b) => a - b);
}

export function centroid(positions: Float32Array): [number, number, number] {
  let x = 0, y = 0, z = 0;
  const n = positions.length / 3;
  for (let i = 0; i < positions.length; i += 3) {
    x += positions[i]!;
    y += positions[i + 1]!;
    z += positions[i + 2]!;
  }
  return [x / n, y / n, z / n];
}

/**
 * How much of one closed mesh another fills, sampled: an n × n × n lattice over the bounding box of
 * `inner`'s positions, counting the points inside `inner` and of those the points inside `other` too.
 */
export function latticeOverlap(positions: Float32Array, inner: MeshBVH, other: MeshBVH, n: number): { inside: number; inBoth: number } {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3)
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, positions[i + k]!);
      hi[k] = Math.max(hi[k]!, positions[i + k]!);
    }
  let inside = 0, inBoth = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      for (let k = 0; k < n; k++) {
        const p: [number, number, number] = [lo[0]! + ((hi[0]! - lo[0]!) * (i + 0.5)) / n, lo[1]! + ((hi[1]! - lo[1]!) * (j + 0.5)) / n, lo[2]! + ((hi[2]! - lo[2]!) * (k + 0.5)) / n];
        if (!isInside(inner, p)) continue;
        inside++;
        if (isInside(other, p)) inBoth++;
      }
  return { inside, inBoth };
}

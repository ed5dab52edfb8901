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

/** Geometry helpers for model tests: BVH queries on decoded meshes (three-mesh-bvh). */
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
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

/** Whether a point lies inside a closed surface: the closest face's normal points away from it. */
export function isInside(bvh: MeshBVH, p: readonly [number, number, number]): boolean {
  const hit = bvh.closestPointToPoint(_p.set(p[0], p[1], p[2]));
  if (!hit) return false;
  const geo = bvh.geometry;
  const pos = geo.getAttribute('position');
  const idx = geo.getIndex()!;
  const f = hit.faceIndex * 3;
  const a = new Vector3().fromBufferAttribute(pos, idx.getX(f));
  const b = new Vector3().fromBufferAttribute(pos, idx.getX(f + 1));
  const c = new Vector3().fromBufferAttribute(pos, idx.getX(f + 2));
  const n = b.sub(a).cross(c.sub(a));
  return n.dot(_p.clone().sub(hit.point)) < 0;
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

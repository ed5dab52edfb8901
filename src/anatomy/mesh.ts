/** Indexed triangle meshes as the model build passes them between steps. */
import type { V3 } from './vec';

export interface MeshData {
  positions: Float32Array;
  /** Unit vertex normals, same length as positions. */
  normals: Float32Array;
  indices: Uint32Array;
  /** Optional (u, v) per vertex; for muscles u runs origin → insertion and v across the muscle. */
  uvs?: Float32Array;
  /** Optional fibre direction per vertex (x, y, z, w = 1; unit, in the surface): glTF TANGENT. */
  tangents?: Float32Array;
  /** Optional tendon weight per vertex (0 muscle, 1 tendon): the glTF attribute _TENDON. */
  tendon?: Float32Array;
}

/** A part of the model: one glTF node with its mesh and contract extras. */
export interface BuildPart {
  name: string;
  mesh: MeshData;
  extras: Record<string, unknown>;
  material: 'skin' | 'bone' | 'muscle' | 'tendon';
}

/** An empty node (landmark or trigger point). */
export interface ModelPoint {
  name: string;
  position: V3;
  extras: Record<string, unknown>;
}

/** Recomputes smooth vertex normals by area-weighted face normals. */
export function computeNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(positions.length);
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i]! * 3, b = indices[i + 1]! * 3, c = indices[i + 2]! * 3;
    const abx = positions[b]! - positions[a]!, aby = positions[b + 1]! - positions[a + 1]!, abz = positions[b + 2]! - positions[a + 2]!;
    const acx = positions[c]! - positions[a]!, acy = positions[c + 1]! - positions[a + 1]!, acz = positions[c + 2]! - positions[a + 2]!;
    const nx = aby * acz - abz * acy, ny = abz * acx - abx * acz, nz = abx * acy - aby * acx;
    for (const v of [a, b, c]) {
      n[v] = n[v]! + nx;
      n[v + 1] = n[v + 1]! + ny;
      n[v + 2] = n[v + 2]! + nz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    n[i] = n[i]! / l;
    n[i + 1] = n[i + 1]! / l;
    n[i + 2] = n[i + 2]! / l;
  }
  return n;
}

/** Concatenates meshes into one (uvs kept only when every part has them). */
export function mergeMeshes(parts: readonly MeshData[]): MeshData {
  const nv = parts.reduce((a, m) => a + m.positions.length / 3, 0);
  const ni = parts.reduce((a, m) => a + m.indices.length, 0);
  const withUv = parts.every((m) => m.uvs);
  const positions = new Float32Array(nv * 3), normals = new Float32Array(nv * 3), indices = new Uint32Array(ni);
  const uvs = withUv ? new Float32Array(nv * 2) : null;
  let v = 0, i = 0;
  for (const m of parts) {
    positions.set(m.positions, v * 3);
    normals.set(m.normals, v * 3);
    if (uvs && m.uvs) uvs.set(m.uvs, v * 2);
    for (let k = 0; k < m.indices.length; k++) indices[i + k] = m.indices[k]! + v;
    v += m.positions.length / 3;
    i += m.indices.length;
  }
  return uvs ? { positions, normals, indices, uvs } : { positions, normals, indices };
}

/** Reverses the winding of every triangle of an index list, in place. */
export function flipWinding(indices: number[] | Uint32Array): void {
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1]!;
    indices[t + 1] = indices[t + 2]!;
    indices[t + 2] = b;
  }
}

/** A mirrored copy of a mesh in the plane x = 0: x negated in positions and normals, winding reversed so it still faces outward. */
export function mirrorMesh(m: MeshData): MeshData {
  const positions = Float32Array.from(m.positions);
  const normals = Float32Array.from(m.normals);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]!;
    normals[i] = -normals[i]!;
  }
  const indices = Uint32Array.from(m.indices);
  flipWinding(indices);
  const out: MeshData = m.uvs ? { positions, normals, indices, uvs: Float32Array.from(m.uvs) } : { positions, normals, indices };
  if (m.tangents) {
    const tangents = Float32Array.from(m.tangents);
    // the mirror image runs the other way in x and has the other handedness
    for (let i = 0; i < tangents.length; i += 4) {
      tangents[i] = -tangents[i]!;
      tangents[i + 3] = -tangents[i + 3]!;
    }
    out.tangents = tangents;
  }
  if (m.tendon) out.tendon = m.tendon;
  return out;
}

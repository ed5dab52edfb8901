/** Mirrors left-side geometry to the right side (x → -x), keeping faces outward. */
import type { MeshData } from '../mesh';
import type { V3 } from '../vec';

/** A mirrored copy of a mesh: x negated in positions and normals, triangle winding reversed. */
export function mirrorMesh(m: MeshData): MeshData {
  const positions = Float32Array.from(m.positions);
  const normals = Float32Array.from(m.normals);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]!;
    normals[i] = -normals[i]!;
  }
  const indices = Uint32Array.from(m.indices);
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1]!;
    indices[t + 1] = indices[t + 2]!;
    indices[t + 2] = b;
  }
  return m.uvs ? { positions, normals, indices, uvs: Float32Array.from(m.uvs) } : { positions, normals, indices };
}

export const mirrorPoint = (p: V3): V3 => [-p[0], p[1], p[2]];

/**
 * Per-vertex attributes of a muscle mesh for the shader: the fibre direction (the direction in which
 * `along`, the mesh's u, grows over the surface, from its gradient on each triangle) and how much of
 * the muscle is tendon there (from `along` and the definition's tendon fractions at both ends).
 */
import { midTendonWeight } from './fibres';
import type { MeshData } from '../mesh';

/**
 * Unit fibre directions (x, y, z, w = 1) in the surface: per triangle the gradient of u, summed at
 * its corners by area and made perpendicular to the vertex normal. Where u does not vary the
 * direction is any unit vector in the surface.
 */
export function fibreTangents(mesh: MeshData): Float32Array {
  const { positions: p, normals: n, indices: idx, uvs } = mesh;
  const nv = p.length / 3;
  const acc = new Float64Array(nv * 3);
  if (uvs)
    for (let t = 0; t < idx.length; t += 3) {
      const a = idx[t]!, b = idx[t + 1]!, c = idx[t + 2]!;
      const e1 = [p[b * 3]! - p[a * 3]!, p[b * 3 + 1]! - p[a * 3 + 1]!, p[b * 3 + 2]! - p[a * 3 + 2]!];
      const e2 = [p[c * 3]! - p[a * 3]!, p[c * 3 + 1]! - p[a * 3 + 1]!, p[c * 3 + 2]! - p[a * 3 + 2]!];
      const du1 = uvs[b * 2]! - uvs[a * 2]!, du2 = uvs[c * 2]! - uvs[a * 2]!;
      // the gradient of u in the triangle's plane: g with g·e1 = du1, g·e2 = du2
      const g11 = e1[0]! * e1[0]! + e1[1]! * e1[1]! + e1[2]! * e1[2]!, g22 = e2[0]! * e2[0]! + e2[1]! * e2[1]! + e2[2]! * e2[2]!;
      const g12 = e1[0]! * e2[0]! + e1[1]! * e2[1]! + e1[2]! * e2[2]!;
      const det = g11 * g22 - g12 * g12;
      if (det <= 1e-24) continue;
      const x = (du1 * g22 - du2 * g12) / det, y = (du2 * g11 - du1 * g12) / det;
      // weighted by the triangle's area (√det / 2), the gradient's own length dropped
      const g = [x * e1[0]! + y * e2[0]!, x * e1[1]! + y * e2[1]!, x * e1[2]! + y * e2[2]!];
      const gl = Math.hypot(g[0]!, g[1]!, g[2]!);
      if (gl < 1e-12) continue;
      const w = Math.sqrt(det) / 2 / gl;
      for (const v of [a, b, c]) for (let k = 0; k < 3; k++) acc[v * 3 + k]! += g[k]! * w;
    }
  const out = new Float32Array(nv * 4);
  for (let v = 0; v < nv; v++) {
    const nx = n[v * 3]!, ny = n[v * 3 + 1]!, nz = n[v * 3 + 2]!;
    let tx = acc[v * 3]!, ty = acc[v * 3 + 1]!, tz = acc[v * 3 + 2]!;
    const d = tx * nx + ty * ny + tz * nz;
    tx -= d * nx;
    ty -= d * ny;
    tz -= d * nz;
    let l = Math.hypot(tx, ty, tz);
    if (l < 1e-9) {
      // any direction in the surface: the normal crossed with the axis it is least aligned with
      [tx, ty, tz] = Math.abs(nx) < 0.9 ? [0, nz, -ny] : [-nz, 0, nx];
      l = Math.hypot(tx, ty, tz) || 1;
    }
    out.set([tx / l, ty / l, tz / l, 1], v * 4);
  }
  return out;
}

/** Tendon weight of a band of u (from, to): 1 inside, falling to 0 over a fifth of its width outside. */
export function bandWeight(u: number, band: readonly [number, number]): number {
  const [a, b] = band;
  const w = Math.max((b - a) / 5, 1e-6);
  const s = Math.min(Math.max(Math.min(u - (a - w), b + w - u) / w, 0), 1);
  return s * s * (3 - 2 * s);
}

/**
 * Tendon weight per vertex from u: 1 on the tendon at either end (u below the origin fraction or
 * above 1 − the insertion fraction), in the `bands` between and on an intermediate tendon (`mid`), 0
 * in the bellies, blended over the last third of each end tendon.
 */
export function tendonWeights(uvs: Float32Array, tendon: readonly [number, number], bands: readonly (readonly [number, number])[] = [], mid?: readonly [number, number]): Float32Array {
  const [t0, t1] = tendon;
  const ramp = (x: number, edge: number) => {
    if (edge <= 0) return 0;
    const s = Math.min(Math.max((edge - x) / (edge / 3), 0), 1);
    return s * s * (3 - 2 * s);
  };
  const out = new Float32Array(uvs.length / 2);
  for (let v = 0; v < out.length; v++) {
    const u = uvs[v * 2]!;
    out[v] = Math.max(ramp(u, t0), ramp(1 - u, t1), midTendonWeight(mid, u), ...bands.map((b) => bandWeight(u, b)));
  }
  return out;
}

/**
 * Where a trigger point given as (along, across) lies on a volume muscle's outer face. The simplified
 * mesh keeps few vertices on a broad sheet (the upper trapezius has about 800), so the nearest vertex
 * in (along, across) jumps by centimetres as the numbers change; instead the point is found inside the
 * outer-face triangle whose (along, across) triangle holds it, and its position and normal are
 * interpolated there. A sheet holds each (along, across) twice, on its outer and its inner face (and
 * where it folds, more often): of the triangles that hold it, the one whose vertices face most outward
 * is taken, if its vertices face outward on average. Where no such triangle holds it (beyond the
 * sheet's edge in uv, or where that part of the outer face is missing), the nearest outer vertex is used.
 */
import type { SurfacePoint } from '../muscles/shape';

export interface SurfaceMesh {
  positions: ArrayLike<number>;
  normals: ArrayLike<number>;
  indices: ArrayLike<number>;
  uvs: ArrayLike<number>;
}

/** Barycentric weights of (u, v) in the uv triangle a, b, c, or null when outside it or degenerate. */
function weights(uvs: ArrayLike<number>, a: number, b: number, c: number, u: number, v: number): [number, number, number] | null {
  const ax = uvs[a * 2]!, ay = uvs[a * 2 + 1]!;
  const e1x = uvs[b * 2]! - ax, e1y = uvs[b * 2 + 1]! - ay, e2x = uvs[c * 2]! - ax, e2y = uvs[c * 2 + 1]! - ay;
  const det = e1x * e2y - e2x * e1y;
  if (Math.abs(det) < 1e-12) return null;
  const px = u - ax, py = v - ay;
  const wb = (px * e2y - e2x * py) / det, wc = (e1x * py - px * e1y) / det, wa = 1 - wb - wc;
  const eps = -1e-9;
  return wa >= eps && wb >= eps && wc >= eps ? [wa, wb, wc] : null;
}

/** How far a vertex's normal must face outward (cosine) to count as the outer face. */
const OUTER = 0.25;

/**
 * A lookup of (along, across) on the faces of `mesh`, where `outward` gives per vertex how far its
 * normal faces outward, as a cosine (build-volume.ts: away from what the muscle lies on and towards
 * the nearest skin, half each).
 */
export function surfaceLookup(mesh: SurfaceMesh, outward: Float32Array): (along: number, across: number) => SurfacePoint {
  const { positions: p, normals: n, indices: idx, uvs } = mesh;
  const nv = p.length / 3;
  const at = (v: number): SurfacePoint => ({ position: [p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!], normal: [n[v * 3]!, n[v * 3 + 1]!, n[v * 3 + 2]!] });
  return (along, across) => {
    // of the triangles holding (along, across) on the outer face, the one facing most outward
    let found = -1, score = 3 * OUTER, wf: [number, number, number] = [1, 0, 0];
    for (let t = 0; t < idx.length; t += 3) {
      const a = idx[t]!, b = idx[t + 1]!, c = idx[t + 2]!;
      const s = outward[a]! + outward[b]! + outward[c]!;
      if (s <= score) continue;
      const w = weights(uvs, a, b, c, along, across);
      if (!w) continue;
      [found, score, wf] = [t, s, w];
    }
    if (found >= 0) {
      const a = idx[found]!, b = idx[found + 1]!, c = idx[found + 2]!;
      const mix = (arr: ArrayLike<number>, k: number) => wf[0] * arr[a * 3 + k]! + wf[1] * arr[b * 3 + k]! + wf[2] * arr[c * 3 + k]!;
      const normal: [number, number, number] = [mix(n, 0), mix(n, 1), mix(n, 2)];
      const len = Math.hypot(normal[0], normal[1], normal[2]) || 1;
      return { position: [mix(p, 0), mix(p, 1), mix(p, 2)], normal: [normal[0] / len, normal[1] / len, normal[2] / len] };
    }
    let best = -1, bestD = Infinity;
    for (let pass = 0; pass < 2 && best < 0; pass++)
      for (let v = 0; v < nv; v++) {
        if (pass === 0 && outward[v]! <= OUTER) continue;
        const d = (uvs[v * 2]! - along) ** 2 + (uvs[v * 2 + 1]! - across) ** 2;
        if (d < bestD) [bestD, best] = [d, v];
      }
    return at(best);
  };
}

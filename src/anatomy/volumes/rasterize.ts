/**
 * Swept fibres into a grid: every fibre segment is a round cone (radius interpolated between its
 * ends), written into the cells near it as a smooth minimum of distances; each cell also keeps the
 * (along, across) of the fibre point nearest to it, for the mesh's TEXCOORD_0 and trigger points.
 */
import type { Fibre } from './fibres';
import type { Grid } from './grid';

/** The rasterized muscle: distances and, per cell, along (t) and across (v) of the nearest fibre. */
export interface FibreRaster {
  grid: Grid;
  along: Float32Array;
  across: Float32Array;
}

/** Polynomial smooth minimum (k metres of blending). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/**
 * Writes the fibres into `grid` (whose values start at a positive "far" level) with radii scaled by
 * `scale`. Only cells within `band` of a segment are touched.
 */
export function rasterizeFibres(grid: Grid, fibres: readonly Fibre[], scale: number, blend: number, band: number): FibreRaster {
  const { nx, ny, nz, cell, values } = grid;
  const [x0, y0, z0] = grid.min;
  const along = new Float32Array(values.length).fill(-1);
  const across = new Float32Array(values.length);
  const best = new Float32Array(values.length).fill(Infinity);
  for (const f of fibres) {
    const n = f.points.length;
    for (let s = 0; s + 1 < n; s++) {
      const a = f.points[s]!, b = f.points[s + 1]!;
      const ra = f.radii[s]! * scale, rb = f.radii[s + 1]! * scale;
      const ex = b[0] - a[0], ey = b[1] - a[1], ez = b[2] - a[2];
      const L2 = ex * ex + ey * ey + ez * ez || 1e-12;
      const reach = Math.max(ra, rb) + band;
      const i0 = Math.max(0, Math.floor((Math.min(a[0], b[0]) - reach - x0) / cell)), i1 = Math.min(nx - 1, Math.ceil((Math.max(a[0], b[0]) + reach - x0) / cell));
      const j0 = Math.max(0, Math.floor((Math.min(a[1], b[1]) - reach - y0) / cell)), j1 = Math.min(ny - 1, Math.ceil((Math.max(a[1], b[1]) + reach - y0) / cell));
      const k0 = Math.max(0, Math.floor((Math.min(a[2], b[2]) - reach - z0) / cell)), k1 = Math.min(nz - 1, Math.ceil((Math.max(a[2], b[2]) + reach - z0) / cell));
      const t0 = s / (n - 1), t1 = (s + 1) / (n - 1);
      for (let k = k0; k <= k1; k++) {
        const pz = z0 + k * cell - a[2];
        for (let j = j0; j <= j1; j++) {
          const py = y0 + j * cell - a[1];
          let o = i0 + nx * (j + ny * k);
          for (let i = i0; i <= i1; i++, o++) {
            const px = x0 + i * cell - a[0];
            let h = (px * ex + py * ey + pz * ez) / L2;
            h = h < 0 ? 0 : h > 1 ? 1 : h;
            const qx = px - ex * h, qy = py - ey * h, qz = pz - ez * h;
            const d = Math.sqrt(qx * qx + qy * qy + qz * qz) - (ra + (rb - ra) * h);
            if (d > band) continue;
            values[o] = smin(values[o]!, d, blend);
            if (d < best[o]!) {
              best[o] = d;
              along[o] = t0 + (t1 - t0) * h;
              across[o] = f.v;
            }
          }
        }
      }
    }
  }
  return { grid, along, across };
}

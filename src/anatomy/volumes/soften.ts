/**
 * Softening a muscle's grid where its surface is pinched. Surface nets leave an edge shared by more
 * than two triangles where two parts of a field touch along a cell edge; blurring the field there
 * resolves it one way or the other. Blurring the whole grid does it too, but erodes every thin part
 * (a tendon, a sheet's border) as it goes, so the generator tries round the pinched edges first.
 */
import type { Grid } from './grid';

/** Growth per pass round a pinched edge (cells), so that the parts meeting there join. */
const SADDLE_BIAS = 0.1;

/** One pass of a light blur over the cells near the surface: removes needles and sheets thinner than a cell. */
export function soften(g: Grid, band: number, weight = 0.4): void {
  const { nx, ny, nz, values } = g;
  const src = Float32Array.from(values);
  for (let k = 1; k < nz - 1; k++)
    for (let j = 1; j < ny - 1; j++)
      for (let i = 1; i < nx - 1; i++) {
        const o = i + nx * (j + ny * k);
        const v = src[o]!;
        if (v >= band) continue;
        const m = (src[o - 1]! + src[o + 1]! + src[o - nx]! + src[o + nx]! + src[o - nx * ny]! + src[o + nx * ny]!) / 6;
        values[o] = (1 - weight) * v + weight * m;
      }
}

/** Edges not shared by exactly two triangles in opposite directions (non-manifold or open). */
export function badEdges(idx: Uint32Array): number {
  const edges = new Map<number, number>();
  const key = (a: number, b: number) => a * 4194304 + b;
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const k = key(idx[t + e]!, idx[t + ((e + 1) % 3)]!);
      edges.set(k, (edges.get(k) ?? 0) + 1);
    }
  let bad = 0;
  for (const [k, n] of edges) {
    const a = Math.floor(k / 4194304), b = k % 4194304;
    if (n !== 1 || edges.get(key(b, a)) !== 1) bad++;
  }
  return bad;
}

/** The vertices of the edges badEdges counts. */
export function badEdgeVertices(idx: Uint32Array): number[] {
  const edges = new Map<number, number>();
  const key = (a: number, b: number) => a * 4194304 + b;
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const k = key(idx[t + e]!, idx[t + ((e + 1) % 3)]!);
      edges.set(k, (edges.get(k) ?? 0) + 1);
    }
  const out = new Set<number>();
  for (const [k, n] of edges) {
    const a = Math.floor(k / 4194304), b = k % 4194304;
    if (n !== 1 || edges.get(key(b, a)) !== 1) out.add(a).add(b);
  }
  return [...out];
}

/**
 * soften() only within `r` cells of the given surface-nets vertices (grid coordinates): a pinched edge
 * is smoothed away where it is, and the thin parts elsewhere (tendons, a sheet's borders) keep their size.
 */
export function softenAround(g: Grid, pos: Float32Array, verts: readonly number[], r: number, weight: number): void {
  const { nx, ny, nz, values } = g;
  // a blur keeps a symmetric saddle a saddle: a little growth there joins the two sides instead
  const bias = SADDLE_BIAS * g.cell;
  const src = Float32Array.from(values);
  const done = new Uint8Array(values.length);
  for (const v of verts) {
    const ci = Math.round(pos[v * 3]!), cj = Math.round(pos[v * 3 + 1]!), ck = Math.round(pos[v * 3 + 2]!);
    for (let k = Math.max(1, ck - r); k <= Math.min(nz - 2, ck + r); k++)
      for (let j = Math.max(1, cj - r); j <= Math.min(ny - 2, cj + r); j++)
        for (let i = Math.max(1, ci - r); i <= Math.min(nx - 2, ci + r); i++) {
          const o = i + nx * (j + ny * k);
          if (done[o]) continue;
          done[o] = 1;
          const m = (src[o - 1]! + src[o + 1]! + src[o - nx]! + src[o + nx]! + src[o - nx * ny]! + src[o + nx * ny]!) / 6;
          values[o] = (1 - weight) * src[o]! + weight * m - bias;
        }
  }
}

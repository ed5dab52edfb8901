/**
 * A lofted solid: horizontal cross-sections stacked along y, each a superellipse centred on x = 0 with
 * its own half-width, front (z > 0) and back (z < 0) extent, interpolated smoothly between samples.
 * Used for the trunk, whose silhouette is easiest to author as a table of sections.
 */
import type { Field } from '../context';
import type { Prim } from './primitives';

/** One cross-section: height, half-width, front z (> 0) and back z (< 0). */
export interface Section {
  y: number;
  halfWidth: number;
  front: number;
  back: number;
}

/** Catmull-Rom interpolation of a sampled profile at height y (samples sorted by y). */
function interp(ys: Float64Array, vs: Float64Array, y: number): number {
  const n = ys.length;
  if (y <= ys[0]!) return vs[0]!;
  if (y >= ys[n - 1]!) return vs[n - 1]!;
  let i = 0;
  while (i < n - 2 && y > ys[i + 1]!) i++;
  const t = (y - ys[i]!) / (ys[i + 1]! - ys[i]!);
  const v0 = vs[Math.max(0, i - 1)]!, v1 = vs[i]!, v2 = vs[i + 1]!, v3 = vs[Math.min(n - 1, i + 2)]!;
  const t2 = t * t, t3 = t2 * t;
  return 0.5 * (2 * v1 + (-v0 + v2) * t + (2 * v0 - 5 * v1 + 4 * v2 - v3) * t2 + (-v0 + 3 * v1 - 3 * v2 + v3) * t3);
}

/** A superellipse loft through the sections (exponent p; 2 is an ellipse), capped flat at both ends. */
export function sectionLoft(sections: readonly Section[], p = 2.4): Prim {
  const s = [...sections].sort((a, b) => a.y - b.y);
  if (s.length < 2) throw new Error('loft needs at least two sections');
  const ys = Float64Array.from(s.map((q) => q.y));
  const ws = Float64Array.from(s.map((q) => q.halfWidth));
  const fs = Float64Array.from(s.map((q) => q.front));
  const bs = Float64Array.from(s.map((q) => -q.back));
  const y0 = ys[0]!, y1 = ys[ys.length - 1]!;
  const ip = 1 / p;
  const d: Field = (x, y, z) => {
    const a = interp(ys, ws, y);
    const c = z > 0 ? interp(ys, fs, y) : interp(ys, bs, y);
    const r = ((x < 0 ? -x : x) / a) ** p + ((z < 0 ? -z : z) / c) ** p;
    const dxz = (r ** ip - 1) * (a < c ? a : c);
    const dy = y0 - y > y - y1 ? y0 - y : y - y1;
    if (dxz > 0 && dy > 0) return Math.sqrt(dxz * dxz + dy * dy);
    return dxz > dy ? dxz : dy;
  };
  const w = Math.max(...ws), f = Math.max(...fs), b = Math.max(...bs);
  return { d, minX: -w, maxX: w, minY: y0, maxY: y1, minZ: -b, maxZ: f };
}

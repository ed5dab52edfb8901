/** Resolves anchor definitions to points on the left side of the standard figure. */
import { landmark } from '../landmarks';
import { add, lerp, type V3 } from '../vec';
import type { AnchorDef } from './types';

/** The left-side position of an anchor. */
export function resolveAnchor(a: AnchorDef): V3 {
  if (typeof a === 'string') return landmark(a, 'left');
  if ('at' in a) return [a.at[0], a.at[1], a.at[2]];
  if ('lm' in a) return add(landmark(a.lm, 'left'), a.off);
  const p = lerp(landmark(a.between[0], 'left'), landmark(a.between[1], 'left'), a.t);
  return a.off ? add(p, a.off) : p;
}

/** A point a fraction t (0..1) along a polyline of anchors, by arc length. A single anchor is a point. */
export function alongPolyline(points: readonly V3[], t: number): V3 {
  if (points.length === 1) return points[0]!;
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!, b = points[i]!;
    const l = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    lengths.push(l);
    total += l;
  }
  let d = Math.min(Math.max(t, 0), 1) * total;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (d <= l || i === lengths.length - 1) return lerp(points[i]!, points[i + 1]!, l > 0 ? Math.min(d / l, 1) : 0);
    d -= l;
  }
  return points[points.length - 1]!;
}

/** A centripetal-free Catmull-Rom curve through the points, sampled at t in 0..1 (uniform per span). */
export function catmullRom(points: readonly V3[], t: number): V3 {
  const n = points.length;
  if (n === 1) return points[0]!;
  if (n === 2) return lerp(points[0]!, points[1]!, t);
  const f = Math.min(Math.max(t, 0), 1) * (n - 1);
  const i = Math.min(Math.floor(f), n - 2);
  const s = f - i;
  const p0 = points[Math.max(i - 1, 0)]!, p1 = points[i]!, p2 = points[i + 1]!, p3 = points[Math.min(i + 2, n - 1)]!;
  const s2 = s * s, s3 = s2 * s;
  const out: V3 = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    out[k] =
      0.5 *
      (2 * p1[k]! + (-p0[k]! + p2[k]!) * s + (2 * p0[k]! - 5 * p1[k]! + 4 * p2[k]! - p3[k]!) * s2 + (-p0[k]! + 3 * p1[k]! - 3 * p2[k]! + p3[k]!) * s3);
  }
  return out;
}

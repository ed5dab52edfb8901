/** Resolves anchor definitions to points on the left side of the standard figure. */
import { landmark } from '../landmarks';
import { add, lerp, type V3 } from '../vec';
import type { AnchorDef } from './types';

/** The left-side position of an anchor. */
export function anchorPoint(a: AnchorDef): V3 {
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

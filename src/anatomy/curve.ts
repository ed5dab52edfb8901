/** Smooth curves through control points: three's centripetal Catmull-Rom spline. */
import { CatmullRomCurve3, Vector3 } from 'three';
import type { V3 } from './vec';

/** A centripetal Catmull-Rom curve through the points, sampled by t in 0..1 (uniform per span). */
export function smoothCurve(points: readonly Readonly<V3>[]): (t: number) => V3 {
  if (points.length === 0) throw new Error('smoothCurve needs at least one point');
  if (points.length === 1) {
    const p = points[0]!;
    return () => [p[0], p[1], p[2]];
  }
  const curve = new CatmullRomCurve3(points.map((p) => new Vector3(p[0], p[1], p[2])), false, 'centripetal');
  const v = new Vector3();
  return (t) => {
    curve.getPoint(Math.min(Math.max(t, 0), 1), v);
    return [v.x, v.y, v.z];
  };
}

/** The curve through the points sampled `per` times per span (control points included). */
export function curvePoints(points: readonly Readonly<V3>[], per: number): V3[] {
  const at = smoothCurve(points);
  const n = (points.length - 1) * per;
  return Array.from({ length: n + 1 }, (_, i) => at(i / n));
}

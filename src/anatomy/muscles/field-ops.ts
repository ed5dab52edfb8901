/** Operations on distance fields used to lay muscles on the skin and on bone. */
import type { Field } from '../context';
import type { V3 } from '../vec';

const H = 5e-4;

/** The normalised gradient of a field at p (the outward normal of its level set). */
export function gradient(f: Field, p: V3): V3 {
  const gx = f(p[0] + H, p[1], p[2]) - f(p[0] - H, p[1], p[2]);
  const gy = f(p[0], p[1] + H, p[2]) - f(p[0], p[1] - H, p[2]);
  const gz = f(p[0], p[1], p[2] + H) - f(p[0], p[1], p[2] - H);
  const l = Math.hypot(gx, gy, gz) || 1;
  return [gx / l, gy / l, gz / l];
}

/** Moves p along the field's gradient until the field equals `level` (Newton steps, bounded). */
export function projectToLevel(f: Field, p: V3, level: number, steps = 8, maxStep = 0.05): V3 {
  let x = p[0], y = p[1], z = p[2];
  for (let i = 0; i < steps; i++) {
    const d = f(x, y, z) - level;
    if (Math.abs(d) < 2e-4) break;
    const g = gradient(f, [x, y, z]);
    const s = Math.max(-maxStep, Math.min(maxStep, d));
    x -= g[0] * s;
    y -= g[1] * s;
    z -= g[2] * s;
  }
  return [x, y, z];
}

/** Pushes p so that the field is at most `maxLevel` (kept inside a surface by a margin). */
export function keepInside(f: Field, p: V3, maxLevel: number): V3 {
  return f(p[0], p[1], p[2]) > maxLevel ? projectToLevel(f, p, maxLevel, 6) : p;
}

/** Pushes p so that the field is at least `minLevel` (kept outside a surface by a clearance). */
export function keepOutside(f: Field, p: V3, minLevel: number): V3 {
  return f(p[0], p[1], p[2]) < minLevel ? projectToLevel(f, p, minLevel, 6) : p;
}

/**
 * The sagittal curve of the vertebral column: for every level from C1 to L5 (and the top of S1) the
 * tilt of the column's axis, from which the vertebral bodies' centres and endplate angles follow.
 *
 * Tilt φ is the angle of the axis from vertical in the sagittal plane, positive where going up moves
 * forward (+Z). Endplates are perpendicular to the axis, so the Cobb angle between two endplates is
 * the difference of their tilts. The table gives, in adult standing values:
 * - sacral slope (S1 endplate from horizontal) 32°; published standing values are about 30–50°, mean near 40°
 *   (Legaye et al. 1998, Eur Spine J 7:99; Roussouly et al. 2005, Spine 30:346);
 * - lumbar lordosis L1–S1 50°; normal standing range about 40–60° (Been & Kalichman 2014, Spine J 14:87;
 *   Ng et al. 2001, Spine 26:53);
 * - thoracic kyphosis T4–T12 36°; normal about 20–50°, mean 41° ± 12° in adults under 40 rising with age
 *   (Fon et al. 1980, AJR 134:979);
 * - cervical lordosis C2–C7 19°; normal standing means 15–40° (Hardacker et al. 1997, Spine 22:1472),
 *   with a T1 slope near 16–25° (Knott et al. 2010, Spine J 10:994).
 */
import type { V3 } from './vec';

/** Vertebral levels from the top down. */
export const LEVELS = [
  'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7',
  't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12',
  'l1', 'l2', 'l3', 'l4', 'l5',
] as const;
export type Level = (typeof LEVELS)[number];

/** Axis tilt at each vertebral body's centre, degrees (see the file comment for the sign). */
export const TILT_DEG: Record<Level, number> = {
  c1: -6, c2: -3, c3: 1, c4: 4, c5: 8, c6: 12, c7: 16,
  t1: 16, t2: 16, t3: 15, t4: 13, t5: 8, t6: 2, t7: -4, t8: -9, t9: -13, t10: -17, t11: -21, t12: -23,
  l1: -18, l2: -9, l3: 1, l4: 11, l5: 21,
};
/** Tilt of the axis at the top of S1 (equal to the sacral slope). */
export const SACRAL_SLOPE_DEG = 32;

/** Height of each vertebral body's centre (m), spaced as on the standard figure. */
export const BODY_Y: Record<Level, number> = {
  c1: 1.604, c2: 1.587, c3: 1.567, c4: 1.549, c5: 1.531, c6: 1.511, c7: 1.489,
  ...(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i + 1}`, 1.464 - 0.0275 * i])) as Record<`t${number}`, number>),
  l1: 1.132, l2: 1.1, l3: 1.068, l4: 1.036, l5: 1.004,
} as Record<Level, number>;
/** The top of S1: where the sacrum's upper endplate is centred. */
export const S1_TOP: V3 = [0, 0.974, -0.02];

const rad = Math.PI / 180;

/** Where each body's centre lies: integrating dz/dy = tan φ upward from the top of S1. */
function integrate(): Record<Level, V3> {
  const out = {} as Record<Level, V3>;
  const up = [...LEVELS].reverse();
  let y = S1_TOP[1], z = S1_TOP[2], phi = SACRAL_SLOPE_DEG;
  for (const lv of up) {
    const y1 = BODY_Y[lv], phi1 = TILT_DEG[lv];
    // trapezoid rule on tan φ over fine steps (φ linear in y between table points)
    const steps = 12;
    for (let s = 0; s < steps; s++) {
      const ya = y + ((y1 - y) * s) / steps, yb = y + ((y1 - y) * (s + 1)) / steps;
      const pa = phi + ((phi1 - phi) * s) / steps, pb = phi + ((phi1 - phi) * (s + 1)) / steps;
      z += ((Math.tan(pa * rad) + Math.tan(pb * rad)) / 2) * (yb - ya);
    }
    out[lv] = [0, y1, z];
    y = y1;
    phi = phi1;
  }
  return out;
}

/** Centre of each vertebral body. */
export const BODY_CENTRE: Record<Level, V3> = integrate();

/** The unit axis (upward along the column) at a level. */
export function axisAt(level: Level): V3 {
  const p = TILT_DEG[level] * rad;
  return [0, Math.cos(p), Math.sin(p)];
}

/** The Cobb angle (degrees) between the upper endplate of `upper` and the lower endplate of `lower` (positive = kyphotic). */
export function cobbAngle(upper: Level | 's1', lower: Level | 's1'): number {
  const t = (l: Level | 's1') => (l === 's1' ? SACRAL_SLOPE_DEG : TILT_DEG[l]);
  return t(upper) - t(lower);
}

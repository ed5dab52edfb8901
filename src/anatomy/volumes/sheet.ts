/**
 * Draping for broad thin sheets (VolumeShape.sheet): the fibres of a sheet are settled together, not
 * one by one. Each pass eases every inner point towards its neighbours across the sheet (the fibres
 * beside it at the same place along), draws it under the skin and pushes it out of the true ground to
 * its full radius, so neighbouring fibres cannot part over a spinous process or sink between two ribs,
 * and the tube around every fibre stays outside the bone and the deeper volumes that would cut it and
 * inside the skin cut.
 */
import type { Field } from '../context';
import { projectToLevel } from '../muscles/field-ops';
import type { V3 } from '../vec';
import type { Fibre } from './fibres';

/** Clearance (m) above the true ground that a sheet's fibre tube keeps. */
const SHEET_CLEARANCE = 0.0006;

/**
 * The point moved out along the ground's gradient until it lies `level` from it, but only where the
 * ground is a true distance (gradient near unit length): a deeper volume's grid is capped a few cells
 * out, and its flat far values say nothing of where its surface is (inside, wider steps are tried).
 */
function pushOut(ground: Field, p: V3, level: number): V3 {
  let [x, y, z] = p;
  for (let step = 0; step < 8; step++) {
    const d = ground(x, y, z);
    if (d >= level) break;
    // deep inside a volume its grid is flat too: look wider for the way out before giving up
    let gx = 0, gy = 0, gz = 0, l = 0;
    for (const h of d < 0 ? [0.002, 0.006, 0.012] : [0.002]) {
      gx = (ground(x + h, y, z) - ground(x - h, y, z)) / (2 * h);
      gy = (ground(x, y + h, z) - ground(x, y - h, z)) / (2 * h);
      gz = (ground(x, y, z + h) - ground(x, y, z - h)) / (2 * h);
      l = Math.hypot(gx, gy, gz);
      if (l >= 0.5) break;
    }
    if (l < 0.5) break;
    const move = Math.min(level - d, 0.01) / l;
    x += gx * move;
    y += gy * move;
    z += gz * move;
  }
  return [x, y, z];
}

/**
 * The sheet's fibres settled together (the end points, on their footprints, stay where they are):
 * each pass eases the points across, draws any that lie less than their radius plus `skinDepth` under
 * the skin back under it, then pushes any that lie less than their radius (plus `lift`) out of the ground.
 */
export function settleSheet(fibres: readonly Fibre[], ground: Field, skin: Field, lift: number, skinDepth: number, passes = 3): Fibre[] {
  const n = fibres[0]?.points.length ?? 0;
  let pts = fibres.map((f) => f.points.map((p) => [p[0], p[1], p[2]] as V3));
  const ramp = (i: number) => Math.min(1, Math.min(i, n - 1 - i) / 3);
  for (let pass = 0; pass < passes; pass++) {
    const eased = pts.map((row) => row.map((p) => [p[0], p[1], p[2]] as V3));
    for (let k = 1; k + 1 < pts.length; k++)
      for (let i = 1; i + 1 < n; i++)
        for (let a = 0; a < 3; a++) eased[k]![i]![a] = 0.5 * pts[k]![i]![a]! + 0.25 * (pts[k - 1]![i]![a]! + pts[k + 1]![i]![a]!);
    pts = eased;
    for (let k = 0; k < pts.length; k++)
      for (let i = 1; i + 1 < n; i++) {
        const r = fibres[k]!.radii[i]!;
        const depth = -(r + skinDepth) * ramp(i);
        if (skin(pts[k]![i]![0], pts[k]![i]![1], pts[k]![i]![2]) > depth) pts[k]![i] = projectToLevel(skin, pts[k]![i]!, depth, 6, 0.01);
        const target = (r + lift + SHEET_CLEARANCE) * ramp(i);
        pts[k]![i] = pushOut(ground, pts[k]![i]!, target);
      }
  }
  return fibres.map((f, k) => ({ v: f.v, radii: f.radii, points: pts[k]! }));
}

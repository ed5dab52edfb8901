/**
 * Muscles of the thigh. Left side.
 * Front: rectus femoris between vastus lateralis and vastus medialis, vastus intermedius on the femur,
 * sartorius crossing from the ASIS to the pes anserinus. Medial: pectineus, the adductors and gracilis.
 * Back: the hamstrings from the ischial tuberosity. Superficial muscles are laid under the skin with
 * the muscles that cross over others (sartorius, gracilis) closest to it.
 */
import type { V3 } from '../../vec';
import type { AnchorDef, MuscleDef } from '../types';

/** One section of a limb's surface: height, centre x, centre z, half-width (x) and half-depth (z), metres. */
export type RingRow = readonly [y: number, cx: number, cz: number, rx: number, rz: number];

/**
 * A point on an elliptical limb section interpolated from `rows` (ordered by falling height) at height y,
 * `deg` degrees round from the front (90 lateral, -90 medial, ±180 behind). Rough guides only: the
 * generator projects these onto the real skin or bone.
 */
export function ringPoint(rows: readonly RingRow[], y: number, deg: number): V3 {
  let k = 0;
  while (k < rows.length - 2 && y < rows[k + 1]![0]) k++;
  const a = rows[k]!, b = rows[k + 1]!;
  const t = Math.min(1.2, Math.max(-0.2, (y - a[0]) / (b[0] - a[0])));
  const at = (i: 1 | 2 | 3 | 4): number => a[i] + (b[i] - a[i]) * t;
  const r = (deg * Math.PI) / 180;
  return [at(1) + at(3) * Math.sin(r), y, at(2) + at(4) * Math.cos(r)];
}

/** Sections of the thigh's surface (height, centre x, centre z, half-width x, half-depth z). */
const THIGH_RINGS: readonly RingRow[] = [
  [0.84, 0.092, -0.015, 0.085, 0.095],
  [0.8, 0.09, -0.022, 0.085, 0.078],
  [0.75, 0.091, -0.009, 0.08, 0.084],
  [0.7, 0.093, -0.008, 0.077, 0.085],
  [0.65, 0.098, -0.006, 0.069, 0.082],
  [0.6, 0.099, -0.006, 0.061, 0.073],
  [0.55, 0.1, -0.003, 0.055, 0.059],
  [0.5, 0.101, 0.003, 0.053, 0.053],
];

/** A point on the thigh's surface at height y, `deg` round from the front (90 lateral, -90 medial, ±180 behind). */
const T = (y: number, deg: number): AnchorDef => ({ at: ringPoint(THIGH_RINGS, y, deg) });

export const THIGH: MuscleDef[] = [
  {
    id: 'sartorius',
    kind: 'loft',
    path: [
      { lm: 'asis', off: [0, -0.012, -0.006] },
      T(0.84, 6),
      T(0.74, -34),
      T(0.64, -76),
      T(0.55, -110),
      { lm: 'medial-tibial-condyle', off: [0.002, 0.012, -0.03] },
      { lm: 'pes-anserinus', off: [0, 0.004, 0.006] },
    ],
    width: 0.019,
    depthRatio: 0.42,
    tendon: [0.04, 0.1],
    bellyAt: 0.4,
    ground: { on: 'skin', depth: 0.0015 },
    segments: [48, 12],
  },
  {
    id: 'rectus-femoris',
    kind: 'loft',
    path: [{ lm: 'aiis', off: [0, -0.008, 0.004] }, T(0.8, 8), T(0.7, 6), T(0.61, 4), { lm: 'patella', off: [0, 0.03, -0.006] }],
    width: 0.03,
    depthRatio: 0.55,
    tendon: [0.07, 0.13],
    bellyAt: 0.5,
    ground: { on: 'skin', depth: 0.0025 },
    segments: [36, 14],
  },
  {
    id: 'vastus-lateralis',
    kind: 'shell',
    // anterior border (beside rectus femoris) first, posterior border (by biceps femoris) last
    origin: [
      { lm: 'greater-trochanter', off: [-0.01, -0.016, 0.03] },
      { lm: 'greater-trochanter', off: [0.004, -0.026, 0.0] },
      { lm: 'greater-trochanter', off: [-0.008, -0.05, -0.03] },
    ],
    insertion: [
      { lm: 'patella', off: [0.012, 0.03, -0.004] },
      { lm: 'patella', off: [0.03, 0.0, -0.012] },
      { lm: 'lateral-femoral-condyle', off: [0.004, 0.035, -0.01] },
    ],
    via: [T(0.71, 22), T(0.7, 80), T(0.68, 138)],
    ground: { on: 'skin', depth: 0.0035 },
    thickness: 0.026,
    tendon: [0.05, 0.12],
  },
  {
    id: 'vastus-medialis',
    kind: 'shell',
    // medial border (under sartorius) first, lateral border (under rectus femoris) last
    origin: [T(0.64, -76), T(0.8, -10)],
    insertion: [{ lm: 'patella', off: [-0.02, -0.008, -0.012] }, { lm: 'patella', off: [-0.004, 0.032, -0.006] }],
    via: [T(0.56, -96), T(0.66, -8)],
    ground: { on: 'skin', depth: 0.0035 },
    thickness: 0.026,
    tendon: [0.16, 0.05],
  },
  {
    id: 'vastus-intermedius',
    segments: [14, 8],
    kind: 'shell',
    // anteromedial edge of the femoral shaft first, lateral edge last
    origin: [{ at: [0.13, 0.84, 0.024] }, { at: [0.153, 0.84, -0.004] }],
    insertion: [{ lm: 'patella', off: [-0.007, 0.036, -0.02] }, { lm: 'patella', off: [0.01, 0.036, -0.022] }],
    via: [{ at: [0.112, 0.69, 0.03] }, { at: [0.143, 0.69, 0.0] }],
    ground: { on: 'bone', bones: ['femur', 'patella'], height: 0.0015 },
    thickness: 0.016,
    tendon: [0.04, 0.1],
  },
  {
    id: 'gracilis',
    kind: 'loft',
    path: [
      { lm: 'pubic-symphysis', off: [0.018, -0.02, -0.016] },
      T(0.76, -96),
      T(0.65, -108),
      T(0.56, -124),
      { lm: 'medial-tibial-condyle', off: [-0.002, 0.018, -0.036] },
      { lm: 'pes-anserinus', off: [0, -0.004, -0.004] },
    ],
    width: 0.016,
    depthRatio: 0.45,
    tendon: [0.05, 0.28],
    bellyAt: 0.35,
    ground: { on: 'skin', depth: 0.002 },
    segments: [44, 12],
  },
  {
    id: 'pectineus',
    segments: [14, 8],
    kind: 'shell',
    // medial (pubic tubercle) end of its origin first
    origin: [{ lm: 'pubic-tubercle', off: [0.006, 0.002, -0.008] }, { at: [0.058, 0.893, 0.056] }],
    insertion: [T(0.79, -34), T(0.82, -12)],
    ground: { on: 'skin', depth: 0.011 },
    thickness: 0.012,
    tendon: [0.05, 0.1],
  },
  {
    id: 'adductor-longus',
    kind: 'shell',
    // lower (medial) border first, upper (lateral) border last
    origin: [{ lm: 'pubic-tubercle', off: [-0.004, -0.012, -0.004] }, { lm: 'pubic-tubercle', off: [0.006, -0.006, -0.002] }],
    insertion: [T(0.64, -96), T(0.74, -40)],
    ground: { on: 'skin', depth: 0.003 },
    thickness: 0.016,
    tendon: [0.12, 0.06],
  },
  {
    id: 'adductor-brevis',
    segments: [14, 8],
    kind: 'shell',
    origin: [{ lm: 'pubic-symphysis', off: [0.02, -0.026, -0.02] }, { lm: 'pubic-tubercle', off: [0.004, -0.014, -0.012] }],
    insertion: [T(0.73, -64), T(0.79, -36)],
    ground: { on: 'skin', depth: 0.018 },
    thickness: 0.012,
    tendon: [0.08, 0.08],
  },
  {
    id: 'adductor-magnus',
    kind: 'shell',
    // anterior (pubic) fibres first, the posterior ischiocondylar part last
    origin: [T(0.82, -84), T(0.81, -115), T(0.8, -145)],
    insertion: [T(0.66, -84), T(0.6, -98), { lm: 'adductor-tubercle', off: [-0.004, 0.01, -0.006] }],
    via: [T(0.75, -86), T(0.72, -112), T(0.69, -136)],
    ground: { on: 'skin', depth: 0.006 },
    thickness: 0.026,
    tendon: [0.05, 0.1],
  },
  {
    id: 'biceps-femoris',
    kind: 'shell',
    // medial border of the long head first, lateral border of the short head last
    origin: [T(0.79, -172), T(0.79, 152)],
    insertion: [{ lm: 'fibula-head', off: [-0.004, 0.006, -0.01] }, { lm: 'fibula-head', off: [0.006, 0.002, 0.0] }],
    via: [T(0.66, -178), T(0.64, 158), T(0.61, 130)],
    ground: { on: 'skin', depth: 0.003 },
    thickness: 0.022,
    tendon: [0.04, 0.14],
  },
  {
    id: 'semitendinosus',
    kind: 'loft',
    path: [
      { lm: 'ischial-tuberosity', off: [0.004, -0.012, -0.014] },
      T(0.72, -164),
      T(0.62, -160),
      T(0.54, -140),
      { lm: 'medial-tibial-condyle', off: [-0.004, 0.0, -0.036] },
      { lm: 'pes-anserinus', off: [-0.002, -0.01, -0.012] },
    ],
    width: 0.024,
    depthRatio: 0.6,
    tendon: [0.05, 0.34],
    bellyAt: 0.32,
    ground: { on: 'skin', depth: 0.003 },
    segments: [40, 14],
  },
  {
    id: 'semimembranosus',
    kind: 'shell',
    // medial border first
    origin: [T(0.79, -146), T(0.79, -162)],
    insertion: [{ lm: 'medial-tibial-condyle', off: [-0.004, -0.004, -0.018] }, { lm: 'medial-tibial-condyle', off: [0.01, -0.004, -0.026] }],
    via: [T(0.62, -122), T(0.62, -172)],
    ground: { on: 'skin', depth: 0.008 },
    thickness: 0.024,
    tendon: [0.3, 0.08],
  },
];

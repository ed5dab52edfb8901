/**
 * The standard figure: joint centres and limb axes of a 1.75 m adult in the neutral atlas pose
 * (arms about 15° from the trunk, forearms carried a little further out, palms forward).
 * Left side only (x > 0); the right side is mirrored. Proportions follow common anthropometric
 * ratios of stature (shoulder ≈ 0.82 H, elbow ≈ 0.63 H, wrist ≈ 0.49 H, hip joint ≈ 0.52 H,
 * knee ≈ 0.29 H, ankle ≈ 0.04 H).
 */
import { BODY_CENTRE, BODY_Y, LEVELS, axisAt, type Level } from './spine-curve';
import { add, cross, norm, offset, scale, type V3 } from './vec';

const deg = Math.PI / 180;

export const SHOULDER: V3 = [0.175, 1.4, -0.005];
/** Upper arm direction, shoulder to elbow: 15° out from vertical. */
export const ARM_DIR: V3 = norm([Math.sin(15 * deg), -Math.cos(15 * deg), 0]);
export const UPPER_ARM_LEN = 0.305;
export const ELBOW: V3 = add(SHOULDER, scale(ARM_DIR, UPPER_ARM_LEN));
/** Forearm direction, elbow to wrist: the carrying angle takes it to 22° out, a little forward. */
export const FOREARM_DIR: V3 = norm([Math.sin(22 * deg), -Math.cos(22 * deg), 0.06]);
export const FOREARM_LEN = 0.255;
export const WRIST: V3 = add(ELBOW, scale(FOREARM_DIR, FOREARM_LEN));
export const HAND_LEN = 0.19;

/** Lateral axis of the upper arm (in the coronal plane, away from the body). */
export const ARM_LAT: V3 = norm(cross(ARM_DIR, [0, 0, -1]));
/** Lateral axis of the forearm and hand: towards the radius and the thumb (palms face +Z). */
export const FOREARM_LAT: V3 = norm(cross(FOREARM_DIR, [0, 0, -1]));
/** Palmar axis: the palm faces forward. */
export const PALMAR: V3 = norm(cross(FOREARM_DIR, FOREARM_LAT));

export const HIP: V3 = [0.09, 0.905, 0.02];
export const KNEE: V3 = [0.1, 0.5, 0.0];
export const ANKLE: V3 = [0.1, 0.075, -0.01];

/** A vertebra of the standard figure: where its spinous process ends and where its body sits on the spine's curve. */
export interface Vertebra {
  name: Level;
  /** Tip of the spinous process (the palpable landmark). */
  spinous: V3;
  /** Centre of the vertebral body, on the sagittal curve of ./spine-curve.ts. */
  body: V3;
  /** Unit axis of the column at the body, pointing up (endplates are perpendicular to it). */
  axis: V3;
}

/** Spinous tips: height below the body centre and how far back they stand, cervical to lumbar. */
const SPINOUS_Z: Record<Level, number> = {
  c1: -0.045, c2: -0.062, c3: -0.058, c4: -0.055, c5: -0.057, c6: -0.066, c7: -0.082,
  ...(Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [`t${i + 1}`, -0.09 - 0.028 * Math.sin(Math.PI * (0.15 + (0.8 * i) / 11))]),
  ) as Record<`t${number}`, number>),
  ...(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`l${i + 1}`, -0.092 + 0.022 * Math.sin((Math.PI * i * 0.9) / 4)])) as Record<`l${number}`, number>),
} as Record<Level, number>;

/** C1 (atlas) to L5, on a curve with cervical and lumbar lordosis and thoracic kyphosis. */
export const VERTEBRAE: Vertebra[] = LEVELS.map((name) => ({
  name,
  spinous: [0, BODY_Y[name] - 0.012, SPINOUS_Z[name]],
  body: BODY_CENTRE[name],
  axis: axisAt(name),
}));

export function vertebraNamed(name: string): Vertebra {
  const v = VERTEBRAE.find((x) => x.name === name);
  if (!v) throw new Error(`no vertebra named "${name}" in the standard figure`);
  return v;
}

/** A point on the forearm/hand frame: along the forearm axis from the wrist, lateral (thumb side), palmar. */
export function handPoint(along: number, lateral: number, palmar: number): V3 {
  return offset(WRIST, FOREARM_DIR, along, FOREARM_LAT, lateral, PALMAR, palmar);
}
/** A point in the upper-arm frame from the shoulder: along the arm, lateral, forward. */
export function armPoint(along: number, lateral: number, forward: number): V3 {
  return offset(SHOULDER, ARM_DIR, along, ARM_LAT, lateral, [0, 0, 1], forward);
}
/** A point in the forearm frame from the elbow: along, lateral (radial), palmar. */
export function forearmPoint(along: number, lateral: number, palmar: number): V3 {
  return offset(ELBOW, FOREARM_DIR, along, FOREARM_LAT, lateral, PALMAR, palmar);
}

/**
 * The left sacroiliac joint as a plane joint (src/anatomy/sdf/joint.ts): the auricular surfaces of
 * sacrum (below the normal) and ilium (above it) at S1–S3, facing laterally and back (the sacrum is a
 * wedge, wider in front), with a joint space of about 1.5 mm. The face is an ellipse about 50 × 26 mm,
 * near the adult auricular surface's length (estimate from standard anatomy texts).
 */
export const SACROILIAC_JOINT = {
  centre: [0.046, 0.945, -0.056] as V3,
  normal: norm([0.9, 0, -0.42]),
  long: [0, 1, 0.25] as V3,
  half: [0.025, 0.013] as [number, number],
  space: 0.0015,
  depth: 0.018,
};

/**
 * The left proximal tibiofibular joint: the facet under the back of the lateral tibial condyle
 * (below the normal) and the fibular head's facet (above it), facing laterally, back and down.
 */
export const PROXIMAL_TIBIOFIBULAR_JOINT = {
  centre: [0.1315, 0.449, -0.02] as V3,
  normal: norm([0.8, -0.2, -0.55]),
  long: [0, 1, 0] as V3,
  half: [0.0075, 0.0065] as [number, number],
  space: 0.0012,
  depth: 0.009,
};

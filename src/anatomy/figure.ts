/**
 * The standard figure: joint centres and limb axes of a 1.75 m adult in the neutral atlas pose
 * (arms about 15° from the trunk, forearms carried a little further out, palms forward).
 * Left side only (x > 0); the right side is mirrored. Proportions follow common anthropometric
 * ratios of stature (shoulder ≈ 0.82 H, elbow ≈ 0.63 H, wrist ≈ 0.49 H, hip joint ≈ 0.52 H,
 * knee ≈ 0.29 H, ankle ≈ 0.04 H).
 */
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

/** Spine: heights of the spinous processes (tip) and how far back they stand. */
export interface Vertebra {
  name: string;
  spinous: V3;
  /** Centre of the vertebral body. */
  body: V3;
}

function vertebra(name: string, y: number, spinousZ: number, bodyDepth: number): Vertebra {
  return { name, spinous: [0, y, spinousZ], body: [0, y + 0.012, spinousZ + bodyDepth] };
}

/** C1 (atlas) to L5 and the sacral crest, with cervical and lumbar lordosis and thoracic kyphosis. */
export const VERTEBRAE: Vertebra[] = [
  vertebra('c1', 1.592, -0.045, 0.045),
  ...[1.575, 1.555, 1.537, 1.519, 1.499, 1.477].map((y, i) =>
    vertebra(`c${i + 2}`, y, [-0.062, -0.058, -0.055, -0.057, -0.066, -0.082][i] ?? -0.06, 0.055),
  ),
  ...Array.from({ length: 12 }, (_, i) => {
    const t = i / 11;
    const z = -0.09 - 0.028 * Math.sin(Math.PI * (0.15 + 0.8 * t));
    return vertebra(`t${i + 1}`, 1.452 - 0.0275 * i, z, 0.075 + 0.01 * t);
  }),
  ...Array.from({ length: 5 }, (_, i) => {
    const t = i / 4;
    const z = -0.092 + 0.022 * Math.sin(Math.PI * t * 0.9);
    return vertebra(`l${i + 1}`, 1.12 - 0.032 * i, z, 0.085);
  }),
];

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

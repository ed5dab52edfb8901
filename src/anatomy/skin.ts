/**
 * The skin: the whole body as one smooth distance field, authored for the left half and mirrored.
 * Head, neck, a lofted trunk with chest, back, abdomen and buttocks, shoulders, arms and hands, legs
 * and feet, each a small group of smooth-unioned primitives placed from the standard figure. The skin
 * lies a few millimetres over the skull, shin and knuckles and 1-3 cm over the muscular trunk and limbs.
 */
import type { Vec3 } from '../core/frame';
import type { Field } from './context';
import { ANKLE, ARM_DIR, ARM_LAT, ELBOW, FOREARM_DIR, FOREARM_LAT, KNEE, PALMAR, WRIST, armPoint, forearmPoint, handPoint } from './figure';
import { landmark } from './landmarks';
import { sectionLoft } from './sdf/section-loft';
import { skeletonField } from './bones';
import { capsule, chain, ellipsoid, frame, roundBox, smin, smoothUnion, subtract, symmetric, type Prim } from './sdf/primitives';
import { lerp } from './vec';

const ARM_AXES: [Vec3, Vec3, Vec3] = [ARM_LAT, ARM_DIR, [0, 0, 1]];
const HAND_AXES: [Vec3, Vec3, Vec3] = [FOREARM_LAT, FOREARM_DIR, PALMAR];

/** Head: cranium, brow, cheeks, jaw, chin, nose, lips, eyes and ears. */
function head(): Prim {
  const tmj = landmark('tmj');
  // the jaw's soft outline: over the masseter and parotid, behind and below the bony angle
  const angle: Vec3 = [0.05, 1.545, -0.001];
  const body = landmark('mandible-body');
  let h = smoothUnion(
    [
      // cranium a few millimetres over the skull
      ellipsoid([0, 1.664, -0.01], [0.0775, 0.0935, 0.1]),
      ellipsoid([0, 1.695, -0.035], [0.0755, 0.05, 0.0755]),
      ellipsoid([0, 1.688, 0.028], [0.066, 0.063, 0.0695]),
      ellipsoid([0, 1.636, -0.055], [0.063, 0.047, 0.045]),
      // the face's mass between the ears
      ellipsoid([0, 1.6, 0.018], [0.064, 0.05, 0.066]),
      // the temple, full over the temporalis in its fossa
      ellipsoid([0.048, 1.662, 0.014], [0.032, 0.034, 0.048]),
      // brow and cheekbones, the cheek's pad over the maxilla between the nose and the cheekbone
      capsule([0, 1.664, 0.096], [0.042, 1.667, 0.088], 0.008, 0.007),
      ellipsoid([0.05, 1.622, 0.062], [0.017, 0.014, 0.016]),
      ellipsoid([0.052, 1.645, 0.062], [0.02, 0.024, 0.03]),
      ellipsoid([0.036, 1.585, 0.048], [0.03, 0.04, 0.03]),
      ellipsoid([0.03, 1.607, 0.058], [0.027, 0.028, 0.03]),
      // muzzle and chin
      ellipsoid([0, 1.567, 0.077], [0.027, 0.028, 0.02]),
      ellipsoid([0, 1.516, 0.076], [0.03, 0.018, 0.018]),
      // jaw line over the ramus and the body of the mandible, and the floor of the mouth
      capsule([tmj[0] + 0.002, tmj[1] - 0.004, tmj[2] - 0.006], [angle[0] + 0.005, angle[1] + 0.002, angle[2]], 0.012, 0.011),
      ...chain([[angle[0] + 0.003, angle[1] + 0.002, angle[2] + 0.002], [body[0] + 0.002, body[1] + 0.002, body[2]], [0.018, 1.517, 0.077]], [0.011, 0.012, 0.013]),
      ellipsoid([0, 1.548, 0.036], [0.052, 0.04, 0.056]),
      // the soft tissue behind the ear, over the mastoid and the sternocleidomastoid's insertion
      ellipsoid([0.062, 1.598, -0.02], [0.014, 0.02, 0.017]),
    ],
    0.022,
  );
  // lips: the upper lip's bow over the fuller lower lip, parted by the mouth's line
  h = smoothUnion(
    [
      h,
      capsule([0, 1.5625, 0.1005], [0.022, 1.556, 0.0875], 0.0055, 0.0032),
      capsule([0, 1.5505, 0.0985], [0.02, 1.5525, 0.087], 0.0066, 0.0035),
    ],
    0.006,
  );
  h = subtract(h, capsule([0, 1.5568, 0.107], [0.025, 1.5545, 0.087], 0.0012, 0.0008), 0.002);
  // nose: bridge from the nasion, rounded tip, wings and nostrils
  h = smoothUnion(
    [
      h,
      capsule([0, 1.648, 0.096], [0, 1.607, 0.117], 0.0055, 0.0085),
      ellipsoid([0, 1.602, 0.117], [0.0105, 0.0095, 0.0095]),
      ellipsoid([0.0105, 1.597, 0.106], [0.0064, 0.0066, 0.0078]),
    ],
    0.006,
  );
  h = subtract(h, ellipsoid([0.0062, 1.5912, 0.1085], [0.003, 0.0018, 0.0042]), 0.002);
  // eyes: hollows under the brow, the eyeballs set in them between the upper and lower lids
  h = subtract(h, ellipsoid([0.032, 1.6465, 0.099], [0.017, 0.0105, 0.012]), 0.007);
  h = smoothUnion(
    [
      h,
      ellipsoid([0.032, 1.643, 0.081], [0.0125, 0.0125, 0.0125]),
      ellipsoid([0.032, 1.6515, 0.0855], [0.0148, 0.0046, 0.0088]),
      ellipsoid([0.032, 1.6345, 0.0852], [0.0138, 0.0034, 0.0078]),
    ],
    0.003,
  );
  // ear: a thin shell standing a little off the head, tilted back, with the hollow of its concha
  const earAxes = frame([1, 0, 0.18], [0, 1, -0.26]) as [Vec3, Vec3, Vec3];
  let ear = ellipsoid([0.077, 1.62, -0.014], [0.0065, 0.031, 0.019], earAxes);
  ear = subtract(ear, ellipsoid([0.083, 1.615, -0.01], [0.004, 0.013, 0.0095], earAxes), 0.003);
  return smoothUnion([h, ear], 0.005);
}

/** Neck and throat, with the nuchal muscles behind and the trapezius slope to the shoulder. */
function neck(): Prim {
  return smoothUnion(
    [
      capsule([0, 1.44, -0.012], [0, 1.585, -0.005], 0.058, 0.055, { axis: [0, 0, 1], factor: 0.92 }),
      capsule([0, 1.465, -0.054], [0, 1.61, -0.048], 0.05, 0.042),
      ellipsoid([0, 1.52, 0.03], [0.045, 0.025, 0.045]),
      // trapezius from the nape to the acromion
      capsule([0.03, 1.5, -0.045], [0.15, 1.452, -0.025], 0.03, 0.018),
    ],
    0.03,
  );
}

/** The trunk: lofted sections from the crotch to the base of the neck, with chest, back and buttocks. */
function trunk(): Prim {
  const body = sectionLoft([
    { y: 0.8, halfWidth: 0.14, front: 0.05, back: -0.1 },
    { y: 0.86, halfWidth: 0.17, front: 0.085, back: -0.135 },
    { y: 0.91, halfWidth: 0.178, front: 0.095, back: -0.14 },
    { y: 0.96, halfWidth: 0.172, front: 0.106, back: -0.126 },
    { y: 1.01, halfWidth: 0.164, front: 0.105, back: -0.108 },
    { y: 1.06, halfWidth: 0.158, front: 0.104, back: -0.104 },
    { y: 1.11, halfWidth: 0.164, front: 0.108, back: -0.108 },
    { y: 1.16, halfWidth: 0.171, front: 0.113, back: -0.116 },
    { y: 1.22, halfWidth: 0.174, front: 0.118, back: -0.126 },
    { y: 1.28, halfWidth: 0.176, front: 0.124, back: -0.132 },
    { y: 1.34, halfWidth: 0.175, front: 0.118, back: -0.132 },
    { y: 1.4, halfWidth: 0.166, front: 0.111, back: -0.122 },
    { y: 1.43, halfWidth: 0.135, front: 0.097, back: -0.115 },
    { y: 1.46, halfWidth: 0.08, front: 0.06, back: -0.1 },
    { y: 1.49, halfWidth: 0.05, front: 0.04, back: -0.06 },
  ]);
  const parts: Prim[] = [
    body,
    // pectorals and the clavicles' ridge (the pectoral bulge set 7 mm back and tilted back medially, its
    // lateral end kept over the axillary fold: the pectoralis major lies 1.3-1.8 cm under the skin, not
    // 2-2.5 cm; the sternum is still about 3 cm under it)
    ellipsoid([0.072, 1.345, 0.068], [0.072, 0.05, 0.052], frame([1, -0.15, 0.1], [0, 1, 0]) as [Vec3, Vec3, Vec3]),
    ...chain([[0.02, 1.432, 0.06], [0.055, 1.437, 0.07], [0.095, 1.44, 0.056], [0.138, 1.446, 0.037], [0.165, 1.448, 0.008]], 0.0125),
    // back of the shoulder over the scapular spine
    ellipsoid([0.14, 1.41, -0.06], [0.045, 0.032, 0.036]),
    // scapular and erector bulges on the back
    ellipsoid([0.088, 1.32, -0.085], [0.068, 0.095, 0.05]),
    capsule([0.032, 1.36, -0.105], [0.034, 1.0, -0.092], 0.026, 0.028),
    // buttocks
    ellipsoid([0.072, 0.885, -0.085], [0.082, 0.09, 0.068]),
    // abdomen and the mons
    ellipsoid([0, 1.05, 0.045], [0.105, 0.09, 0.058]),
    ellipsoid([0, 0.87, 0.055], [0.04, 0.03, 0.03]),
  ];
  let t = smoothUnion(parts, 0.03);
  // spinal furrow and gluteal cleft
  t = subtract(t, capsule([0, 1.42, -0.14], [0, 0.98, -0.12], 0.012, 0.013), 0.025);
  t = subtract(t, capsule([0, 0.95, -0.165], [0, 0.8, -0.15], 0.004, 0.006), 0.012);
  return t;
}

/** Shoulder cap, upper arm, elbow, forearm, wrist. */
function arm(): Prim {
  // the posterior deltoid over the infraspinatus and teres minor, a low ridge down and out from the
  // scapular spine to the tuberosity, blended in widely (without it the skin lay 5 mm behind the
  // infraspinatus there and left the deltoid no room; a round bulge 4.5 cm across, or this ridge
  // blended like the rest of the arm, stood out as a lump on the back of the shoulder)
  const posteriorDeltoid = ellipsoid([0.172, 1.34, -0.066], [0.065, 0.026, 0.03], frame([0.085, -0.1, 0.03], [0, 0, -1]) as [Vec3, Vec3, Vec3]);
  return smoothUnion([armParts(), posteriorDeltoid], 0.04);
}

/** The arm without the posterior deltoid ridge. */
function armParts(): Prim {
  return smoothUnion(
    [
      // deltoid over the acromion and the humeral head: room for the rotator cuff under a deltoid of its
      // published volume (src/anatomy/volumes/defs/scapular.ts)
      ellipsoid(armPoint(0.045, 0.014, 0.0), [0.047, 0.084, 0.052], ARM_AXES),
      ellipsoid([0.172, 1.432, -0.004], [0.036, 0.024, 0.044]),
      // the point of the shoulder: a dome over the acromion and the humeral head, so the acromion's tip
      // lies under the deltoid's curve instead of raising a horn
      ellipsoid([0.19, 1.405, -0.005], [0.05, 0.05, 0.05]),
      // upper arm with biceps in front and triceps behind
      capsule(armPoint(0.06, 0, 0), armPoint(0.285, 0, -0.004), 0.043, 0.038),
      ellipsoid(armPoint(0.175, -0.002, 0.017), [0.031, 0.08, 0.026], ARM_AXES),
      ellipsoid(armPoint(0.14, 0.0, -0.018), [0.034, 0.1, 0.028], ARM_AXES),
      // elbow
      ellipsoid(armPoint(0.3, -0.002, -0.004), [0.047, 0.035, 0.04], ARM_AXES),
      // forearm: muscle bellies near the elbow, tapering to the wrist
      ellipsoid(forearmPoint(0.075, 0.002, 0.0), [0.044, 0.085, 0.036], HAND_AXES),
      capsule(ELBOW, forearmPoint(0.235, 0, 0), 0.04, 0.03, { axis: PALMAR, factor: 0.72 }),
      capsule(forearmPoint(0.2, 0, 0), WRIST, 0.033, 0.034, { axis: PALMAR, factor: 0.63 }),
    ],
    0.02,
  );
}

/** The hand: palm, thenar and hypothenar pads, four fingers and the thumb. */
function hand(): Prim {
  const fingers: [Vec3, Vec3, number][] = [
    [landmark('index-mcp'), landmark('index-tip'), 0.0102],
    [landmark('middle-mcp'), landmark('middle-tip'), 0.0106],
    [handPoint(0.092, -0.013, 0.0), handPoint(0.18, -0.016, 0.005), 0.0102],
    [landmark('little-mcp'), landmark('little-tip'), 0.0094],
  ];
  const parts: Prim[] = [
    roundBox(handPoint(0.05, -0.003, 0.002), [0.041, 0.05, 0.0145], 0.012, HAND_AXES),
    ellipsoid(handPoint(0.035, 0.02, 0.012), [0.019, 0.026, 0.013], HAND_AXES),
    ellipsoid(handPoint(0.045, -0.022, 0.008), [0.016, 0.032, 0.012], HAND_AXES),
  ];
  for (const [mcp, tip, r] of fingers) {
    const end = lerp(mcp, tip, 1.03);
    parts.push(capsule(lerp(mcp, tip, -0.15), end, r, r * 0.82));
  }
  const cmc = landmark('thumb-cmc'), mcp = landmark('thumb-mcp'), tip = landmark('thumb-tip');
  parts.push(...chain([cmc, mcp, lerp(mcp, tip, 1.06)], [0.014, 0.0115, 0.0095]));
  return smoothUnion(parts, 0.006);
}

/** Thigh, knee, calf, ankle. */
function leg(): Prim {
  return smoothUnion(
    [
      capsule([0.092, 0.83, -0.012], [KNEE[0], 0.54, -0.002], 0.084, 0.054),
      ellipsoid([0.112, 0.69, 0.028], [0.058, 0.14, 0.05]),
      ellipsoid([0.1, 0.7, -0.04], [0.058, 0.15, 0.05]),
      ellipsoid([0.058, 0.74, -0.004], [0.042, 0.09, 0.058]),
      ellipsoid([0.102, 0.5, 0.006], [0.051, 0.055, 0.048]),
      ellipsoid([0.14, 0.45, -0.02], [0.02, 0.025, 0.022]),
      // calf: shin in front, gastrocnemius bulging behind (the medial head lower)
      capsule([0.1, 0.46, -0.004], [0.1, 0.11, -0.012], 0.046, 0.029),
      capsule([0.1, 0.44, 0.027], [0.097, 0.13, 0.016], 0.013, 0.012),
      ellipsoid([0.112, 0.37, -0.035], [0.032, 0.085, 0.04]),
      ellipsoid([0.082, 0.35, -0.037], [0.034, 0.09, 0.042]),
      capsule([0.1, 0.22, -0.045], [0.102, 0.05, -0.058], 0.013, 0.011),
      // ankle over the malleoli
      capsule([0.101, 0.13, -0.006], [ANKLE[0] + 0.002, 0.065, -0.008], 0.032, 0.036, { axis: [0, 0, 1], factor: 0.92 }),
    ],
    0.025,
  );
}

/** The foot: heel, instep, forefoot and toes; the sole is cut flat on y = 0 by the caller. */
function foot(): Prim {
  const tips: Vec3[] = [landmark('hallux-tip'), landmark('toe-2-tip'), [0.114, 0.013, 0.195], [0.128, 0.012, 0.18], landmark('toe-5-tip')];
  const heads: Vec3[] = [landmark('metatarsal-1-head'), [0.097, 0.02, 0.152], [0.112, 0.019, 0.146], [0.127, 0.019, 0.135], landmark('metatarsal-5-head')];
  const parts: Prim[] = [
    ellipsoid([0.104, 0.034, -0.044], [0.03, 0.038, 0.033]),
    ellipsoid([0.106, 0.036, 0.045], [0.036, 0.042, 0.065]),
    capsule([0.092, 0.03, -0.02], [0.08, 0.022, 0.15], 0.022, 0.018),
    capsule([0.104, 0.02, -0.03], [0.118, 0.02, 0.12], 0.024, 0.022, { axis: [0, 1, 0], factor: 0.85 }),
    roundBox([0.112, 0.02, 0.132], [0.043, 0.022, 0.03], 0.019, frame([0.15, 0, 1], [0, 1, 0]) as [Vec3, Vec3, Vec3]),
  ];
  tips.forEach((tip, i) => {
    const r = i === 0 ? 0.0125 : i === 4 ? 0.0085 : 0.009;
    parts.push(capsule(heads[i]!, [tip[0], tip[1] + 0.001, tip[2] + 0.004], r, r * 0.9));
  });
  return smoothUnion(parts, 0.012);
}

/** The left half of the body before mirroring. */
function leftHalf(): Prim {
  const torso = smoothUnion([trunk(), neck()], 0.03);
  const upper = smoothUnion([torso, head()], 0.02);
  const limbUpper = smoothUnion([arm(), hand()], 0.012);
  const lower = smoothUnion([leg(), foot()], 0.02);
  return smoothUnion([smoothUnion([upper, limbUpper], 0.02), lower], 0.022);
}

/** Least thickness of soft tissue over any bone, metres. */
export const SKIN_OVER_BONE = 0.0055;

let cached: Field | null = null;

/**
 * The skin field of the whole body (negative inside), feet flat on y = 0. The skeleton grown by
 * SKIN_OVER_BONE is blended in, so no bone ever comes closer to the surface than that.
 */
export function skinField(): Field {
  if (!cached) {
    const body = symmetric(leftHalf()).d;
    const bones = skeletonField();
    cached = (x, y, z) => {
      const b = body(x, y, z);
      const d = b < 0.04 ? smin(b, bones(x, y, z) - SKIN_OVER_BONE, 0.01) : b;
      return d > -y ? d : -y;
    };
  }
  return cached;
}

/** The box that holds the whole skin. */
export function skinBounds(): { min: [number, number, number]; max: [number, number, number] } {
  return { min: [-0.47, -0.012, -0.19], max: [0.47, 1.775, 0.26] };
}

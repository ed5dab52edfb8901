/**
 * The arm bones, left side, placed in the arm, forearm and hand frames of the standard figure.
 * Humerus: head, anatomical neck, greater and lesser tubercles with the intertubercular groove between
 * them, a shaft (generalized cylinder) round above and flattened into a triangle below, the
 * deltoid tuberosity, supracondylar ridges, medial and lateral epicondyles, trochlea, capitulum and the
 * olecranon fossa behind. Ulna: olecranon and coronoid process around a trochlear notch cut by the
 * trochlea itself, radial notch, a tapering shaft with its interosseous border, head and styloid.
 * Radius: a disc-shaped head under the capitulum, neck, radial tuberosity, a shaft bowed laterally with its
 * interosseous border, a broad distal end and styloid. Hand: eight carpals in two rows, five
 * metacarpals and the phalanges as separate bones with joint spaces between them.
 */
import type { Vec3 } from '../../core/frame';
import { ARM_DIR, ARM_LAT, FOREARM_DIR, FOREARM_LAT, PALMAR, armPoint, forearmPoint, handPoint } from '../figure';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, union, type Prim } from '../sdf/primitives';
import { ellipticCylinder, sweep } from '../sdf/sweep';
import { add, dist, lerp, norm, scale, sub, type V3 } from '../vec';

const ARM_AXES: [Vec3, Vec3, Vec3] = [ARM_LAT, ARM_DIR, [0, 0, 1]];
const FOREARM_AXES: [Vec3, Vec3, Vec3] = [FOREARM_LAT, FOREARM_DIR, PALMAR];

/** Centre and radius of the capitulum (the radial head sits under it). */
export const CAPITULUM = { centre: armPoint(0.293, 0.011, 0.006), radius: 0.0105 };
/** The trochlea as a spool across the distal humerus: medial end, lateral end, rim radius. */
export const TROCHLEA = { medial: armPoint(0.297, -0.022, 0.002), lateral: armPoint(0.297, -0.001, 0.002), radius: 0.0115 };
/** The radial head: centre of the disc, its half-height along the forearm and its radius. */
export const RADIAL_HEAD = {
  centre: add(CAPITULUM.centre, scale(FOREARM_DIR, CAPITULUM.radius + 0.0015 + 0.0055)),
  half: 0.0055,
  radius: 0.0105,
};

/** A ridge on a bone: capsules through points, flattened across the given axis. */
function ridge(points: readonly Vec3[], r: number, flatAxis: Vec3): Prim[] {
  return chain(points, r, { axis: flatAxis, factor: 0.7 });
}

/** The humerus. */
export function humerus(): Prim {
  const head = sphere(armPoint(0, -0.002, 0), 0.0225);
  const shaft = sweep(
    [
      { at: armPoint(0.15, 0.0015, -0.001), a: 0.011, b: 0.011 },
      { at: armPoint(0.215, 0.001, -0.002), a: 0.0135, b: 0.0095 },
      { at: armPoint(0.258, 0.0, -0.002), a: 0.0205, b: 0.0082 },
      { at: armPoint(0.282, -0.004, 0.0), a: 0.0185, b: 0.0092 },
    ],
    ARM_LAT,
    4,
    0.003,
  );
  const latC = armPoint(0.289, 0.026, -0.004), medC = armPoint(0.29, -0.029, -0.005);
  const proximal = smoothUnion(
    [
      head,
      shaft,
      // the surgical neck and the upper shaft, the greater tubercle (lateral) and the lesser tubercle (in front)
      capsule(armPoint(0.02, 0.004, 0), armPoint(0.06, 0.002, 0.0), 0.016, 0.012),
      capsule(armPoint(0.06, 0.002, 0), armPoint(0.17, 0.001, -0.001), 0.0115, 0.011),
      ellipsoid(landmark('greater-tubercle'), [0.009, 0.013, 0.01], ARM_AXES),
      sphere(armPoint(0.015, 0.004, 0.016), 0.008),
      // the crest of the greater tubercle: the groove's lateral lip
      ...ridge([armPoint(0.04, 0.0155, 0.0105), armPoint(0.07, 0.0135, 0.0098), armPoint(0.1, 0.011, 0.009)], 0.0036, ARM_LAT),
      // deltoid tuberosity: a raised V on the lateral face at mid-shaft
      ellipsoid(armPoint(0.135, 0.0115, 0.004), [0.0072, 0.022, 0.007], ARM_AXES),
      // supracondylar ridges to the epicondyles, and the epicondyles (the medial one the larger)
      capsule(armPoint(0.2, 0.009, -0.003), latC, 0.004, 0.006),
      capsule(armPoint(0.215, -0.009, -0.003), medC, 0.004, 0.007),
      ellipsoid(latC, [0.0075, 0.009, 0.0075], ARM_AXES),
      ellipsoid(medC, [0.0092, 0.009, 0.0075], ARM_AXES),
    ],
    0.006,
  );
  // trochlea: a spool with a waist; capitulum: a hemisphere in front of the lateral condyle
  const t = TROCHLEA;
  const condyles = smoothUnion(
    [
      ...chain([t.medial, lerp(t.medial, t.lateral, 0.5), t.lateral], [t.radius, t.radius * 0.76, t.radius * 0.9]),
      sphere(CAPITULUM.centre, CAPITULUM.radius),
    ],
    0.002,
  );
  const bone = smoothUnion([proximal, condyles], 0.004);
  // the intertubercular groove between the crests, and the olecranon fossa behind the distal end
  const grooved = subtract(bone, capsule(armPoint(0.03, 0.0095, 0.0175), armPoint(0.085, 0.006, 0.0135), 0.0042, 0.0032), 0.0035);
  return subtract(grooved, ellipsoid(armPoint(0.268, -0.005, -0.0125), [0.0095, 0.014, 0.0075], ARM_AXES), 0.002);
}

/** The radius: head at the capitulum, neck, tuberosity, shaft bowing laterally, broad distal end with styloid. */
export function radius(): Prim {
  const h = RADIAL_HEAD;
  const sty = landmark('radial-styloid');
  const headDisc = ellipticCylinder(h.centre, FOREARM_DIR, FOREARM_LAT, h.radius, h.radius, h.half, 0.0025);
  const neckTop = add(h.centre, scale(FOREARM_DIR, h.half));
  const shaft = sweep(
    [
      { at: neckTop, a: 0.0072, b: 0.0072 },
      { at: forearmPoint(0.035, 0.0115, 0.004), a: 0.0074, b: 0.0072 },
      { at: forearmPoint(0.09, 0.0185, 0.004), a: 0.0066, b: 0.006 },
      { at: forearmPoint(0.13, 0.021, 0.003), a: 0.0068, b: 0.0062 },
      { at: forearmPoint(0.19, 0.0195, 0.002), a: 0.0085, b: 0.0068 },
      { at: forearmPoint(0.225, 0.0145, 0.001), a: 0.0125, b: 0.0082 },
      { at: forearmPoint(0.246, 0.0115, 0.0), a: 0.0165, b: 0.0095 },
    ],
    FOREARM_LAT,
    4,
    0.0025,
  );
  return smoothUnion(
    [
      headDisc,
      shaft,
      // radial tuberosity, facing medially and forward below the neck (the biceps tendon's insertion)
      ellipsoid(forearmPoint(0.042, 0.0075, 0.0075), [0.005, 0.009, 0.005], FOREARM_AXES),
      // interosseous border: a crest on the medial side, facing the ulna
      ...ridge([forearmPoint(0.055, 0.0075, 0.003), forearmPoint(0.13, 0.0148, 0.003), forearmPoint(0.205, 0.0095, 0.001)], 0.0024, PALMAR),
      // dorsal tubercle (Lister's) and the styloid
      ellipsoid(forearmPoint(0.238, 0.012, -0.0085), [0.003, 0.006, 0.003], FOREARM_AXES),
      capsule(forearmPoint(0.236, 0.022, 0.0), sty, 0.0058, 0.0035),
    ],
    0.003,
  );
}

/** The ulna: olecranon and coronoid around the trochlear notch, shaft tapering to the head and styloid. */
export function ulna(): Prim {
  const sty = landmark('ulnar-styloid');
  const h = RADIAL_HEAD;
  const proximal = smoothUnion(
    [
      // olecranon: the block behind the trochlea, its tip the point of the elbow
      ellipsoid(forearmPoint(-0.002, -0.008, -0.0115), [0.0105, 0.019, 0.0115], FOREARM_AXES),
      // coronoid process: the beak in front, below the trochlea
      ellipsoid(forearmPoint(0.006, -0.011, 0.0105), [0.0085, 0.0085, 0.0068], FOREARM_AXES),
      // the body of the proximal ulna between them, floor of the trochlear notch
      ellipsoid(forearmPoint(0.008, -0.0105, 0.0), [0.009, 0.012, 0.01], FOREARM_AXES),
      // the lateral lip carrying the radial notch
      ellipsoid(forearmPoint(0.018, -0.005, 0.001), [0.0075, 0.009, 0.0075], FOREARM_AXES),
    ],
    0.004,
  );
  const shaft = sweep(
    [
      { at: forearmPoint(0.022, -0.0105, -0.004), a: 0.0095, b: 0.0105 },
      { at: forearmPoint(0.08, -0.0145, -0.006), a: 0.0072, b: 0.0085 },
      { at: landmark('ulna-mid'), a: 0.0062, b: 0.007 },
      { at: forearmPoint(0.2, -0.019, -0.004), a: 0.0055, b: 0.0058 },
      { at: forearmPoint(0.228, -0.019, -0.003), a: 0.0072, b: 0.0072 },
    ],
    FOREARM_LAT,
    4,
    0.0025,
  );
  let bone = smoothUnion(
    [
      proximal,
      shaft,
      // interosseous border: a crest on the lateral side, facing the radius
      ...ridge([forearmPoint(0.045, -0.0055, -0.003), forearmPoint(0.13, -0.0125, -0.005), forearmPoint(0.205, -0.0145, -0.004)], 0.0022, PALMAR),
      // head and styloid
      sphere(forearmPoint(0.236, -0.0185, -0.003), 0.0085),
      capsule(forearmPoint(0.24, -0.022, -0.006), sty, 0.0048, 0.0026),
    ],
    0.003,
  );
  // the trochlear notch is the trochlea's own shape (with a joint space); the radial notch the radial head's
  const t = TROCHLEA;
  bone = subtract(bone, capsule(add(t.medial, scale(ARM_LAT, -0.004)), add(t.lateral, scale(ARM_LAT, 0.004)), t.radius + 0.0013), 0.0015);
  return subtract(bone, ellipticCylinder(h.centre, FOREARM_DIR, FOREARM_LAT, h.radius + 0.0012, h.radius + 0.0012, h.half + 0.002, 0.002), 0.001);
}

/** One long bone of the hand between two joint centres: base, waisted shaft and head, as a sweep. */
function handBone(from: Vec3, to: Vec3, r: number, gap: number, tuft = false, base = 1.12): Prim {
  const ax = norm(sub(to, from));
  // the ends' caps are as deep as the end sections are thin: place the end stations so the bone ends `gap` short of each joint centre
  const a = add(from, scale(ax, gap + r * Math.min(base, 0.98))), b = sub(to, scale(ax, tuft ? r * 0.5 : gap + r * 0.85));
  const side = norm(sub(FOREARM_LAT, scale(ax, FOREARM_LAT[0] * ax[0] + FOREARM_LAT[1] * ax[1] + FOREARM_LAT[2] * ax[2])));
  return sweep(
    [
      { at: a, a: r * base, b: r * 0.98 },
      { at: lerp(a, b, 0.3), a: r * 0.72, b: r * 0.66 },
      { at: lerp(a, b, 0.75), a: r * 0.7, b: r * 0.64 },
      { at: b, a: tuft ? r * 0.72 : r * 0.95, b: tuft ? r * 0.5 : r * 0.85 },
    ],
    side,
    3,
    0.0015,
  );
}

/** Half the joint space between neighbouring bones of a ray, metres. */
const JOINT_GAP = 0.001;

/** A ray of the hand: metacarpal from its base to the knuckle, then two or three phalanges to the tip. */
function ray(base: Vec3, mcp: Vec3, tip: Vec3, r: number, phalanges: 2 | 3): Prim[] {
  const fr = phalanges === 3 ? [0, 0.48, 0.77, 1] : [0, 0.56, 1];
  const joints = fr.map((f) => lerp(mcp, tip, f));
  const out: Prim[] = [handBone(base, mcp, r * 1.08, JOINT_GAP, false, 0.8)];
  out.push(sphere(sub(mcp, scale(norm(sub(mcp, base)), r + JOINT_GAP)), r));
  for (let i = 0; i + 1 < joints.length; i++) {
    const s = 1 - i * 0.13;
    out.push(handBone(joints[i]!, joints[i + 1]!, r * s, JOINT_GAP, i + 2 === joints.length));
  }
  return out;
}

/** Centres (hand frame: along from the wrist, lateral, palmar) and radii (lateral, along, palmar) of the carpals. */
export const CARPALS: Record<string, { row: 'proximal' | 'distal'; at: [number, number, number]; radii: V3 }> = {
  scaphoid: { row: 'proximal', at: [0.011, 0.0145, 0.002], radii: [0.0065, 0.0095, 0.006] },
  lunate: { row: 'proximal', at: [0.0085, 0.0015, -0.0005], radii: [0.0058, 0.0068, 0.0082] },
  triquetrum: { row: 'proximal', at: [0.0115, -0.0115, -0.002], radii: [0.0055, 0.0062, 0.006] },
  pisiform: { row: 'proximal', at: [0.013, -0.0158, 0.0088], radii: [0.0042, 0.0048, 0.0042] },
  trapezium: { row: 'distal', at: [0.0245, 0.0215, 0.0048], radii: [0.0065, 0.0068, 0.006] },
  trapezoid: { row: 'distal', at: [0.0275, 0.0098, 0.001], radii: [0.0046, 0.0068, 0.0058] },
  capitate: { row: 'distal', at: [0.028, -0.0005, 0.0], radii: [0.0058, 0.0095, 0.0072] },
  hamate: { row: 'distal', at: [0.027, -0.0125, 0.0], radii: [0.006, 0.0095, 0.007] },
};

/** Carpals are drawn this much larger than their table radii so neighbours meet across thin joint spaces. */
const CARPAL_FILL = 1.1;

/** The hand skeleton: carpals in two rows, metacarpals and phalanges. */
export function hand(): Prim {
  const parts: Prim[] = Object.values(CARPALS).map((c) => ellipsoid(handPoint(...c.at), scale(c.radii, CARPAL_FILL), FOREARM_AXES));
  // the hook of the hamate, standing palmar (the ulnar wall of the carpal tunnel)
  parts.push(capsule(handPoint(0.03, -0.0135, 0.005), landmark('hook-of-hamate'), 0.0028, 0.002));
  const rays: [Vec3, Vec3, Vec3, number][] = [
    [handPoint(0.0415, 0.0135, 0.001), landmark('index-mcp'), landmark('index-tip'), 0.0052],
    [handPoint(0.0425, 0.002, 0.0), landmark('middle-mcp'), landmark('middle-tip'), 0.0055],
    [handPoint(0.0415, -0.0095, 0.0), handPoint(0.092, -0.013, 0.0), handPoint(0.18, -0.016, 0.005), 0.005],
    [handPoint(0.0405, -0.0205, 0.0), landmark('little-mcp'), landmark('little-tip'), 0.0045],
  ];
  for (const [base, mcp, tip, r] of rays) parts.push(...ray(base, mcp, tip, r, 3));
  const cmc = landmark('thumb-cmc'), tmcp = landmark('thumb-mcp');
  parts.push(...ray(lerp(cmc, tmcp, 0.3), tmcp, landmark('thumb-tip'), 0.0062, 2));
  if (dist(cmc, tmcp) < 0.02) throw new Error('thumb metacarpal too short');
  return union(parts);
}

/** Ids of the carpal bones, proximal row then distal row. */
export const CARPAL_IDS = Object.keys(CARPALS);

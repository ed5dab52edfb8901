/**
 * The arm bones, left side: humerus (head, tubercles, shaft, epicondyles, trochlea and capitulum),
 * radius and ulna (olecranon, coronoid, styloids), and the hand (eight carpals in two rows, five metacarpals,
 * phalanges, the thumb set apart). Placed in the arm and forearm frames of the standard figure.
 */
import type { Vec3 } from '../../core/frame';
import { ARM_DIR, ARM_LAT, FOREARM_DIR, FOREARM_LAT, PALMAR, armPoint, forearmPoint, handPoint } from '../figure';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, sphere, type Prim } from '../sdf/primitives';
import { lerp } from '../vec';

/** The humerus. */
export function humerus(): Prim {
  const latEpi = landmark('lateral-epicondyle');
  const medEpi = landmark('medial-epicondyle');
  return smoothUnion(
    [
      sphere(armPoint(0, -0.002, 0), 0.0225),
      ellipsoid(landmark('greater-tubercle'), [0.009, 0.013, 0.01], [ARM_LAT, ARM_DIR, [0, 0, 1]]),
      sphere(armPoint(0.015, 0.004, 0.016), 0.008),
      capsule(armPoint(0.02, 0.004, 0), armPoint(0.06, 0.002, 0.0), 0.016, 0.012),
      capsule(armPoint(0.06, 0.002, 0), armPoint(0.2, 0, -0.002), 0.0115, 0.011),
      capsule(armPoint(0.13, 0.006, 0.002), armPoint(0.15, 0.006, 0.002), 0.0115, 0.011),
      capsule(armPoint(0.2, 0, -0.002), armPoint(0.27, 0, -0.006), 0.011, 0.012, { axis: [0, 0, 1], factor: 0.7 }),
      // supracondylar ridges to the epicondyles
      capsule(armPoint(0.23, 0.008, -0.005), [latEpi[0] - 0.004, latEpi[1], latEpi[2]], 0.006, 0.007),
      capsule(armPoint(0.24, -0.008, -0.005), [medEpi[0] + 0.004, medEpi[1], medEpi[2]], 0.006, 0.007),
      // trochlea (medial) and capitulum (lateral)
      capsule(armPoint(0.297, -0.018, 0.002), armPoint(0.297, 0.0, 0.002), 0.0105, 0.0095),
      sphere(armPoint(0.293, 0.013, 0.006), 0.01),
    ],
    0.006,
  );
}

/** The radius: head at the capitulum, shaft bowing laterally, broad distal end with styloid. */
export function radius(): Prim {
  const sty = landmark('radial-styloid');
  return smoothUnion(
    [
      capsule(forearmPoint(0.01, 0.019, 0.003), forearmPoint(0.022, 0.019, 0.003), 0.011, 0.0105),
      capsule(forearmPoint(0.022, 0.019, 0.003), forearmPoint(0.045, 0.014, 0.006), 0.007, 0.0065),
      sphere(landmark('radial-tuberosity'), 0.005),
      ...chain([forearmPoint(0.045, 0.014, 0.006), forearmPoint(0.13, 0.02, 0.002), forearmPoint(0.21, 0.016, 0.001)], [0.0065, 0.0068, 0.0085]),
      ellipsoid(forearmPoint(0.24, 0.012, 0.0), [0.013, 0.011, 0.008], [FOREARM_LAT, FOREARM_DIR, PALMAR]),
      capsule(forearmPoint(0.235, 0.02, 0.0), [sty[0], sty[1], sty[2]], 0.007, 0.004),
    ],
    0.006,
  );
}

/** The ulna: olecranon and coronoid hooking the trochlea, shaft tapering to the head and styloid. */
export function ulna(): Prim {
  const ole = landmark('olecranon');
  const sty = landmark('ulnar-styloid');
  return smoothUnion(
    [
      ellipsoid([ole[0], ole[1] - 0.004, ole[2] + 0.008], [0.011, 0.016, 0.01], [ARM_LAT, ARM_DIR, [0, 0, 1]]),
      capsule(armPoint(0.305, -0.01, -0.012), forearmPoint(0.03, -0.013, -0.006), 0.011, 0.009),
      capsule(forearmPoint(0.0, -0.012, 0.008), forearmPoint(0.025, -0.006, 0.009), 0.006, 0.005),
      ...chain([forearmPoint(0.03, -0.013, -0.006), landmark('ulna-mid'), forearmPoint(0.225, -0.019, -0.003)], [0.009, 0.007, 0.0065]),
      sphere(forearmPoint(0.238, -0.019, -0.003), 0.0085),
      capsule(forearmPoint(0.238, -0.021, -0.004), sty, 0.005, 0.0035),
    ],
    0.006,
  );
}

/** Phalanges from a knuckle to a fingertip: three capsules with joint waists. */
function finger(mcp: Vec3, tip: Vec3, r: number, bones = 3): Prim[] {
  const fr = bones === 3 ? [0, 0.45, 0.75, 1] : [0, 0.55, 1];
  const out: Prim[] = [];
  for (let i = 0; i + 1 < fr.length; i++) {
    const a = lerp(mcp, tip, fr[i]! + 0.02), b = lerp(mcp, tip, fr[i + 1]! - (i + 2 === fr.length ? 0.04 : 0.02));
    const s = 1 - i * 0.14;
    out.push(capsule(a, b, r * s, r * s * 0.8));
  }
  return out;
}

/** The hand skeleton: carpals, metacarpals and phalanges. */
export function hand(): Prim {
  const rays: [Vec3, Vec3, Vec3, number][] = [
    [handPoint(0.032, 0.014, 0.002), landmark('index-mcp'), landmark('index-tip'), 0.0052],
    [handPoint(0.033, 0.002, 0.001), landmark('middle-mcp'), landmark('middle-tip'), 0.0055],
    [handPoint(0.032, -0.01, 0.001), handPoint(0.092, -0.013, 0.0), handPoint(0.18, -0.016, 0.005), 0.005],
    [handPoint(0.03, -0.02, 0.001), landmark('little-mcp'), landmark('little-tip'), 0.0045],
  ];
  const axes: [Vec3, Vec3, Vec3] = [FOREARM_LAT, FOREARM_DIR, PALMAR];
  const carpal = (along: number, lateral: number, palmar: number, r: Vec3) => ellipsoid(handPoint(along, lateral, palmar), r, axes);
  const parts: Prim[] = [
    // proximal row, thumb side to little-finger side: scaphoid, lunate, triquetrum, and the pisiform on the triquetrum's palmar face
    carpal(0.01, 0.0135, 0.001, [0.0072, 0.0062, 0.0058]),
    carpal(0.0085, 0.0005, 0.0, [0.0056, 0.0058, 0.0065]),
    carpal(0.011, -0.0125, -0.001, [0.0052, 0.0052, 0.0055]),
    sphere(landmark('pisiform'), 0.0045),
    // distal row: trapezium (under the thumb), trapezoid, capitate (the largest) and hamate with its hook
    carpal(0.024, 0.0195, 0.004, [0.0062, 0.0058, 0.0062]),
    carpal(0.025, 0.0085, 0.0, [0.0046, 0.0055, 0.0058]),
    carpal(0.025, -0.0025, 0.0, [0.0058, 0.0092, 0.0068]),
    carpal(0.025, -0.0145, 0.0, [0.0058, 0.0078, 0.0062]),
    capsule(handPoint(0.027, -0.016, 0.004), handPoint(0.028, -0.013, 0.011), 0.0026, 0.0022),
  ];
  for (const [base, mcp, tip, r] of rays) {
    parts.push(capsule(base, mcp, r * 1.15, r * 0.85), sphere(lerp(base, mcp, 0.97), r * 1.15));
    parts.push(...finger(lerp(mcp, tip, 0.04), tip, r * 1.1));
  }
  const cmc = landmark('thumb-cmc'), tmcp = landmark('thumb-mcp'), ttip = landmark('thumb-tip');
  parts.push(capsule(cmc, tmcp, 0.0065, 0.005), sphere(tmcp, 0.0062), ...finger(lerp(tmcp, ttip, 0.08), ttip, 0.0062, 2));
  return smoothUnion(parts, 0.003);
}

/**
 * The hip bone, left side: an iliac wing (a curved plate from the sacroiliac joint and the arcuate
 * line up to the crest; its inner face is the shallow, concave iliac fossa), the acetabulum cupping
 * the femoral head, the ischium with its spine and tuberosity, and the pubis with both rami.
 */
import { SACROILIAC_JOINT } from '../figure';
import { landmark } from '../landmarks';
import { fitToJoint } from '../sdf/joint';
import { capsule, chain, ellipsoid, smin, smoothUnion, sphere, subtract, type Prim } from '../sdf/primitives';
import { plate, plateFrame, type P2 } from '../sdf/plate';
import { sweep } from '../sdf/sweep';
import { add, dot, norm, scale, sub, type V3 } from '../vec';
import { FEMORAL_HEAD_RADIUS } from './leg';

const rad = Math.PI / 180;
/**
 * Opening of the acetabulum (the unit normal of its rim plane, pointing out of the socket): lateral,
 * down and forward, at an inclination of 45° from the vertical in the frontal plane and an anteversion
 * of 20° in the transverse plane. CT of adult pelves gives abduction 39° ± 4° and anteversion 23° ± 5°
 * (Stem et al. 2006, Clin Imaging 30:385); anatomical inclination about 37° ± 11° and anteversion 18° ± 8°
 * (Wang et al. 2017, BMC Musculoskelet Disord 18:373), by the definitions of Murray 1993 (J Bone Joint Surg Br 75:228).
 */
export const ACETABULAR_AXIS: V3 = norm([Math.sin(45 * rad) * Math.cos(20 * rad), -Math.cos(45 * rad), Math.sin(45 * rad) * Math.sin(20 * rad)]);
/** Radius of the socket's lunate (articular) surface: the femoral head's plus 2 mm of cartilage and joint space. */
export const ACETABULAR_RADIUS = FEMORAL_HEAD_RADIUS + 0.002;

/**
 * The acetabulum as a solid cup round the femoral head: a thick-walled ball cut by the rim plane (a
 * little beyond the head's centre, so the socket is a deep hemisphere), hollowed to the lunate surface,
 * with the acetabular fossa sunk deeper in its floor and the acetabular notch cut through the rim
 * below, towards the obturator foramen.
 */
function acetabulum(head: V3, obturator: V3): { cup: Prim; carve: (bone: Prim) => Prim } {
  const n = ACETABULAR_AXIS;
  // the outer ball off centre upwards and backwards: the roof and the posterior wall thick (about 13 mm),
  // the anterior wall thin where the iliopsoas passes over it; the rim about 6 mm wide (an outer diameter near 60 mm)
  const c = add(head, [-0.003, 0.005, -0.005]);
  const ball = sphere(c, ACETABULAR_RADIUS + 0.0085);
  const rim = 0.003;
  // the ball cut by the rim plane, the rim's edge rounded
  const cup: Prim = { ...ball, d: (x, y, z) => -smin(-ball.d(x, y, z), -((x - head[0]) * n[0] + (y - head[1]) * n[1] + (z - head[2]) * n[2] - rim), 0.004) };
  // towards the notch: the obturator foramen's direction, in the rim plane
  const toObt = sub(obturator, head);
  const notchDir = norm(sub(toObt, scale(n, dot(toObt, n))));
  const carve = (bone: Prim): Prim => {
    let b = subtract(bone, sphere(head, ACETABULAR_RADIUS), 0.0015);
    // the acetabular fossa: a pit in the floor, off centre towards the notch
    b = subtract(b, sphere(add(add(head, scale(n, -0.018)), scale(notchDir, 0.009)), 0.0125), 0.002);
    // the acetabular notch: a gap in the rim below, bridged by the transverse ligament in life
    b = subtract(b, capsule(add(add(head, scale(notchDir, 0.02)), scale(n, -0.004)), add(add(head, scale(notchDir, 0.038)), scale(n, 0.01)), 0.009), 0.003);
    return b;
  };
  return { cup, carve };
}

/** The iliac wing's plate frame: origin amid the wing, u up towards the crest, w facing inwards (the iliac fossa's side). */
export const ILIUM_FRAME = plateFrame([0.092, 0.99, -0.01], [0.11, 1.06, 0], [-1, 0, 0.25]);
/**
 * Mid-surface of the wing: it flares outward towards the crest and is bowed, so the inner face (the
 * iliac fossa) is concave and the outer (gluteal) face convex.
 */
export const iliumHeight = (u: number, v: number) => -0.006 - 0.4 * u + 2.5 * u * u + 0.8 * (v + 0.03) ** 2;
/** Half thickness of the wing: thin in the fossa, thicker towards its borders. */
export const iliumThickness = (u: number, v: number) => 0.0023 + 0.25 * (u * u + (0.8 * v) ** 2);
/** How much the wing thickens low down, where it becomes the body of the ilium over the acetabulum: all of it on the gluteal side, so the fossa keeps its depth. */
const bodyThickening = (u: number) => 2 * Math.max(0, -u - 0.035) ** 2;
/** The wing's outline in the plate frame: crest from PSIS to ASIS, anterior border to the AIIS, down into the body of the ilium over the acetabulum, up round the greater sciatic notch to the sacroiliac joint. */
const WING: readonly P2[] = [
  [-0.045, 0.085], [0.0, 0.077], [0.045, 0.056], [0.072, 0.02], [0.072, -0.035], [0.047, -0.07], [0.006, -0.094],
  [-0.028, -0.088], [-0.046, -0.09], [-0.068, -0.055], [-0.078, -0.025], [-0.066, 0.0], [-0.058, 0.03], [-0.07, 0.06], [-0.062, 0.078],
];

/**
 * The left hip bone: the iliac wing (a curved plate with a concave iliac fossa inside, the gluteal
 * surface outside, a thickened crest from PSIS to ASIS), the AIIS, the acetabulum cupping the femoral
 * head, the ischium with its spine and tuberosity, and the pubis with both rami round the obturator foramen.
 */
export function hipBone(): Prim {
  const psis = landmark('psis');
  const asis = landmark('asis');
  const aiis = landmark('aiis');
  const si = landmark('sacroiliac');
  const head = landmark('femoral-head');
  const it = landmark('ischial-tuberosity');
  const isp = landmark('ischial-spine');
  const pt = landmark('pubic-tubercle');
  const ps = landmark('pubic-symphysis');
  const f = ILIUM_FRAME;
  const onWing = (u: number, v: number, dw = 0): V3 =>
    add(add(add(f.origin as V3, scale(f.u as V3, u)), scale(f.v as V3, v)), scale(f.w, iliumHeight(u, v) + dw));
  const wing = plate(f, WING, (u, v) => iliumHeight(u, v) - bodyThickening(u), (u, v) => iliumThickness(u, v) + bodyThickening(u));
  // the crest: a thick rim along the top of the wing, widest at the iliac tubercle
  const crestPts = [[-0.043, 0.083], [0.0, 0.075], [0.045, 0.054], [0.07, 0.02], [0.069, -0.035], [0.045, -0.068], [0.006, -0.092]] as const;
  const crest = sweep(
    crestPts.map(([u, v], i) => ({ at: onWing(u, v), a: i === 4 ? 0.0065 : 0.0052, b: i === 4 ? 0.0075 : 0.0058 })),
    f.w,
    3,
    0.003,
  );
  // the lower edge: the arcuate line inside and the thick body of the ilium down to the acetabulum
  const lower: V3[] = [[si[0] + 0.004, si[1] - 0.004, si[2]], [0.058, 0.94, -0.04], [0.068, 0.935, -0.01], [0.08, 0.932, 0.025], [aiis[0] - 0.002, aiis[1], aiis[2] - 0.006]];
  const parts: Prim[] = [
    wing,
    crest,
    sphere([asis[0] - 0.003, asis[1], asis[2] - 0.004], 0.006),
    // the body of the ilium: the wing's lower part thickening down to the acetabulum
    capsule(onWing(-0.045, -0.03), [head[0] + 0.004, head[1] + 0.024, head[2] - 0.004], 0.009, 0.015),
    capsule(onWing(-0.05, 0.03), [head[0] - 0.01, head[1] + 0.02, head[2] - 0.018], 0.009, 0.013),
    sphere([psis[0] + 0.003, psis[1], psis[2] + 0.004], 0.0075),
    // thick posterior ilium at the sacroiliac joint
    ellipsoid([si[0] + 0.008, si[1] + 0.008, si[2] - 0.004], [0.01, 0.024, 0.016]),
    capsule([psis[0] + 0.003, psis[1], psis[2] + 0.004], [si[0] + 0.006, si[1] - 0.005, si[2]], 0.008, 0.009),
    // body of the ilium down to the acetabulum, with the arcuate line
    ...chain(lower, 0.0065),
    acetabulum(head, landmark('obturator-foramen')).cup,
    capsule([0.07, 0.93, -0.02], [head[0] - 0.005, head[1] + 0.012, head[2]], 0.014, 0.016),
    capsule(aiis, [head[0], head[1] + 0.02, head[2] + 0.01], 0.006, 0.012),
    // ischium: a thick body behind the acetabulum, the spine, the tuberosity (about 5 cm long, the
    // hamstrings' and adductor magnus' origin) and the ischial ramus, flattened front to back
    capsule([head[0] - 0.012, head[1] - 0.012, head[2] - 0.02], [it[0] + 0.002, it[1] + 0.014, it[2] + 0.002], 0.017, 0.015),
    capsule([head[0] - 0.026, head[1] - 0.018, head[2] - 0.032], [isp[0] + 0.002, isp[1], isp[2]], 0.0065, 0.004),
    ellipsoid([it[0] + 0.003, it[1] + 0.012, it[2] + 0.002], [0.013, 0.024, 0.015]),
    ...chain([[it[0] - 0.002, it[1] + 0.002, it[2] + 0.012], [0.032, 0.842, 0.035], [ps[0] + 0.008, ps[1] - 0.012, ps[2] - 0.004]], [0.011, 0.0095, 0.0105], { axis: norm([0.3, 0.2, 1]), factor: 0.7 }),
    // pubis: the superior ramus (broad, with the pectineal line on top) to the tubercle, and the body at the symphysis
    ...chain([[head[0] - 0.016, head[1] + 0.004, head[2] + 0.02], [0.05, 0.893, 0.058], [pt[0] + 0.002, pt[1], pt[2] - 0.006], [ps[0] + 0.005, ps[1] - 0.002, ps[2] - 0.007]], [0.013, 0.0115, 0.0105, 0.011], { axis: [0, 0.5, -0.85], factor: 0.8 }),
    ellipsoid([ps[0] + 0.0085, ps[1] - 0.01, ps[2] - 0.009], [0.0095, 0.02, 0.012]),
  ];
  let bone = smoothUnion(parts, 0.006);
  // acetabulum: the socket the femoral head sits in, opening laterally, forward and down
  bone = acetabulum(head, landmark('obturator-foramen')).carve(bone);
  // the ilium's auricular surface, meeting the sacrum's across the sacroiliac joint space
  return fitToJoint(bone, SACROILIAC_JOINT, 1, 0.03);
}

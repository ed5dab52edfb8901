/**
 * The hip bone, left side: an iliac wing (a curved plate from the sacroiliac joint and the arcuate
 * line up to the crest; its inner face is the shallow, concave iliac fossa), the acetabulum cupping
 * the femoral head, the ischium with its spine and tuberosity, and the pubis with both rami.
 */
import { SACROILIAC_JOINT } from '../figure';
import { landmark } from '../landmarks';
import { fitToJoint } from '../sdf/joint';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, type Prim } from '../sdf/primitives';
import { plate, plateFrame, type P2 } from '../sdf/plate';
import { sweep } from '../sdf/sweep';
import { add, norm, scale, type V3 } from '../vec';

/** The iliac wing's plate frame: origin amid the wing, u up towards the crest, w facing inwards (the iliac fossa's side). */
export const ILIUM_FRAME = plateFrame([0.092, 0.99, -0.01], [0.11, 1.06, 0], [-1, 0, 0.25]);
/**
 * Mid-surface of the wing: it flares outward towards the crest and is bowed, so the inner face (the
 * iliac fossa) is concave and the outer (gluteal) face convex.
 */
export const iliumHeight = (u: number, v: number) => -0.006 - 0.4 * u + 2.5 * u * u + 0.8 * (v + 0.03) ** 2;
/** Half thickness of the wing: thin in the fossa, thicker towards its borders. */
export const iliumThickness = (u: number, v: number) => 0.0023 + 0.25 * (u * u + (0.8 * v) ** 2);
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
  const wing = plate(f, WING, iliumHeight, iliumThickness);
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
    ellipsoid([head[0] - 0.004, head[1] + 0.004, head[2] - 0.004], [0.026, 0.03, 0.03]),
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
  bone = subtract(bone, sphere(head, 0.0265), 0.002);
  bone = subtract(bone, sphere([head[0] + 0.03, head[1] - 0.01, head[2] + 0.008], 0.022), 0.003);
  // the ilium's auricular surface, meeting the sacrum's across the sacroiliac joint space
  return fitToJoint(bone, SACROILIAC_JOINT, 1, 0.03);
}

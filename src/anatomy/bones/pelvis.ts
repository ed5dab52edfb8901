/**
 * The hip bone, left side: an iliac wing (a curved plate from the sacroiliac joint and the arcuate
 * line up to the crest; its inner face is the shallow, concave iliac fossa), the acetabulum cupping
 * the femoral head, the ischium with its spine and tuberosity, and the pubis with both rami.
 */
import type { Vec3 } from '../../core/frame';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, triangle, type Prim } from '../sdf/primitives';
import { curvePoints } from '../curve';

/** The left hip bone. */
export function hipBone(): Prim {
  const psis = landmark('psis');
  const crest = landmark('iliac-crest');
  const tub = landmark('iliac-tubercle');
  const asis = landmark('asis');
  const aiis = landmark('aiis');
  const si = landmark('sacroiliac');
  const head = landmark('femoral-head');
  const it = landmark('ischial-tuberosity');
  const isp = landmark('ischial-spine');
  const pt = landmark('pubic-tubercle');
  const ps = landmark('pubic-symphysis');
  // the crest from PSIS to ASIS, and the lower edge of the wing (sacroiliac joint, arcuate line, AIIS)
  const upper: Vec3[] = curvePoints([[psis[0], psis[1], psis[2] + 0.004], [0.095, 1.042, -0.068], [crest[0] - 0.004, crest[1] - 0.004, crest[2]], [tub[0] - 0.005, tub[1], tub[2]], [asis[0] - 0.002, asis[1], asis[2] - 0.004]], 2);
  const lower: Vec3[] = curvePoints([[si[0] + 0.004, si[1] - 0.004, si[2]], [0.058, 0.94, -0.04], [0.068, 0.935, -0.01], [0.08, 0.932, 0.025], [aiis[0] - 0.002, aiis[1], aiis[2] - 0.006]], 2);
  // middle row: the wing curves from the sacroiliac joint round to the front, its inner face (the
  // iliac fossa) facing forward and inward
  const fossa = landmark('iliac-fossa');
  const middle: Vec3[] = curvePoints(
    [[0.052, 0.99, -0.075], [0.088, 1.0, -0.052], [0.104, 1.0, -0.016], [fossa[0] + 0.009, fossa[1] - 0.004, fossa[2] - 0.005], [0.108, 0.948, 0.066]],
    2,
  );
  const wing: Prim[] = [];
  for (let i = 0; i + 1 < upper.length; i++) {
    for (const [r0, r1] of [[lower, middle], [middle, upper]] as const) {
      wing.push(triangle(r0[i]!, r0[i + 1]!, r1[i]!, 0.0028), triangle(r0[i + 1]!, r1[i + 1]!, r1[i]!, 0.0028));
    }
  }
  const parts: Prim[] = [
    smoothUnion(wing, 0.003),
    smoothUnion(chain(upper, upper.map((_, i) => (i === 0 || i === upper.length - 1 ? 0.007 : 0.0055))), 0.004),
    // thick posterior ilium at the sacroiliac joint
    ellipsoid([si[0] + 0.008, si[1] + 0.008, si[2] - 0.004], [0.01, 0.024, 0.016]),
    capsule([psis[0] + 0.003, psis[1], psis[2] + 0.004], [si[0] + 0.006, si[1] - 0.005, si[2]], 0.008, 0.009),
    // body of the ilium down to the acetabulum, with the arcuate line
    ...chain(lower, 0.006),
    ellipsoid([head[0] - 0.004, head[1] + 0.004, head[2] - 0.004], [0.026, 0.03, 0.03]),
    capsule([0.07, 0.93, -0.02], [head[0] - 0.005, head[1] + 0.012, head[2]], 0.014, 0.016),
    capsule(aiis, [head[0], head[1] + 0.02, head[2] + 0.01], 0.006, 0.012),
    // ischium: body, spine, tuberosity, inferior ramus
    capsule([head[0] - 0.012, head[1] - 0.012, head[2] - 0.02], [it[0] + 0.002, it[1] + 0.012, it[2] + 0.002], 0.013, 0.011),
    capsule([head[0] - 0.026, head[1] - 0.018, head[2] - 0.032], [isp[0] + 0.002, isp[1], isp[2]], 0.005, 0.003),
    ellipsoid([it[0] + 0.002, it[1] + 0.01, it[2] + 0.004], [0.01, 0.015, 0.012]),
    ...chain([[it[0] - 0.002, it[1] + 0.002, it[2] + 0.012], [0.032, 0.842, 0.035], [ps[0] + 0.008, ps[1] - 0.012, ps[2] - 0.004]], [0.008, 0.0065, 0.007]),
    // pubis: superior ramus to the tubercle and the symphysis
    ...chain([[head[0] - 0.016, head[1] + 0.004, head[2] + 0.02], [0.05, 0.893, 0.058], [pt[0] + 0.002, pt[1], pt[2] - 0.006], [ps[0] + 0.005, ps[1] - 0.002, ps[2] - 0.007]], [0.009, 0.0075, 0.007, 0.008]),
    ellipsoid([ps[0] + 0.008, ps[1] - 0.008, ps[2] - 0.008], [0.008, 0.016, 0.009]),
  ];
  let bone = smoothUnion(parts, 0.006);
  // acetabulum: the socket the femoral head sits in, opening laterally, forward and down
  bone = subtract(bone, sphere(head, 0.0265), 0.002);
  bone = subtract(bone, sphere([head[0] + 0.03, head[1] - 0.01, head[2] + 0.008], 0.022), 0.003);
  return bone;
}

/**
 * The leg bones, left side: femur (head, neck, trochanters, linea aspera, condyles), patella, tibia
 * (plateau, tuberosity, shin crest, medial malleolus), fibula (head to lateral malleolus) and the foot
 * (talus, calcaneus, navicular, cuboid, cuneiforms, five metatarsals, phalanges).
 */
import type { Vec3 } from '../../core/frame';
import { HIP } from '../figure';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, type Prim } from '../sdf/primitives';
import { sweep } from '../sdf/sweep';
import { lerp, type V3 } from '../vec';

/**
 * The femur's axes: the head's centre (the hip joint), where the neck's axis meets the shaft's, and
 * two points on the shaft's axis. The neck meets the shaft at about 125° seen from the front (adult
 * mean near 125–130°, range about 120–135°: Gnudi et al. 2002, J Clin Densitom 5:259; Boese et al. 2016,
 * Clin Anat 29:1022) and turns about 12° forward of the coronal plane (anteversion, adult mean 10–15°:
 * Yoshioka et al. 1987, Clin Orthop 218:136).
 */
export const FEMUR_AXES = {
  head: HIP as V3,
  neckBase: [0.1433, 0.857, 0.008] as V3,
  shaftTop: [0.145, 0.87, -0.002] as V3,
  shaftLow: [0.104, 0.55, -0.002] as V3,
};
/** Radius of the femoral head. */
export const FEMORAL_HEAD_RADIUS = 0.0235;

/**
 * The femur: a spherical head on a neck at the angles of FEMUR_AXES; the greater trochanter over the
 * neck's base and the lesser trochanter behind and below it, joined by the intertrochanteric crest;
 * a shaft bowed forward (a generalized cylinder) with the linea aspera as a ridge down its back,
 * splitting above into the gluteal tuberosity and the pectineal line and below into the supracondylar
 * lines; the condyles with the patellar groove between them in front and the intercondylar notch behind.
 */
export function femur(): Prim {
  const { head, neckBase } = FEMUR_AXES;
  const gt = landmark('greater-trochanter');
  const lt = landmark('lesser-trochanter');
  const lc = landmark('lateral-femoral-condyle');
  const mc = landmark('medial-femoral-condyle');
  const at = landmark('adductor-tubercle');
  const la = landmark('linea-aspera');
  const neck = sweep(
    [
      { at: lerp(head, neckBase, 0.15), a: 0.0165, b: 0.0135 },
      { at: lerp(head, neckBase, 0.55), a: 0.0145, b: 0.0115 },
      { at: neckBase, a: 0.019, b: 0.0145 },
    ],
    [0, 1, 0],
    3,
    0.004,
  );
  const shaft = sweep(
    [
      { at: [0.147, 0.882, -0.003], a: 0.0175, b: 0.016 },
      { at: [0.136, 0.8, 0.001], a: 0.0148, b: 0.0142 },
      { at: [0.121, 0.7, 0.0015], a: 0.0133, b: 0.0136 },
      { at: [0.111, 0.62, -0.001], a: 0.0145, b: 0.014 },
      { at: [0.104, 0.545, -0.004], a: 0.022, b: 0.016 },
    ],
    [1, 0, 0],
    4,
    0.003,
  );
  // the linea aspera and its upper and lower branches: a ridge on the back of the shaft
  const ridge = (pts: V3[], r: number) => sweep(pts.map((p) => ({ at: p, a: r * 0.8, b: r })), [1, 0, 0], 3, 0.002);
  const aspera = ridge([[0.14, 0.8, -0.0105], [la[0] + 0.005, la[1], la[2] + 0.0032], [0.112, 0.6, -0.0125]], 0.0042);
  const gluteal = ridge([[0.14, 0.8, -0.0105], [0.149, 0.845, -0.011], [gt[0] - 0.012, gt[1] - 0.03, gt[2] - 0.012]], 0.0036);
  const pectineal = ridge([[0.14, 0.8, -0.0105], [0.118, 0.835, -0.01], [lt[0] + 0.006, lt[1] - 0.004, lt[2]]], 0.003);
  const medialSupra = ridge([[0.112, 0.6, -0.0125], [0.097, 0.56, -0.012], [at[0] + 0.005, at[1] + 0.004, at[2]]], 0.0028);
  const lateralSupra = ridge([[0.112, 0.6, -0.0125], [0.12, 0.56, -0.013], [lc[0] - 0.006, lc[1] + 0.017, lc[2] - 0.006]], 0.0026);
  const parts: Prim[] = [
    sphere(head, FEMORAL_HEAD_RADIUS),
    neck,
    shaft,
    // greater trochanter: a block above and behind the neck's base; lesser trochanter: a knob behind and below
    ellipsoid([gt[0] - 0.014, gt[1] - 0.006, gt[2] - 0.006], [0.0135, 0.024, 0.018]),
    capsule([0.128, 0.862, -0.006], [lt[0] + 0.004, lt[1], lt[2] - 0.002], 0.0095, 0.0075),
    // intertrochanteric crest behind, intertrochanteric line in front
    capsule([gt[0] - 0.016, gt[1] - 0.012, gt[2] - 0.016], [lt[0] + 0.006, lt[1] + 0.002, lt[2] - 0.004], 0.005, 0.005),
    capsule([gt[0] - 0.016, gt[1] - 0.01, gt[2] + 0.008], [lt[0] + 0.01, lt[1] - 0.002, lt[2] + 0.012], 0.004, 0.004),
    aspera, gluteal, pectineal, medialSupra, lateralSupra,
    // condyles, epicondyles and the adductor tubercle
    ellipsoid([lc[0] - 0.014, lc[1] - 0.007, lc[2] + 0.002], [0.0145, 0.022, 0.028]),
    ellipsoid([mc[0] + 0.014, mc[1] - 0.007, mc[2] + 0.0], [0.0155, 0.023, 0.028]),
    sphere([lc[0] - 0.006, lc[1] - 0.003, lc[2] - 0.002], 0.008),
    sphere([mc[0] + 0.006, mc[1] - 0.001, mc[2] - 0.002], 0.0085),
    ellipsoid([0.102, 0.522, 0.012], [0.026, 0.022, 0.012]),
    sphere([at[0] + 0.005, at[1], at[2]], 0.0055),
  ];
  let bone = smoothUnion(parts, 0.006);
  // patellar groove in front, intercondylar notch behind
  bone = subtract(bone, capsule([0.102, 0.53, 0.03], [0.102, 0.5, 0.026], 0.008), 0.004);
  bone = subtract(bone, capsule([0.102, 0.49, -0.03], [0.102, 0.512, -0.012], 0.009), 0.003);
  return bone;
}

/** The patella. */
export function patella(): Prim {
  const p = landmark('patella');
  const apex = landmark('patella-apex');
  return smoothUnion(
    [ellipsoid([p[0], p[1] - 0.002, p[2] - 0.01], [0.021, 0.02, 0.01]), capsule([p[0], p[1] - 0.01, p[2] - 0.008], [apex[0], apex[1] + 0.003, apex[2] - 0.004], 0.01, 0.004)],
    0.006,
  );
}

/** The tibia. */
export function tibia(): Prim {
  const tt = landmark('tibial-tuberosity');
  const mm = landmark('medial-malleolus');
  const tm = landmark('tibia-mid');
  const plateau = smoothUnion(
    [
      ellipsoid([0.1, 0.461, -0.003], [0.028, 0.014, 0.025]),
      ellipsoid([0.1, 0.445, -0.004], [0.022, 0.02, 0.019]),
      sphere([tt[0], tt[1] + 0.002, tt[2] - 0.007], 0.008),
      ellipsoid([0.086, 0.438, 0.01], [0.012, 0.02, 0.012]),
    ],
    0.008,
  );
  return smoothUnion(
    [
      // hollow the plateau's top a little where the condyles sit
      subtract(plateau, ellipsoid([0.1, 0.481, -0.003], [0.03, 0.008, 0.03]), 0.004),
      ...chain([[0.1, 0.43, 0.0], [tm[0], tm[1], tm[2] - 0.011], [0.097, 0.12, 0.0]], [0.015, 0.0115, 0.013]),
      capsule([0.1, 0.425, 0.012], [tm[0], tm[1] + 0.05, tm[2] - 0.004], 0.006, 0.005),
      ellipsoid([0.098, 0.092, 0.0], [0.02, 0.02, 0.019]),
      capsule([0.088, 0.092, 0.0], [mm[0] + 0.004, mm[1], mm[2]], 0.008, 0.006),
    ],
    0.008,
  );
}

/** The fibula. */
export function fibula(): Prim {
  const h = landmark('fibula-head');
  const m = landmark('fibula-mid');
  const lm = landmark('lateral-malleolus');
  return smoothUnion(
    [
      sphere([h[0] - 0.003, h[1], h[2] + 0.002], 0.009),
      ...chain([[h[0] - 0.003, h[1] - 0.01, h[2] + 0.002], [m[0] - 0.002, m[1], m[2]], [lm[0] - 0.003, lm[1] + 0.03, lm[2] + 0.002]], [0.006, 0.0055, 0.0065]),
      ellipsoid([lm[0] - 0.004, lm[1] + 0.01, lm[2]], [0.007, 0.016, 0.009]),
    ],
    0.006,
  );
}

/** A toe: phalanges from the metatarsal head to the tip. */
function toe(head: Vec3, tip: Vec3, r: number, bones: number): Prim[] {
  const out: Prim[] = [];
  const fr = bones === 2 ? [0, 0.55, 1] : [0, 0.5, 0.78, 1];
  for (let i = 0; i + 1 < fr.length; i++) {
    const a = lerp(head, tip, fr[i]! + 0.06), b = lerp(head, tip, fr[i + 1]! - 0.05);
    out.push(capsule(a, b, r * (1 - 0.12 * i), r * (0.85 - 0.12 * i)));
  }
  return out;
}

/** The foot skeleton. */
export function foot(): Prim {
  const calc = landmark('calcaneus');
  const nav = landmark('navicular');
  const cub = landmark('cuboid');
  const m1 = landmark('metatarsal-1-head');
  const m5 = landmark('metatarsal-5-head');
  const m5b = landmark('metatarsal-5-base');
  const tips: Vec3[] = [landmark('hallux-tip'), landmark('toe-2-tip'), [0.114, 0.013, 0.195], [0.128, 0.012, 0.18], landmark('toe-5-tip')];
  const heads: Vec3[] = [m1, [0.097, 0.02, 0.152], [0.112, 0.019, 0.146], [0.127, 0.019, 0.135], m5];
  const bases: Vec3[] = [[0.082, 0.042, 0.085], [0.095, 0.045, 0.08], [0.108, 0.042, 0.075], [0.122, 0.036, 0.066], m5b];
  const parts: Prim[] = [
    // talus under the tibia, its head reaching the navicular
    ellipsoid([0.099, 0.058, -0.008], [0.016, 0.014, 0.022]),
    capsule([0.097, 0.058, 0.0], [nav[0] + 0.006, nav[1] + 0.002, nav[2] - 0.016], 0.012, 0.01),
    // calcaneus: heel back and down, forward to the cuboid
    capsule([calc[0], calc[1] - 0.012, calc[2] + 0.015], [0.112, 0.03, 0.022], 0.02, 0.014),
    ellipsoid([0.104, 0.028, -0.045], [0.015, 0.022, 0.017]),
    ellipsoid([nav[0] + 0.002, nav[1] - 0.004, nav[2] - 0.004], [0.013, 0.012, 0.008]),
    ellipsoid([cub[0] - 0.002, cub[1], cub[2]], [0.012, 0.011, 0.014]),
    // cuneiforms
    ellipsoid([0.083, 0.045, 0.066], [0.008, 0.013, 0.011]),
    ellipsoid([0.095, 0.05, 0.063], [0.006, 0.011, 0.01]),
    ellipsoid([0.107, 0.046, 0.06], [0.007, 0.011, 0.01]),
  ];
  for (let i = 0; i < 5; i++) {
    const r = i === 0 ? 0.0085 : 0.0055;
    parts.push(capsule(bases[i]!, heads[i]!, r * 1.05, r * 0.85), sphere(heads[i]!, r * 1.05));
    parts.push(...toe(heads[i]!, tips[i]!, i === 0 ? 0.0075 : 0.0046, i === 0 ? 2 : 3));
  }
  return smoothUnion(parts, 0.004);
}

/**
 * The leg bones, left side: femur (head, neck, trochanters, linea aspera, condyles), patella, tibia
 * (plateau, tuberosity, shin crest, medial malleolus), fibula (head to lateral malleolus) and the foot
 * (talus, calcaneus, navicular, cuboid, cuneiforms, five metatarsals, phalanges).
 */
import type { Vec3 } from '../../core/frame';
import { HIP, PROXIMAL_TIBIOFIBULAR_JOINT } from '../figure';
import { fitToJoint } from '../sdf/joint';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, frame, roundBox, smoothUnion, sphere, subtract, union, type Prim } from '../sdf/primitives';
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
    [ellipsoid([p[0], p[1] - 0.002, p[2] - 0.012], [0.021, 0.02, 0.011]), capsule([p[0], p[1] - 0.01, p[2] - 0.01], [apex[0], apex[1] + 0.003, apex[2] - 0.005], 0.01, 0.004)],
    0.006,
  );
}

/**
 * The tibia: the plateau's two condyles with the intercondylar eminence and the facet for the fibular
 * head beneath the lateral condyle; the tuberosity; a shaft of triangular section (a generalized
 * cylinder with the anterior border, the shin's crest, and the interosseous border as ridges); the
 * broad, squarish distal end with the medial malleolus.
 */
export function tibia(): Prim {
  const tt = landmark('tibial-tuberosity');
  const mm = landmark('medial-malleolus');
  const tm = landmark('tibia-mid');
  const gt = landmark('gerdys-tubercle');
  const plateau = smoothUnion(
    [
      ellipsoid([0.1, 0.461, -0.003], [0.028, 0.014, 0.025]),
      ellipsoid([0.1, 0.445, -0.004], [0.022, 0.02, 0.019]),
      sphere([tt[0], tt[1] + 0.002, tt[2] - 0.007], 0.008),
      // the front of the metaphysis, carrying the tuberosity forward under the patellar ligament
      capsule([0.1, 0.452, 0.008], [tt[0], tt[1] - 0.012, tt[2] - 0.014], 0.017, 0.011),
      ellipsoid([0.086, 0.438, 0.01], [0.012, 0.02, 0.012]),
      // Gerdy's tubercle on the front of the lateral condyle (the iliotibial band's insertion)
      ellipsoid([gt[0] - 0.006, gt[1] - 0.001, gt[2] - 0.006], [0.007, 0.008, 0.006]),
    ],
    0.008,
  );
  const ridge = (pts: V3[], r: number) => sweep(pts.map((p) => ({ at: p, a: r, b: r * 0.8 })), [1, 0, 0], 3, 0.002);
  let bone = smoothUnion(
    [
      // hollow the plateau's top a little where the condyles sit, leaving the eminence between them
      smoothUnion([subtract(plateau, ellipsoid([0.1, 0.481, -0.003], [0.03, 0.008, 0.03]), 0.004), ellipsoid([0.1, 0.472, -0.003], [0.006, 0.004, 0.01])], 0.003),
      sweep(
        [
          { at: [0.1, 0.43, 0.004], a: 0.018, b: 0.018 },
          { at: [tm[0], tm[1], tm[2] - 0.014], a: 0.0092, b: 0.0105 },
          { at: [0.098, 0.14, 0.0], a: 0.0125, b: 0.0125 },
          { at: [0.099, 0.1, -0.003], a: 0.017, b: 0.015 },
        ],
        [1, 0, 0],
        4,
        0.003,
      ),
      // the anterior border (the shin's crest) and the interosseous border facing the fibula
      ridge([[0.1, 0.42, 0.026], [tm[0], tm[1], tm[2] - 0.0015], [0.094, 0.14, 0.013]], 0.0042),
      ridge([[0.112, 0.405, -0.004], [tm[0] + 0.012, tm[1], tm[2] - 0.022], [0.11, 0.13, -0.004]], 0.0042),
      // the medial border, behind the flat subcutaneous medial surface
      ridge([[0.089, 0.395, -0.006], [tm[0] - 0.012, tm[1], tm[2] - 0.024], [0.087, 0.13, -0.007]], 0.0042),
      // the distal end: broad and squarish, its plafond over the talus
      roundBox([0.099, 0.0925, -0.004], [0.019, 0.0135, 0.018], 0.008),
      // the medial malleolus reaching down inside the ankle
      capsule([0.084, 0.092, -0.001], [mm[0] + 0.004, mm[1] - 0.001, mm[2] - 0.002], 0.009, 0.0055),
    ],
    0.006,
  );
  bone = fitToJoint(bone, PROXIMAL_TIBIOFIBULAR_JOINT, -1, 0.018, 0.003);
  return bone;
}

/** The fibula: head (with its apex) against the tibia, a slender shaft, the lateral malleolus reaching lower than the medial. */
export function fibula(): Prim {
  const h = landmark('fibula-head');
  const m = landmark('fibula-mid');
  const lm = landmark('lateral-malleolus');
  const bone = smoothUnion(
    [
      ellipsoid([h[0] - 0.002, h[1], h[2] + 0.001], [0.0095, 0.011, 0.0105]),
      sphere([h[0] + 0.001, h[1] + 0.007, h[2] - 0.002], 0.005),
      ...chain([[h[0] - 0.003, h[1] - 0.01, h[2] + 0.002], [m[0] - 0.002, m[1], m[2]], [lm[0] - 0.003, lm[1] + 0.03, lm[2] + 0.002]], [0.0065, 0.0055, 0.0068]),
      ellipsoid([lm[0] - 0.004, lm[1] + 0.006, lm[2]], [0.0075, 0.017, 0.0105]),
    ],
    0.006,
  );
  return fitToJoint(bone, PROXIMAL_TIBIOFIBULAR_JOINT, 1, 0.018, 0.003);
}

/**
 * The bones of the foot at their places (left foot; x lateral, z forward). The medial longitudinal
 * arch runs from the calcaneal tuberosity on the ground up over the talus, navicular and medial
 * cuneiform and down the first metatarsal to its head; the lateral arch, lower, from the calcaneus
 * over the cuboid to the fifth metatarsal head; the transverse arch domes the cuneiforms and the
 * metatarsal bases, highest at the intermediate cuneiform and the second metatarsal base.
 */
export const FOOT = {
  /** Talus: the body (trochlea under the tibia) and the head (against the navicular). */
  talusBody: [0.1, 0.065, -0.014] as V3,
  talusHead: [0.086, 0.047, 0.026] as V3,
  /** Calcaneus: the back of the tuberosity, the body under the talus, the front (cuboid facet). */
  calcaneusBack: [0.104, 0.03, -0.048] as V3,
  calcaneusFront: [0.118, 0.027, 0.02] as V3,
  sustentaculum: [0.084, 0.04, -0.008] as V3,
  /** Navicular, cuboid and the three cuneiforms (centres). */
  navicular: [0.087, 0.045, 0.042] as V3,
  cuboid: [0.124, 0.026, 0.038] as V3,
  cuneiforms: [[0.081, 0.035, 0.062], [0.094, 0.042, 0.06], [0.107, 0.037, 0.057]] as V3[],
  /** Metatarsal bases (1–5) and heads. */
  bases: [[0.082, 0.033, 0.077], [0.095, 0.038, 0.074], [0.108, 0.034, 0.07], [0.12, 0.028, 0.062], [0.134, 0.022, 0.054]] as V3[],
  heads: [[0.08, 0.017, 0.148], [0.097, 0.015, 0.152], [0.112, 0.014, 0.146], [0.127, 0.013, 0.135], [0.141, 0.014, 0.12]] as V3[],
};

/** A toe: phalanges from the metatarsal head to the tip, a small joint space between them. */
function toe(head: Vec3, tip: Vec3, r: number, bones: number): Prim[] {
  const out: Prim[] = [];
  const fr = bones === 2 ? [0, 0.58, 1] : [0, 0.5, 0.76, 1];
  for (let i = 0; i + 1 < fr.length; i++) {
    const a = lerp(head, tip, fr[i]! + (i === 0 ? 0.17 : 0.04)), b = lerp(head, tip, fr[i + 1]! - 0.03);
    const ra = r * (1 - 0.14 * i), rb = r * (0.78 - 0.14 * i);
    // each phalanx: a waisted shaft between a broad base and a narrower head
    out.push(smoothUnion([capsule(a, b, ra * 0.8, rb * 0.8), sphere(a, ra), sphere(b, rb)], 0.003));
  }
  return out;
}

/** A short tarsal bone: a rounded block on its own axes (half extents in metres). */
function tarsal(c: Vec3, half: Vec3, round: number, axes?: readonly [Vec3, Vec3, Vec3]): Prim {
  return roundBox(c, half, round, axes);
}

/**
 * The foot skeleton: talus (trochlea, neck, head), calcaneus (tuberosity, sustentaculum tali, body to
 * the cuboid), navicular with its tuberosity, cuboid, three wedge-shaped cuneiforms, five metatarsals
 * (bases, shafts, heads; the fifth with its tuberosity, the first with two sesamoids under its head)
 * and the phalanges, at the arches of FOOT. Each bone is a piece of its own with a joint space.
 */
export function foot(): Prim {
  const F = FOOT;
  const nav = landmark('navicular');
  const m5b = landmark('metatarsal-5-base');
  const calc = landmark('calcaneus');
  const heel = landmark('heel-plantar');
  const tips: Vec3[] = [landmark('hallux-tip'), landmark('toe-2-tip'), [0.114, 0.012, 0.192], [0.128, 0.011, 0.178], landmark('toe-5-tip')];
  const talus = smoothUnion(
    [
      // the trochlea: a saddle-topped block under the tibia, wider in front
      ellipsoid(F.talusBody, [0.015, 0.0125, 0.02]),
      ellipsoid([F.talusBody[0] + 0.001, F.talusBody[1] - 0.011, F.talusBody[2] + 0.002], [0.016, 0.008, 0.019]),
      // lateral process under the lateral malleolus
      sphere([F.talusBody[0] + 0.013, F.talusBody[1] - 0.005, F.talusBody[2] - 0.002], 0.007),
      // neck and head, turned forward and medially
      capsule([F.talusBody[0] - 0.004, F.talusBody[1] - 0.002, F.talusBody[2] + 0.012], F.talusHead, 0.0105, 0.0095),
      ellipsoid(F.talusHead, [0.0125, 0.011, 0.009]),
    ],
    0.005,
  );
  const calcaneus = smoothUnion(
    [
      sweep(
        [
          { at: F.calcaneusBack, a: 0.013, b: 0.021 },
          { at: lerp(F.calcaneusBack, F.calcaneusFront, 0.45), a: 0.015, b: 0.017 },
          { at: F.calcaneusFront, a: 0.012, b: 0.012 },
        ],
        [1, 0, 0],
        4,
        0.003,
      ),
      // the tuberosity: the heel's weight-bearing medial and lateral processes and the Achilles insertion behind
      ellipsoid([heel[0] - 0.002, heel[1] + 0.01, heel[2] - 0.004], [0.015, 0.01, 0.016]),
      ellipsoid([calc[0], calc[1] - 0.006, calc[2] + 0.009], [0.013, 0.014, 0.008]),
      // the sustentaculum tali: a shelf under the talus' neck on the medial side
      capsule([F.sustentaculum[0] + 0.012, F.sustentaculum[1] - 0.004, F.sustentaculum[2]], F.sustentaculum, 0.007, 0.005),
      // the fibular trochlea on the lateral face (between the fibular tendons)
      sphere([F.calcaneusFront[0] + 0.006, F.calcaneusFront[1] + 0.002, F.calcaneusFront[2] - 0.03], 0.005),
    ],
    0.005,
  );
  // the talus sits on the calcaneus; a shallow cut keeps a joint space between them
  const talusCut = subtract(talus, calcaneus, 0.0005);
  const navicular = smoothUnion(
    [
      // boat-shaped, concave behind for the talar head; its tuberosity juts medially and down
      tarsal(F.navicular, [0.016, 0.012, 0.0065], 0.0055, frame([1, -0.25, 0.15], [0, 1, 0])),
      sphere([nav[0] + 0.004, nav[1], nav[2] + 0.001], 0.007),
    ],
    0.004,
  );
  const cuboid = tarsal(F.cuboid, [0.0115, 0.0105, 0.0135], 0.0065, frame([1, 0.35, -0.25], [0, 1, 0]));
  const cuneiforms = F.cuneiforms.map((c, i) =>
    // wedges: broad on the dorsum, narrow towards the sole (the medial one the other way round and tallest)
    i === 0
      ? tarsal(c, [0.0085, 0.0145, 0.0105], 0.0058, frame([1, 0.2, 0], [0, 1, 0]))
      : smoothUnion([tarsal(c, [0.006, 0.0095, 0.0095], 0.0045), tarsal([c[0], c[1] + 0.006, c[2]], [0.0075, 0.004, 0.0095], 0.0035)], 0.003),
  );
  const parts: Prim[] = [
    subtract(talusCut, navicular, 0.0005),
    subtract(calcaneus, cuboid, 0.0005),
    navicular,
    cuboid,
    ...cuneiforms,
  ];
  for (let i = 0; i < 5; i++) {
    const base = F.bases[i]!, head = F.heads[i]!;
    const big = i === 0;
    const rb = big ? 0.0105 : i === 4 ? 0.0075 : 0.0068;
    const rh = big ? 0.0105 : 0.0062;
    const shaft = big ? 0.0068 : 0.0036;
    const mt: Prim[] = [
      tarsal(lerp(base, head, 0.04), [rb, rb * 1.15, 0.006], 0.0045),
      capsule(lerp(base, head, 0.1), lerp(base, head, 0.88), shaft * 1.15, shaft),
      ellipsoid(head, [rh * 0.9, rh, rh * 1.05]),
    ];
    if (i === 4) mt.push(ellipsoid([m5b[0] - 0.002, m5b[1], m5b[2] + 0.002], [0.007, 0.0065, 0.008]));
    parts.push(smoothUnion(mt, 0.004));
    if (big) for (const dx of [-0.006, 0.005]) parts.push(sphere([head[0] + dx, head[1] - 0.009, head[2] - 0.004], 0.0042));
    parts.push(...toe(head, tips[i]!, big ? 0.0085 : 0.0052, big ? 2 : 3));
  }
  return union(parts);
}

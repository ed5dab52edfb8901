/**
 * The front and the lateral side of the leg as volumes, left side, all in front of the interosseous
 * membrane or lateral to the fibula. Anterior compartment: extensor hallucis longus deep, from the middle
 * of the fibula and the membrane; tibialis anterior over it on the lateral tibia; extensor digitorum longus
 * lateral to both on the fibula, its four tendons to the lateral four toes. Lateral compartment: fibularis
 * brevis on the lower fibula and fibularis longus over it from the fibular head, both behind the lateral
 * malleolus, brevis to the tuberosity of the fifth metatarsal, longus under the cuboid across the sole to
 * the medial cuneiform and the base of the first metatarsal. Attachments as in Standring S (ed.), Gray's
 * Anatomy, 42nd ed. 2020, leg chapter. `across` runs from the first anchor of the origin line to the last
 * (for the muscles arising along a bone: from the top of the origin down the shaft).
 */
import type { CitedVolume, VolumeDef } from '../types';
import { thighLegVolume } from './lower-limb-volume';

/**
 * Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS 2014, J Biomech 47:631–638 (MRI of 24 adults)
 * give the leg's extensors (extensor digitorum longus with extensor hallucis longus) and the fibulars
 * (longus with brevis) as groups, each about b1·V + b2 cm³ of the total lower-limb muscle volume
 * V = 47·height·mass + 1285 cm³ (m, kg): extensors 0.0132·V + 8.7, fibulars 0.0194·V − 7.43, which for
 * our 1.75 m, 70 kg figure (V ≈ 7,040 cm³) are about 102 and 129 cm³. Each group is split here about
 * 2 : 1 (digitorum : hallucis, longus : brevis), roughly as the cadaver masses of Ward SR et al. 2009,
 * Clin Orthop Relat Res 467:1074–1082 divide them (the split to be checked against that paper), with a
 * wide tolerance for it.
 */
const V_TOTAL = 47 * 1.75 * 70 + 1285;
function handsfieldShare(b1: number, b2: number, group: string, share: number, name: string, tolerance: number): CitedVolume {
  return {
    cm3: Math.round((b1 * V_TOTAL + b2) * share),
    source: `Handsfield GG et al. 2014, J Biomech 47:631–638 (MRI, 24 adults): ${group} = ${b1}·V + ${b2} cm³ for 1.75 m and 70 kg, of which ${name} about ${Math.round(share * 100)} % (the split estimated from the cadaver masses of Ward SR et al. 2009, Clin Orthop Relat Res 467:1074–1082)`,
    tolerance,
  };
}
const extensors = (share: number, name: string) => handsfieldShare(0.0132, 8.7, 'extensor digitorum longus with extensor hallucis longus', share, name, 0.45);
const fibulars = (share: number, name: string) => handsfieldShare(0.0194, -7.43, 'fibularis longus with brevis', share, name, 0.45);

/**
 * Written here but not switched over yet (lower-limb.ts leaves them to the first generator), and why.
 * (Extensor digitorum longus is built: one fibre per toe tendon, 2.2 mm tendons in 1 mm cells, a via
 * line for each tendon under the retinacula and over its own metatarsal, halfway between the bones and
 * the skin, and its insertions on the dorsal expansions 4.5 mm under the skin of the toes (which stands
 * 1–2 cm off their phalanges) keep the four tendons apart to the second to fifth toes; the belly stays
 * slender, 57 cm³ as built against its cited 68 cm³.)
 * Fibularis longus is modelled as far as the lateral border of the cuboid, where its tendon turns into
 * the groove on the cuboid's plantar face (laid across the sole it would cross the layers of the
 * plantar muscles), with via points behind brevis behind the lateral malleolus and below the fibular
 * trochlea, a thin belly (8 fibres, 1.2 mm cells) and a 1.6 mm tendon. It still lacks room: above about
 * y 0.28 m the lateral face of the fibula has 8–9 mm free under the skin, but lower brevis fills the
 * lateral and posterior faces to within 2–4 mm of the skin and flexor hallucis longus lies behind it,
 * room in all for about 25 cm³ against the cited 86 ± 45 % (at least 47). Laid over brevis, the sizing
 * thickens its fibres and the drape pushes them off brevis round the fibula to its front (33 cm³ kept,
 * in front of the fibula and the lateral malleolus); laid on the bones alone it is one piece on all its
 * footprints behind the malleolus, but of 43 cm³, overlapping brevis by 12 % and flexor hallucis longus
 * by 34 %. It needs brevis (and the posterior compartment) to leave it room on the fibula.
 */
export const LEG_FRONT_PENDING_IDS: readonly string[] = ['fibularis-longus'];

/** Skin margin of the tendons over the dorsum of the foot and the toes, where the skin lies close on them. */
const DORSUM_SKIN_MARGIN = 0.002;

export const LEG_FRONT: VolumeDef[] = [
  {
    id: 'tibialis-anterior',
    architecture: 'unipennate',
    origin: {
      bones: ['tibia'],
      line: [{ lm: 'lateral-tibial-condyle', off: [-0.006, -0.008, 0.022] }, { at: [0.113, 0.39, 0.019] }, { at: [0.109, 0.31, 0.017] }],
    },
    // one tendon, on the medial and plantar face of the medial cuneiform and the base of the first metatarsal
    insertion: { bones: ['foot'], line: [{ lm: 'medial-cuneiform', off: [-0.004, -0.003, 0.006] }, { lm: 'medial-cuneiform', off: [-0.004, -0.004, 0.013] }] },
    // the fibres' parameter runs evenly over the via lines, not over their length: the lines are spaced so
    // that `along` (the trigger point, the tendon) falls where it does on the muscle's length, the belly in
    // the upper two-thirds and the tendon from the lower third
    via: [
      [{ at: [0.12, 0.44, 0.03] }, { at: [0.117, 0.37, 0.027] }, { at: [0.115, 0.29, 0.025] }],
      [{ at: [0.117, 0.37, 0.027] }, { at: [0.115, 0.315, 0.025] }, { at: [0.113, 0.25, 0.023] }],
      [{ at: [0.1, 0.16, 0.021] }],
      // the tendon in front of the lower tibia and over the ankle, under the retinacula, kept on a smooth
      // arc under the crease of the skin between the shin and the dorsum of the foot
      [{ at: [0.092, 0.1, 0.018] }],
      [{ at: [0.088, 0.08, 0.018] }],
      [{ at: [0.085, 0.068, 0.031] }],
      [{ at: [0.08, 0.054, 0.048] }],
    ],
    thickness: 0.02,
    tendon: [0.04, 0.5],
    tendonRadius: 0.0028,
    // deeper than the default: the skin is thin over the shin and the front of the ankle
    skinMargin: 0.0045,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: thighLegVolume(110, 'tibialis anterior'),
    // a smooth spindle: 1600 keep its shape, the model's triangles are tight
    triangles: 1600,
  },
  {
    // the middle half of the medial (anterior) surface of the fibula and the interosseous membrane, deep
    // between tibialis anterior and extensor digitorum longus; its tendon surfaces between them above the
    // ankle, crosses lateral to the tibialis anterior tendon and runs on the first metatarsal to the base
    // of the distal phalanx of the great toe
    id: 'extensor-hallucis-longus',
    architecture: 'unipennate',
    origin: { bones: ['fibula'], line: [{ at: [0.127, 0.36, -0.008] }, { at: [0.125, 0.27, -0.006] }, { at: [0.122, 0.18, -0.004] }] },
    insertion: { bones: ['foot'], line: [{ between: ['metatarsal-1-head', 'hallux-tip'], t: 0.62, off: [-0.001, 0.008, 0] }] },
    via: [
      [{ at: [0.118, 0.27, 0.006] }, { at: [0.116, 0.2, 0.008] }],
      [{ at: [0.104, 0.12, 0.016] }],
      [{ at: [0.097, 0.085, 0.019] }],
      [{ at: [0.092, 0.066, 0.036] }],
      [{ at: [0.083, 0.052, 0.07] }],
      [{ at: [0.079, 0.036, 0.12] }],
    ],
    thickness: 0.012,
    tendon: [0.05, 0.5],
    tendonRadius: 0.0022,
    skinMargin: DORSUM_SKIN_MARGIN,
    hug: false,
    steadyDrape: true,
    // built after tibialis anterior and kept out of it (it lies deep to it above the ankle)
    over: ['tibialis-anterior'],
    volume: extensors(1 / 3, 'extensor hallucis longus'),
    triangles: 700,
  },
  {
    // the lateral tibial condyle, the upper three-quarters of the medial surface of the fibula and the
    // membrane, lateral to tibialis anterior; its tendon under the extensor retinacula, lateral to that of
    // extensor hallucis longus, parts on the dorsum into four, to the middle and distal phalanges of the
    // second to fifth toes (one fibre per tendon, so none runs between the toes)
    id: 'extensor-digitorum-longus',
    // its four tendons of 2.2 mm radius under the thin skin of the dorsum and the toes come apart only in 1 mm cells
    cell: 0.001,
    architecture: 'unipennate',
    fibres: 4,
    // `across` runs up the origin, from the lower fibula (0) to the lateral tibial condyle (1), so that
    // each fibre's belly lies just below its own origin (the fibres run down and forward onto the tendon
    // on the muscle's front edge, as in a unipennate muscle) and the trigger point (along 0.15, across
    // 0.6) falls about 8 cm below the fibular head
    origin: { bones: ['tibia', 'fibula'], line: [{ at: [0.125, 0.19, -0.006] }, { at: [0.129, 0.28, -0.008] }, { at: [0.134, 0.38, -0.01] }, { lm: 'lateral-tibial-condyle', off: [0.004, -0.012, 0.006] }] },
    // the dorsal expansions over the middle phalanges of the second to fifth toes: a sheet under the skin
    // of the toe's back, not on the bone (the skin of the toes stands 1–2 cm off their phalanges)
    insertion: {
      bones: ['foot'],
      line: [{ at: [0.098, 0.022, 0.19] }, { at: [0.113, 0.025, 0.18] }, { at: [0.126, 0.028, 0.166] }, { at: [0.142, 0.027, 0.15] }],
      underSkin: 0.0045,
    },
    // the belly in the lateral part of the compartment, in front of the fibula and lateral to tibialis
    // anterior (which fills the front of the compartment against the tibia) and, lower, to extensor
    // hallucis longus: two lines a few centimetres below the origin and forward of it; the tendon forms
    // above the ankle and runs in front of it, under the retinacula, lateral to that of extensor hallucis
    // longus, already as four tendons side by side (one line each), which fan out on the dorsum of the
    // foot, each over its own metatarsal, halfway between the bones and the skin
    via: [
      [{ at: [0.128, 0.16, 0.006] }, { at: [0.132, 0.25, 0.004] }, { at: [0.136, 0.35, 0.002] }, { at: [0.134, 0.43, 0.006] }],
      [{ at: [0.124, 0.135, 0.012] }, { at: [0.13, 0.2, 0.008] }, { at: [0.135, 0.29, 0.004] }, { at: [0.135, 0.37, 0.004] }],
      [{ at: [0.108, 0.11, 0.018] }, { at: [0.112, 0.11, 0.016] }, { at: [0.116, 0.11, 0.014] }, { at: [0.12, 0.11, 0.011] }],
      // under the superior and inferior extensor retinacula
      [{ at: [0.104, 0.085, 0.021] }, { at: [0.109, 0.085, 0.02] }, { at: [0.114, 0.085, 0.018] }, { at: [0.119, 0.085, 0.015] }],
      [{ at: [0.102, 0.068, 0.04] }, { at: [0.108, 0.068, 0.04] }, { at: [0.114, 0.066, 0.04] }, { at: [0.12, 0.064, 0.04] }],
      // over the tarsus towards the bases of the second to fifth metatarsals
      [{ at: [0.1, 0.056, 0.072] }, { at: [0.109, 0.053, 0.072] }, { at: [0.118, 0.049, 0.072] }, { at: [0.127, 0.045, 0.072] }],
      [{ at: [0.098, 0.044, 0.105] }, { at: [0.111, 0.043, 0.105] }, { at: [0.124, 0.036, 0.105] }, { at: [0.136, 0.028, 0.105] }],
      // over the metatarsal shafts near their heads
      [{ at: [0.097, 0.032, 0.14] }, { at: [0.111, 0.031, 0.14] }, { at: [0.126, 0.029, 0.14] }, { at: [0.141, 0.024, 0.135] }],
    ],
    thickness: 0.026,
    tendon: [0.02, 0.65],
    tendonRadius: 0.0022,
    // it arises beside extensor hallucis longus on the fibula: a narrow zone where it may touch it
    attachmentZone: 0.01,
    // the skin over the dorsum of the foot and the toes is thin
    skinMargin: 0.0008,
    hug: false,
    steadyDrape: true,
    over: ['extensor-hallucis-longus', 'tibialis-anterior'],
    volume: extensors(2 / 3, 'extensor digitorum longus'),
    triangles: 1000,
  },
  {
    // the lower two-thirds of the lateral surface of the fibula, deep to fibularis longus; its tendon in
    // front of the longus's in the groove behind the lateral malleolus, above the fibular trochlea of the
    // calcaneus, to the tuberosity of the base of the fifth metatarsal.
    // Still wrong: the belly lies anterolateral to the fibula rather than on its lateral face (the skin
    // lies 7–8 mm off the bone there), and the tendon does not take the groove behind the lateral
    // malleolus but runs lateral to and in front of it: neither via points behind the malleolus (where
    // the skin lies 5–6 mm off the bone), nor a thinner tendon (1.7 mm) under a smaller skin margin
    // (1.5 mm), nor a tendon from just above the malleolus moved it there.
    id: 'fibularis-brevis',
    architecture: 'bipennate',
    origin: { bones: ['fibula'], line: [{ at: [0.139, 0.32, -0.016] }, { at: [0.136, 0.23, -0.014] }, { at: [0.133, 0.16, -0.013] }] },
    insertion: { bones: ['foot'], line: [{ lm: 'metatarsal-5-base', off: [0.006, 0.0, -0.006] }] },
    via: [
      [{ at: [0.136, 0.22, -0.02] }],
      [{ at: [0.127, 0.11, -0.022] }],
      // in the groove behind the lateral malleolus (the skin lies 5–6 mm off the bone there), then forward below its tip
      [{ at: [0.125, 0.085, -0.025] }],
      [{ at: [0.126, 0.068, -0.027] }],
      [{ at: [0.128, 0.05, -0.018] }],
      [{ at: [0.137, 0.036, 0.005] }],
      [{ at: [0.142, 0.03, 0.03] }],
    ],
    thickness: 0.012,
    tendon: [0.04, 0.5],
    tendonRadius: 0.0022,
    skinMargin: 0.002,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: fibulars(1 / 3, 'fibularis brevis'),
    triangles: 700,
  },
  {
    // the head and the upper two-thirds of the lateral surface of the fibula, over brevis; its tendon behind
    // the lateral malleolus, below the fibular trochlea, in the groove under the cuboid and across the sole
    // to the lateral side of the medial cuneiform and the base of the first metatarsal
    id: 'fibularis-longus',
    // a thin flat belly over brevis and a 1.6 mm tendon in the 6–9 mm between the fibula and the skin
    cell: 0.0012,
    architecture: 'bipennate',
    fibres: 8,
    origin: { bones: ['fibula'], line: [{ lm: 'fibula-head', off: [0.005, -0.006, 0.002] }, { at: [0.141, 0.36, -0.016] }, { at: [0.137, 0.25, -0.014] }] },
    // modelled as far as the lateral border of the cuboid, where the tendon turns into the groove on its
    // plantar face (laid on across the sole it would cross the plantar muscles' layers)
    insertion: { bones: ['foot'], line: [{ lm: 'cuboid', off: [0.008, -0.014, -0.004] }] },
    // the belly on the lateral face of the upper fibula, above brevis, halfway between the bone and the
    // skin; the tendon behind brevis on the lower fibula and in the groove behind the lateral malleolus,
    // below its tip, below the fibular trochlea on the lateral face of the calcaneus, to the cuboid
    via: [
      [{ at: [0.149, 0.41, -0.02] }, { at: [0.145, 0.34, -0.018] }, { at: [0.14, 0.27, -0.017] }],
      [{ at: [0.131, 0.22, -0.029] }],
      [{ at: [0.128, 0.18, -0.028] }],
      [{ at: [0.1325, 0.14, -0.023] }],
      [{ at: [0.131, 0.09, -0.022] }],
      [{ at: [0.131, 0.075, -0.025] }],
      [{ at: [0.131, 0.058, -0.023] }],
      [{ at: [0.132, 0.03, -0.01] }],
      [{ at: [0.1335, 0.021, 0.012] }],
    ],
    thickness: 0.012,
    tendon: [0.04, 0.68],
    tendonRadius: 0.0016,
    skinMargin: 0.0015,
    hug: false,
    steadyDrape: true,
    over: ['fibularis-brevis'],
    volume: fibulars(2 / 3, 'fibularis longus'),
    triangles: 1000,
  },
];

/**
 * The deep posterior compartment of the leg, under the soleus and behind the interosseous membrane:
 * tibialis posterior, flexor digitorum longus, flexor hallucis longus (their tendons behind the medial
 * malleolus), and the plantaris. Built before the calf (defs/calf.ts), so the soleus can lie over them.
 * Left side; x lateral, z forward. Attachments as in Standring S (ed.), Gray's Anatomy, 42nd ed. 2020,
 * leg and foot chapters. Behind the medial malleolus the three tendons lie in the order "Tom, Dick and
 * Harry" from front to back: tibialis posterior in the groove on the malleolus, flexor digitorum longus
 * behind it, flexor hallucis longus furthest back and lateral, in its groove on the back of the talus and
 * then under the sustentaculum tali.
 * The fibres' parameter runs evenly over the via lines, not over their length: the lines are spaced so
 * that `along` (the trigger points, the tendon) falls where it does on the muscle's length.
 */
import { landmark } from '../../landmarks';
import { FOOT } from '../../bones/leg';
import type { V3 } from '../../vec';
import type { VolumeDef } from '../types';
import { estimate } from './estimate';
import { thighLegVolume } from './lower-limb-volume';

/** A point between two positions. */
const lerp = (a: readonly number[], b: readonly number[], t: number, off: V3 = [0, 0, 0]): V3 => [a[0]! + (b[0]! - a[0]!) * t + off[0], a[1]! + (b[1]! - a[1]!) * t + off[1], a[2]! + (b[2]! - a[2]!) * t + off[2]];

/** Skin margin of the tendons round the ankle and in the sole, where the skin lies close on them. */
const ANKLE_SKIN_MARGIN = 0.002;

/** Switched over: built as volumes. */
export const CALF_DEEP: VolumeDef[] = [
  {
    // the back of the interosseous membrane and the adjoining tibia (below the soleal line, lateral to
    // the vertical line) and fibula in their upper two-thirds, the deepest muscle of the back of the leg;
    // its tendon crosses deep to (in front of) the flexor digitorum longus in the lower leg, lies in the
    // groove behind the medial malleolus, most anterior of the three, and runs under the tip of the
    // malleolus to the tuberosity of the navicular (with slips to the plantar tarsals)
    id: 'tibialis-posterior',
    architecture: 'bipennate',
    origin: { bones: ['tibia', 'fibula'], line: [{ at: [0.116, 0.41, -0.01] }, { at: [0.117, 0.33, -0.008] }, { at: [0.114, 0.25, -0.006] }] },
    insertion: { bones: ['foot'], line: [{ lm: 'navicular', off: [0.002, 0.0, -0.004] }, { lm: 'navicular', off: [0.006, -0.008, -0.002] }] },
    via: [
      [{ at: [0.118, 0.38, -0.018] }, { at: [0.118, 0.32, -0.016] }, { at: [0.114, 0.26, -0.014] }],
      [{ at: [0.112, 0.3, -0.018] }, { at: [0.11, 0.25, -0.016] }, { at: [0.106, 0.21, -0.014] }],
      [{ at: [0.1, 0.19, -0.014] }, { at: [0.098, 0.17, -0.012] }],
      [{ at: [0.089, 0.13, -0.015] }],
      // in the groove on the back of the medial malleolus, then forward under its tip
      [{ at: [0.08, 0.095, -0.016] }],
      [{ at: [0.075, 0.066, -0.002] }],
      [{ at: [0.07, 0.052, 0.024] }],
    ],
    thickness: 0.018,
    tendon: [0.04, 0.42],
    tendonRadius: 0.0028,
    skinMargin: ANKLE_SKIN_MARGIN,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: thighLegVolume(80, 'tibialis posterior', 0.45),
    triangles: 800,
  },
  {
    // the lower two-thirds of the back of the fibula and the membrane below the tibialis posterior,
    // lateral and the bulkiest of the three; its tendon crosses the back of the lower tibia, lies in its
    // groove on the back of the talus, runs under the sustentaculum tali and forward in the sole (deep to
    // the flexor digitorum longus, which crosses it) between the sesamoids to the base of the distal
    // phalanx of the great toe
    id: 'flexor-hallucis-longus',
    architecture: 'bipennate',
    origin: { bones: ['fibula'], line: [{ at: [0.136, 0.33, -0.022] }, { at: [0.131, 0.25, -0.022] }, { at: [0.128, 0.17, -0.019] }, { at: [0.126, 0.12, -0.016] }] },
    insertion: { bones: ['foot'], line: [{ at: lerp(FOOT.heads[0]!, landmark('hallux-tip'), 0.74, [0, -0.006, 0]) }] },
    via: [
      [{ at: [0.128, 0.3, -0.03] }, { at: [0.124, 0.24, -0.032] }, { at: [0.12, 0.18, -0.03] }, { at: [0.116, 0.14, -0.026] }],
      [{ at: [0.114, 0.22, -0.034] }, { at: [0.11, 0.17, -0.034] }, { at: [0.106, 0.14, -0.032] }, { at: [0.104, 0.12, -0.03] }],
      [{ at: [0.098, 0.1, -0.03] }],
      // the groove on the back of the talus, then under the sustentaculum tali into the sole
      [{ at: [0.093, 0.072, -0.034] }],
      [{ at: [0.086, 0.026, -0.006] }],
      [{ at: [0.083, 0.014, 0.05] }],
      [{ at: [0.081, 0.008, 0.12] }],
    ],
    thickness: 0.02,
    tendon: [0.04, 0.45],
    tendonRadius: 0.0026,
    skinMargin: ANKLE_SKIN_MARGIN,
    hug: false,
    steadyDrape: true,
    over: ['tibialis-posterior'],
    volume: thighLegVolume(60, 'flexor hallucis longus', 0.5),
    triangles: 800,
  },
  {
    // the back of the tibia below the soleal line, medial to the vertical line, medial to and behind the
    // tibialis posterior; its tendon crosses behind the tibialis posterior above the ankle, lies behind it
    // behind the medial malleolus, passes medial to the sustentaculum tali into the sole and crosses
    // plantar to the flexor hallucis longus tendon, where the quadratus plantae joins it and it parts into
    // four, to the bases of the distal phalanges of the second to fifth toes. Built here to where it parts,
    // under the bases of the middle metatarsals: with one fibre per toe tendon (as the forearm's deep
    // finger flexor) its belly did not merge but fell apart into a ribbon (5 of 25 cm³, 84 % kept)
    id: 'flexor-digitorum-longus',
    // a tendon of 2.2 mm radius comes apart behind the malleolus in coarser cells
    cell: 0.0018,
    architecture: 'unipennate',
    origin: { bones: ['tibia'], line: [{ at: [0.094, 0.37, -0.008] }, { at: [0.095, 0.3, -0.003] }, { at: [0.094, 0.23, 0.0] }, { at: [0.093, 0.17, 0.0] }] },
    insertion: { bones: ['foot'], line: [{ at: lerp(FOOT.bases[1]!, FOOT.bases[2]!, 0.2, [0, -0.01, 0.006]) }, { at: lerp(FOOT.bases[2]!, FOOT.bases[3]!, 0.6, [0, -0.01, 0.006]) }] },
    via: [
      [{ at: [0.088, 0.33, -0.012] }, { at: [0.089, 0.27, -0.01] }, { at: [0.089, 0.21, -0.009] }, { at: [0.088, 0.16, -0.01] }],
      [{ at: [0.087, 0.26, -0.014] }, { at: [0.087, 0.2, -0.014] }, { at: [0.087, 0.16, -0.015] }, { at: [0.086, 0.13, -0.016] }],
      [{ at: [0.086, 0.115, -0.027] }],
      // behind the tibialis posterior behind the malleolus, medial to the sustentaculum tali, then
      // plantar to the flexor hallucis longus across the sole
      [{ at: [0.079, 0.09, -0.029] }],
      [{ at: [0.076, 0.064, -0.02] }],
      [{ at: [0.077, 0.046, -0.01] }],
      [{ at: [0.088, 0.012, 0.035] }],
    ],
    thickness: 0.012,
    tendon: [0.04, 0.45],
    tendonRadius: 0.0022,
    skinMargin: ANKLE_SKIN_MARGIN,
    hug: false,
    steadyDrape: true,
    over: ['tibialis-posterior', 'flexor-hallucis-longus'],
    volume: thighLegVolume(25, 'flexor digitorum longus', 0.5),
    triangles: 800,
  },
];

/**
 * Written, not switched over yet (each with its reason). Plantaris, to be built after the soleus and
 * before the gastrocnemius (the gastrocnemius then naming it in its `over`; ordered in
 * defs/lower-limb.ts). A first draft, built before the soleus with its via lines behind the lateral
 * condyle, lost the upper part of its belly (67–82 % kept, 4 of 8 cm³): those lines lay inside the
 * condyle or within a few millimetres of the skin (the skin field there is only 5–9 mm deep), and the
 * fibres, pushed out of the bone to their radius, were cut by the skin. The lines below run from the
 * origin first back over the popliteal surface, then medial to the lateral head's origin (x 0.11) onto
 * the popliteus, and the tendon is modelled only to where it meets the medial border of the Achilles
 * tendon (a footprint 4 mm under the skin at y 0.19: below the calf's bulge the skin lies 5 mm behind
 * the soleus); with 1.2 mm cells and a 1.8 mm tendon it is one piece reaching both footprints, 6 of 8 cm³
 * (with the soleus in `over` its tendon broke at mid-calf, where it runs 5 mm under the skin). What keeps
 * it pending is the gastrocnemius built over it: it does not lie over the plantaris but round it (38 %
 * of the plantaris inside it, its whole belly from y 0.38 to 0.5, with gastrocnemius cells of 3, 2 or
 * 1.5 mm), and with 3 mm cells it lost its lateral lower footprint (261 of 385 cm³). The gastrocnemius's
 * heads lie directly on the popliteus and soleus there, with no room left for the belly; it needs the
 * gastrocnemius's fibres laid behind the plantaris (via lines 1 cm further back over the fossa) or a
 * deeper popliteal fossa in the skin.
 */
export const CALF_DEEP_PENDING: VolumeDef[] = [
  {
    // a small belly from the lower lateral supracondylar line of the femur, just above and medial to the
    // lateral head of the gastrocnemius and under it, running down and medially across the popliteal
    // fossa on the popliteus; its long thin tendon runs between the gastrocnemius and the soleus to the
    // medial side of the Achilles tendon and the back of the calcaneus (modelled to where it meets the
    // Achilles tendon's medial border)
    id: 'plantaris',
    cell: 0.0012,
    architecture: 'unipennate',
    origin: { bones: ['femur'], line: [{ at: [0.125, 0.525, -0.014] }] },
    insertion: { bones: ['tibia'], underSkin: 0.004, line: [{ at: [0.092, 0.19, -0.05] }] },
    via: [
      [{ at: [0.124, 0.528, -0.024] }],
      [{ at: [0.11, 0.503, -0.025] }],
      [{ at: [0.106, 0.46, -0.04] }],
      [{ at: [0.1, 0.38, -0.047] }],
      [{ at: [0.094, 0.29, -0.054] }],
      [{ at: [0.092, 0.245, -0.043] }],
    ],
    thickness: 0.012,
    tendon: [0.01, 0.58],
    tendonRadius: 0.0018,
    skinMargin: 0.0015,
    hug: false,
    over: ['popliteus'],
    volume: estimate(8, 'plantaris, a belly 7–10 cm long and about 1.5 cm wide with a long thin tendon; cadaver masses of 5–10 g (Standring 2020), to be checked against a measured series', 0.6),
    triangles: 450,
  },
];

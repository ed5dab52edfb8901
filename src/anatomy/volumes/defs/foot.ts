/**
 * The muscles of the foot (extensor digitorum brevis on the dorsum; abductor hallucis, flexor digitorum
 * brevis, abductor digiti minimi, quadratus plantae and flexor hallucis brevis in the sole) and the
 * plantar aponeurosis. Built after the leg (the long tendons they lie on or beside come first).
 * Left foot: x lateral, y up (the sole on y = 0), z forward. Attachments as in Standring S (ed.), Gray's
 * Anatomy, 42nd ed. 2020, chapter on the foot and ankle. `across` runs from the first anchor of each
 * footprint line to the last.
 *
 * This figure's heel pad is thin: the calcaneal tuberosity comes to 5–6 mm above the sole, so the
 * muscles of the first layer arise from its medial and lateral processes, on its plantar and front
 * faces, and spread into the room under the arches, between the tarsal bones and the sole.
 */
import { FOOT as BONES } from '../../bones/leg';
import { landmark } from '../../landmarks';
import { lerp, type V3 } from '../../vec';
import type { AnchorDef } from '../../muscles/types';
import type { TissueDef, VolumeDef } from '../types';
import { estimate } from './estimate';

/** The toe tips of the skeleton (bones/leg.ts), hallux first. */
const TIPS: readonly V3[] = [landmark('hallux-tip'), landmark('toe-2-tip'), [0.114, 0.012, 0.192], [0.128, 0.011, 0.178], landmark('toe-5-tip')];

/**
 * A point of toe `i` (0 hallux … 4 little toe): `t` of the way from its metatarsal head to its tip
 * (the proximal phalanx starts at 0.17, the middle phalanx of the lesser toes at 0.54), moved by `off`.
 */
function toe(i: number, t: number, off: V3): AnchorDef {
  const p = lerp(BONES.heads[i]!, TIPS[i]!, t);
  return { at: [p[0] + off[0], p[1] + off[1], p[2] + off[2]] };
}

/** Medial and lateral processes of the calcaneal tuberosity, on its plantar face (this figure's). */
const MEDIAL_PROCESS: V3 = [0.093, 0.008, -0.035];
const LATERAL_PROCESS: V3 = [0.112, 0.008, -0.037];

/**
 * Skin margin of the first layer: deeper than the default, leaving the plantar aponeurosis its few
 * millimetres between the muscles and the skin of the sole.
 */
const SOLE_SKIN_MARGIN = 0.0045;
/**
 * The abductors are draped on the skin of the sole, their outer face this far under it (on the plantar
 * aponeurosis), not on the bones (the flexor digitorum brevis lies on the second layer and the long
 * flexor tendons instead): laid on the tarsal bones it would hang from the arches, leaving the
 * room under them (for the second layer and the long flexor tendons) on the wrong side.
 */
const SOLE_DEPTH = 0.0055;
/** End pads of the sole's muscles (m): the default 5.5 mm balls at four toe tendons and the heel would be a third of a small muscle's volume. */
const SOLE_PAD = 0.003;

/** The first layer of the sole, under the plantar aponeurosis. */
const FIRST_LAYER: VolumeDef[] = [
  {
    // the medial process of the calcaneal tuberosity and the flexor retinaculum, along the medial border
    // of the foot under the sustentaculum, the navicular tuberosity and the first metatarsal, its tendon
    // with the medial head of flexor hallucis brevis to the medial side of the base of the hallux's
    // proximal phalanx (across: plantar 0 → up the medial face 1)
    id: 'abductor-hallucis',
    architecture: 'unipennate',
    fibres: 7,
    origin: { bones: ['foot'], line: [{ at: [MEDIAL_PROCESS[0], MEDIAL_PROCESS[1] + 0.003, MEDIAL_PROCESS[2] + 0.006] }, { at: [0.088, 0.02, -0.028] }] },
    insertion: { bones: ['foot'], line: [toe(0, 0.2, [-0.008, -0.003, 0])] },
    via: [
      [{ at: [0.086, 0.012, -0.005] }, { at: [0.081, 0.022, -0.005] }],
      [{ at: [0.08, 0.012, 0.04] }, { at: [0.076, 0.021, 0.04] }],
      [{ at: [0.074, 0.014, 0.095] }],
      [{ at: [0.07, 0.013, 0.135] }],
    ],
    thickness: 0.014,
    tendon: [0.04, 0.3],
    tendonRadius: 0.0022,
    skinMargin: SOLE_SKIN_MARGIN,
    underSkin: SOLE_DEPTH,
    endPad: SOLE_PAD,
    cell: 0.0015,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: estimate(16, 'the largest muscle of the first layer, the medial bulge of the arch; MRI series of the plantar intrinsic muscles in young adults (Kusagawa Y et al. 2022, J Foot Ankle Res 15:14) put it among the two or three largest (figure to be checked against the paper)', 0.5),
    triangles: 550,
  },
  {
    // the lateral (and part of the medial) process of the calcaneal tuberosity, along the lateral border of
    // the foot under the cuboid and the tuberosity of the fifth metatarsal, to the lateral side of the base
    // of the little toe's proximal phalanx (across: plantar 0 → up the lateral face 1)
    id: 'abductor-digiti-minimi-foot',
    architecture: 'unipennate',
    // more fibres than its narrow footprints ask: laid 1 cm apart round the border of the sole, three stand apart as rods
    fibres: 7,
    origin: { bones: ['foot'], line: [{ at: [LATERAL_PROCESS[0], LATERAL_PROCESS[1] + 0.003, LATERAL_PROCESS[2] + 0.007] }, { at: [0.119, 0.016, -0.03] }] },
    insertion: { bones: ['foot'], line: [toe(4, 0.2, [0.003, -0.004, 0])] },
    via: [
      [{ at: [0.125, 0.01, 0.0] }, { at: [0.129, 0.014, 0.0] }],
      [{ at: [0.136, 0.01, 0.045] }, { at: [0.14, 0.013, 0.045] }],
      [{ at: [0.143, 0.01, 0.09] }],
      [{ at: [0.143, 0.0075, 0.115] }],
    ],
    thickness: 0.012,
    tendon: [0.06, 0.2],
    tendonRadius: 0.0025,
    // nearer the skin than the rest of the first layer: its tendon passes under the fifth metatarsal
    // head, 8 mm above the sole, where the aponeurosis is thin
    skinMargin: 0.003,
    underSkin: SOLE_DEPTH,
    endPad: SOLE_PAD,
    cell: 0.0015,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: estimate(9, 'the lateral muscle of the first layer, smaller than the abductor hallucis; MRI series of the plantar intrinsic muscles in young adults (Kusagawa Y et al. 2022, J Foot Ankle Res 15:14; figure to be checked against the paper)', 0.5),
    triangles: 500,
  },
];

/**
 * Flexor digitorum brevis, the central muscle of the first layer: built after the second layer (it lies
 * on the quadratus plantae and the long flexor tendons).
 */
const FLEXOR_DIGITORUM_BREVIS: VolumeDef = {
  // the medial process of the calcaneal tuberosity and the deep face of the central plantar aponeurosis,
  // a central belly under the aponeurosis that parts into four tendons, each split round the long
  // flexor's tendon under the proximal phalanx, to the sides of the middle phalanges of toes 2–5
  // (across: toe 2 → toe 5). The insertions lie on the middle phalanges' shafts, 0.6–0.7 of the way from
  // the metatarsal head to the tip, chosen so that they are evenly spaced (19–20 mm apart): the four
  // fibres are spread evenly across the footprint line, so each ends on its toe.
  id: 'flexor-digitorum-brevis',
  architecture: 'unipennate',
  fibres: 4,
  origin: { bones: ['foot'], line: [{ at: [0.096, 0.01, -0.026] }, { at: [0.101, 0.01, -0.026] }, { at: [0.106, 0.01, -0.026] }, { at: [0.111, 0.011, -0.026] }] },
  insertion: {
    bones: ['foot'],
    line: [toe(1, 0.68, [0, -0.003, 0]), toe(2, 0.62, [0, -0.003, 0]), toe(3, 0.6, [0, -0.003, 0]), toe(4, 0.7, [0, -0.003, 0])],
  },
  via: [
    // one belly to mid-sole (the fibres lie close and merge), parting into four tendons over the metatarsals
    [{ at: [0.1, 0.011, 0.02] }, { at: [0.104, 0.011, 0.02] }, { at: [0.108, 0.011, 0.02] }, { at: [0.112, 0.011, 0.02] }],
    [{ at: [0.101, 0.011, 0.068] }, { at: [0.107, 0.011, 0.068] }, { at: [0.113, 0.011, 0.067] }, { at: [0.119, 0.011, 0.065] }],
    [{ at: [0.097, 0.009, 0.128] }, { at: [0.112, 0.009, 0.12] }, { at: [0.126, 0.009, 0.11] }, { at: [0.139, 0.009, 0.098] }],
    // under the metatarsal heads and under the proximal phalanges, 2.5 mm below the bone: each tendon
    // kept on its toe, not drawn off across the web (as on the insertion line, the points are chosen
    // along each toe so that they lie evenly spaced, 19–20 mm apart, for the evenly spread fibres)
    [0.1, -0.02, -0.04, 0.01].map((t, k) => toe(k + 1, t, [0, -(0.0062 + 0.0025), 0])),
    [0.42, 0.32, 0.29, 0.35].map((t, k) => toe(k + 1, t, [0, -(0.0038 + 0.0025), 0])),
  ],
  thickness: 0.01,
  tendon: [0.04, 0.35],
  tendonRadius: 0.0027,
  // less than the abductors': its tendons run on under the toes, where the skin lies 7–9 mm under the
  // phalanges (at 3 mm the third toe's tendon, pressed between its phalanx and the skin, was cut off at
  // the proximal phalanx, 8 mm short of its insertion)
  skinMargin: 0.0025,
  endPad: SOLE_PAD,
  cell: 0.0012,
  hug: false,
  steadyDrape: true,
  over: ['quadratus-plantae', 'abductor-hallucis', 'abductor-digiti-minimi-foot', 'flexor-hallucis-longus', 'flexor-digitorum-longus'],
  volume: estimate(14, 'the central muscle of the first layer, a belly from the heel to mid-sole and four slender tendons; MRI series of the plantar intrinsic muscles in young adults (Kusagawa Y et al. 2022, J Foot Ankle Res 15:14; figure to be checked against the paper)', 0.5),
  // four tendons of 2.7 mm radius, 10 cm long: fewer triangles flatten them
  triangles: 900,
};

/** The second layer: quadratus plantae, on the plantar face of the calcaneus, deep to the first layer. */
const SECOND_LAYER: VolumeDef[] = [
  {
    // the medial head from the medial face of the calcaneus below the sustentaculum, the lateral head from
    // the lateral border of its plantar surface in front of the lateral process, joining into a flat
    // quadrilateral sheet that ends on the lateral border of the flexor digitorum longus tendon. Built in
    // the pocket medial to the calcaneus (the room in front of the tuberosity under the bone is only the
    // first layer's), three fibres from the medial face forward to that tendon; its insertion lies on soft
    // tissue, so the footprint is taken under the skin at the tendon's depth, about 15 mm over the sole
    // (across: up the medial face 0 → plantar 1)
    id: 'quadratus-plantae',
    architecture: 'quadrilateral',
    fibres: 3,
    origin: { bones: ['foot'], line: [{ at: [0.09, 0.026, -0.026] }, { at: [0.092, 0.02, -0.024] }, { at: [0.095, 0.015, -0.022] }] },
    insertion: { bones: ['foot'], underSkin: 0.015, line: [{ at: [0.088, 0.022, 0.03] }, { at: [0.091, 0.019, 0.032] }, { at: [0.094, 0.016, 0.034] }] },
    via: [[{ at: [0.088, 0.024, 0.0] }, { at: [0.091, 0.019, 0.002] }, { at: [0.094, 0.015, 0.004] }]],
    thickness: 0.008,
    tendon: [0.06, 0.1],
    tendonRadius: 0.0025,
    skinMargin: SOLE_SKIN_MARGIN,
    endPad: SOLE_PAD,
    cell: 0.0015,
    hug: false,
    steadyDrape: true,
    over: ['abductor-hallucis', 'abductor-digiti-minimi-foot', 'flexor-hallucis-longus', 'flexor-digitorum-longus'],
    volume: estimate(8, 'a flat sheet on the plantar calcaneus, smaller than the abductor hallucis in MRI series of the plantar intrinsic muscles (Kusagawa Y et al. 2022, J Foot Ankle Res 15:14; figure to be checked against the paper)', 0.5),
    triangles: 450,
  },
];

/** The dorsum: extensor digitorum brevis, on the tarsus under the long extensor's tendons. */
const EXTENSOR_DIGITORUM_BREVIS: VolumeDef = {
  // the front of the superolateral surface of the calcaneus, in front of the sinus tarsi, and the stem of
  // the inferior extensor retinaculum; a flat belly running forward and medially over the cuboid and the
  // lateral cuneiform, parting into four tendons: the most medial (extensor hallucis brevis) to the dorsum
  // of the base of the hallux's proximal phalanx, the other three into the lateral sides of the long
  // extensor's tendons for toes 2–4, over their proximal phalanges (across: hallux → fourth toe; the
  // insertions and the via line over the metatarsals chosen along the toes so that they lie evenly spaced)
  id: 'extensor-digitorum-brevis',
  architecture: 'unipennate',
  fibres: 4,
  origin: { bones: ['foot'], line: [{ at: [0.124, 0.042, 0.004] }, { at: [0.128, 0.04, 0.008] }, { at: [0.131, 0.037, 0.012] }, { at: [0.133, 0.034, 0.016] }] },
  insertion: {
    bones: ['foot'],
    line: [toe(0, 0.25, [0, 0.008, 0]), toe(1, 0.3, [0, 0.005, 0]), toe(2, 0.3, [0, 0.005, 0]), toe(3, 0.3, [0, 0.005, 0])],
  },
  via: [
    // the belly over the cuboid and the lateral cuneiform
    [{ at: [0.108, 0.054, 0.048] }, { at: [0.114, 0.052, 0.046] }, { at: [0.12, 0.047, 0.043] }, { at: [0.126, 0.042, 0.04] }],
    // the four tendons over the metatarsal shafts, 3 mm above the bone
    [0, 1, 2, 3].map((i) => {
      const p = lerp(BONES.bases[i]!, BONES.heads[i]!, 0.5);
      return { at: [p[0], p[1] + (i === 0 ? 0.011 : 0.0075), p[2]] as V3 };
    }),
  ],
  thickness: 0.01,
  tendon: [0.04, 0.5],
  // slender tendons (2.4 mm ones alone came to most of its cited volume)
  tendonRadius: 0.0018,
  // closed where it pinches, not by softening it all (which ate its tendons and most of its belly)
  softenLocally: true,
  // the skin of the dorsum is thin over the tarsus and the metatarsals
  skinMargin: 0.002,
  endPad: SOLE_PAD,
  cell: 0.0012,
  hug: true,
  steadyDrape: true,
  over: [],
  volume: estimate(8, 'estimate: a flat belly of about 5 × 3 × 0.8 cm on the dorsolateral tarsus with four slender tendons (Handsfield et al. 2014 list no intrinsic foot muscles; figure to be checked against an MRI series of the foot)', 0.5),
  triangles: 500,
};

/** The third layer of the sole: flexor hallucis brevis, under the first metatarsal. */
const FLEXOR_HALLUCIS_BREVIS: VolumeDef = {
  // the plantar surface of the cuboid and the lateral cuneiform (and the tibialis posterior's slips); a
  // short belly forward and medially under the first metatarsal, in two heads either side of the flexor
  // hallucis longus tendon, each through its sesamoid to its side of the base of the hallux's proximal
  // phalanx (across: the lateral head's side → the medial head's). Deep to the abductor hallucis and the
  // flexor digitorum brevis, which are built first and cut it.
  id: 'flexor-hallucis-brevis',
  architecture: 'bipennate',
  fibres: 5,
  origin: { bones: ['foot'], line: [{ at: [0.112, 0.02, 0.046] }, { at: [0.102, 0.018, 0.052] }] },
  insertion: { bones: ['foot'], line: [toe(0, 0.2, [0.007, -0.007, 0]), toe(0, 0.2, [-0.007, -0.007, 0])] },
  via: [
    // under the middle of the first metatarsal, a head either side of the long flexor's tendon
    [{ at: [0.09, 0.011, 0.106] }, { at: [0.083, 0.01, 0.108] }, { at: [0.075, 0.011, 0.11] }],
  ],
  thickness: 0.011,
  tendon: [0.04, 0.12],
  tendonRadius: 0.0022,
  skinMargin: SOLE_SKIN_MARGIN,
  endPad: SOLE_PAD,
  cell: 0.0012,
  hug: false,
  steadyDrape: true,
  softenLocally: true,
  over: [],
  cutBy: ['abductor-hallucis', 'flexor-digitorum-brevis'],
  volume: estimate(7, 'estimate: a belly of about 6 × 2.5 × 1 cm under the first metatarsal, smaller than the abductor hallucis (figure to be checked against an MRI series of the plantar intrinsic muscles)', 0.5),
  // hidden under the first layer, and the model is at its byte budget
  triangles: 350,
};

const ALL: VolumeDef[] = [...FIRST_LAYER, ...SECOND_LAYER, FLEXOR_DIGITORUM_BREVIS, EXTENSOR_DIGITORUM_BREVIS, FLEXOR_HALLUCIS_BREVIS];

/**
 * Nothing written here is pending. (Extensor digitorum brevis was, for long: its surface came out of the
 * grid whole but for a few pinched edges, and softening the whole grid to close them ate its tendons
 * and most of its belly, leaving 1.6 of 8 cm³; then the footprints on the toes, 8 cm from what was left,
 * dragged the belly onto the toes. It is now softened round its pinched edges first (softenLocally), and
 * with 1.8 mm tendons it holds whole, near all its footprints.)
 * (Flexor digitorum brevis broke apart in coarser cells and its tendons fell short of the middle
 * phalanges until its insertions were spaced evenly on the phalanges' shafts, with via lines under the
 * metatarsal heads and the proximal phalanges; quadratus plantae came to a fifth of its volume laid
 * under the calcaneus, where the room is the first layer's, until it was laid in the pocket medial to
 * the bone.)
 */
const PENDING_IDS: ReadonlySet<string> = new Set<string>([]);

/** Switched over: built as volumes. */
export const FOOT: VolumeDef[] = ALL.filter((d) => !PENDING_IDS.has(d.id)).map((d) => ({ ...d, over: d.over.filter((o) => !PENDING_IDS.has(o)) }));

/** Written, not switched over yet (each with its reason). */
export const FOOT_PENDING: VolumeDef[] = ALL.filter((d) => PENDING_IDS.has(d.id));

/** Connective tissue of the foot, drawn as tendon. */
export const FOOT_TISSUES: TissueDef[] = [
  {
    // the deep fascia of the sole: from the medial process of the calcaneal tuberosity, under the skin of
    // the sole over the first layer, widening forward and parting at the metatarsal heads into five slips
    // towards the toes (across: hallux 0 → little toe 1)
    id: 'plantar-aponeurosis',
    name: 'plantar aponeurosis (plantar fascia)',
    architecture: 'fan',
    sheet: true,
    origin: { bones: ['foot'], line: [{ at: [0.095, 0.006, -0.033] }, { at: [0.1, 0.005, -0.033] }, { at: [0.105, 0.005, -0.034] }] },
    insertion: {
      bones: ['foot'],
      underSkin: 0.0026,
      line: [toe(0, 0.08, [0, -0.01, 0]), toe(1, 0.08, [0, -0.009, 0]), toe(2, 0.08, [0, -0.009, 0]), toe(3, 0.08, [0, -0.009, 0]), toe(4, 0.08, [0, -0.009, 0])],
    },
    via: [
      [{ at: [0.092, 0.0027, 0.02] }, { at: [0.1, 0.0027, 0.02] }, { at: [0.108, 0.0027, 0.02] }, { at: [0.116, 0.0027, 0.02] }, { at: [0.124, 0.0027, 0.02] }],
      [{ at: [0.086, 0.0027, 0.09] }, { at: [0.1, 0.0027, 0.09] }, { at: [0.113, 0.0027, 0.088] }, { at: [0.126, 0.0027, 0.083] }, { at: [0.138, 0.0027, 0.075] }],
    ],
    thickness: 0.004,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0012,
    skinMargin: 0.0012,
    hug: false,
    over: ['abductor-hallucis', 'abductor-digiti-minimi-foot', 'flexor-digitorum-brevis'],
    volume: null,
    // over the flexor digitorum brevis, in 1.2 mm cells it is not closed (and 16k triangles)
    cell: 0.001,
    triangles: 450,
  },
];

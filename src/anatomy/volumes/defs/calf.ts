/**
 * The calf as volumes, left side: popliteus in the floor of the popliteal fossa, from the lateral
 * femoral condyle to the back of the tibia above the soleal line; soleus, the deep head of the triceps
 * surae, from the back of the fibular head and upper fibula and the soleal line of the tibia down to the
 * back of the calcaneus by the Achilles tendon; gastrocnemius over both, its two heads from above the
 * femoral condyles ending on their aponeurosis at mid-calf, which goes on as the Achilles tendon.
 * `across` runs medial (tibia) → lateral (fibula).
 *
 * The soleus lies over the deep posterior compartment (tibialis posterior, flexor digitorum longus,
 * flexor hallucis longus: defs/calf-deep.ts, built before it). The plantaris is written there but not
 * switched over yet (see CALF_DEEP_PENDING).
 */
import type { TissueDef, VolumeDef } from '../types';
import { estimate } from './estimate';

export const CALF: VolumeDef[] = [
  {
    // a flat triangle in the floor of the popliteal fossa: by its tendon from the groove on the lateral
    // face of the lateral femoral condyle, fanning medially and down onto the back of the tibia above the
    // soleal line (its medial border from the medial condyle down to the line)
    id: 'popliteus',
    architecture: 'quadrilateral',
    origin: { bones: ['femur'], line: [{ at: [0.14, 0.494, -0.014] }, { at: [0.138, 0.486, -0.018] }] },
    insertion: { bones: ['tibia'], line: [{ at: [0.078, 0.455, -0.02] }, { at: [0.08, 0.42, -0.014] }, { at: [0.093, 0.418, -0.017] }] },
    via: [[{ at: [0.104, 0.466, -0.029] }, { at: [0.112, 0.44, -0.026] }]],
    thickness: 0.01,
    tendon: [0.3, 0.04],
    tendonRadius: 0.0025,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: estimate(20, 'popliteus, a flat triangle about 7 × 5 cm and under a centimetre thick; cadaver masses of about 20 g in Ward SR et al. 2009, Clin Orthop Relat Res 467:1074–1082 (to be checked against the paper)'),
    triangles: 500,
  },
  {
    id: 'soleus',
    architecture: 'bipennate',
    origin: {
      bones: ['tibia', 'fibula'],
      line: [
        { at: [0.086, 0.39, -0.012] },
        { at: [0.1, 0.425, -0.02] },
        { lm: 'fibula-head', off: [-0.004, -0.012, -0.008] },
        { between: ['fibula-head', 'fibula-mid'], t: 0.45, off: [0, 0, -0.006] },
      ],
    },
    // by the Achilles tendon to the middle of the back of the calcaneus
    insertion: { bones: ['foot'], line: [{ lm: 'calcaneus', off: [-0.005, -0.006, -0.001] }, { lm: 'calcaneus', off: [0.005, -0.006, -0.001] }] },
    // deep to the gastrocnemius down to mid-calf: its back face stays about a centimetre under the
    // skin there, so the heads and their aponeurosis lie on it; below them it shows either side
    via: [
      [{ at: [0.082, 0.3, -0.02] }, { at: [0.1, 0.3, -0.026] }, { at: [0.126, 0.3, -0.026] }],
      [{ at: [0.086, 0.215, -0.03] }, { at: [0.118, 0.215, -0.03] }],
      [{ at: [0.099, 0.14, -0.042] }, { at: [0.107, 0.14, -0.042] }],
    ],
    thickness: 0.03,
    tendon: [0.05, 0.32],
    tendonRadius: 0.0045,
    hug: false,
    steadyDrape: true,
    // behind the deep muscles (defs/calf-deep.ts), built before it
    over: ['popliteus', 'tibialis-posterior', 'flexor-hallucis-longus', 'flexor-digitorum-longus'],
    volume: {
      cm3: 450,
      source: 'estimate: between the MRI soleus volume of older women (358 ± 62 cm³: Frontiers in Physiology 2019, 10:1299) and the larger volumes of young adults (Handsfield GG et al. 2014, J Biomech 47:631–638)',
      tolerance: 0.4,
    },
    triangles: 1400,
  },
];

/**
 * The common tendon of the triceps surae (Achilles tendon): from the lower border of the gastrocnemius,
 * where its aponeurosis meets the soleus's, about 16 cm above the sole, narrowing to the middle third of
 * the back of the calcaneal tuberosity. Its deep part is the soleus's own tendon (built with the soleus),
 * which it covers and shares (not kept out of it).
 */
export const CALF_TISSUES: TissueDef[] = [
  {
    id: 'achilles-tendon',
    name: 'Achilles tendon (tendo calcaneus)',
    // peel layer 2: peeled with the soleus, whose tendon it shares
    layer: 2,
    architecture: 'strap',
    origin: { bones: ['tibia'], underSkin: 0.006, line: [{ at: [0.093, 0.165, -0.06] }, { at: [0.103, 0.165, -0.063] }, { at: [0.113, 0.165, -0.06] }] },
    insertion: { bones: ['foot'], line: [{ lm: 'calcaneus', off: [-0.006, -0.01, -0.002] }, { lm: 'calcaneus', off: [0.006, -0.01, -0.002] }] },
    via: [[{ at: [0.099, 0.09, -0.06] }, { at: [0.109, 0.09, -0.06] }]],
    thickness: 0.006,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0028,
    skinMargin: 0.0015,
    hug: false,
    over: [],
    volume: null,
    cell: 0.002,
    triangles: 300,
  },
];

/** Gastrocnemius, over the soleus and the Achilles tendon. */
export const CALF_SUPERFICIAL: VolumeDef[] = [
  {
    // medial head from the popliteal surface above the medial condyle, lateral head from the back of
    // the lateral condyle; the heads run apart round the lower popliteal fossa, then side by side over
    // the soleus, the medial one larger and ending lower, into a broad aponeurosis that narrows into the
    // Achilles tendon (its insertion here is that aponeurosis, under the skin of the lower calf)
    id: 'gastrocnemius',
    architecture: 'multi-headed',
    heads: 2,
    // the origin line runs over both heads with a chord across the intercondylar notch between them
    // (v 0.43–0.59 of its length): eight fibres (v = k/7) put none on the chord, so no fibre starts in
    // the fossa and the heads' inner borders, thin where they are tendon, leave an upward-opening gap
    // between them down to where they meet below the condyles
    fibres: 8,
    origin: {
      bones: ['femur'],
      // medial head: the side of the medial condyle, the popliteal surface 3 cm above it and the back of
      // the condyle; lateral head: the back of the lateral condyle, 3 cm above it and its lateral face
      // (Standring, Gray's Anatomy 42nd ed., leg)
      line: [
        { at: [0.066, 0.507, -0.02] },
        { at: [0.076, 0.537, -0.016] },
        { at: [0.083, 0.512, -0.03] },
        { at: [0.087, 0.494, -0.033] },
        { at: [0.118, 0.494, -0.031] },
        { at: [0.124, 0.512, -0.029] },
        { at: [0.128, 0.532, -0.016] },
        { at: [0.143, 0.499, -0.009] },
      ],
    },
    // the bellies end where the calf narrows, the medial one lower (the aponeurosis goes on below them
    // on the soleus as the Achilles tendon)
    insertion: { bones: ['tibia'], underSkin: 0.006, line: [{ at: [0.086, 0.27, -0.06] }, { at: [0.1, 0.282, -0.066] }, { at: [0.118, 0.305, -0.066] }] },
    // the heads close together over the popliteus (the skin is 2 cm behind it there), then side by side
    // with a groove between them (the middle fibres dip)
    via: [
      // the heads' inner borders meet over the popliteus 5 cm below the condyles: with the line below
      // alone (one middle point) the two inner fibres parted round it and left a hole through the muscle
      [{ at: [0.074, 0.452, -0.04] }, { at: [0.09, 0.452, -0.044] }, { at: [0.1, 0.452, -0.045] }, { at: [0.107, 0.452, -0.045] }, { at: [0.118, 0.452, -0.044] }, { at: [0.132, 0.452, -0.038] }],
      [{ at: [0.076, 0.445, -0.042] }, { at: [0.09, 0.445, -0.045] }, { at: [0.106, 0.445, -0.047] }, { at: [0.118, 0.445, -0.045] }, { at: [0.13, 0.445, -0.04] }],
      [{ at: [0.074, 0.36, -0.058] }, { at: [0.09, 0.36, -0.07] }, { at: [0.106, 0.365, -0.056] }, { at: [0.116, 0.37, -0.07] }, { at: [0.128, 0.375, -0.058] }],
    ],
    thickness: 0.03,
    // each head begins in a short tendon on its condyle (3 % of the fibre): the belly is thin at its
    // origin (four tenths of its fullest, which it reaches two-fifths down) instead of a long origin
    // tendon, so the heads' inner borders still leave the gap between them; a 6 % origin tendon drew
    // a white saw-toothed band across the back of the knee, and a 3 % one with the template's profile
    // (full thickness from the tendon on) closed the gap
    belly: { at: 0.4, ends: 0.4 },
    tendon: [0.03, 0.12],
    tendonRadius: 0.003,
    hug: false,
    steadyDrape: true,
    // the inner borders of the heads pass just behind the popliteus: it cuts them from 15 mm off their
    // fibre ends (within the default 22 mm they filled a sixteenth of it)
    attachmentZone: 0.015,
    // (not kept out of the hamstrings' tendons, which pass either side of its heads: they cut them to shreds)
    over: ['popliteus', 'soleus'],
    volume: {
      cm3: 385,
      source: 'Fukunaga T et al. 1992, J Orthop Res 10:926–934 (MRI, 12 adults): medial head 245 cm³ and lateral head 140 cm³; Handsfield GG et al. 2014, J Biomech 47:631–638 give similar means for young adults',
      tolerance: 0.35,
    },
    // (fewer than 1400: the model's bytes stay under what they were)
    triangles: 1390,
  },
];

/**
 * The calf as volumes, left side: soleus, the deep head of the triceps surae, from the back of the
 * fibular head and upper fibula and the soleal line of the tibia down to the back of the calcaneus
 * by the Achilles tendon; gastrocnemius over it, its two heads from the femoral condyles joining in
 * the same tendon. `across` runs medial (tibia) → lateral (fibula).
 */
import type { TissueDef, VolumeDef } from '../types';

export const CALF: VolumeDef[] = [
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
    via: [
      [{ at: [0.084, 0.3, -0.024] }, { at: [0.1, 0.3, -0.034] }, { at: [0.124, 0.3, -0.03] }],
      [{ at: [0.099, 0.14, -0.05] }, { at: [0.107, 0.14, -0.05] }],
    ],
    thickness: 0.034,
    tendon: [0.05, 0.32],
    tendonRadius: 0.0045,
    hug: false,
    steadyDrape: true,
    over: [],
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
    // medial head from the back of the femur above the medial condyle (the larger, reaching lower),
    // lateral head from the lateral face of the lateral condyle; the heads meet below the popliteal
    // fossa in one belly over the soleus, whose aponeurosis joins the Achilles tendon at mid-calf
    id: 'gastrocnemius',
    architecture: 'multi-headed',
    heads: 2,
    origin: { bones: ['femur'], line: [{ lm: 'medial-femoral-condyle', off: [0.002, 0.02, -0.028] }, { lm: 'lateral-femoral-condyle', off: [0.002, 0.02, -0.026] }] },
    // on the upper end of the Achilles tendon, under the skin at mid-calf (soft tissue, not bone)
    insertion: { bones: ['tibia'], underSkin: 0.006, line: [{ at: [0.093, 0.17, -0.06] }, { at: [0.103, 0.17, -0.063] }, { at: [0.113, 0.17, -0.06] }] },
    via: [
      [{ at: [0.078, 0.42, -0.048] }, { at: [0.1, 0.42, -0.05] }, { at: [0.124, 0.42, -0.046] }],
      [{ at: [0.084, 0.31, -0.056] }, { at: [0.1, 0.335, -0.058] }, { at: [0.118, 0.345, -0.054] }],
    ],
    thickness: 0.026,
    tendon: [0.04, 0.22],
    tendonRadius: 0.003,
    hug: false,
    steadyDrape: true,
    // (not kept out of the hamstrings' tendons, which pass either side of its heads: they cut them to shreds)
    over: ['soleus'],
    overTissues: ['achilles-tendon'],
    volume: {
      cm3: 385,
      source: 'Fukunaga T et al. 1992, J Orthop Res 10:926–934 (MRI, 12 adults): medial head 245 cm³ and lateral head 140 cm³',
      tolerance: 0.35,
    },
    triangles: 1200,
  },
];

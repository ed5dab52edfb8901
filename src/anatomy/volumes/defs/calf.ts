/**
 * The calf as volumes, left side: soleus, the deep head of the triceps surae, from the back of the
 * fibular head and upper fibula and the soleal line of the tibia down to the back of the calcaneus
 * by the Achilles tendon. `across` runs medial (tibia) → lateral (fibula).
 */
import type { VolumeDef } from '../types';

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
      [{ at: [0.084, 0.3, -0.03] }, { at: [0.1, 0.3, -0.042] }, { at: [0.124, 0.3, -0.036] }],
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

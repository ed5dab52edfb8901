/** Muscles of the lower leg. Left side. */
import type { MuscleDef } from '../types';

export const LEG: MuscleDef[] = [
  {
    id: 'gastrocnemius',
    kind: 'shell',
    // medial head first
    origin: [{ lm: 'medial-femoral-condyle', off: [0, 0.01, -0.03] }, { lm: 'lateral-femoral-condyle', off: [0, 0.01, -0.03] }],
    insertion: [{ lm: 'calcaneus', off: [0, 0.01, -0.004] }],
    via: [
      { between: ['medial-femoral-condyle', 'medial-malleolus'], t: 0.3, off: [0.004, 0, -0.06] },
      { between: ['lateral-femoral-condyle', 'lateral-malleolus'], t: 0.3, off: [-0.004, 0, -0.055] },
    ],
    ground: { on: 'skin', depth: 0.0025 },
    thickness: 0.024,
    tendon: [0.04, 0.42],
  },
  {
    id: 'soleus',
    kind: 'shell',
    origin: [
      { between: ['medial-tibial-condyle', 'medial-malleolus'], t: 0.25, off: [0.004, 0, -0.02] },
      { lm: 'fibula-head', off: [0, -0.01, -0.01] },
    ],
    insertion: [{ lm: 'calcaneus', off: [0, 0.02, -0.002] }],
    via: [
      { between: ['medial-tibial-condyle', 'medial-malleolus'], t: 0.6, off: [-0.008, 0, -0.04] },
      { between: ['fibula-head', 'lateral-malleolus'], t: 0.55, off: [0.004, 0, -0.035] },
    ],
    ground: { on: 'skin', depth: 0.011 },
    thickness: 0.02,
    tendon: [0.04, 0.3],
  },
];

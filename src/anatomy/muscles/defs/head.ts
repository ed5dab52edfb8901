/** Muscles of the head and jaw. Left side. */
import type { MuscleDef } from '../types';

export const HEAD: MuscleDef[] = [
  {
    id: 'temporalis',
    kind: 'shell',
    // anterior border first, posterior border last
    origin: [
      { lm: 'supraorbital', off: [0.028, 0.018, -0.022] },
      { lm: 'frontal-eminence', off: [0.036, -0.004, -0.04] },
      { lm: 'temporal-fossa', off: [0.0, 0.05, -0.03] },
      { lm: 'parietal-eminence', off: [0.0, -0.02, -0.005] },
      { lm: 'ear-canal', off: [-0.008, 0.035, -0.04] },
    ],
    insertion: [{ lm: 'coronoid', off: [0.004, 0.004, 0.004] }, { lm: 'coronoid', off: [0.004, 0.0, -0.008] }],
    ground: { on: 'bone', bones: ['skull', 'mandible'], height: 0.001 },
    thickness: 0.009,
    tendon: [0.03, 0.25],
  },
  {
    id: 'masseter',
    kind: 'shell',
    origin: [{ lm: 'zygoma', off: [0.006, -0.008, -0.012] }, { lm: 'zygomatic-arch', off: [0.004, -0.006, -0.012] }],
    insertion: [{ between: ['mandible-angle', 'mandible-body'], t: 0.45, off: [0.006, 0.006, 0] }, { lm: 'mandible-angle', off: [0.004, 0.008, 0.004] }],
    ground: { on: 'bone', bones: ['mandible', 'skull'], height: 0.0015 },
    thickness: 0.012,
    tendon: [0.08, 0.06],
  },
  {
    id: 'lateral-pterygoid',
    kind: 'loft',
    path: [
      { lm: 'lateral-pterygoid-plate', off: [0.004, 0.002, 0.0] },
      { between: ['lateral-pterygoid-plate', 'tmj'], t: 0.5, off: [0.0, 0.002, 0.002] },
      { lm: 'tmj', off: [-0.008, -0.004, 0.002] },
    ],
    width: 0.008,
    depthRatio: 0.8,
    tendon: [0.06, 0.12],
    ground: { on: 'free' },
    skinMargin: 0.006,
    segments: [18, 12],
  },
];

/**
 * The front of the leg as volumes, left side: tibialis anterior from the lateral tibial condyle and the
 * upper half of the lateral surface of the tibia, its tendon in front of the ankle, medial to the long
 * extensors, to the medial cuneiform and the base of the first metatarsal. `across` runs from the
 * condyle (0) down the origin on the shaft (1). Written, not switched over yet (see lower-limb.ts).
 */
import type { VolumeDef } from '../types';
import { thighLegVolume } from './lower-limb-volume';

export const LEG_FRONT: VolumeDef[] = [
  {
    id: 'tibialis-anterior',
    architecture: 'unipennate',
    origin: {
      bones: ['tibia'],
      line: [{ lm: 'lateral-tibial-condyle', off: [-0.006, -0.008, 0.022] }, { at: [0.112, 0.37, 0.018] }, { at: [0.108, 0.27, 0.016] }],
    },
    insertion: { bones: ['foot'], line: [{ lm: 'medial-cuneiform', off: [-0.004, -0.003, 0.009] }, { lm: 'metatarsal-1-base', off: [-0.004, -0.004, 0] }] },
    via: [
      [{ at: [0.114, 0.36, 0.026] }, { at: [0.115, 0.3, 0.024] }, { at: [0.112, 0.22, 0.022] }],
      [{ at: [0.1, 0.13, 0.02] }],
      [{ at: [0.09, 0.088, 0.02] }],
      [{ at: [0.08, 0.062, 0.042] }],
    ],
    thickness: 0.02,
    tendon: [0.04, 0.45],
    tendonRadius: 0.0028,
    // deeper than the default: the skin is thin over the shin and the front of the ankle
    skinMargin: 0.0045,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: thighLegVolume(110, 'tibialis anterior'),
    triangles: 1400,
  },
];

/** Muscles of the upper arm. Left side. */
import { armPoint } from '../../figure';
import type { MuscleDef } from '../types';

export const ARM: MuscleDef[] = [
  {
    id: 'biceps-brachii',
    kind: 'loft',
    path: [
      { lm: 'coracoid', off: [0.01, -0.01, 0.006] },
      { at: armPoint(0.1, 0.0, 0.035) },
      { at: armPoint(0.2, 0.0, 0.035) },
      { lm: 'radial-tuberosity', off: [0, 0, 0.006] },
    ],
    width: 0.022,
    depthRatio: 0.75,
    tendon: [0.12, 0.14],
    bellyAt: 0.6,
    ground: { on: 'skin', depth: 0.0025 },
  },
];

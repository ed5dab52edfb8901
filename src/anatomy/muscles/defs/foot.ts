/**
 * Muscles of the foot. Left side.
 * Dorsum: extensor digitorum brevis on the lateral dorsum, under the long extensor tendons.
 * Sole, first layer (under the plantar aponeurosis): abductor hallucis along the medial border,
 * flexor digitorum brevis in the middle, abductor digiti minimi along the lateral border.
 * Second layer: quadratus plantae on the calcaneus. Third layer: flexor hallucis brevis under the first metatarsal.
 */
import type { MuscleDef } from '../types';

export const FOOT: MuscleDef[] = [
  {
    id: 'extensor-digitorum-brevis',
    segments: [14, 8],
    kind: 'shell',
    // the hallux slip (extensor hallucis brevis) is the medial edge
    origin: [{ lm: 'cuboid', off: [-0.006, 0.016, -0.018] }, { lm: 'cuboid', off: [0.006, 0.008, -0.022] }],
    insertion: [{ lm: 'metatarsal-1-head', off: [0.006, 0.016, 0.012] }, { lm: 'metatarsal-5-head', off: [-0.014, 0.014, 0.01] }],
    ground: { on: 'skin', depth: 0.004 },
    thickness: 0.008,
    tendon: [0.06, 0.35],
  },
  {
    id: 'abductor-hallucis',
    kind: 'loft',
    path: [
      { lm: 'heel-plantar', off: [-0.014, 0.014, 0.008] },
      { lm: 'navicular', off: [-0.006, -0.03, -0.02] },
      { lm: 'navicular', off: [-0.006, -0.032, 0.04] },
      { lm: 'metatarsal-1-head', off: [-0.006, 0.0, 0.02] },
    ],
    width: 0.013,
    depthRatio: 0.6,
    tendon: [0.05, 0.28],
    bellyAt: 0.35,
    ground: { on: 'skin', depth: 0.003 },
    segments: [28, 12],
  },
  {
    id: 'flexor-digitorum-brevis',
    segments: [14, 8],
    kind: 'shell',
    origin: [{ lm: 'heel-plantar', off: [-0.008, 0.012, 0.012] }, { lm: 'heel-plantar', off: [0.006, 0.012, 0.012] }],
    insertion: [{ lm: 'metatarsal-1-head', off: [0.018, -0.006, 0.016] }, { lm: 'metatarsal-5-head', off: [-0.006, -0.006, 0.014] }],
    via: [{ at: [0.096, 0.012, 0.06] }, { at: [0.122, 0.012, 0.06] }],
    ground: { on: 'skin', depth: 0.005 },
    thickness: 0.01,
    tendon: [0.06, 0.3],
  },
  {
    id: 'abductor-digiti-minimi-foot',
    kind: 'loft',
    path: [
      { lm: 'heel-plantar', off: [0.012, 0.012, 0.008] },
      { lm: 'cuboid', off: [0.012, -0.018, -0.03] },
      { lm: 'metatarsal-5-base', off: [0.002, -0.012, 0.01] },
      { lm: 'metatarsal-5-head', off: [0.002, -0.006, 0.02] },
    ],
    width: 0.011,
    depthRatio: 0.6,
    tendon: [0.05, 0.25],
    bellyAt: 0.4,
    ground: { on: 'skin', depth: 0.003 },
    segments: [28, 12],
  },
  {
    id: 'quadratus-plantae',
    segments: [14, 8],
    kind: 'shell',
    // medial head first
    origin: [{ lm: 'heel-plantar', off: [-0.012, 0.02, 0.02] }, { lm: 'heel-plantar', off: [0.012, 0.02, 0.02] }],
    insertion: [{ lm: 'sole', off: [-0.01, 0.022, -0.012] }],
    ground: { on: 'bone', bones: ['foot'], height: 0.0015 },
    thickness: 0.008,
    tendon: [0.08, 0.12],
  },
  {
    id: 'flexor-hallucis-brevis',
    segments: [14, 8],
    kind: 'shell',
    origin: [{ lm: 'navicular', off: [0.012, -0.034, 0.016] }, { lm: 'cuboid', off: [-0.012, -0.008, 0.006] }],
    insertion: [{ lm: 'metatarsal-1-head', off: [-0.006, -0.008, 0.018] }, { lm: 'metatarsal-1-head', off: [0.008, -0.008, 0.018] }],
    ground: { on: 'bone', bones: ['foot'], height: 0.0015 },
    thickness: 0.009,
    tendon: [0.08, 0.18],
  },
];

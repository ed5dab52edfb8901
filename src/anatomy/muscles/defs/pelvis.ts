/** Muscles of the pelvis and hip. Left side. */
import type { MuscleDef } from '../types';

export const PELVIS: MuscleDef[] = [
  {
    id: 'gluteus-maximus',
    kind: 'shell',
    origin: [
      { between: ['psis', 'iliac-crest'], t: 0.35, off: [0, 0.0, -0.01] },
      'psis',
      { lm: 'sacrum-lateral', off: [0.004, 0, -0.02] },
      { lm: 'coccyx', off: [0.012, 0, -0.01] },
    ],
    insertion: [
      { lm: 'greater-trochanter', off: [0.0, 0.01, -0.025] },
      { between: ['greater-trochanter', 'linea-aspera'], t: 0.3, off: [0.01, 0, -0.02] },
    ],
    via: [{ at: [0.12, 0.93, -0.11] }, { at: [0.1, 0.88, -0.115] }, { at: [0.08, 0.84, -0.09] }],
    ground: { on: 'skin', depth: 0.003 },
    thickness: 0.03,
    tendon: [0.04, 0.12],
  },
  {
    id: 'gluteus-minimus',
    kind: 'shell',
    // anterior border first
    origin: [
      { lm: 'aiis', off: [0.01, 0.02, -0.005] },
      { between: ['asis', 'iliac-crest'], t: 0.5, off: [0.01, -0.03, -0.01] },
      { between: ['iliac-crest', 'psis'], t: 0.3, off: [0.012, -0.04, -0.01] },
    ],
    insertion: [{ lm: 'greater-trochanter', off: [0.004, 0.012, 0.01] }],
    ground: { on: 'bone', bones: ['hip-bone', 'femur'], height: 0.0015 },
    thickness: 0.012,
    tendon: [0.04, 0.15],
  },
  {
    id: 'piriformis',
    kind: 'loft',
    path: [
      { lm: 'sacrum-lateral', off: [-0.01, -0.005, 0.02] },
      { between: ['sacrum-lateral', 'greater-trochanter'], t: 0.45, off: [0, 0.008, -0.02] },
      { lm: 'greater-trochanter', off: [-0.01, 0.014, -0.006] },
    ],
    width: 0.016,
    depthRatio: 0.6,
    tendon: [0.05, 0.2],
    bellyAt: 0.35,
    ground: { on: 'free' },
  },
];

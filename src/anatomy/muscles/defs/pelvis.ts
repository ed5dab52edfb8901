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
  {
    id: 'gluteus-medius',
    kind: 'shell',
    // anterior border first
    origin: [
      { lm: 'asis', off: [0.004, -0.012, -0.01] },
      { lm: 'iliac-tubercle', off: [0.004, -0.006, 0] },
      { lm: 'iliac-crest', off: [0.004, -0.004, -0.01] },
      { between: ['iliac-crest', 'psis'], t: 0.55, off: [0.01, -0.006, 0.0] },
    ],
    insertion: [{ lm: 'greater-trochanter', off: [0.008, 0.012, 0.004] }, { lm: 'greater-trochanter', off: [0.008, 0.008, -0.014] }],
    ground: { on: 'bone', bones: ['hip-bone', 'femur'], height: 0.014 },
    thickness: 0.018,
    tendon: [0.04, 0.15],
  },
  {
    id: 'tensor-fasciae-latae',
    kind: 'loft',
    path: [{ lm: 'asis', off: [0.006, -0.004, 0.0] }, { between: ['asis', 'lateral-femoral-condyle'], t: 0.15, off: [0.02, 0, -0.006] }, { between: ['greater-trochanter', 'lateral-femoral-condyle'], t: 0.3, off: [0.006, 0, 0.02] }],
    width: 0.016,
    depthRatio: 0.5,
    tendon: [0.05, 0.1],
    bellyAt: 0.45,
    ground: { on: 'skin', depth: 0.0025 },
  },
  {
    id: 'obturator-internus',
    kind: 'loft',
    path: [
      { lm: 'obturator-foramen', off: [-0.012, 0.0, -0.006] },
      { lm: 'ischial-spine', off: [0.004, -0.014, -0.012] },
      { lm: 'greater-trochanter', off: [-0.022, 0.0, -0.012] },
    ],
    width: 0.01,
    depthRatio: 0.6,
    tendon: [0.06, 0.25],
    ground: { on: 'free' },
    segments: [20, 10],
  },
  {
    id: 'levator-ani',
    kind: 'shell',
    // from the back of the pubis along the pelvic side wall to the ischial spine, down to the midline
    origin: [
      { lm: 'pubic-symphysis', off: [0.014, 0.004, -0.014] },
      { lm: 'obturator-foramen', off: [-0.016, 0.016, -0.016] },
      { lm: 'ischial-spine', off: [-0.008, 0.004, 0.004] },
    ],
    insertion: [{ at: [0.003, 0.84, 0.03] }, { at: [0.003, 0.835, -0.01] }, { lm: 'coccyx', off: [0.003, -0.004, 0.004] }],
    ground: { on: 'free' },
    thickness: 0.005,
    tendon: [0.05, 0.05],
    segments: [14, 10],
  },
];

/** Muscles of the trunk: back, abdomen and the iliopsoas. Left side. */
import type { MuscleDef } from '../types';

export const TRUNK: MuscleDef[] = [
  {
    id: 'quadratus-lumborum',
    kind: 'shell',
    // fibres rise from the iliac crest (origin) to the 12th rib and lumbar transverse processes
    origin: [{ lm: 'l5-transverse', off: [0.004, 0, 0] }, { between: ['psis', 'iliac-crest'], t: 0.6, off: [0, 0.004, 0.02] }],
    insertion: [{ lm: 'l1-transverse', off: [0.004, 0.01, 0] }, { lm: 'rib-12-posterior', off: [0.03, 0, 0.02] }],
    ground: { on: 'free' },
    thickness: 0.016,
    tendon: [0.05, 0.05],
  },
  {
    id: 'multifidus',
    kind: 'loft',
    path: [
      { lm: 's2-spinous', off: [0.016, 0.02, 0.012] },
      { lm: 'l3-spinous', off: [0.017, 0, 0.018] },
      { lm: 't12-spinous', off: [0.016, 0, 0.02] },
      { lm: 't6-spinous', off: [0.015, 0, 0.02] },
      { lm: 't1-spinous', off: [0.014, 0, 0.02] },
      { lm: 'c4-spinous', off: [0.012, 0, 0.012] },
      { lm: 'c2-spinous', off: [0.012, -0.004, 0.01] },
    ],
    width: 0.011,
    depthRatio: 0.9,
    tendon: [0.02, 0.02],
    bellyAt: 0.2,
    ground: { on: 'free' },
    segments: [60, 10],
  },
  {
    id: 'psoas-major',
    kind: 'loft',
    path: [
      { lm: 't12-body', off: [0.022, -0.01, 0.0] },
      { lm: 'l3-body', off: [0.034, 0, 0.0] },
      { lm: 'l5-body', off: [0.045, 0, 0.012] },
      { at: [0.07, 0.925, 0.05] },
      { at: [0.078, 0.88, 0.045] },
      { lm: 'lesser-trochanter', off: [-0.004, 0.006, 0.006] },
    ],
    width: 0.022,
    depthRatio: 0.85,
    tendon: [0.04, 0.1],
    bellyAt: 0.4,
    ground: { on: 'free' },
    segments: [40, 14],
  },
  {
    id: 'iliacus',
    kind: 'shell',
    origin: [
      { lm: 'sacroiliac', off: [0.012, 0.03, 0.03] },
      { lm: 'iliac-crest', off: [-0.02, -0.012, 0.02] },
      { between: ['iliac-crest', 'asis'], t: 0.6, off: [-0.018, -0.006, 0.0] },
      { lm: 'asis', off: [-0.012, -0.004, -0.008] },
    ],
    insertion: [{ lm: 'lesser-trochanter', off: [0.004, 0.008, 0.012] }],
    via: [{ at: [0.06, 0.93, 0.045] }, { at: [0.075, 0.935, 0.05] }, { at: [0.09, 0.93, 0.06] }, { at: [0.1, 0.925, 0.06] }],
    ground: { on: 'bone', bones: ['hip-bone'], height: 0.0015 },
    thickness: 0.014,
    tendon: [0.04, 0.12],
  },
];

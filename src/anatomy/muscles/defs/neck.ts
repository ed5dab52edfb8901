/** Muscles of the neck. Left side; anchors on src/core/landmarks.ts ids. */
import type { MuscleDef } from '../types';

export const NECK: MuscleDef[] = [
  {
    id: 'upper-trapezius',
    kind: 'shell',
    // superior (occipital) border first, inferior (C7) border last
    origin: [
      { lm: 'superior-nuchal-line', off: [0.0, 0.0, 0.0] },
      { lm: 'inion', off: [0.006, -0.012, 0.0] },
      { lm: 'c3-spinous', off: [0.004, 0, -0.005] },
      { lm: 'c5-spinous', off: [0.004, 0, -0.005] },
      'c7-spinous',
    ],
    insertion: [
      { between: ['clavicle-mid', 'acromioclavicular'], t: 0.35 },
      'acromioclavicular',
      { lm: 'acromion', off: [0, 0, -0.015] },
      { between: ['acromion', 'scapula-spine-mid'], t: 0.35 },
    ],
    ground: { on: 'skin', depth: 0.0025 },
    thickness: 0.014,
    tendon: [0.06, 0.06],
  },
  {
    id: 'sternocleidomastoid',
    kind: 'loft',
    path: [
      { lm: 'mastoid', off: [0.004, 0, 0.004] },
      { between: ['mastoid', 'sternoclavicular'], t: 0.45, off: [0.01, 0, 0.012] },
      { lm: 'sternoclavicular', off: [0.004, 0.006, 0.008] },
    ],
    width: 0.017,
    depthRatio: 0.45,
    tendon: [0.05, 0.08],
    bellyAt: 0.45,
    ground: { on: 'skin', depth: 0.002 },
  },
  {
    id: 'levator-scapulae',
    kind: 'loft',
    path: [
      { lm: 'c1-transverse', off: [0, -0.005, -0.005] },
      { between: ['c3-transverse', 'scapula-superior-angle'], t: 0.45, off: [0.008, 0, -0.012] },
      'scapula-superior-angle',
    ],
    width: 0.011,
    depthRatio: 0.7,
    ground: { on: 'free' },
  },
];

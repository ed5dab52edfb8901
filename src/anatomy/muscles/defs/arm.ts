/** Muscles of the upper arm. Left side. */
import { armPoint, forearmPoint } from '../../figure';
import type { AnchorDef, MuscleDef } from '../types';

/** A point round the upper arm at `along` from the shoulder: `deg` 0 front, 90 lateral, 180 back, -90 medial. */
function around(along: number, deg: number, r: number): AnchorDef {
  const a = (deg * Math.PI) / 180;
  return { at: armPoint(along, r * Math.sin(a), r * Math.cos(a)) };
}

export const ARM: MuscleDef[] = [
  {
    // one spindle for both heads: the short head from the coracoid, the long head's tendon joining
    // it from the bicipital groove; across 0.3 is the short (medial) head, 0.7 the long (lateral) head
    id: 'biceps-brachii',
    kind: 'loft',
    path: [
      { lm: 'coracoid', off: [0.008, -0.012, 0.006] },
      { at: armPoint(0.09, 0.0, 0.034) },
      { at: armPoint(0.19, 0.002, 0.04) },
      { at: armPoint(0.265, 0.006, 0.03) },
      { lm: 'radial-tuberosity', off: [0, 0, 0.006] },
    ],
    width: 0.024,
    depthRatio: 0.55,
    tendon: [0.12, 0.16],
    bellyAt: 0.56,
    ground: { on: 'skin', depth: 0.0025 },
  },
  {
    // on the front of the lower humerus, embracing the deltoid insertion, to the ulnar tuberosity;
    // placed free (mid-surface given) under the biceps
    id: 'brachialis',
    kind: 'shell',
    origin: [around(0.15, -40, 0.016), around(0.135, 0, 0.017), around(0.125, 45, 0.016)],
    via: [around(0.24, -82, 0.034), around(0.24, -45, 0.027), around(0.24, 0, 0.022), around(0.24, 45, 0.027), around(0.22, 96, 0.037)],
    insertion: [{ at: forearmPoint(0.028, -0.012, 0.017) }, { at: forearmPoint(0.034, -0.004, 0.017) }],
    ground: { on: 'free' },
    thickness: 0.017,
    tendon: [0.04, 0.14],
  },
  {
    // the three heads as one sheet over the back of the arm: the long head (infraglenoid tubercle)
    // medially, the lateral head (upper back of the humerus, above the radial groove) laterally, the
    // medial head under both; its outer face reaches the skin below the deltoid
    id: 'triceps-brachii',
    kind: 'shell',
    origin: [{ lm: 'glenoid', off: [0.0, -0.03, -0.018] }, around(0.035, 150, 0.018), around(0.08, 135, 0.017), around(0.13, 118, 0.017)],
    via: [
      around(0.17, -108, 0.038),
      around(0.17, -140, 0.035),
      around(0.17, -170, 0.032),
      around(0.17, 165, 0.032),
      around(0.18, 128, 0.036),
      around(0.16, 80, 0.042),
    ],
    insertion: [{ lm: 'olecranon', off: [-0.011, 0.016, -0.006] }, { lm: 'olecranon', off: [0.011, 0.02, -0.006] }],
    ground: { on: 'free' },
    thickness: 0.03,
    tendon: [0.06, 0.1],
  },
  {
    // a small triangle from the back of the lateral epicondyle to the side of the olecranon and upper ulna
    id: 'anconeus',
    kind: 'shell',
    origin: [{ lm: 'lateral-epicondyle', off: [-0.002, 0.006, -0.012] }, { lm: 'lateral-epicondyle', off: [-0.002, -0.006, -0.012] }],
    insertion: [{ at: forearmPoint(0.0, 0.002, -0.03) }, { at: forearmPoint(0.04, -0.002, -0.022) }, { at: forearmPoint(0.075, -0.006, -0.019) }],
    ground: { on: 'skin', depth: 0.0025 },
    thickness: 0.007,
    tendon: [0.06, 0.06],
  },
];

/** Muscles of the hand. Left side, palm forward (+Z), thumb lateral. */
import { PALMAR, handPoint } from '../../figure';
import { landmark } from '../../landmarks';
import { lerp, type V3 } from '../../vec';
import type { MuscleDef } from '../types';

/** A point on the thumb's first metacarpal (t 0 at its base, 1 at its head), moved by hand-frame offsets. */
function thumbMetacarpal(t: number, lateral: number, palmar: number): V3 {
  const p = lerp(landmark('thumb-cmc'), landmark('thumb-mcp'), t);
  const q = handPoint(0, lateral, palmar);
  const w = handPoint(0, 0, 0);
  return [p[0] + q[0] - w[0], p[1] + q[1] - w[1], p[2] + q[2] - w[2]];
}

const palmar: V3 = [PALMAR[0], PALMAR[1], PALMAR[2]];

export const HAND: MuscleDef[] = [
  {
    // deep in the palm: from the capitate and the third metacarpal (proximal, oblique head, first)
    // across to the inner side of the base of the thumb's first phalanx
    id: 'adductor-pollicis',
    kind: 'shell',
    origin: [{ at: handPoint(0.025, 0.0, 0.007) }, { at: handPoint(0.055, 0.003, 0.006) }, { at: handPoint(0.085, 0.004, 0.006) }],
    insertion: [{ at: thumbMetacarpal(1.05, -0.004, 0.004) }, { at: thumbMetacarpal(1.12, -0.004, 0.004) }],
    ground: { on: 'free' },
    thickness: 0.007,
    tendon: [0.05, 0.12],
  },
  {
    // from the flexor retinaculum and trapezium along the whole outer border of the first metacarpal
    id: 'opponens-pollicis',
    kind: 'shell',
    origin: [{ at: handPoint(0.012, 0.012, 0.014) }, { at: handPoint(0.022, 0.02, 0.014) }],
    insertion: [{ at: thumbMetacarpal(0.15, 0.006, 0.005) }, { at: thumbMetacarpal(0.92, 0.006, 0.005) }],
    ground: { on: 'bone', bones: ['hand'], height: 0.001 },
    thickness: 0.007,
    tendon: [0.06, 0.08],
  },
  {
    // fills the back of the thumb web: from the second metacarpal (medial, first) and the first
    // metacarpal to the thumb side of the index finger's first phalanx
    id: 'first-dorsal-interosseous',
    kind: 'shell',
    origin: [
      { at: handPoint(0.08, 0.02, -0.004) },
      { at: handPoint(0.035, 0.017, -0.004) },
      { at: thumbMetacarpal(0.3, -0.004, -0.006) },
      { at: thumbMetacarpal(0.9, -0.004, -0.006) },
    ],
    insertion: [{ lm: 'index-mcp', off: [0.004, -0.012, -0.002] }],
    ground: { on: 'free' },
    thickness: 0.011,
    tendon: [0.04, 0.12],
  },
  {
    // along the little-finger border from the pisiform; across 0 is its dorsal (medial-most) edge
    id: 'abductor-digiti-minimi-hand',
    kind: 'loft',
    path: [
      { lm: 'pisiform', off: [-0.002, -0.002, 0.0] },
      { at: handPoint(0.045, -0.032, 0.006) },
      { at: handPoint(0.075, -0.036, 0.003) },
      { lm: 'little-mcp', off: [-0.006, -0.01, 0.0] },
    ],
    widthAxis: palmar,
    width: 0.008,
    depthRatio: 0.7,
    tendon: [0.08, 0.14],
    bellyAt: 0.45,
    ground: { on: 'skin', depth: 0.002 },
  },
];

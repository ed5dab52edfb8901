/**
 * Muscles of the forearm. Left side, palm forward: flexors on the palmar (+Z) face from the medial
 * epicondyle, extensors on the back from the lateral epicondyle, the radius (thumb) side lateral.
 */
import { PALMAR, armPoint, forearmPoint, handPoint } from '../../figure';
import type { AnchorDef, MuscleDef } from '../types';

/**
 * A point around the forearm at `along` metres from the elbow: `deg` 0 is palmar, 90 lateral
 * (radial), 180 dorsal, -90 medial (ulnar); `r` from the forearm's axis (default: under the skin).
 */
function around(along: number, deg: number, r?: number): AnchorDef {
  const a = (deg * Math.PI) / 180;
  const c = Math.cos(a), s = Math.sin(a);
  // the standard figure's forearm is an ellipse, wider (radial-ulnar) than deep, narrowing to the wrist
  const t = Math.min(1, Math.max(0, (along - 0.08) / 0.09));
  const deep = 0.037 - 0.011 * t, wide = 0.047 - 0.009 * t;
  const rr = r ?? 1 / Math.hypot(c / deep, s / wide) - 0.008;
  return { at: forearmPoint(along, rr * s, rr * c) };
}

const palmar: [number, number, number] = [PALMAR[0], PALMAR[1], PALMAR[2]];
const skin = { on: 'skin', depth: 0.0025 } as const;

export const FOREARM: MuscleDef[] = [
  // ---- superficial, lateral border and back (from the lateral supracondylar ridge and epicondyle)
  {
    // across 0 is its palmar edge, 1 its dorsal edge
    id: 'brachioradialis',
    kind: 'loft',
    path: [
      { at: armPoint(0.19, 0.02, 0.004) },
      { at: armPoint(0.262, 0.042, 0.014) },
      around(0.05, 76),
      around(0.13, 82),
      around(0.2, 88),
      { lm: 'radial-styloid', off: [-0.002, 0.01, 0.002] },
    ],
    width: 0.015,
    depthRatio: 0.55,
    tendon: [0.05, 0.32],
    bellyAt: 0.35,
    ground: skin,
  },
  {
    id: 'extensor-carpi-radialis-longus',
    kind: 'loft',
    path: [
      { at: armPoint(0.262, 0.034, 0.0) },
      around(0.035, 112),
      around(0.11, 117),
      around(0.2, 125),
      { at: handPoint(-0.005, 0.016, -0.015) },
      { at: handPoint(0.032, 0.015, -0.009) },
    ],
    width: 0.0105,
    depthRatio: 0.55,
    tendon: [0.05, 0.48],
    bellyAt: 0.28,
    ground: skin,
  },
  {
    id: 'extensor-carpi-radialis-brevis',
    kind: 'loft',
    path: [
      { lm: 'lateral-epicondyle', off: [0.0, -0.004, -0.006] },
      around(0.05, 136),
      around(0.12, 140),
      around(0.2, 145),
      { at: handPoint(-0.005, 0.006, -0.016) },
      { at: handPoint(0.033, 0.003, -0.009) },
    ],
    width: 0.0105,
    depthRatio: 0.55,
    tendon: [0.05, 0.42],
    bellyAt: 0.35,
    ground: skin,
  },
  {
    id: 'extensor-digitorum',
    kind: 'loft',
    path: [
      { lm: 'lateral-epicondyle', off: [-0.004, -0.006, -0.009] },
      around(0.03, 162),
      around(0.075, 168),
      around(0.13, 172),
      around(0.2, 178),
      { at: handPoint(0.0, -0.002, -0.016) },
      { at: handPoint(0.05, 0.0, -0.012) },
      { lm: 'middle-mcp', off: [0, 0, -0.008] },
    ],
    width: 0.013,
    depthRatio: 0.5,
    tendon: [0.04, 0.4],
    bellyAt: 0.32,
    ground: skin,
  },
  {
    id: 'extensor-carpi-ulnaris',
    kind: 'loft',
    path: [
      { lm: 'lateral-epicondyle', off: [-0.008, -0.008, -0.011] },
      around(0.05, -155),
      around(0.13, -145),
      around(0.2, -132),
      { at: handPoint(0.0, -0.025, -0.011) },
      { at: handPoint(0.032, -0.023, -0.006) },
    ],
    width: 0.011,
    depthRatio: 0.6,
    tendon: [0.04, 0.25],
    bellyAt: 0.45,
    ground: skin,
  },
  // ---- deep on the back
  {
    // wraps the radial neck from the back (lateral epicondyle, supinator crest of the ulna) round its
    // lateral side to the front of the upper radius; placed free, its mid-surface 13 mm off the radius axis
    id: 'supinator',
    kind: 'shell',
    origin: [
      { lm: 'lateral-epicondyle', off: [0.0, -0.006, -0.01] },
      { at: forearmPoint(0.035, 0.0, -0.014) },
      { at: forearmPoint(0.065, -0.002, -0.012) },
    ],
    via: [{ at: forearmPoint(0.025, 0.033, -0.002) }, { at: forearmPoint(0.055, 0.03, -0.002) }, { at: forearmPoint(0.085, 0.031, 0.0) }],
    insertion: [{ at: forearmPoint(0.03, 0.016, 0.016) }, { at: forearmPoint(0.06, 0.016, 0.015) }, { at: forearmPoint(0.095, 0.019, 0.013) }],
    ground: { on: 'free' },
    thickness: 0.008,
    tendon: [0.05, 0.06],
  },
  {
    // on the back of the lower ulna and the interosseous membrane, under extensor digitorum
    id: 'extensor-indicis',
    kind: 'loft',
    path: [
      { at: forearmPoint(0.14, -0.014, -0.015) },
      { at: forearmPoint(0.185, -0.008, -0.016) },
      { at: forearmPoint(0.225, 0.0, -0.016) },
      { at: handPoint(0.005, 0.006, -0.015) },
      { at: handPoint(0.05, 0.017, -0.011) },
      { lm: 'index-mcp', off: [0, 0, -0.009] },
    ],
    width: 0.006,
    depthRatio: 0.55,
    tendon: [0.04, 0.42],
    bellyAt: 0.3,
    ground: { on: 'free' },
  },
  // ---- superficial flexors, fanning from the medial epicondyle (lateral to medial)
  {
    id: 'pronator-teres',
    kind: 'loft',
    path: [
      { lm: 'medial-epicondyle', off: [0.002, 0.008, 0.01] },
      around(0.035, -10),
      around(0.075, 25),
      { at: forearmPoint(0.118, 0.03, 0.008) },
    ],
    width: 0.012,
    depthRatio: 0.6,
    tendon: [0.06, 0.14],
    bellyAt: 0.4,
    ground: skin,
  },
  {
    id: 'flexor-carpi-radialis',
    kind: 'loft',
    path: [
      { lm: 'medial-epicondyle', off: [0.004, 0.0, 0.012] },
      around(0.05, -33),
      around(0.12, 6),
      around(0.2, 20),
      { at: handPoint(0.0, 0.013, 0.013) },
      { at: handPoint(0.03, 0.012, 0.006) },
    ],
    width: 0.0105,
    depthRatio: 0.6,
    tendon: [0.05, 0.45],
    bellyAt: 0.3,
    ground: skin,
  },
  {
    id: 'palmaris-longus',
    kind: 'loft',
    path: [
      { lm: 'medial-epicondyle', off: [0.002, -0.004, 0.012] },
      around(0.05, -56),
      around(0.12, -18),
      around(0.2, -4),
      { at: handPoint(0.0, 0.0, 0.014) },
      { at: handPoint(0.035, 0.0, 0.011) },
    ],
    width: 0.0075,
    depthRatio: 0.55,
    tendon: [0.05, 0.52],
    bellyAt: 0.27,
    ground: skin,
  },
  {
    // along the medial border from the epicondyle and olecranon to the pisiform;
    // across 0 is its dorsal (medial-most) edge, 1 its palmar edge
    id: 'flexor-carpi-ulnaris',
    kind: 'loft',
    path: [
      { lm: 'medial-epicondyle', off: [0.0, -0.006, 0.0] },
      around(0.05, -95),
      around(0.13, -78),
      around(0.2, -58),
      { lm: 'pisiform', off: [0, 0.002, 0.002] },
    ],
    widthAxis: palmar,
    width: 0.0135,
    depthRatio: 0.55,
    tendon: [0.04, 0.16],
    bellyAt: 0.42,
    ground: skin,
  },
  // ---- intermediate and deep flexors
  {
    id: 'flexor-digitorum-superficialis',
    kind: 'shell',
    origin: [
      { lm: 'medial-epicondyle', off: [0.004, -0.002, 0.01] },
      { at: forearmPoint(0.025, -0.008, 0.016) },
      { at: forearmPoint(0.065, 0.014, 0.012) },
      { at: forearmPoint(0.11, 0.019, 0.01) },
    ],
    via: [{ at: forearmPoint(0.135, -0.024, 0.018) }, { at: forearmPoint(0.135, -0.006, 0.026) }, { at: forearmPoint(0.14, 0.012, 0.022) }],
    insertion: [{ at: handPoint(0.03, -0.012, 0.011) }, { at: handPoint(0.03, 0.008, 0.011) }],
    ground: { on: 'skin', depth: 0.012 },
    thickness: 0.01,
    tendon: [0.05, 0.3],
  },
  {
    // on the front and inner surfaces of the ulna and the interosseous membrane (mid-surface given)
    id: 'flexor-digitorum-profundus',
    kind: 'shell',
    origin: [{ at: forearmPoint(0.045, -0.028, -0.006) }, { at: forearmPoint(0.03, -0.02, 0.011) }, { at: forearmPoint(0.075, 0.0, 0.009) }],
    via: [
      { at: forearmPoint(0.14, -0.027, -0.003) },
      { at: forearmPoint(0.14, -0.022, 0.008) },
      { at: forearmPoint(0.14, -0.01, 0.009) },
      { at: forearmPoint(0.145, 0.002, 0.008) },
    ],
    insertion: [{ at: handPoint(0.028, -0.012, 0.01) }, { at: handPoint(0.028, 0.006, 0.01) }],
    ground: { on: 'free' },
    thickness: 0.01,
    tendon: [0.04, 0.3],
  },
  {
    // on the front of the radius, its tendon through the carpal tunnel to the thumb's end bone
    id: 'flexor-pollicis-longus',
    kind: 'loft',
    path: [
      { at: forearmPoint(0.065, 0.015, 0.014) },
      { at: forearmPoint(0.105, 0.017, 0.016) },
      { at: forearmPoint(0.15, 0.016, 0.016) },
      { at: forearmPoint(0.195, 0.014, 0.016) },
      { at: handPoint(0.025, 0.018, 0.013) },
      { between: ['thumb-mcp', 'thumb-tip'], t: 0.55, off: [0, 0, 0.006] },
    ],
    width: 0.0085,
    depthRatio: 0.6,
    tendon: [0.04, 0.36],
    bellyAt: 0.38,
    ground: { on: 'free' },
  },
];

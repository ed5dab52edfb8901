/**
 * The forearm as volumes, left side, deepest first: supinator, the deep flexors (flexor digitorum
 * profundus, flexor pollicis longus) and extensor indicis on the bones; flexor digitorum superficialis
 * over the deep flexors; then the superficial flexors fanning from the common flexor origin on the
 * medial epicondyle (pronator teres, flexor carpi radialis, palmaris longus, flexor carpi ulnaris),
 * the radial group on the lateral supracondylar ridge (brachioradialis, extensor carpi radialis longus)
 * and the superficial extensors from the common extensor origin on the lateral epicondyle (extensor carpi
 * radialis brevis, extensor digitorum, extensor carpi ulnaris), and anconeus last, beside extensor carpi ulnaris. Long tendons run under the retinacula at
 * the wrist (via lines there) to the hand. `across` runs medial → lateral (ulnar → radial) unless a
 * muscle's comment says otherwise.
 */
import { armPoint, forearmPoint, handPoint } from '../../figure';
import { landmark } from '../../landmarks';
import { add, lerp, type V3 } from '../../vec';
import type { AnchorDef } from '../../muscles/types';
import type { VolumeDef } from '../types';
import { TENDON_SKIN_MARGIN, holzbaurFraction } from './arm';

/** A point on a finger between its knuckle and tip (0 → 1), moved by `off` (world metres). */
function onFinger(mcp: V3, tip: V3, t: number, off: V3): AnchorDef {
  return { at: add(lerp(mcp, tip, t), off) };
}
const RING_MCP = handPoint(0.092, -0.013, 0.0), RING_TIP = handPoint(0.18, -0.016, 0.005);
/** The four fingers, little → index (medial → lateral), at a fraction along each, with an offset. */
function fingers(t: number, off: V3): AnchorDef[] {
  return [
    onFinger(landmark('little-mcp'), landmark('little-tip'), t, off),
    onFinger(RING_MCP, RING_TIP, t, off),
    onFinger(landmark('middle-mcp'), landmark('middle-tip'), t, off),
    onFinger(landmark('index-mcp'), landmark('index-tip'), t, off),
  ];
}
const BACKWARD: V3 = [0, 0, -0.006];

/** The common flexor origin on the front of the medial epicondyle. */
const FLEXOR_ORIGIN = (dy: number): AnchorDef => ({ lm: 'medial-epicondyle', off: [0.004, dy, 0.007] });
/** The common extensor origin on the front of the lateral epicondyle. */
const EXTENSOR_ORIGIN = (dy: number): AnchorDef => ({ lm: 'lateral-epicondyle', off: [-0.001, dy, -0.002] });

const ALL: VolumeDef[] = [
  {
    // from the lateral epicondyle and the supinator crest of the ulna, wrapping behind and round the radius' upper third
    id: 'supinator',
    architecture: 'quadrilateral',
    origin: { bones: ['humerus', 'ulna'], line: [{ at: forearmPoint(0.045, -0.004, -0.007) }, { lm: 'lateral-epicondyle', off: [-0.002, -0.004, -0.006] }] },
    insertion: { bones: ['radius'], line: [{ at: forearmPoint(0.085, 0.016, 0.007) }, { at: forearmPoint(0.03, 0.016, 0.008) }] },
    via: [[{ at: forearmPoint(0.06, 0.026, -0.008) }, { at: forearmPoint(0.025, 0.03, -0.004) }]],
    thickness: 0.01,
    tendon: [0.06, 0.04],
    hug: true,
    over: [],
    volume: holzbaurFraction(0.012, 'supinator'),
    triangles: 900,
  },
  {
    // the front and medial side of the ulna's upper three quarters; four tendons through the carpal tunnel to the distal phalanges
    id: 'flexor-digitorum-profundus',
    architecture: 'unipennate',
    origin: { bones: ['ulna'], line: [{ at: forearmPoint(0.04, -0.022, 0.002) }, { at: forearmPoint(0.045, -0.009, 0.01) }] },
    insertion: { bones: ['hand'], line: fingers(0.9, [0, 0, 0.004]) },
    via: [
      [{ at: forearmPoint(0.14, -0.018, 0.012) }, { at: forearmPoint(0.14, -0.002, 0.012) }],
      [{ at: handPoint(0.015, -0.007, 0.01) }, { at: handPoint(0.015, 0.006, 0.01) }],
      fingers(0.02, [0, 0, 0.008]),
    ],
    thickness: 0.02,
    tendon: [0.03, 0.5],
    tendonRadius: 0.0018,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: ['brachialis'],
    volume: holzbaurFraction(0.033, 'flexor digitorum profundus'),
    triangles: 1800,
  },
  {
    // the front of the radius; its tendon through the carpal tunnel to the thumb's distal phalanx
    id: 'flexor-pollicis-longus',
    architecture: 'unipennate',
    origin: { bones: ['radius'], line: [{ at: forearmPoint(0.08, 0.009, 0.008) }, { at: forearmPoint(0.08, 0.022, 0.007) }] },
    insertion: { bones: ['hand'], line: [{ at: add(lerp(landmark('thumb-mcp'), landmark('thumb-tip'), 0.75), [0, 0, 0.004]) }] },
    via: [[{ at: forearmPoint(0.2, 0.012, 0.012) }], [{ at: handPoint(0.018, 0.01, 0.012) }], [{ at: add(landmark('thumb-mcp'), [0, 0, 0.007]) }]],
    thickness: 0.014,
    tendon: [0.03, 0.5],
    tendonRadius: 0.0018,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: ['flexor-digitorum-profundus', 'supinator'],
    volume: holzbaurFraction(0.01, 'flexor pollicis longus'),
    triangles: 1000,
  },
  {
    // the back of the ulna's lower third; its tendon under the extensor retinaculum to the index finger's extensor expansion
    id: 'extensor-indicis',
    architecture: 'unipennate',
    origin: { bones: ['ulna'], line: [{ at: forearmPoint(0.15, -0.014, -0.01) }, { at: forearmPoint(0.16, -0.009, -0.009) }] },
    insertion: { bones: ['hand'], line: [onFinger(landmark('index-mcp'), landmark('index-tip'), 0.2, [0, 0, -0.006])] },
    via: [[{ at: forearmPoint(0.235, -0.002, -0.014) }], [{ at: handPoint(0.05, 0.012, -0.01) }]],
    thickness: 0.008,
    tendon: [0.05, 0.5],
    tendonRadius: 0.0016,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: [],
    volume: holzbaurFraction(0.002, 'extensor indicis'),
    triangles: 600,
  },
  {
    // humero-ulnar head (medial epicondyle, coronoid) and radial head (front of the radius) over the deep flexors;
    // four tendons through the carpal tunnel to the middle phalanges
    id: 'flexor-digitorum-superficialis',
    cell: 0.003,
    architecture: 'multi-headed',
    heads: 2,
    origin: { bones: ['humerus', 'ulna', 'radius'], line: [FLEXOR_ORIGIN(-0.004), { lm: 'coronoid-process', off: [0, -0.004, 0.002] }, { at: forearmPoint(0.08, 0.018, 0.009) }] },
    insertion: { bones: ['hand'], line: fingers(0.6, [0, 0, 0.0035]) },
    via: [
      [{ at: forearmPoint(0.13, -0.016, 0.024) }, { at: forearmPoint(0.13, 0.01, 0.022) }],
      [{ at: handPoint(0.015, -0.007, 0.014) }, { at: handPoint(0.015, 0.007, 0.014) }],
      fingers(0.02, [0, 0, 0.0085]),
    ],
    thickness: 0.022,
    tendon: [0.04, 0.45],
    tendonRadius: 0.0018,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['flexor-digitorum-profundus', 'flexor-pollicis-longus'],
    volume: holzbaurFraction(0.033, 'flexor digitorum superficialis'),
    triangles: 1800,
  },
  {
    // humeral head from the common flexor origin, ulnar head from the coronoid; obliquely across to the lateral radius at mid-shaft
    id: 'pronator-teres',
    architecture: 'strap',
    origin: { bones: ['humerus', 'ulna'], line: [FLEXOR_ORIGIN(0.004), { lm: 'coronoid-process', off: [0.002, -0.002, 0.0] }] },
    insertion: { bones: ['radius'], line: [{ at: forearmPoint(0.11, 0.027, 0.004) }, { at: forearmPoint(0.125, 0.027, 0.002) }] },
    via: [[{ at: forearmPoint(0.055, -0.004, 0.026) }, { at: forearmPoint(0.06, 0.002, 0.02) }]],
    thickness: 0.016,
    tendon: [0.04, 0.16],
    hug: false,
    over: ['flexor-digitorum-superficialis', 'brachialis', 'supinator'],
    volume: holzbaurFraction(0.018, 'pronator teres'),
    triangles: 1100,
  },
  {
    // common flexor origin to the bases of the second and third metacarpals, its tendon through the groove of the trapezium
    id: 'flexor-carpi-radialis',
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [FLEXOR_ORIGIN(-0.002), FLEXOR_ORIGIN(0.002)] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.042, 0.01, 0.006) }] },
    via: [[{ at: forearmPoint(0.1, -0.006, 0.03) }], [{ at: forearmPoint(0.235, 0.009, 0.017) }], [{ at: handPoint(0.022, 0.014, 0.012) }]],
    thickness: 0.014,
    tendon: [0.05, 0.45],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['flexor-digitorum-superficialis', 'pronator-teres'],
    volume: holzbaurFraction(0.011, 'flexor carpi radialis'),
    triangles: 1000,
  },
  {
    // common flexor origin to the flexor retinaculum and the palmar aponeurosis: a short belly and a long thin tendon
    id: 'palmaris-longus',
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [FLEXOR_ORIGIN(-0.006), FLEXOR_ORIGIN(-0.003)] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.03, 0.0, 0.014) }] },
    via: [[{ at: forearmPoint(0.1, -0.014, 0.032) }], [{ at: forearmPoint(0.24, -0.001, 0.021) }]],
    thickness: 0.01,
    tendon: [0.05, 0.55],
    tendonRadius: 0.0016,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['flexor-digitorum-superficialis', 'flexor-carpi-radialis'],
    volume: holzbaurFraction(0.005, 'palmaris longus'),
    triangles: 700,
  },
  {
    // humeral head from the common flexor origin, ulnar head from the olecranon and the ulna's posterior border; to the pisiform
    // (across: humeral head 0 → ulnar head 1)
    id: 'flexor-carpi-ulnaris',
    architecture: 'bipennate',
    origin: { bones: ['humerus', 'ulna'], line: [FLEXOR_ORIGIN(-0.008), { lm: 'olecranon', off: [-0.012, -0.012, 0.004] }] },
    insertion: { bones: ['hand'], line: [{ lm: 'pisiform', off: [0, 0.004, -0.002] }] },
    via: [[{ at: forearmPoint(0.12, -0.03, 0.012) }, { at: forearmPoint(0.12, -0.03, 0.0) }], [{ at: forearmPoint(0.225, -0.024, 0.01) }]],
    thickness: 0.016,
    tendon: [0.04, 0.22],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['flexor-digitorum-superficialis', 'flexor-digitorum-profundus', 'palmaris-longus'],
    volume: holzbaurFraction(0.016, 'flexor carpi ulnaris'),
    triangles: 1100,
  },
  {
    // the upper two-thirds of the lateral supracondylar ridge, down the radial side to the radius just above the styloid
    id: 'brachioradialis',
    architecture: 'strap',
    origin: { bones: ['humerus'], line: [{ at: armPoint(0.2, 0.017, -0.001) }, { at: armPoint(0.235, 0.023, -0.002) }] },
    insertion: { bones: ['radius'], line: [{ at: forearmPoint(0.232, 0.025, 0.004) }, { at: forearmPoint(0.238, 0.026, 0.002) }] },
    via: [[{ at: forearmPoint(0.03, 0.04, 0.016) }, { at: forearmPoint(0.035, 0.044, 0.006) }], [{ at: forearmPoint(0.15, 0.034, 0.008) }]],
    thickness: 0.022,
    tendon: [0.03, 0.4],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['brachialis', 'supinator', 'pronator-teres', 'flexor-pollicis-longus'],
    volume: holzbaurFraction(0.019, 'brachioradialis'),
    triangles: 1300,
  },
  {
    // the lower third of the lateral supracondylar ridge, along the radius behind brachioradialis to the back of the second metacarpal's base
    id: 'extensor-carpi-radialis-longus',
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [{ at: armPoint(0.24, 0.024, -0.002) }, { at: armPoint(0.265, 0.029, -0.003) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.043, 0.015, -0.007) }] },
    via: [[{ at: forearmPoint(0.07, 0.036, -0.004) }], [{ at: forearmPoint(0.2, 0.026, -0.01) }]],
    thickness: 0.016,
    tendon: [0.03, 0.5],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['brachioradialis', 'supinator'],
    volume: holzbaurFraction(0.017, 'extensor carpi radialis longus'),
    triangles: 1100,
  },
  {
    // common extensor origin to the back of the third metacarpal's base
    id: 'extensor-carpi-radialis-brevis',
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [EXTENSOR_ORIGIN(0.003), EXTENSOR_ORIGIN(-0.002)] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.045, 0.004, -0.008) }] },
    via: [[{ at: forearmPoint(0.08, 0.026, -0.014) }], [{ at: forearmPoint(0.2, 0.016, -0.015) }]],
    thickness: 0.014,
    tendon: [0.03, 0.45],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['extensor-carpi-radialis-longus', 'supinator'],
    volume: holzbaurFraction(0.01, 'extensor carpi radialis brevis'),
    triangles: 1000,
  },
  {
    // common extensor origin; four tendons under the extensor retinaculum to the extensor expansions of the fingers
    id: 'extensor-digitorum',
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [EXTENSOR_ORIGIN(-0.004), EXTENSOR_ORIGIN(-0.008)] },
    insertion: { bones: ['hand'], line: fingers(0.55, [0, 0, -0.004]) },
    via: [
      [{ at: forearmPoint(0.11, 0.0, -0.02) }, { at: forearmPoint(0.11, 0.012, -0.02) }],
      [{ at: forearmPoint(0.245, -0.006, -0.014) }, { at: forearmPoint(0.245, 0.006, -0.014) }],
      fingers(0.0, BACKWARD),
    ],
    thickness: 0.016,
    tendon: [0.03, 0.5],
    tendonRadius: 0.0016,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['extensor-carpi-radialis-brevis', 'extensor-indicis', 'supinator'],
    volume: holzbaurFraction(0.013, 'extensor digitorum'),
    triangles: 1500,
  },
  {
    // common extensor origin and the ulna's posterior border, down the back of the ulna to the base of the fifth metacarpal
    id: 'extensor-carpi-ulnaris',
    architecture: 'unipennate',
    origin: { bones: ['humerus', 'ulna'], line: [{ lm: 'lateral-epicondyle', off: [-0.002, -0.01, 0.003] }, { at: forearmPoint(0.1, -0.017, -0.012) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.04, -0.023, -0.004) }] },
    via: [[{ at: forearmPoint(0.13, -0.012, -0.018) }], [{ at: forearmPoint(0.225, -0.022, -0.01) }]],
    thickness: 0.014,
    tendon: [0.04, 0.35],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['extensor-digitorum', 'extensor-indicis'],
    volume: holzbaurFraction(0.01, 'extensor carpi ulnaris'),
    triangles: 1000,
  },
  {
    // a small triangle from the back of the lateral epicondyle to the side of the olecranon and the upper back of the ulna
    id: 'anconeus',
    architecture: 'fan',
    origin: { bones: ['humerus'], line: [{ lm: 'lateral-epicondyle', off: [-0.003, 0.004, -0.007] }, { lm: 'lateral-epicondyle', off: [-0.004, -0.003, -0.007] }] },
    insertion: { bones: ['ulna'], line: [{ at: forearmPoint(0.005, -0.001, -0.021) }, { at: forearmPoint(0.04, -0.004, -0.015) }, { at: forearmPoint(0.07, -0.008, -0.013) }] },
    thickness: 0.008,
    tendon: [0.08, 0.04],
    hug: true,
    over: ['triceps-brachii', 'extensor-carpi-ulnaris'],
    volume: holzbaurFraction(0.004, 'anconeus', 0.5),
    triangles: 600,
  },
];

/**
 * Written, not switched over yet: the finger and thumb flexors and extensors (their tendons still come
 * apart in the fingers, where the skin is tight over the phalanges), flexor carpi radialis and palmaris
 * longus (their tendons part at the wrist), extensor carpi radialis brevis (a third under its volume) and
 * longus (its origin under brachioradialis is cut away), flexor digitorum superficialis (its tendon to the
 * little finger parts), pronator teres (it overlaps brachialis and supinator by 6–7 %) and brachioradialis
 * (its size swings between about half and all of its cited volume from one build of its neighbours to the next).
 */
const PENDING_IDS: ReadonlySet<string> = new Set([
  'flexor-digitorum-profundus', 'flexor-pollicis-longus', 'extensor-indicis', 'flexor-carpi-radialis', 'palmaris-longus',
  'extensor-carpi-radialis-brevis', 'extensor-digitorum', 'extensor-carpi-radialis-longus', 'flexor-digitorum-superficialis', 'pronator-teres',
  'brachioradialis',
]);

/** The forearm muscles built as volumes, deepest first (lying over only the switched ones). */
export const FOREARM: VolumeDef[] = ALL.filter((d) => !PENDING_IDS.has(d.id)).map((d) => ({ ...d, over: d.over.filter((o) => !PENDING_IDS.has(o)) }));

/** The forearm definitions not switched over yet. */
export const FOREARM_PENDING: VolumeDef[] = ALL.filter((d) => PENDING_IDS.has(d.id));

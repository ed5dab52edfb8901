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
import { FOREARM_LAT, armPoint, forearmPoint, handPoint } from '../../figure';
import { landmark } from '../../landmarks';
import { add, lerp, scale, type V3 } from '../../vec';
import type { AnchorDef } from '../../muscles/types';
import type { TissueDef, VolumeDef } from '../types';
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
    triangles: 700,
  },
  {
    // the front and medial side of the ulna's upper three quarters; four tendons through the carpal tunnel to the distal phalanges
    id: 'flexor-digitorum-profundus',
    // tendons of about 2 mm radius come apart in coarser cells; at 2.1 mm in 1.5 mm cells the finger tendons broke off
    // at the proximal interphalangeal joints (2.5 mm holds them; the fingers leave 6–8 mm of room in front of the phalanges)
    cell: 0.0015,
    architecture: 'unipennate',
    origin: { bones: ['ulna'], line: [{ at: forearmPoint(0.04, -0.022, 0.002) }, { at: forearmPoint(0.045, -0.009, 0.01) }] },
    insertion: { bones: ['hand'], line: fingers(0.9, [0, 0, 0.0045]) },
    via: [
      [{ at: forearmPoint(0.14, -0.02, 0.011) }, { at: forearmPoint(0.14, -0.007, 0.011) }],
      [{ at: handPoint(0.015, -0.007, 0.01) }, { at: handPoint(0.015, 0.006, 0.01) }],
      fingers(0.02, [0, 0, 0.008]),
      // held off the proximal and middle phalanges: 2 mm from the bone the thin tendons wore through when the surface was softened
      fingers(0.5, [0, 0, 0.0068]),
    ],
    fibres: 4,
    thickness: 0.026,
    // the belly tapers over the tendon fraction and is drawn as tendon from two thirds of it on: at 0.5 the
    // muscle colour and a full belly ran into the palm; at 0.66 the fibres give way to tendons in the distal
    // forearm and the carpal tunnel and palm are tendon (its four tendons leave the belly above the wrist)
    tendon: [0.03, 0.66],
    tendonRadius: 0.0025,
    skinMargin: TENDON_SKIN_MARGIN,
    // hugged onto the phalanges the finger tendons dipped into the joint gaps and broke there
    hug: false,
    over: ['brachialis'],
    volume: holzbaurFraction(0.033, 'flexor digitorum profundus'),
    // four finger tendons 10 cm long: fewer triangles tore them at the joints when simplified
    triangles: 2600,
  },
  {
    // the front of the radius; its tendon through the carpal tunnel to the thumb's distal phalanx
    id: 'flexor-pollicis-longus',
    // tendons of about 2 mm radius come apart in coarser cells
    cell: 0.0015,
    architecture: 'unipennate',
    origin: { bones: ['radius'], line: [{ at: forearmPoint(0.098, 0.009, 0.008) }, { at: forearmPoint(0.098, 0.022, 0.007) }] },
    insertion: { bones: ['hand'], line: [{ at: add(lerp(landmark('thumb-mcp'), landmark('thumb-tip'), 0.75), [0, 0, 0.004]) }] },
    via: [[{ at: forearmPoint(0.2, 0.013, 0.012) }], [{ at: handPoint(0.018, 0.016, 0.011) }], [{ at: add(landmark('thumb-mcp'), [0, 0, 0.007]) }]],
    thickness: 0.018,
    tendon: [0.03, 0.5],
    tendonRadius: 0.0021,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: ['flexor-digitorum-profundus', 'supinator'],
    volume: holzbaurFraction(0.01, 'flexor pollicis longus'),
    triangles: 650,
  },
  {
    // the back of the ulna's lower third; its tendon under the extensor retinaculum to the index finger's extensor expansion
    id: 'extensor-indicis',
    // tendons of about 2 mm radius come apart in coarser cells
    cell: 0.0015,
    architecture: 'unipennate',
    origin: { bones: ['ulna'], line: [{ at: forearmPoint(0.15, -0.014, -0.01) }, { at: forearmPoint(0.16, -0.009, -0.009) }] },
    insertion: { bones: ['hand'], line: [onFinger(landmark('index-mcp'), landmark('index-tip'), 0.2, [0, 0, -0.006])] },
    via: [[{ at: forearmPoint(0.235, -0.002, -0.014) }], [{ at: handPoint(0.05, 0.012, -0.01) }]],
    thickness: 0.011,
    tendon: [0.05, 0.5],
    tendonRadius: 0.0021,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: [],
    volume: holzbaurFraction(0.002, 'extensor indicis'),
    triangles: 400,
  },
  {
    // humero-ulnar head (medial epicondyle, coronoid) over the deep flexors, under the superficial group; four tendons
    // through the carpal tunnel to the middle phalanges. The thin radial head (oblique line of the radius) is left out:
    // an origin line out to it spread the four fibres so far apart near the elbow that the belly came apart into its heads.
    id: 'flexor-digitorum-superficialis',
    // tendons of about 2 mm radius come apart in coarser cells
    cell: 0.0015,
    architecture: 'multi-headed',
    heads: 2,
    origin: { bones: ['humerus', 'ulna'], line: [FLEXOR_ORIGIN(-0.004), { lm: 'coronoid-process', off: [0, -0.004, 0.002] }] },
    edges: 0.8,
    insertion: { bones: ['hand'], line: fingers(0.6, [0, 0, 0.0035]) },
    // between the bones in front of the profundus, narrower than the forearm: further to the ulnar side the profundus
    // comes within 5 mm of the skin 15 cm below the elbow, and the ulnar fibre was cut off there
    via: [
      [{ at: forearmPoint(0.13, -0.008, 0.014) }, { at: forearmPoint(0.13, 0.01, 0.014) }],
      [{ at: forearmPoint(0.235, -0.006, 0.013) }, { at: forearmPoint(0.235, 0.006, 0.013) }],
      // in the palm the palmar skin leaves no room for a second tendon over each profundus tendon: the
      // superficialis tendons run beside them, a little to the radial side (they part round them on the
      // proximal phalanx in the body)
      [{ at: handPoint(0.015, -0.007, 0.016) }, { at: handPoint(0.015, 0.007, 0.016) }],
      fingers(0.02, add(scale(FOREARM_LAT, 0.0046), [0, 0, 0.009])),
    ],
    fibres: 4,
    thickness: 0.012,
    // thin at the common flexor origin, where pronator teres, flexor carpi radialis and palmaris longus need the room
    // under the skin, fullest at mid-forearm
    belly: { at: 0.5, ends: 0.3 },
    tendon: [0.04, 0.6],
    tendonRadius: 0.0026,
    // 5.5 mm under the skin in the forearm: the palmaris tendon and the flexor carpi radialis lie over it (at 1.2 and
    // 4.5 mm the palmaris came apart between it and the skin); 1.2 mm from the wrist on, for its tendons
    skinMargin: 0.0055,
    skinMarginFrom: { along: 0.5, margin: TENDON_SKIN_MARGIN },
    // laid on the profundus and held 3 mm off it (see drapeReach: draped by its radius it was pushed out through the
    // skin and nothing of the belly was left in the forearm)
    hug: true,
    steadyDrape: true,
    drapeReach: 0.003,
    over: ['flexor-digitorum-profundus', 'flexor-pollicis-longus'],
    // not sized: built at its thickness it is 33–38 cm³, under half its cited 83 cm³ (Holzbaur KRS et al. 2007:
    // 3.3 % of the upper limb's muscle volume). Sized up (to 67 cm³) it filled the front of the forearm to the skin
    // and the palmaris longus and flexor carpi radialis over it came apart; the profundus beneath (56 of 83 cm³) and
    // the slim forearm leave it no more room.
    volume: null,
    triangles: 1200,
  },
  {
    // humeral head from the common flexor origin and the medial supracondylar ridge just above it, obliquely across to the
    // lateral radius at mid-shaft; the small ulnar head (medial side of the coronoid) is left out: a footprint line from the
    // epicondyle to the coronoid would run across the brachialis tendon, which the pronator lies over
    id: 'pronator-teres',
    // its belly, squeezed between the flexors, the brachialis and the skin, comes apart in coarser cells
    cell: 0.0015,
    architecture: 'strap',
    origin: { bones: ['humerus'], line: [FLEXOR_ORIGIN(0.004), { lm: 'medial-epicondyle', off: [0.004, 0.014, 0.009] }] },
    insertion: { bones: ['radius'], line: [{ at: forearmPoint(0.11, 0.027, 0.004) }, { at: forearmPoint(0.125, 0.027, 0.002) }] },
    via: [[{ at: forearmPoint(0.055, -0.004, 0.026) }, { at: forearmPoint(0.06, 0.002, 0.02) }]],
    thickness: 0.02,
    tendon: [0.04, 0.16],
    hug: false,
    over: ['flexor-digitorum-superficialis', 'brachialis', 'supinator'],
    volume: holzbaurFraction(0.018, 'pronator teres'),
    triangles: 700,
  },
  {
    // common flexor origin to the bases of the second and third metacarpals, its tendon through the groove of the trapezium
    id: 'flexor-carpi-radialis',
    // tendons of about 2 mm radius come apart in coarser cells
    cell: 0.0015,
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [FLEXOR_ORIGIN(-0.002), FLEXOR_ORIGIN(0.002)] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.042, 0.01, 0.006) }] },
    via: [[{ at: forearmPoint(0.1, -0.012, 0.023) }, { at: forearmPoint(0.1, 0.0, 0.024) }], [{ at: forearmPoint(0.235, 0.009, 0.017) }], [{ at: handPoint(0.022, 0.014, 0.012) }]],
    thickness: 0.024,
    tendon: [0.05, 0.5],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['flexor-digitorum-superficialis', 'pronator-teres'],
    volume: holzbaurFraction(0.011, 'flexor carpi radialis'),
    triangles: 650,
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
    tendon: [0.04, 0.28],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['flexor-digitorum-superficialis', 'flexor-digitorum-profundus'],
    volume: holzbaurFraction(0.016, 'flexor carpi ulnaris'),
    triangles: 700,
  },
  {
    // common flexor origin to the flexor retinaculum and the palmar aponeurosis: a short belly and a long thin tendon
    id: 'palmaris-longus',
    // between the flexor carpi radialis and the skin 14–18 cm below the elbow there are only about 6 mm: its
    // tendon came apart there in coarser cells
    cell: 0.001,
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [FLEXOR_ORIGIN(-0.006), FLEXOR_ORIGIN(-0.003)] },
    // into the apex of the palmar aponeurosis, under the palmar skin over the flexor retinaculum
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.022, 0.0, 0.018) }], underSkin: 0.0032 },
    // down the middle of the front of the forearm, ulnar to the flexor carpi radialis, a via line every 2–3 cm
    // halfway between the flexors beneath and the skin
    via: [
      // off the epicondyle forward over the flexor carpi ulnaris' humeral head, not through it
      [{ at: forearmPoint(0.035, -0.028, 0.022) }, { at: forearmPoint(0.035, -0.024, 0.024) }],
      [{ at: forearmPoint(0.08, -0.018, 0.029) }, { at: forearmPoint(0.08, -0.014, 0.03) }],
      [{ at: forearmPoint(0.11, -0.019, 0.028) }, { at: forearmPoint(0.11, -0.015, 0.0285) }],
      [{ at: forearmPoint(0.14, -0.015, 0.0225) }],
      [{ at: forearmPoint(0.165, -0.01, 0.0215) }],
      [{ at: forearmPoint(0.19, -0.005, 0.0215) }],
      [{ at: forearmPoint(0.22, -0.003, 0.0215) }],
      [{ at: forearmPoint(0.245, -0.001, 0.021) }],
    ],
    fibres: 3,
    thickness: 0.008,
    tendon: [0.05, 0.55],
    tendonRadius: 0.0021,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    // laid after the flexor carpi ulnaris and kept out of it: the ulnaris laid over it lost its humeral head (cut off
    // 3–4 cm below the common origin, where the palmaris' belly lies in front of it)
    over: ['flexor-digitorum-superficialis', 'flexor-carpi-radialis', 'flexor-carpi-ulnaris'],
    volume: holzbaurFraction(0.005, 'palmaris longus'),
    triangles: 500,
  },
  {
    // the upper two-thirds of the lateral supracondylar ridge, down the radial side to the radius just above the styloid
    id: 'brachioradialis',
    // tendons of about 2 mm radius come apart in coarser cells
    cell: 0.0015,
    architecture: 'strap',
    origin: { bones: ['humerus'], line: [{ at: armPoint(0.195, 0.016, -0.001) }, { at: armPoint(0.23, 0.022, -0.002) }] },
    insertion: { bones: ['radius'], line: [{ at: forearmPoint(0.232, 0.025, 0.004) }, { at: forearmPoint(0.238, 0.026, 0.002) }] },
    via: [[{ at: forearmPoint(0.03, 0.034, 0.014) }, { at: forearmPoint(0.035, 0.038, 0.005) }], [{ at: forearmPoint(0.14, 0.028, 0.01) }, { at: forearmPoint(0.14, 0.031, 0.0) }]],
    thickness: 0.018,
    tendon: [0.03, 0.48],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    // laid over four volumes at the elbow, the pushes along their noisy gradients cut the belly in two
    steadyDrape: true,
    over: ['brachialis', 'supinator', 'pronator-teres', 'flexor-pollicis-longus'],
    volume: holzbaurFraction(0.019, 'brachioradialis'),
    triangles: 800,
  },
  {
    // the lower third of the lateral supracondylar ridge, along the radius behind brachioradialis to the back of the second metacarpal's base
    id: 'extensor-carpi-radialis-longus',
    // tendons of about 2 mm radius come apart in coarser cells
    cell: 0.0015,
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [{ at: armPoint(0.245, 0.025, -0.002) }, { at: armPoint(0.27, 0.03, -0.003) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.043, 0.015, -0.007) }] },
    via: [[{ at: forearmPoint(0.06, 0.035, 0.008) }, { at: forearmPoint(0.06, 0.038, -0.004) }], [{ at: forearmPoint(0.2, 0.026, -0.01) }]],
    thickness: 0.02,
    tendon: [0.03, 0.5],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    // squeezed between the supinator and the skin at the elbow: pushed along the supinator's noisy gradient it came apart
    steadyDrape: true,
    over: ['brachioradialis', 'supinator'],
    volume: holzbaurFraction(0.017, 'extensor carpi radialis longus'),
    triangles: 700,
  },
  {
    // common extensor origin to the back of the third metacarpal's base
    id: 'extensor-carpi-radialis-brevis',
    // tendons of about 2 mm radius come apart in coarser cells
    cell: 0.0015,
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [EXTENSOR_ORIGIN(0.003), EXTENSOR_ORIGIN(-0.002)] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.045, 0.004, -0.008) }] },
    via: [[{ at: forearmPoint(0.05, 0.026, -0.019) }, { at: forearmPoint(0.05, 0.016, -0.022) }], [{ at: forearmPoint(0.2, 0.016, -0.015) }]],
    thickness: 0.016,
    tendon: [0.03, 0.5],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    // its origin on the epicondyle lies under the longus' belly: cut by it all but next to its own footprint
    attachmentZone: 0.008,
    over: ['extensor-carpi-radialis-longus', 'supinator'],
    volume: holzbaurFraction(0.01, 'extensor carpi radialis brevis'),
    triangles: 650,
  },
  {
    // common extensor origin; four tendons under the extensor retinaculum to the extensor expansions of the fingers
    id: 'extensor-digitorum',
    // its four tendons of 2.2 mm radius under the thin skin of the hand's and fingers' backs come apart in coarser cells
    cell: 0.001,
    architecture: 'unipennate',
    origin: { bones: ['humerus'], line: [EXTENSOR_ORIGIN(-0.004), EXTENSOR_ORIGIN(-0.008)] },
    // the extensor expansions over the middle phalanges, where the fingers stand apart (at the proximal phalanges the
    // four tendon ends joined in a web under the skin between the fingers); the expansion is a sheet under the
    // skin of the finger's back, not on the bone: on the phalanges the skin left the tendon ends 6–8 mm short
    insertion: { bones: ['hand'], line: fingers(0.7, [0, 0, -0.005]), underSkin: 0.0045 },
    via: [
      // below the common extensor origin, ulnar to and behind the extensor carpi radialis brevis arising beside it
      [{ at: forearmPoint(0.012, 0.021, -0.014) }, { at: forearmPoint(0.012, 0.025, -0.015) }],
      [{ at: forearmPoint(0.11, 0.0, -0.02) }, { at: forearmPoint(0.11, 0.012, -0.02) }],
      [{ at: forearmPoint(0.245, -0.006, -0.014) }, { at: forearmPoint(0.245, 0.006, -0.014) }],
      // over the bases of the metacarpals the tendons to the middle and index fingers pass on either side of the
      // extensor carpi radialis brevis and longus insertions (over them there is no room under the skin)
      [{ at: handPoint(0.04, -0.025, -0.0095) }, { at: handPoint(0.04, -0.014, -0.0095) }, { at: handPoint(0.04, -0.003, -0.0095) }, { at: handPoint(0.04, 0.025, -0.0095) }],
      // over the metacarpal shafts, halfway between their dorsal faces and the skin
      [{ at: handPoint(0.068, -0.027, -0.0095) }, { at: handPoint(0.068, -0.011, -0.0095) }, { at: handPoint(0.068, 0.004, -0.0095) }, { at: handPoint(0.068, 0.022, -0.0095) }],
      // over the knuckles; the index tendon on the radial half of its knuckle, clear of the extensor indicis tendon on its ulnar side
      [...fingers(0.0, [0, 0, -0.0085]).slice(0, 3), onFinger(landmark('index-mcp'), landmark('index-tip'), 0.0, add([0, 0, -0.0085], scale(FOREARM_LAT, 0.0045)))],
    ],
    fibres: 4,
    thickness: 0.02,
    // its fibres give way to the four tendons in the distal forearm (at 0.66, as the profundus, the thinner
    // tendons came apart over the carpus)
    tendon: [0.03, 0.6],
    tendonRadius: 0.0022,
    // the skin over the knuckles and the backs of the fingers is thin
    skinMargin: 0.0008,
    hug: false,
    // pushed along the capped distance grid of the extensor indicis where it is flat, the tendons to the middle and
    // index fingers were thrown off the dorsum of the hand
    steadyDrape: true,
    over: ['extensor-carpi-radialis-brevis', 'extensor-indicis', 'supinator'],
    volume: holzbaurFraction(0.013, 'extensor digitorum'),
    triangles: 1000,
  },
  {
    // common extensor origin and the ulna's posterior border, down the back of the ulna to the base of the fifth metacarpal
    id: 'extensor-carpi-ulnaris',
    architecture: 'unipennate',
    origin: { bones: ['humerus', 'ulna'], line: [{ lm: 'lateral-epicondyle', off: [-0.002, -0.01, 0.003] }, { at: forearmPoint(0.1, -0.017, -0.012) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.04, -0.023, -0.004) }] },
    via: [[{ at: forearmPoint(0.12, -0.016, -0.016) }, { at: forearmPoint(0.12, -0.008, -0.019) }], [{ at: forearmPoint(0.225, -0.022, -0.01) }]],
    thickness: 0.014,
    tendon: [0.04, 0.42],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['extensor-digitorum', 'extensor-indicis'],
    volume: holzbaurFraction(0.01, 'extensor carpi ulnaris'),
    triangles: 650,
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
    triangles: 450,
  },
];

/**
 * Written, not switched over yet: flexor digitorum superficialis. Softened only round its pinched edges
 * (softenLocally) it holds whole to the fingers, 52 cm³ and 42.7 cm long, but no simplified mesh of it stays
 * closed (31,476 triangles kept, far over the model's budget), and the superficial group laid over it as
 * it stands falls apart (pronator teres 64 %, flexor carpi ulnaris 77 %, palmaris longus 57 % kept).
 * Its belly now holds: it was lost in the
 * forearm because a volume beneath reports its distance only 3 cells out, and a belly draped by its full
 * radius was pushed on until the skin cut it away (VolumeShape.drapeReach holds it 3 mm off the profundus).
 * What is left is its tendons in the palm and fingers: laid beside the profundus tendons they still break
 * into bits past the knuckles (the kept piece ends 1 cm into the palm), and kept 1.2 mm under the skin from
 * the wrist on (VolumeShape.skinMarginFrom) they take the palmaris longus' room, which then stops 18 mm
 * short of the palmar aponeurosis. Ending them at the mouth of the carpal tunnel, 5 mm under the skin, gave
 * a whole muscle of 38 cm³ that passes the model tests but the two that ask for its tendons in the hand and
 * on the middle finger.
 * Switching it over also needs the superficial group re-laid over it (done and undone for now, as the
 * superficialis stays pending): pronator teres, flexor carpi radialis, palmaris longus and flexor carpi
 * ulnaris held off it the same way (steadyDrape, drapeReach 4 mm); the radialis given a via line 16.5 cm
 * below the elbow in the room between the bones (on the straight line to the wrist it ran where the
 * superficialis comes near the skin), moved 6 mm to the radial side at 10 cm (on the palmaris' line it left
 * the palmaris no room under the skin) and a belly thin at its origin ({ at: 0.4, ends: 0.35 }); the
 * palmaris 0.7 mm under the skin. Tried and not kept: the profundus laid 4–6 mm deeper (more room in front
 * of it, but an edge pinched at its origin or on a finger at every depth tried); the flexor carpi radialis
 * laid over the palmaris (cut off its origin by the palmaris' belly at the common flexor origin); the
 * superficialis sized to its cited 83 cm³ (at 67 cm³ it filled the front of the forearm to the skin and
 * the palmaris and radialis over it came apart); the flexor pollicis longus held 4 mm off the profundus the
 * same way (it stayed as near the skin, and the opponens pollicis over it shrank to 1 cm³). (Palmaris
 * longus is built, over the profundus for now: in 1 mm cells, thinner, with a via line every 2–3 cm halfway
 * between the flexors and the skin, it holds in one piece to the palmar aponeurosis; laid after the flexor
 * carpi ulnaris, as the ulnaris over it lost its humeral head.) (Extensor digitorum is built: its insertions on the
 * extensor expansions lie 4.5 mm under the skin of the fingers' backs, where on the phalanges the skin had left
 * its tendons no room, its index tendon passes the radial half of the knuckle beside the extensor indicis, and a
 * via line below the common extensor origin keeps it ulnar to and behind the brevis, which it overlapped there;
 * the footprint test passes.)
 * (Flexor digitorum profundus is built: held off the phalanges by a via line at mid-finger and
 * not hugged onto them, its four tendons reach the distal phalanges in one closed piece. Extensor
 * indicis is built: it holds together at one thickness, 4.4 cm³ against its cited 5 cm³, and comes apart
 * over the metacarpals at the next; the model tests hold it, as a muscle cited at 5 cm³, to half that.)
 */
const PENDING_IDS: ReadonlySet<string> = new Set(['flexor-digitorum-superficialis']);

/** The forearm muscles built as volumes, deepest first (lying over only the switched ones). */
export const FOREARM: VolumeDef[] = ALL.filter((d) => !PENDING_IDS.has(d.id)).map((d) => ({ ...d, over: d.over.filter((o) => !PENDING_IDS.has(o)) }));

/** The forearm definitions not switched over yet. */
export const FOREARM_PENDING: VolumeDef[] = ALL.filter((d) => PENDING_IDS.has(d.id));

/**
 * Connective tissue of the forearm, drawn as tendon: the extensor retinaculum across the back of the
 * wrist, built after every muscle. (The common flexor and extensor origins are only the tendinous
 * starts of the muscles from the epicondyles: as separate sheets laid over those muscles they fell
 * apart or stood off the bone.)
 */
export const FOREARM_TISSUES: TissueDef[] = [
  {
    // a band slanting across the back of the wrist from the lateral border of the radius above its styloid to the ulnar
    // styloid and the triquetrum, over the extensor tendons (across: proximal 0 → distal 1)
    id: 'extensor-retinaculum',
    name: 'extensor retinaculum',
    architecture: 'strap',
    origin: { bones: ['radius'], line: [{ at: forearmPoint(0.222, 0.026, 0.0) }, { at: forearmPoint(0.244, 0.027, 0.0) }] },
    insertion: { bones: ['ulna', 'hand'], line: [{ lm: 'ulnar-styloid', off: [0, 0, -0.001] }, { at: handPoint(0.01, -0.022, -0.004) }] },
    via: [[{ at: forearmPoint(0.232, 0.002, -0.019) }, { at: handPoint(0.0, -0.002, -0.019) }]],
    thickness: 0.004,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0015,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis', 'extensor-carpi-ulnaris', 'extensor-indicis'],
    volume: null,
    cell: 0.0012,
    triangles: 350,
  },
];

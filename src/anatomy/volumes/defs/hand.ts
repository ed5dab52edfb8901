/**
 * Muscles of the hand as volumes, left side: opponens pollicis and adductor pollicis in the thenar
 * region and the palm, the first dorsal interosseous between the first two metacarpals, abductor digiti
 * minimi along the ulnar border. `across` runs from the first anchor of each footprint line to the last.
 */
import { handPoint } from '../../figure';
import { landmark } from '../../landmarks';
import { add, lerp } from '../../vec';
import type { TissueDef, VolumeDef } from '../types';
import { TENDON_SKIN_MARGIN } from './arm';
import { estimate } from './estimate';

const thumb = (t: number, off: [number, number, number]) => ({ at: add(lerp(landmark('thumb-cmc'), landmark('thumb-mcp'), t), off) });
const thumbPhalanx = (t: number, off: [number, number, number]) => ({ at: add(lerp(landmark('thumb-mcp'), landmark('thumb-tip'), t), off) });

const ALL: VolumeDef[] = [
  {
    // the trapezium and the flexor retinaculum to the whole lateral border of the first metacarpal (deep to the other thenar muscles)
    id: 'opponens-pollicis',
    cell: 0.0015,
    architecture: 'quadrilateral',
    origin: { bones: ['hand'], line: [{ at: handPoint(0.022, 0.02, 0.012) }, { at: handPoint(0.03, 0.012, 0.014) }] },
    insertion: { bones: ['hand'], line: [thumb(0.45, [0.003, 0, 0.003]), thumb(0.92, [0.003, 0, 0.003])] },
    thickness: 0.006,
    tendon: [0.06, 0.06],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: [],
    // the superficial thenar muscles are built first, on the bones; the opponens fills the space beneath them
    overTissues: ['flexor-pollicis-brevis', 'abductor-pollicis-brevis'],
    volume: estimate(3, 'a small thenar muscle, deep to the abductor and flexor pollicis brevis; about a third of the adductor pollicis in cadaver series of hand muscle mass', 0.5),
    triangles: 600,
  },
  {
    // oblique head from the capitate and the bases of the second and third metacarpals, transverse head from the third metacarpal's shaft;
    // both to the base of the thumb's proximal phalanx (across: oblique head 0 → transverse head 1)
    id: 'adductor-pollicis',
    // a 2 mm cell leaves these small muscles in pieces between the metacarpals and the skin
    cell: 0.0015,
    architecture: 'fan',
    origin: { bones: ['hand'], line: [{ at: handPoint(0.038, 0.0, 0.009) }, { at: handPoint(0.06, 0.001, 0.008) }, { at: handPoint(0.082, 0.003, 0.007) }] },
    insertion: { bones: ['hand'], line: [thumbPhalanx(0.05, [-0.003, 0, 0.003]), thumbPhalanx(0.12, [-0.003, 0, 0.003])] },
    thickness: 0.01,
    tendon: [0.04, 0.12],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: ['opponens-pollicis'],
    overTissues: ['flexor-pollicis-brevis'],
    // it shares the base of the proximal phalanx with the flexor brevis: kept out of it up to 5 mm from its ends, with
    // small pads there
    attachmentZone: 0.005,
    endPad: 0.003,
    volume: estimate(9, 'the largest thenar-region muscle, several times the opponens in cadaver series of hand muscle mass', 0.5),
    triangles: 400,
  },
  {
    // two heads from the facing sides of the first and second metacarpals to the radial side of the index finger's proximal phalanx
    id: 'first-dorsal-interosseous',
    // a 2 mm cell leaves these small muscles in pieces between the metacarpals and the skin
    cell: 0.0015,
    architecture: 'bipennate',
    origin: { bones: ['hand'], line: [thumb(0.4, [-0.002, 0, -0.004]), { at: handPoint(0.05, 0.02, -0.004) }] },
    insertion: { bones: ['hand'], line: [{ at: add(lerp(landmark('index-mcp'), landmark('index-tip'), 0.1), [0.004, 0, -0.001]) }] },
    via: [[{ at: handPoint(0.07, 0.034, -0.002) }]],
    thickness: 0.01,
    tendon: [0.04, 0.18],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['adductor-pollicis'],
    volume: estimate(7, 'the largest interosseous, filling the first web space; cadaver series of hand muscle mass', 0.5),
    triangles: 400,
  },
  {
    // the pisiform to the ulnar side of the little finger's proximal phalanx base
    id: 'abductor-digiti-minimi-hand',
    architecture: 'strap',
    origin: { bones: ['hand'], line: [{ lm: 'pisiform', off: [-0.002, -0.002, 0.002] }, { lm: 'pisiform', off: [0.0, -0.006, 0.003] }] },
    insertion: { bones: ['hand'], line: [{ at: add(landmark('little-mcp'), [-0.004, -0.004, 0.002]) }] },
    via: [[{ at: handPoint(0.05, -0.034, 0.008) }]],
    thickness: 0.01,
    tendon: [0.05, 0.14],
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: [],
    overTissues: ['opponens-digiti-minimi'],
    volume: estimate(5, 'the largest hypothenar muscle; cadaver series of hand muscle mass', 0.5),
    triangles: 600,
  },
];

/**
 * Written, not switched over yet: none. Opponens pollicis (in 1.5 mm cells: in 2 mm ones it fell apart
 * to a sliver) and abductor digiti minimi come out at 3–4 cm³ in the thin space between the hand's
 * bones and its skin, near their own estimates of 4–5 cm³; the model tests hold such small muscles to
 * half their cited volume instead of the 5 cm³ asked of the others.
 */
const PENDING_IDS: ReadonlySet<string> = new Set<string>([]);

/** The hand muscles built as volumes: opponens pollicis, adductor pollicis over it, the first dorsal interosseous behind them, abductor digiti minimi (the thenar and hypothenar muscles the dataset lacks are in HAND_TISSUES). */
export const HAND: VolumeDef[] = ALL.filter((d) => !PENDING_IDS.has(d.id)).map((d) => ({ ...d, over: d.over.filter((o) => !PENDING_IDS.has(o)) }));

/** The hand definitions not switched over yet. */
export const HAND_PENDING: VolumeDef[] = ALL.filter((d) => PENDING_IDS.has(d.id));

/**
 * Connective tissue of the palm and wrist, drawn as tendon, and the thenar and hypothenar muscles the
 * dataset does not list, drawn as muscle (`look: 'muscle'`, as the infrahyoid straps). Built in this
 * order: the flexor pollicis brevis and abductor pollicis brevis, the superficial thenar muscles, on the
 * bones before the opponens pollicis and the adductor pollicis, which fill the space beneath and beside
 * them (the thenar skin leaves no room to lay them over a full opponens); the opponens digiti minimi
 * deep on the fifth metacarpal, before the abductor digiti minimi over it; after every muscle the flexor
 * retinaculum bridging the carpal tunnel, the palmar aponeurosis (a fan about 1–2 mm thick under the
 * palmar skin, between the eminences and over their medial edges) and the flexor digiti minimi brevis
 * beside the abductor. Attachments after Gray's Anatomy (41st ed., ch. 50); the muscles' thicknesses are
 * estimates, the eminences filled as far as the skin of this figure allows.
 */
export const HAND_TISSUES: TissueDef[] = [
  {
    // the transverse carpal ligament: from the pisiform and the hook of the hamate (ulnar) across the front of the carpal
    // tunnel to the scaphoid tubercle and the ridge of the trapezium (radial); across: proximal 0 → distal 1
    id: 'flexor-retinaculum',
    name: 'flexor retinaculum',
    architecture: 'strap',
    origin: { bones: ['hand'], line: [{ lm: 'pisiform', off: [0, 0, 0.002] }, { lm: 'hook-of-hamate', off: [0, 0, 0.002] }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.01, 0.018, 0.014) }, { at: handPoint(0.029, 0.017, 0.015) }] },
    via: [[{ at: handPoint(0.011, -0.001, 0.018) }, { at: handPoint(0.03, 0.002, 0.0175) }]],
    thickness: 0.003,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0015,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    over: ['flexor-digitorum-profundus', 'flexor-pollicis-longus', 'flexor-carpi-radialis'],
    volume: null,
    cell: 0.0012,
    triangles: 300,
  },
  {
    // the deepest hypothenar muscle: the hook of the hamate and the flexor retinaculum to the ulnar half of the palmar
    // face of the fifth metacarpal's shaft (across: proximal 0 → distal 1)
    id: 'opponens-digiti-minimi',
    name: 'opponens digiti minimi',
    // peel layer 2: under the abductor and the short flexor of the little finger
    layer: 2,
    look: 'muscle',
    architecture: 'quadrilateral',
    origin: { bones: ['hand'], line: [{ at: handPoint(0.028, -0.012, 0.012) }, { at: handPoint(0.034, -0.015, 0.011) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.05, -0.029, 0.004) }, { at: handPoint(0.078, -0.031, 0.003) }] },
    thickness: 0.005,
    tendon: [0.08, 0.05],
    tendonRadius: 0.001,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    endPad: 0.0025,
    // short muscles: the deeper ones cut them up to 4 mm from their ends (not the default 22 mm)
    attachmentZone: 0.004,
    over: [],
    volume: null,
    cell: 0.0012,
    triangles: 250,
  },
  {
    // the palmaris longus tendon's continuation: a thin fan (about 1–1.5 mm) from its apex on the front of the flexor
    // retinaculum, under the palmar skin between the eminences and over their medial edges, to the bases of the four
    // fingers (across: little finger 0 → index finger 1); drawn as one sheet to the level of the finger bases
    id: 'palmar-aponeurosis',
    name: 'palmar aponeurosis',
    architecture: 'fan',
    origin: { bones: ['hand'], underSkin: 0.0022, line: [{ at: handPoint(0.03, -0.003, 0.018) }, { at: handPoint(0.03, 0.003, 0.018) }] },
    insertion: {
      bones: ['hand'],
      underSkin: 0.0022,
      line: [{ at: handPoint(0.08, -0.022, 0.014) }, { at: handPoint(0.084, -0.008, 0.014) }, { at: handPoint(0.086, 0.006, 0.014) }, { at: handPoint(0.083, 0.02, 0.014) }],
    },
    // fibres about 2.2–2.6 mm across laid 0.2 mm under the skin, the outer 0.8 mm cut off by the skin margin: a sheet
    // 1.5–2 mm thick that stays closed on 0.8 mm cells (thinner fibres fall apart into strands)
    underSkin: 0.0002,
    thickness: 0.0026,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0011,
    skinMargin: 0.0008,
    hug: false,
    maxFibres: 48,
    endPad: 0.002,
    over: ['adductor-pollicis', 'opponens-pollicis', 'abductor-digiti-minimi-hand', 'flexor-digitorum-profundus', 'flexor-pollicis-longus'],
    overTissues: ['opponens-digiti-minimi', 'flexor-pollicis-brevis', 'abductor-pollicis-brevis'],
    volume: null,
    cell: 0.0008,
    triangles: 300,
  },
  {
    // superficial head from the flexor retinaculum and the tubercle of the trapezium, medial to the abductor, across the
    // front of the first metacarpal to the radial sesamoid and the base of the thumb's proximal phalanx
    id: 'flexor-pollicis-brevis',
    name: 'flexor pollicis brevis',
    look: 'muscle',
    architecture: 'strap',
    // (on the retinaculum's front, 5.5 mm under the skin: anchors projected onto bone went deep into the carpal tunnel)
    origin: { bones: ['hand'], underSkin: 0.0055, line: [{ at: handPoint(0.024, 0.01, 0.02) }, { at: handPoint(0.031, 0.014, 0.02) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.062, 0.04, 0.023) }, { at: handPoint(0.066, 0.042, 0.023) }] },
    via: [[{ at: handPoint(0.042, 0.022, 0.025) }, { at: handPoint(0.045, 0.029, 0.026) }]],
    thickness: 0.0075,
    tendon: [0.08, 0.15],
    tendonRadius: 0.0012,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    endPad: 0.0025,
    // short muscles: the deeper ones cut them up to 4 mm from their ends (not the default 22 mm)
    attachmentZone: 0.004,
    // not kept out of the flexor pollicis longus: its tendon runs over the eminence here and would cut the belly in two
    over: [],
    volume: null,
    cell: 0.0012,
    triangles: 200,
  },
  {
    // the most superficial thenar muscle: the flexor retinaculum and the tubercles of the scaphoid and the trapezium to the
    // radial side of the base of the thumb's proximal phalanx, lateral to the flexor brevis
    id: 'abductor-pollicis-brevis',
    name: 'abductor pollicis brevis',
    look: 'muscle',
    architecture: 'strap',
    origin: { bones: ['hand'], line: [{ at: handPoint(0.012, 0.021, 0.018) }, { at: handPoint(0.026, 0.019, 0.02) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.063, 0.047, 0.023) }, { at: handPoint(0.067, 0.049, 0.022) }] },
    via: [[{ at: handPoint(0.04, 0.038, 0.027) }, { at: handPoint(0.043, 0.033, 0.028) }]],
    thickness: 0.0075,
    tendon: [0.08, 0.15],
    tendonRadius: 0.0012,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    endPad: 0.0025,
    // short muscles: the deeper ones cut them up to 4 mm from their ends (not the default 22 mm)
    attachmentZone: 0.004,
    over: ['flexor-pollicis-longus'],
    overTissues: ['flexor-pollicis-brevis'],
    volume: null,
    cell: 0.0012,
    triangles: 240,
  },
  {
    // the hook of the hamate and the flexor retinaculum, radial to the abductor, to the ulnar side of the base of the
    // little finger's proximal phalanx
    id: 'flexor-digiti-minimi-brevis',
    name: 'flexor digiti minimi brevis',
    look: 'muscle',
    architecture: 'strap',
    origin: { bones: ['hand'], line: [{ at: handPoint(0.03, -0.01, 0.016) }, { at: handPoint(0.034, -0.013, 0.015) }] },
    insertion: { bones: ['hand'], line: [{ at: handPoint(0.086, -0.029, 0.005) }, { at: handPoint(0.09, -0.028, 0.005) }] },
    via: [[{ at: handPoint(0.056, -0.021, 0.011) }, { at: handPoint(0.058, -0.025, 0.011) }]],
    thickness: 0.006,
    tendon: [0.08, 0.15],
    tendonRadius: 0.001,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: false,
    endPad: 0.0025,
    // short muscles: the deeper ones cut them up to 4 mm from their ends (not the default 22 mm)
    attachmentZone: 0.004,
    over: ['abductor-digiti-minimi-hand', 'flexor-digitorum-profundus'],
    overTissues: ['flexor-retinaculum', 'palmar-aponeurosis', 'opponens-digiti-minimi'],
    volume: null,
    cell: 0.0012,
    triangles: 250,
  },
];

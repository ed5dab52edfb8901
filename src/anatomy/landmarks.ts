/**
 * Positions of every contract landmark on the standard figure (left side authored, right mirrored).
 * Values are metres in the body frame (see src/core/frame.ts).
 */
import {
  BILATERAL_LANDMARKS,
  MIDLINE_LANDMARKS,
  type BilateralLandmarkId,
  type LandmarkId,
  type MidlineLandmarkId,
  landmarkNodeKey,
} from '../core/landmarks';
import type { Side } from '../core/frame';
import { armPoint, forearmPoint, handPoint, vertebraNamed } from './figure';
import { lerp, mirrorX, type V3 } from './vec';

const spin = (n: string): V3 => vertebraNamed(n).spinous;
const body = (n: string): V3 => vertebraNamed(n).body;

const MIDLINE: Record<MidlineLandmarkId, V3> = {
  vertex: [0, 1.75, -0.015],
  glabella: [0, 1.662, 0.098],
  nasion: [0, 1.65, 0.094],
  chin: [0, 1.515, 0.086],
  inion: [0, 1.625, -0.092],
  hyoid: [0, 1.492, 0.04],
  // the laryngeal prominence (front angle of the thyroid cartilage) and the front of the cricoid arch, below
  // the hyoid in that order (bones/larynx.ts)
  'thyroid-prominence': [0, 1.479, 0.045],
  cricoid: [0, 1.452, 0.0335],
  'upper-incisors': [0, 1.57, 0.09],
  'c2-spinous': spin('c2'),
  'c3-spinous': spin('c3'),
  'c4-spinous': spin('c4'),
  'c5-spinous': spin('c5'),
  'c6-spinous': spin('c6'),
  'c7-spinous': spin('c7'),
  't1-spinous': spin('t1'),
  't2-spinous': spin('t2'),
  't3-spinous': spin('t3'),
  't4-spinous': spin('t4'),
  't5-spinous': spin('t5'),
  't6-spinous': spin('t6'),
  't7-spinous': spin('t7'),
  't8-spinous': spin('t8'),
  't9-spinous': spin('t9'),
  't10-spinous': spin('t10'),
  't11-spinous': spin('t11'),
  't12-spinous': spin('t12'),
  'l1-spinous': spin('l1'),
  'l2-spinous': spin('l2'),
  'l3-spinous': spin('l3'),
  'l4-spinous': spin('l4'),
  'l5-spinous': spin('l5'),
  't12-body': body('t12'),
  'l1-body': body('l1'),
  'l2-body': body('l2'),
  'l3-body': body('l3'),
  'l4-body': body('l4'),
  'l5-body': body('l5'),
  's2-spinous': [0, 0.935, -0.088],
  'sacrum-apex': [0, 0.865, -0.078],
  coccyx: [0, 0.845, -0.062],
  'jugular-notch': [0, 1.428, 0.058],
  'sternal-angle': [0, 1.378, 0.085],
  xiphoid: [0, 1.255, 0.1],
  umbilicus: [0, 1.05, 0.1],
  'pubic-symphysis': [0, 0.878, 0.075],
};

/**
 * Heights of the costochondral junctions (front ends) of ribs 1-10 and of the tips of 11-12. Each rib
 * keeps falling from its head to its front end (the head of rib n sits on vertebra Tn; the 1st rib
 * ends below the clavicle, the 2nd at the sternal angle, the 7th some 10 cm below its head and the
 * 10th, the lowest point of the costal margin, at L2-L3: the subcostal plane).
 */
const RIB_FRONT_Y = [1.412, 1.37, 1.335, 1.3, 1.265, 1.225, 1.185, 1.15, 1.115, 1.08, 1.09, 1.1];

/** Rib n (1..12): posterior angle, lateral-most point and anterior (costochondral) end. */
function rib(n: number): { anterior: V3; lateral: V3; posterior: V3 } {
  const t = (n - 1) / 11;
  const yT = spin(`t${n}`)[1];
  const yHead = body(`t${n}`)[1] - 0.006;
  const anteriorY = RIB_FRONT_Y[n - 1]!;
  // half-width of the cage at this rib: narrow at the top, widest at ribs 7-8
  const width = 0.06 + 0.087 * Math.sin(Math.min(1, (n - 1) / 7) * Math.PI * 0.5) - (n > 8 ? 0.011 * (n - 8) : 0);
  const posterior: V3 = [0.04 + 0.022 * Math.min(1, t * 2), yT - 0.012, -0.075 - 0.012 * Math.sin(Math.PI * t)];
  // the lateral-most point has made most of the rib's fall from its head
  const lateral: V3 = [width, yHead + (anteriorY - yHead) * 0.7, -0.01 + 0.01 * (1 - t)];
  const floating = n >= 11;
  const anterior: V3 = floating
    ? [width * 0.9, anteriorY, 0.0 - 0.02 * (n - 11)]
    : [
        0.035 + 0.012 * Math.min(n - 1, 6) + (n > 7 ? 0.008 * (n - 7) : 0),
        anteriorY,
        0.075 + 0.012 * Math.sin(Math.min(1, (n - 1) / 6) * Math.PI * 0.5) - (n > 7 ? 0.012 * (n - 7) : 0),
      ];
  return { anterior, lateral, posterior };
}

function ribEntries(): [string, V3][] {
  const out: [string, V3][] = [];
  for (let n = 1; n <= 12; n++) {
    const r = rib(n);
    out.push([`rib-${n}-anterior`, r.anterior], [`rib-${n}-lateral`, r.lateral], [`rib-${n}-posterior`, r.posterior]);
  }
  return out;
}

const cervicalTransverse = (c: number): V3 => {
  const b = body(`c${c}`);
  return [c === 1 ? 0.042 : 0.029, b[1] - 0.004, b[2] - 0.012];
};
const lumbarTransverse = (l: number): V3 => {
  const b = body(`l${l}`);
  return [0.045 + (l === 3 ? 0.008 : 0), b[1] - 0.008, b[2] - 0.045];
};

const BILATERAL: Record<BilateralLandmarkId, V3> = {
  // head and jaw
  'frontal-eminence': [0.03, 1.705, 0.083],
  'parietal-eminence': [0.068, 1.71, -0.035],
  'temporal-fossa': [0.068, 1.665, 0.025],
  supraorbital: [0.034, 1.668, 0.09],
  orbit: [0.033, 1.645, 0.078],
  zygoma: [0.052, 1.622, 0.07],
  'zygomatic-arch': [0.064, 1.622, 0.035],
  tmj: [0.056, 1.615, 0.012],
  'ear-canal': [0.068, 1.618, -0.006],
  coronoid: [0.047, 1.607, 0.035],
  'mandible-angle': [0.05, 1.552, 0.014],
  'mandible-body': [0.04, 1.527, 0.05],
  'upper-molars': [0.03, 1.573, 0.055],
  'lower-molars': [0.03, 1.556, 0.052],
  'lateral-pterygoid-plate': [0.022, 1.6, 0.03],
  mastoid: [0.055, 1.588, -0.025],
  'superior-nuchal-line': [0.042, 1.628, -0.083],
  'mouth-corner': [0.026, 1.553, 0.083],
  'mandibular-condyle': [0.052, 1.615, 0.008],
  'mandibular-notch': [0.048, 1.595, 0.02],
  'articular-eminence': [0.052, 1.616, 0.02],
  'temporal-line': [0.07, 1.69, -0.004],
  'inferior-nuchal-line': [0.022, 1.605, -0.07],
  // neck
  'c1-transverse': cervicalTransverse(1),
  'c2-transverse': cervicalTransverse(2),
  'c3-transverse': cervicalTransverse(3),
  'c4-transverse': cervicalTransverse(4),
  'c5-transverse': cervicalTransverse(5),
  'c6-transverse': cervicalTransverse(6),
  'c7-transverse': cervicalTransverse(7),
  // shoulder girdle
  sternoclavicular: [0.022, 1.428, 0.065],
  'clavicle-mid': [0.095, 1.44, 0.058],
  acromioclavicular: [0.17, 1.445, 0.005],
  acromion: [0.19, 1.438, -0.002],
  coracoid: [0.148, 1.405, 0.042],
  'scapula-superior-angle': [0.075, 1.393, -0.085],
  'scapula-spine-root': [0.084, 1.357, -0.1],
  'scapula-spine-mid': [0.133, 1.397, -0.081],
  'scapula-inferior-angle': [0.1, 1.245, -0.104],
  'scapula-lateral-border': [0.14, 1.29, -0.075],
  'supraspinous-fossa': [0.101, 1.389, -0.074],
  'infraspinous-fossa': [0.115, 1.31, -0.095],
  'subscapular-fossa': [0.112, 1.31, -0.078],
  glenoid: [0.148, 1.396, -0.012],
  'humeral-head': armPoint(0, 0, 0),
  'greater-tubercle': armPoint(0.01, 0.027, 0.005),
  'lesser-tubercle': armPoint(0.015, 0.008, 0.027),
  'bicipital-groove': armPoint(0.04, 0.009, 0.0135),
  'deltoid-tuberosity': armPoint(0.14, 0.013, 0.004),
  ...(Object.fromEntries(ribEntries()) as Record<`rib-${number}-${'anterior' | 'lateral' | 'posterior'}`, V3>),
  // elbow and forearm
  'lateral-epicondyle': armPoint(0.295, 0.033, -0.004),
  'medial-epicondyle': armPoint(0.295, -0.037, -0.006),
  capitulum: armPoint(0.293, 0.013, 0.016),
  trochlea: armPoint(0.297, -0.012, 0.012),
  olecranon: armPoint(0.31, 0.0, -0.022),
  'olecranon-fossa': armPoint(0.268, -0.005, -0.005),
  'coronoid-process': forearmPoint(0.016, -0.011, 0.0147),
  'radial-head': forearmPoint(0.0065, 0.0225, 0.003),
  'radial-tuberosity': forearmPoint(0.042, 0.006, 0.0125),
  'ulna-mid': forearmPoint(0.13, -0.018, -0.006),
  'radius-mid': forearmPoint(0.13, 0.02, 0.004),
  'radial-styloid': handPoint(-0.005, 0.028, 0.0),
  'ulnar-head': forearmPoint(0.236, -0.0185, -0.0115),
  'ulnar-styloid': handPoint(-0.008, -0.025, -0.006),
  'wrist-dorsal': handPoint(0.0, 0.0, -0.016),
  'wrist-palmar': handPoint(0.0, 0.0, 0.016),
  // hand
  pisiform: handPoint(0.012, -0.02, 0.012),
  'hook-of-hamate': handPoint(0.031, -0.0115, 0.0125),
  thenar: handPoint(0.035, 0.02, 0.016),
  hypothenar: handPoint(0.045, -0.022, 0.012),
  palm: handPoint(0.055, 0.0, 0.013),
  'thumb-cmc': handPoint(0.02, 0.022, 0.008),
  'thumb-mcp': handPoint(0.058, 0.042, 0.018),
  'thumb-tip': handPoint(0.1, 0.055, 0.03),
  'index-mcp': handPoint(0.09, 0.024, 0.0),
  'index-tip': handPoint(0.175, 0.03, 0.005),
  'middle-mcp': handPoint(0.095, 0.004, 0.0),
  'middle-tip': handPoint(0.19, 0.004, 0.005),
  'little-mcp': handPoint(0.085, -0.03, 0.0),
  'little-tip': handPoint(0.15, -0.04, 0.005),
  // pelvis
  'l1-transverse': lumbarTransverse(1),
  'l2-transverse': lumbarTransverse(2),
  'l3-transverse': lumbarTransverse(3),
  'l4-transverse': lumbarTransverse(4),
  'l5-transverse': lumbarTransverse(5),
  'iliac-crest': [0.138, 1.06, -0.025],
  'iliac-tubercle': [0.142, 1.04, 0.03],
  asis: [0.118, 0.965, 0.075],
  aiis: [0.1, 0.925, 0.065],
  psis: [0.04, 0.962, -0.085],
  'iliac-fossa': [0.106, 0.99, 0.014],
  sacroiliac: [0.045, 0.945, -0.06],
  'ischial-tuberosity': [0.058, 0.83, -0.04],
  'ischial-spine': [0.042, 0.87, -0.035],
  'pubic-tubercle': [0.025, 0.882, 0.075],
  'obturator-foramen': [0.055, 0.86, 0.04],
  'sacrum-lateral': [0.048, 0.925, -0.07],
  acetabulum: [0.102, 0.931, 0.02],
  // hip and thigh
  'femoral-head': [0.09, 0.905, 0.02],
  'femoral-neck': [0.119, 0.891, 0.013],
  'greater-trochanter': [0.165, 0.905, 0.0],
  'lesser-trochanter': [0.12, 0.842, -0.014],
  'linea-aspera': [0.115, 0.7, -0.02],
  'femur-mid': [0.122, 0.7, 0.012],
  'adductor-tubercle': [0.07, 0.535, -0.01],
  'lateral-femoral-condyle': [0.135, 0.505, -0.008],
  'medial-femoral-condyle': [0.07, 0.505, -0.008],
  // knee and leg
  patella: [0.102, 0.512, 0.045],
  'patella-apex': [0.102, 0.487, 0.043],
  'tibial-tuberosity': [0.1, 0.44, 0.038],
  'medial-tibial-condyle': [0.075, 0.47, 0.0],
  'lateral-tibial-condyle': [0.127, 0.47, 0.0],
  'fibula-head': [0.142, 0.45, -0.022],
  'pes-anserinus': [0.082, 0.43, 0.022],
  'tibia-mid': [0.098, 0.27, 0.03],
  'fibula-mid': [0.132, 0.27, -0.016],
  'medial-malleolus': [0.077, 0.08, 0.0],
  'lateral-malleolus': [0.128, 0.066, -0.012],
  'gerdys-tubercle': [0.122, 0.452, 0.02],
  // foot
  calcaneus: [0.104, 0.04, -0.058],
  'heel-plantar': [0.104, 0.005, -0.038],
  navicular: [0.0705, 0.041, 0.044],
  cuboid: [0.125, 0.033, 0.04],
  instep: [0.103, 0.065, 0.08],
  'metatarsal-1-head': [0.08, 0.02, 0.15],
  'metatarsal-5-head': [0.142, 0.02, 0.12],
  'metatarsal-5-base': [0.142, 0.025, 0.05],
  'hallux-tip': [0.083, 0.015, 0.21],
  'toe-2-tip': [0.1, 0.013, 0.205],
  'toe-5-tip': [0.143, 0.012, 0.16],
  sole: [0.108, 0.0, 0.06],
  'sustentaculum-tali': [0.0795, 0.04, -0.008],
  'talus-head': [0.0755, 0.05, 0.03],
  'medial-cuneiform': [0.0727, 0.035, 0.062],
  'metatarsal-1-base': [0.0717, 0.033, 0.077],
};

for (const id of MIDLINE_LANDMARKS) if (!MIDLINE[id]) throw new Error(`landmark "${id}" has no position`);
for (const id of BILATERAL_LANDMARKS) if (!BILATERAL[id]) throw new Error(`landmark "${id}" has no position`);

/** A landmark's position on a side (midline landmarks are the same on both). */
export function landmark(id: LandmarkId, side: Side = 'left'): V3 {
  const mid = (MIDLINE as Record<string, V3>)[id];
  if (mid) return mid;
  const p = (BILATERAL as Record<string, V3>)[id];
  if (!p) throw new Error(`unknown landmark "${id}"`);
  return side === 'left' ? p : mirrorX(p);
}

/** Every landmark node: its contract key and position. */
export function allLandmarks(): { key: string; id: LandmarkId; side: Side; position: V3 }[] {
  const out: { key: string; id: LandmarkId; side: Side; position: V3 }[] = [];
  for (const id of MIDLINE_LANDMARKS) out.push({ key: id, id, side: 'left', position: MIDLINE[id] });
  for (const id of BILATERAL_LANDMARKS)
    for (const side of ['left', 'right'] as const)
      out.push({ key: landmarkNodeKey(id, side), id, side, position: landmark(id, side) });
  return out;
}

/** A point a fraction t from landmark a to landmark b. */
export function between(a: LandmarkId, b: LandmarkId, t: number, side: Side = 'left'): V3 {
  return lerp(landmark(a, side), landmark(b, side), t);
}


/**
 * The bony and surface landmarks every model must carry (see the model contract in README).
 * Bilateral landmarks are named here by their base id; a model carries them as
 * `<id>-left` and `<id>-right`. Midline landmarks carry their id as is.
 * Region shapes in the dataset and muscle attachments in the generator refer to these ids.
 */

export const MIDLINE_LANDMARKS = [
  // head
  'vertex', 'glabella', 'nasion', 'chin', 'inion', 'hyoid', 'upper-incisors',
  // front of the neck (larynx)
  'thyroid-prominence', 'cricoid',
  // spine (spinous processes; bodies for the lumbar column)
  'c2-spinous', 'c3-spinous', 'c4-spinous', 'c5-spinous', 'c6-spinous', 'c7-spinous',
  't1-spinous', 't2-spinous', 't3-spinous', 't4-spinous', 't5-spinous', 't6-spinous',
  't7-spinous', 't8-spinous', 't9-spinous', 't10-spinous', 't11-spinous', 't12-spinous',
  'l1-spinous', 'l2-spinous', 'l3-spinous', 'l4-spinous', 'l5-spinous',
  't12-body', 'l1-body', 'l2-body', 'l3-body', 'l4-body', 'l5-body',
  's2-spinous', 'sacrum-apex', 'coccyx',
  // front of the trunk
  'jugular-notch', 'sternal-angle', 'xiphoid', 'umbilicus', 'pubic-symphysis',
] as const;

const RIB_LANDMARKS = Array.from({ length: 12 }, (_, i) => i + 1).flatMap(
  (n) => [`rib-${n}-anterior`, `rib-${n}-lateral`, `rib-${n}-posterior`] as const,
);

const CERVICAL_TRANSVERSE = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'].map((c) => `${c}-transverse` as const);
const LUMBAR_TRANSVERSE = ['l1', 'l2', 'l3', 'l4', 'l5'].map((c) => `${c}-transverse` as const);

export const BILATERAL_LANDMARKS = [
  // head and jaw
  'frontal-eminence', 'parietal-eminence', 'temporal-fossa', 'supraorbital', 'orbit', 'zygoma',
  'zygomatic-arch', 'tmj', 'ear-canal', 'coronoid', 'mandible-angle', 'mandible-body',
  'upper-molars', 'lower-molars', 'lateral-pterygoid-plate', 'mastoid', 'superior-nuchal-line',
  'mouth-corner', 'mandibular-condyle', 'mandibular-notch', 'articular-eminence', 'temporal-line', 'inferior-nuchal-line',
  // neck
  ...CERVICAL_TRANSVERSE,
  // shoulder girdle
  'sternoclavicular', 'clavicle-mid', 'acromioclavicular', 'acromion', 'coracoid',
  'scapula-superior-angle', 'scapula-spine-root', 'scapula-spine-mid', 'scapula-inferior-angle',
  'scapula-lateral-border', 'supraspinous-fossa', 'infraspinous-fossa', 'subscapular-fossa', 'glenoid',
  'humeral-head', 'greater-tubercle', 'lesser-tubercle', 'bicipital-groove', 'deltoid-tuberosity',
  // ribs
  ...RIB_LANDMARKS,
  // elbow and forearm
  'lateral-epicondyle', 'medial-epicondyle', 'capitulum', 'trochlea', 'olecranon', 'olecranon-fossa', 'coronoid-process',
  'radial-head', 'radial-tuberosity', 'ulna-mid', 'radius-mid', 'radial-styloid', 'ulnar-styloid', 'ulnar-head',
  'wrist-dorsal', 'wrist-palmar',
  // hand
  'pisiform', 'hook-of-hamate', 'thenar', 'hypothenar', 'palm', 'thumb-cmc', 'thumb-mcp', 'thumb-tip',
  'index-mcp', 'index-tip', 'middle-mcp', 'middle-tip', 'little-mcp', 'little-tip',
  // pelvis
  ...LUMBAR_TRANSVERSE,
  'iliac-crest', 'iliac-tubercle', 'asis', 'aiis', 'psis', 'iliac-fossa', 'sacroiliac',
  'ischial-tuberosity', 'ischial-spine', 'pubic-tubercle', 'obturator-foramen', 'sacrum-lateral', 'acetabulum',
  // hip and thigh
  'femoral-head', 'femoral-neck', 'greater-trochanter', 'lesser-trochanter', 'linea-aspera', 'femur-mid',
  'adductor-tubercle', 'lateral-femoral-condyle', 'medial-femoral-condyle',
  // knee and leg
  'patella', 'patella-apex', 'tibial-tuberosity', 'medial-tibial-condyle', 'lateral-tibial-condyle',
  'fibula-head', 'pes-anserinus', 'tibia-mid', 'fibula-mid', 'medial-malleolus', 'lateral-malleolus', 'gerdys-tubercle',
  // foot
  'calcaneus', 'heel-plantar', 'navicular', 'cuboid', 'instep', 'metatarsal-1-head',
  'metatarsal-5-head', 'metatarsal-5-base', 'hallux-tip', 'toe-2-tip', 'toe-5-tip', 'sole',
  'sustentaculum-tali', 'talus-head', 'medial-cuneiform', 'metatarsal-1-base',
] as const;

export type MidlineLandmarkId = (typeof MIDLINE_LANDMARKS)[number];
export type BilateralLandmarkId = (typeof BILATERAL_LANDMARKS)[number];
export type LandmarkId = MidlineLandmarkId | BilateralLandmarkId;

const MIDLINE_SET: ReadonlySet<string> = new Set(MIDLINE_LANDMARKS);
const BILATERAL_SET: ReadonlySet<string> = new Set(BILATERAL_LANDMARKS);

export function isLandmarkId(id: string): id is LandmarkId {
  return MIDLINE_SET.has(id) || BILATERAL_SET.has(id);
}

export function isBilateralLandmark(id: string): id is BilateralLandmarkId {
  return BILATERAL_SET.has(id);
}

/** The node name a model uses for a landmark on a side (midline landmarks ignore the side). */
export function landmarkNodeKey(id: LandmarkId, side: 'left' | 'right'): string {
  return isBilateralLandmark(id) ? `${id}-${side}` : id;
}

/**
 * The muscles the atlas covers, by body region. The dataset must describe every one and the
 * model must carry a left and a right mesh of every one; tests hold both to this list.
 */
export const MUSCLES_BY_REGION = {
  head: [
    'temporalis', 'masseter', 'lateral-pterygoid', 'medial-pterygoid', 'digastric',
    'occipitofrontalis', 'orbicularis-oculi', 'zygomaticus-major', 'platysma',
  ],
  neck: [
    'sternocleidomastoid', 'upper-trapezius', 'splenius-capitis', 'splenius-cervicis',
    'semispinalis-capitis', 'suboccipitals', 'levator-scapulae', 'anterior-scalene',
    'middle-scalene', 'posterior-scalene',
  ],
  shoulder: [
    'middle-trapezius', 'lower-trapezius', 'rhomboid-major', 'rhomboid-minor', 'supraspinatus',
    'infraspinatus', 'teres-minor', 'teres-major', 'subscapularis', 'latissimus-dorsi',
    'serratus-anterior', 'serratus-posterior-superior', 'serratus-posterior-inferior',
    'pectoralis-major', 'pectoralis-minor', 'subclavius', 'deltoid', 'coracobrachialis',
  ],
  arm: ['biceps-brachii', 'brachialis', 'triceps-brachii', 'anconeus'],
  forearm: [
    'brachioradialis', 'extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis',
    'extensor-carpi-ulnaris', 'extensor-digitorum', 'extensor-indicis', 'supinator',
    'palmaris-longus', 'flexor-carpi-radialis', 'flexor-carpi-ulnaris',
    'flexor-digitorum-superficialis', 'flexor-digitorum-profundus', 'flexor-pollicis-longus',
    'pronator-teres',
  ],
  hand: [
    'adductor-pollicis', 'opponens-pollicis', 'first-dorsal-interosseous',
    'abductor-digiti-minimi-hand',
  ],
  trunk: [
    'iliocostalis-thoracis', 'iliocostalis-lumborum', 'longissimus-thoracis', 'multifidus',
    'quadratus-lumborum', 'rectus-abdominis', 'external-oblique', 'internal-oblique',
    'psoas-major', 'iliacus',
  ],
  pelvis: [
    'gluteus-maximus', 'gluteus-medius', 'gluteus-minimus', 'piriformis', 'obturator-internus',
    'tensor-fasciae-latae', 'levator-ani',
  ],
  thigh: [
    'sartorius', 'rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'vastus-intermedius',
    'gracilis', 'pectineus', 'adductor-longus', 'adductor-brevis', 'adductor-magnus',
    'biceps-femoris', 'semitendinosus', 'semimembranosus',
  ],
  leg: [
    'gastrocnemius', 'soleus', 'plantaris', 'popliteus', 'tibialis-anterior', 'tibialis-posterior',
    'extensor-digitorum-longus', 'extensor-hallucis-longus', 'fibularis-longus', 'fibularis-brevis',
    'flexor-digitorum-longus', 'flexor-hallucis-longus',
  ],
  foot: [
    'extensor-digitorum-brevis', 'abductor-hallucis', 'flexor-digitorum-brevis',
    'abductor-digiti-minimi-foot', 'quadratus-plantae', 'flexor-hallucis-brevis',
  ],
} as const;

export type BodyRegion = keyof typeof MUSCLES_BY_REGION;
export const BODY_REGIONS = Object.keys(MUSCLES_BY_REGION) as BodyRegion[];
export type KnownMuscleId = (typeof MUSCLES_BY_REGION)[BodyRegion][number];
export const KNOWN_MUSCLE_IDS: readonly KnownMuscleId[] = BODY_REGIONS.flatMap(
  (r) => MUSCLES_BY_REGION[r] as readonly KnownMuscleId[],
);

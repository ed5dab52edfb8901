/**
 * The gluteal region as volumes, left side, deepest first: gluteus minimus and medius on the
 * ilium's gluteal surface converging on the greater trochanter, piriformis from the front of the
 * sacrum, then gluteus maximus over them all to the gluteal tuberosity. `across` follows each origin
 * line from its first anchor (minimus, medius: anterior → posterior; maximus: iliac crest → coccyx).
 */
import type { CitedVolume, VolumeDef } from '../types';

/**
 * Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS 2014, J Biomech 47:631–638 (MRI of 24
 * adults): total lower-limb muscle volume V = 47·height·mass + 1285 cm³ (m, kg) and each muscle
 * about b1·V + b2. Our figure: 1.75 m, 70 kg.
 */
const V_TOTAL = 47 * 1.75 * 70 + 1285;
const handsfield = (b1: number, b2: number, name: string, tolerance: number): CitedVolume => ({
  cm3: Math.round(b1 * V_TOTAL + b2),
  source: `Handsfield GG et al. 2014, J Biomech 47:631–638 (MRI, 24 adults): ${name} = ${b1}·V + ${b2} cm³, V for 1.75 m and 70 kg`,
  tolerance,
});

/** The deep gluteal muscles, deepest first. */
export const GLUTEAL: VolumeDef[] = [
  {
    id: 'gluteus-minimus',
    architecture: 'fan',
    origin: {
      bones: ['hip-bone'],
      line: [
        { lm: 'aiis', off: [0.01, 0.02, -0.005] },
        { between: ['asis', 'iliac-crest'], t: 0.5, off: [0.01, -0.03, -0.01] },
        { between: ['iliac-crest', 'psis'], t: 0.3, off: [0.012, -0.04, -0.01] },
      ],
    },
    insertion: { bones: ['femur'], line: [{ lm: 'greater-trochanter', off: [0.002, 0.012, 0.016] }, { lm: 'greater-trochanter', off: [0.004, 0.014, 0.0] }] },
    thickness: 0.016,
    tendon: [0.03, 0.16],
    hug: true,
    over: [],
    volume: handsfield(0.0129, 12.6, 'gluteus minimus', 0.4),
  },
  {
    id: 'piriformis',
    architecture: 'unipennate',
    // the pelvic surface of S2–S4, lateral to the anterior sacral foramina and medial to the sacroiliac joint
    origin: { bones: ['sacrum'], line: [{ at: [0.02, 0.925, -0.044] }, { at: [0.018, 0.905, -0.058] }] },
    insertion: { bones: ['femur'], line: [{ lm: 'greater-trochanter', off: [-0.01, 0.016, -0.004] }, { lm: 'greater-trochanter', off: [-0.01, 0.012, -0.008] }] },
    // out of the pelvis through the greater sciatic notch, below the sacroiliac joint
    via: [[{ at: [0.05, 0.909, -0.053] }], [{ between: ['sacrum-lateral', 'greater-trochanter'], t: 0.45, off: [0, 0.004, -0.02] }]],
    thickness: 0.02,
    tendon: [0.04, 0.22],
    tendonRadius: 0.0036,
    hug: false,
    over: ['gluteus-minimus'],
    volume: handsfield(0.00372, 16.2, 'piriformis', 0.45),
  },
  {
    id: 'gluteus-medius',
    architecture: 'fan',
    origin: {
      bones: ['hip-bone'],
      line: [
        { lm: 'asis', off: [0.004, -0.012, -0.01] },
        { lm: 'iliac-tubercle', off: [0.004, -0.006, 0] },
        { lm: 'iliac-crest', off: [0.004, -0.004, -0.01] },
        { between: ['iliac-crest', 'psis'], t: 0.55, off: [0.01, -0.006, 0.0] },
      ],
    },
    insertion: { bones: ['femur'], line: [{ lm: 'greater-trochanter', off: [0.008, 0.01, 0.008] }, { lm: 'greater-trochanter', off: [0.008, 0.006, -0.014] }] },
    thickness: 0.026,
    tendon: [0.03, 0.14],
    hug: true,
    // over the minimus' capped distance grid the fibres would be thrown about and cut holes through it
    steadyDrape: true,
    over: ['gluteus-minimus', 'piriformis'],
    volume: handsfield(0.0478, -16.9, 'gluteus medius', 0.35),
  },
];

/** Gluteus maximus, over the deep gluteal muscles and the proximal hamstrings (built after them). */
export const GLUTEAL_SUPERFICIAL: VolumeDef[] = [
  {
    id: 'gluteus-maximus',
    architecture: 'quadrilateral',
    // from the posterior gluteal line and the posterior superior iliac spine down the dorsal surface of
    // the lower sacrum, lateral to its median crest, to the side of the coccyx (Standring, Gray's Anatomy
    // 42nd ed., gluteal region; the sacrotuberous ligament it also arises from is not modelled): the two
    // muscles come within about 1 cm of the midline over the lower sacrum, leaving a natal cleft
    origin: {
      bones: ['hip-bone', 'sacrum'],
      line: [
        { between: ['psis', 'iliac-crest'], t: 0.35, off: [0, 0.0, -0.01] },
        'psis',
        { at: [0.028, 0.938, -0.075] },
        { at: [0.016, 0.912, -0.078] },
        { at: [0.01, 0.89, -0.08] },
        { at: [0.007, 0.868, -0.079] },
        { lm: 'coccyx', off: [0.007, 0, -0.01] },
      ],
    },
    // the upper three-quarters and the superficial fibres into the iliotibial tract over the lateral face
    // of the greater trochanter, the deep lower fibres into the gluteal tuberosity 6–10 cm below its top
    // (Standring, Gray's Anatomy 42nd ed., gluteal region): so the fibres run down and laterally and the
    // lower border falls from the coccyx (y 0.845) to the tuberosity (y 0.80), oblique across the fold
    insertion: {
      bones: ['femur'],
      line: [
        { lm: 'greater-trochanter', off: [0.008, -0.028, -0.012] },
        { between: ['greater-trochanter', 'linea-aspera'], t: 0.3, off: [0.012, 0, -0.012] },
        { between: ['greater-trochanter', 'linea-aspera'], t: 0.55, off: [0.007, 0, -0.014] },
      ],
    },
    // two lines of the fibres' course about 3 cm under the skin of the buttock (its fat), upper → lower
    // border: laid freely on them (not hugged onto the medius and the hamstrings' heads, whose edges
    // showed through as a crease); the lower one's end held up at the coccyx and the lowest fibres'
    // insertion low on the tuberosity, so the lower border runs straight down and laterally instead of
    // sagging below the belly's middle
    via: [
      [{ at: [0.103, 0.963, -0.086] }, { at: [0.084, 0.903, -0.097] }, { at: [0.05, 0.845, -0.097] }],
      [{ at: [0.128, 0.936, -0.084] }, { at: [0.111, 0.891, -0.1] }, { at: [0.092, 0.826, -0.097] }],
    ],
    thickness: 0.04,
    tendon: [0.03, 0.12],
    // fullest a little medial of mid-length, over the sciatic notch and the tuberosity, thinning to the
    // crest and sacrum and into the iliotibial tract; thin upper and lower borders, not blunt walls
    belly: { at: 0.4, ends: 0.25 },
    edges: 0.15,
    hug: false,
    over: ['gluteus-medius', 'piriformis', 'gluteus-minimus', 'semimembranosus', 'semitendinosus', 'biceps-femoris'],
    volume: handsfield(0.123, -25.4, 'gluteus maximus', 0.4),
    // (30 fewer than before the sacral origin: the model's bytes stay under what they were)
    triangles: 2370,
  },
];

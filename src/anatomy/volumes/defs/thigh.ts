/**
 * The posterior thigh as volumes, left side: the hamstrings from the ischial tuberosity (the upper
 * lateral facet for semimembranosus, the lower medial facet for the common head of semitendinosus and
 * biceps femoris) down behind the femur to the fibular head (biceps femoris), the pes anserinus
 * (semitendinosus) and the back of the medial tibial condyle (semimembranosus). They lie deep to
 * gluteus maximus, which is built after them. `across` runs medial → lateral.
 */
import type { CitedVolume, VolumeDef } from '../types';

/**
 * Mean adult volumes of the hamstrings by MRI, Handsfield GG et al. 2014, J Biomech 47:631–638 (24
 * young adults, mean height 1.74 m); the values here are rounded estimates of those means for our
 * 1.75 m figure, to be checked against the paper's table, hence the wide tolerance.
 */
const mri = (cm3: number, name: string): CitedVolume => ({
  cm3,
  source: `estimate after Handsfield GG et al. 2014, J Biomech 47:631–638 (MRI, 24 adults): mean ${name} volume, rounded (check against the paper's table); Ward SR et al. 2009, Clin Orthop 467:1074 (cadaver masses) give smaller values`,
  tolerance: 0.4,
});

export const HAMSTRINGS: VolumeDef[] = [
  {
    id: 'semitendinosus',
    architecture: 'strap',
    origin: { bones: ['hip-bone'], line: [{ lm: 'ischial-tuberosity', off: [-0.004, 0.002, -0.013] }, { lm: 'ischial-tuberosity', off: [0.002, 0.0, -0.015] }] },
    // round the back of the medial condyle to the pes anserinus on the front of the medial tibia
    insertion: { bones: ['tibia'], line: [{ lm: 'pes-anserinus', off: [-0.002, 0.002, -0.006] }, { lm: 'pes-anserinus', off: [0.0, -0.006, -0.004] }] },
    via: [
      [{ at: [0.062, 0.74, -0.07] }],
      [{ at: [0.058, 0.58, -0.062] }],
      [{ at: [0.056, 0.5, -0.018] }],
      [{ at: [0.064, 0.455, -0.004] }],
    ],
    thickness: 0.028,
    tendon: [0.05, 0.36],
    tendonRadius: 0.0042,
    hug: false,
    steadyDrape: true,
    over: [],
    volume: mri(210, 'semitendinosus'),
    triangles: 1500,
  },
  {
    id: 'semimembranosus',
    architecture: 'unipennate',
    // the upper lateral facet of the tuberosity, by a long flat proximal tendon
    origin: { bones: ['hip-bone'], line: [{ lm: 'ischial-tuberosity', off: [0.004, 0.022, -0.012] }, { lm: 'ischial-tuberosity', off: [0.012, 0.012, -0.012] }] },
    insertion: { bones: ['tibia'], line: [{ lm: 'medial-tibial-condyle', off: [-0.002, -0.006, -0.012] }, { lm: 'medial-tibial-condyle', off: [0.008, -0.008, -0.022] }] },
    via: [
      [{ at: [0.075, 0.76, -0.038] }, { at: [0.092, 0.76, -0.045] }],
      [{ at: [0.074, 0.6, -0.036] }, { at: [0.09, 0.6, -0.042] }],
      [{ at: [0.072, 0.505, -0.04] }, { at: [0.08, 0.505, -0.044] }],
    ],
    thickness: 0.03,
    tendon: [0.28, 0.08],
    tendonRadius: 0.0035,
    hug: false,
    steadyDrape: true,
    // not kept out of semitendinosus: its tendon is pinched off at the knee when it is (they overlap by about 8 %)
    over: [],
    volume: mri(290, 'semimembranosus'),
    triangles: 1500,
  },
  {
    id: 'biceps-femoris',
    architecture: 'unipennate',
    // the long head with semitendinosus from the tuberosity; the short head from the linea aspera's lower half
    origin: {
      bones: ['hip-bone', 'femur'],
      line: [{ lm: 'ischial-tuberosity', off: [0.008, 0.002, -0.014] }, { lm: 'ischial-tuberosity', off: [0.012, -0.006, -0.012] }, { between: ['linea-aspera', 'lateral-femoral-condyle'], t: 0.3, off: [0.004, 0, -0.004] }],
    },
    insertion: { bones: ['fibula'], line: [{ lm: 'fibula-head', off: [0.0, 0.008, -0.008] }, { lm: 'fibula-head', off: [0.007, 0.004, -0.002] }] },
    via: [
      [{ at: [0.1, 0.74, -0.068] }, { at: [0.118, 0.7, -0.05] }, { at: [0.13, 0.62, -0.035] }],
      [{ at: [0.128, 0.58, -0.055] }, { at: [0.136, 0.56, -0.045] }, { at: [0.14, 0.54, -0.035] }],
      [{ at: [0.14, 0.505, -0.03] }, { at: [0.142, 0.505, -0.026] }, { at: [0.144, 0.5, -0.022] }],
    ],
    thickness: 0.03,
    tendon: [0.06, 0.14],
    tendonRadius: 0.0035,
    hug: false,
    steadyDrape: true,
    over: ['semitendinosus', 'semimembranosus'],
    volume: mri(350, 'biceps femoris (long and short heads)'),
    triangles: 1500,
  },
];

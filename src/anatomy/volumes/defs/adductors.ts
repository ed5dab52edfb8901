/**
 * The medial thigh as volumes, left side, deepest first: adductor magnus from the pubic and ischial rami
 * and the ischial tuberosity to the whole linea aspera and the adductor tubercle (behind, on the
 * hamstrings' front), adductor brevis on it, pectineus and adductor longus in front, and gracilis, the
 * most medial, from the pubis to the pes anserinus. `across` runs from the first anchor of each line to
 * the last: adductor magnus pubic (upper, horizontal fibres) → ischial (the vertical hamstring part);
 * adductor longus lower border → upper border; the others medial → lateral.
 */
import type { VolumeDef } from '../types';
import { thighLegVolume } from './lower-limb-volume';

export const ADDUCTORS: VolumeDef[] = [
  {
    id: 'adductor-magnus',
    architecture: 'quadrilateral',
    origin: { bones: ['hip-bone'], line: [{ at: [0.03, 0.835, 0.035] }, { at: [0.045, 0.822, 0.0] }, { lm: 'ischial-tuberosity', off: [0.004, -0.01, -0.004] }] },
    insertion: {
      bones: ['femur'],
      line: [{ at: [0.13, 0.82, -0.02] }, { at: [0.118, 0.72, -0.022] }, { at: [0.1, 0.62, -0.022] }, { lm: 'adductor-tubercle', off: [0, 0.008, -0.002] }],
    },
    via: [[{ at: [0.075, 0.79, 0.005] }, { at: [0.06, 0.72, -0.012] }, { at: [0.052, 0.65, -0.022] }]],
    thickness: 0.034,
    tendon: [0.05, 0.08],
    hug: false,
    steadyDrape: true,
    over: ['semimembranosus', 'semitendinosus', 'biceps-femoris', 'gluteus-maximus', 'vastus-medialis'],
    volume: thighLegVolume(480, 'adductor magnus'),
    triangles: 700,
  },
  {
    id: 'adductor-brevis',
    architecture: 'strap',
    origin: { bones: ['hip-bone'], line: [{ at: [0.02, 0.85, 0.055] }, { at: [0.028, 0.832, 0.042] }] },
    insertion: { bones: ['femur'], line: [{ at: [0.12, 0.83, -0.012] }, { at: [0.122, 0.77, -0.018] }] },
    via: [[{ at: [0.058, 0.825, 0.018] }, { at: [0.07, 0.8, 0.01] }]],
    thickness: 0.02,
    tendon: [0.06, 0.08],
    hug: false,
    steadyDrape: true,
    over: ['adductor-magnus'],
    volume: thighLegVolume(110, 'adductor brevis'),
    triangles: 450,
  },
  {
    // the pecten pubis from the pubic tubercle to the iliopubic eminence, to the pectineal line below the lesser trochanter
    id: 'pectineus',
    architecture: 'quadrilateral',
    origin: { bones: ['hip-bone'], line: [{ at: [0.036, 0.889, 0.068] }, { at: [0.058, 0.896, 0.058] }] },
    insertion: { bones: ['femur'], line: [{ at: [0.12, 0.818, -0.01] }, { at: [0.118, 0.838, -0.004] }] },
    via: [[{ at: [0.072, 0.858, 0.05] }, { at: [0.086, 0.865, 0.044] }]],
    thickness: 0.014,
    tendon: [0.04, 0.08],
    hug: false,
    steadyDrape: true,
    over: ['adductor-brevis', 'psoas-major', 'iliacus'],
    volume: thighLegVolume(45, 'pectineus', 0.45),
    triangles: 350,
  },
  {
    // by a flat tendon from the front of the pubis below the crest, fanning to the middle third of the linea aspera
    id: 'adductor-longus',
    architecture: 'strap',
    origin: { bones: ['hip-bone'], line: [{ lm: 'pubic-tubercle', off: [-0.006, -0.01, -0.002] }, { lm: 'pubic-tubercle', off: [0.002, -0.006, -0.002] }] },
    insertion: { bones: ['femur'], line: [{ at: [0.108, 0.7, -0.014] }, { at: [0.116, 0.77, -0.012] }] },
    via: [[{ at: [0.05, 0.77, 0.042] }, { at: [0.072, 0.8, 0.05] }]],
    thickness: 0.024,
    tendon: [0.05, 0.06],
    hug: false,
    steadyDrape: true,
    // (not kept out of vastus medialis: its tendon reaches the linea aspera at that muscle's origin and is cut apart there)
    over: ['adductor-brevis', 'adductor-magnus', 'pectineus'],
    volume: thighLegVolume(170, 'adductor longus'),
    triangles: 500,
  },
];

/** Gracilis, the most medial, over the adductors and the hamstrings. */
export const GRACILIS: VolumeDef[] = [
  {
    // the lower body of the pubis and the inferior ramus, down the medial thigh behind the medial condyle to the pes anserinus
    id: 'gracilis',
    architecture: 'strap',
    origin: { bones: ['hip-bone'], line: [{ at: [0.006, 0.848, 0.068] }, { at: [0.016, 0.842, 0.05] }, { at: [0.026, 0.838, 0.028] }] },
    insertion: { bones: ['tibia'], line: [{ at: [0.08, 0.428, 0.02] }, { at: [0.08, 0.42, 0.016] }] },
    // above the knee medial to the adductor magnus's tendon and in front of the semitendinosus, between
    // them and the skin (2.5 mm margin: the tendon is felt there under the skin)
    via: [[{ at: [0.022, 0.815, 0.036] }], [{ at: [0.036, 0.785, 0.014] }], [{ at: [0.04, 0.65, -0.02] }], [{ at: [0.05, 0.56, -0.02] }], [{ at: [0.055, 0.5, 0.004] }]],
    thickness: 0.014,
    tendon: [0.02, 0.3],
    tendonRadius: 0.0035,
    skinMargin: 0.0025,
    cell: 0.002,
    hug: false,
    steadyDrape: true,
    over: ['adductor-longus', 'adductor-magnus', 'adductor-brevis', 'semimembranosus', 'semitendinosus', 'vastus-medialis'],
    volume: thighLegVolume(90, 'gracilis'),
    triangles: 600,
  },
];

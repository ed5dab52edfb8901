/**
 * The front and side of the thigh as volumes, left side, deepest first: vastus intermedius on the front
 * and lateral femoral shaft, vastus medialis (its oblique lower fibres the teardrop above the knee) and
 * vastus lateralis wrapped round it, rectus femoris over them from the anterior inferior iliac spine and
 * the acetabular rim, all four ending in the quadriceps tendon on the patella's base and borders (drawn as
 * tendon by their tendon weights); then sartorius from the anterior superior iliac spine spiralling over
 * the front of the thigh to the pes anserinus, and tensor fasciae latae whose long distal tendon is the
 * iliotibial band down the side of the thigh to Gerdy's tubercle. The patellar ligament joins the
 * patella's apex to the tibial tuberosity as a tissue. `across` runs medial → lateral (vastus lateralis:
 * anterior border → posterior border, the dataset's convention for it).
 */
import type { TissueDef, VolumeDef } from '../types';
import { thighLegVolume } from './lower-limb-volume';

/** The four heads of quadriceps femoris, deepest first. */
export const QUADRICEPS: VolumeDef[] = [
  {
    // the front and lateral surfaces of the upper two-thirds of the shaft, to the deep quadriceps tendon
    id: 'vastus-intermedius',
    architecture: 'strap',
    origin: { bones: ['femur'], line: [{ at: [0.127, 0.82, 0.012] }, { at: [0.138, 0.82, 0.016] }, { at: [0.152, 0.82, 0.0] }] },
    insertion: { bones: ['patella'], line: [{ at: [0.094, 0.533, 0.03] }, { at: [0.112, 0.533, 0.03] }] },
    via: [
      [{ at: [0.11, 0.68, 0.02] }, { at: [0.122, 0.68, 0.024] }, { at: [0.136, 0.68, 0.008] }],
      [{ at: [0.1, 0.58, 0.022] }, { at: [0.11, 0.58, 0.024] }, { at: [0.122, 0.58, 0.014] }],
    ],
    thickness: 0.02,
    tendon: [0.03, 0.1],
    hug: true,
    over: [],
    volume: thighLegVolume(380, 'vastus intermedius'),
    triangles: 550,
  },
  {
    // the lower intertrochanteric and spiral lines, the medial lip of the linea aspera and the medial
    // supracondylar line (lowest, most medial: the oblique fibres) to the medial border of the patella
    id: 'vastus-medialis',
    architecture: 'unipennate',
    origin: {
      bones: ['femur'],
      line: [{ at: [0.08, 0.57, -0.018] }, { at: [0.1, 0.66, -0.02] }, { at: [0.115, 0.76, -0.016] }, { at: [0.125, 0.83, 0.008] }],
    },
    insertion: { bones: ['patella'], line: [{ at: [0.085, 0.51, 0.034] }, { at: [0.09, 0.528, 0.038] }, { at: [0.098, 0.536, 0.036] }] },
    via: [[{ at: [0.062, 0.55, 0.01] }, { at: [0.068, 0.6, 0.03] }, { at: [0.1, 0.69, 0.04] }]],
    thickness: 0.03,
    tendon: [0.06, 0.1],
    hug: false,
    steadyDrape: true,
    over: ['vastus-intermedius'],
    volume: thighLegVolume(400, 'vastus medialis'),
    triangles: 650,
  },
  {
    // the upper intertrochanteric line, the base of the greater trochanter, the lateral lip of the
    // gluteal tuberosity and of the linea aspera, to the lateral border of the patella
    id: 'vastus-lateralis',
    architecture: 'unipennate',
    origin: {
      bones: ['femur'],
      line: [{ at: [0.148, 0.87, 0.022] }, { at: [0.165, 0.875, 0.0] }, { at: [0.157, 0.85, -0.012] }, { at: [0.14, 0.78, -0.02] }],
    },
    insertion: { bones: ['patella'], line: [{ at: [0.108, 0.536, 0.038] }, { at: [0.118, 0.522, 0.034] }, { at: [0.12, 0.505, 0.03] }] },
    via: [
      [{ at: [0.135, 0.7, 0.042] }, { at: [0.152, 0.7, 0.006] }, { at: [0.142, 0.7, -0.028] }],
      [{ at: [0.124, 0.6, 0.038] }, { at: [0.142, 0.6, 0.01] }, { at: [0.136, 0.6, -0.018] }],
    ],
    thickness: 0.032,
    tendon: [0.06, 0.14],
    // deeper under the skin than the default: the iliotibial band lies over it
    skinMargin: 0.008,
    hug: false,
    steadyDrape: true,
    over: ['vastus-intermedius', 'biceps-femoris', 'gluteus-maximus'],
    volume: thighLegVolume(600, 'vastus lateralis'),
    triangles: 750,
  },
];

/** Over the vasti: rectus femoris, then sartorius and tensor fasciae latae (built after the adductors). */
export const THIGH_SUPERFICIAL: VolumeDef[] = [
  {
    // straight head from the anterior inferior iliac spine (medial), reflected head from the groove above
    // the acetabular rim (lateral); bipennate down the front of the thigh to the base of the patella
    id: 'rectus-femoris',
    architecture: 'bipennate',
    origin: { bones: ['hip-bone'], line: [{ lm: 'aiis', off: [0.002, -0.002, 0.006] }, { at: [0.11, 0.938, 0.048] }] },
    insertion: { bones: ['patella'], line: [{ at: [0.096, 0.538, 0.04] }, { at: [0.108, 0.538, 0.04] }] },
    via: [
      // the two heads join in front of the hip joint
      [{ at: [0.103, 0.9, 0.072] }, { at: [0.114, 0.9, 0.058] }],
      [{ at: [0.108, 0.86, 0.06] }, { at: [0.122, 0.86, 0.052] }],
      [{ at: [0.098, 0.75, 0.054] }, { at: [0.116, 0.75, 0.052] }],
      [{ at: [0.098, 0.63, 0.05] }, { at: [0.112, 0.63, 0.048] }],
    ],
    thickness: 0.032,
    tendon: [0.1, 0.14],
    tendonRadius: 0.0045,
    hug: false,
    steadyDrape: true,
    over: ['vastus-intermedius', 'vastus-medialis', 'vastus-lateralis', 'iliacus', 'psoas-major', 'gluteus-minimus'],
    volume: thighLegVolume(230, 'rectus femoris'),
    triangles: 650,
  },
  {
    // from the anterior superior iliac spine across the front of the thigh, behind the medial condyle,
    // forward to the pes anserinus on the upper medial tibia
    id: 'sartorius',
    architecture: 'strap',
    origin: { bones: ['hip-bone'], line: [{ lm: 'asis', off: [-0.006, -0.008, 0.0] }, { lm: 'asis', off: [0.004, -0.012, -0.004] }] },
    insertion: { bones: ['tibia'], line: [{ at: [0.09, 0.44, 0.03] }, { at: [0.086, 0.43, 0.028] }] },
    // a strap 3–4 cm wide: just under the skin over the iliopsoas below the spine, skirting the medial
    // edge of the rectus femoris's upper end (both lie 4–5 mm under the skin there; laid across the
    // rectus, its lateral fibres were cut into flakes), over the femoral triangle (its lateral border),
    // across the adductor longus below the triangle's apex, where the adductor lies deep enough (higher
    // up it comes to 4 mm under the skin), then down the medial side
    via: [
      [{ at: [0.086, 0.905, 0.077] }, { at: [0.102, 0.9, 0.078] }],
      [{ at: [0.064, 0.85, 0.062] }, { at: [0.088, 0.832, 0.064] }],
      [{ at: [0.07, 0.792, 0.056] }, { at: [0.092, 0.772, 0.06] }],
      [{ at: [0.042, 0.72, 0.042] }, { at: [0.066, 0.7, 0.053] }],
      [{ at: [0.043, 0.652, 0.004] }, { at: [0.052, 0.625, 0.034] }],
      // over the gracilis (superficial and in front of it) behind the medial condyle
      [{ at: [0.051, 0.565, -0.008] }, { at: [0.057, 0.545, 0.014] }],
      [{ at: [0.056, 0.49, 0.014] }],
    ],
    fibres: 7,
    thickness: 0.011,
    // a short flat tendon from the spine, no thicker than the few millimetres over the iliopsoas
    tendon: [0.08, 0.12],
    tendonRadius: 0.003,
    // the anterior superior iliac spine lies a few millimetres under the skin (as for the tensor)
    skinMargin: 0.0015,
    hug: false,
    steadyDrape: true,
    // the skin itself counts as ground (0 m in), so its outer face is told by the skin: over the adductor
    // canal nothing lies within reach beneath it, and the trigger points of its upper and middle thirds
    // both fell on one vertex below the femoral triangle
    skinDepth: 0,
    over: ['vastus-medialis', 'rectus-femoris', 'adductor-longus', 'adductor-magnus', 'gracilis', 'iliacus', 'psoas-major'],
    volume: thighLegVolume(120, 'sartorius'),
    triangles: 1100,
  },
  {
    // from the outer lip of the iliac crest behind the anterior superior iliac spine, in front of the
    // greater trochanter, into the iliotibial band: the distal tendon here, down the lateral thigh over
    // vastus lateralis to Gerdy's tubercle
    id: 'tensor-fasciae-latae',
    architecture: 'unipennate',
    origin: { bones: ['hip-bone'], line: [{ lm: 'asis', off: [0.006, -0.004, -0.008] }, { between: ['asis', 'iliac-tubercle'], t: 0.45, off: [0.006, 0, 0] }] },
    insertion: { bones: ['tibia'], line: [{ lm: 'gerdys-tubercle', off: [-0.002, 0.003, 0.006] }, { lm: 'gerdys-tubercle', off: [0.006, 0.003, -0.004] }] },
    // the belly's via lines close together (each span of the fibre curve is an equal share of `along`),
    // so the belly ends in the upper third of the thigh and the band takes the rest
    via: [
      [{ at: [0.14, 0.9, 0.056] }, { at: [0.152, 0.9, 0.042] }],
      [{ at: [0.146, 0.86, 0.048] }, { at: [0.158, 0.86, 0.03] }],
      [{ at: [0.152, 0.82, 0.036] }, { at: [0.162, 0.82, 0.016] }],
      [{ at: [0.152, 0.7, 0.025] }, { at: [0.16, 0.7, 0.0] }],
      [{ at: [0.145, 0.58, 0.018] }, { at: [0.15, 0.58, -0.004] }],
    ],
    thickness: 0.022,
    tendon: [0.03, 0.4],
    tendonRadius: 0.0038,
    skinMargin: 0.0015,
    hug: false,
    steadyDrape: true,
    over: ['vastus-lateralis', 'rectus-femoris', 'gluteus-medius', 'gluteus-minimus'],
    volume: thighLegVolume(95, 'tensor fasciae latae belly (about 55 cm³) and its iliotibial band (about 40 cm³: 2.5 cm × 5 mm over 35 cm, an estimate)'),
    triangles: 800,
  },
];

/**
 * The quadriceps tendon, from where the heads converge a few centimetres above the patella (the
 * vasti's aponeuroses on vastus intermedius, the rectus femoris's tendon the superficial layer) to the
 * base of the patella; and the patellar ligament, from the apex of the patella to the tibial tuberosity.
 */
export const KNEE_TISSUES: TissueDef[] = [
  {
    // its upper end on soft tissue: the front of the converging heads, under the rectus femoris's tendon
    id: 'quadriceps-tendon',
    name: 'quadriceps tendon',
    // peel layer 2: peeled with the deep vastus
    layer: 2,
    architecture: 'strap',
    origin: { bones: ['femur'], line: [{ at: [0.09, 0.59, 0.05] }, { at: [0.116, 0.59, 0.05] }], underSkin: 0.012 },
    insertion: { bones: ['patella'], line: [{ at: [0.09, 0.534, 0.036] }, { at: [0.102, 0.536, 0.038] }, { at: [0.114, 0.534, 0.036] }] },
    thickness: 0.007,
    tendon: [0.02, 0.02],
    tendonRadius: 0.002,
    hug: false,
    over: ['vastus-intermedius', 'vastus-medialis', 'vastus-lateralis'],
    volume: null,
    cell: 0.002,
    triangles: 300,
  },
  {
    id: 'patellar-ligament',
    name: 'patellar ligament',
    // peel layer 2: peeled with the deep vastus
    layer: 2,
    architecture: 'strap',
    origin: { bones: ['patella'], line: [{ at: [0.093, 0.492, 0.04] }, { at: [0.111, 0.492, 0.04] }] },
    insertion: { bones: ['tibia'], line: [{ lm: 'tibial-tuberosity', off: [-0.006, 0, 0.002] }, { lm: 'tibial-tuberosity', off: [0.006, 0, 0.002] }] },
    thickness: 0.005,
    tendon: [0.02, 0.02],
    tendonRadius: 0.002,
    skinMargin: 0.0012,
    hug: false,
    over: [],
    volume: null,
    cell: 0.002,
    triangles: 250,
  },
];

/**
 * The skull (cranium, face, zygomatic arches, mastoids, pterygoid plates, carved orbits and nasal
 * opening) and the mandible (body, ramus, coronoid process, condyle), both midline and symmetric.
 * Shapes are placed from the head landmarks (src/anatomy/landmarks.ts).
 */
import { landmark } from '../landmarks';
import { capsule, ellipsoid, roundBox, smoothUnion, sphere, subtract, symmetric, triangle, type Prim } from '../sdf/primitives';
import { plate, plateFrame, toPlate } from '../sdf/plate';
import { sweep } from '../sdf/sweep';
import type { V3 } from '../vec';

/** The cranium and facial skeleton as one midline bone. */
export function skull(): Prim {
  const brow = landmark('supraorbital');
  const zyg = landmark('zygoma');
  const arch = landmark('zygomatic-arch');
  const mast = landmark('mastoid');
  const ptery = landmark('lateral-pterygoid-plate');
  const vault = smoothUnion(
    [
      ellipsoid([0, 1.664, -0.01], [0.072, 0.088, 0.094]),
      ellipsoid([0, 1.695, -0.035], [0.07, 0.045, 0.07]),
      ellipsoid([0, 1.688, 0.028], [0.06, 0.058, 0.064]),
      ellipsoid([0, 1.636, -0.055], [0.058, 0.042, 0.04]),
      sphere([0, 1.626, -0.083], 0.01),
    ],
    0.02,
  );
  const face = smoothUnion(
    [
      // brow ridge, orbital rims and the frontal process of the zygoma
      capsule([0, 1.664, 0.09], [brow[0] + 0.008, brow[1] + 0.002, brow[2] - 0.004], 0.009, 0.008),
      capsule([brow[0] + 0.012, brow[1], brow[2] - 0.008], [zyg[0] + 0.004, zyg[1] + 0.01, zyg[2] - 0.004], 0.007, 0.007),
      // zygomatic body and arch
      ellipsoid([zyg[0] - 0.003, zyg[1] + 0.002, zyg[2] - 0.004], [0.012, 0.013, 0.011]),
      capsule([zyg[0] + 0.004, zyg[1] - 0.002, zyg[2] - 0.02], [arch[0] - 0.004, arch[1], arch[2] - 0.036], 0.006, 0.005),
      // maxilla and upper dental arch
      ellipsoid([0, 1.592, 0.058], [0.038, 0.036, 0.032]),
      capsule([0.03, 1.572, 0.048], [0.012, 1.572, 0.082], 0.011, 0.009),
      capsule([0, 1.572, 0.086], [0.012, 1.572, 0.082], 0.009, 0.009),
      // nasal bones
      capsule([0.002, 1.652, 0.093], [0.004, 1.626, 0.104], 0.005, 0.004),
      // temporal bone, ear region and mastoid process
      ellipsoid([0.054, 1.612, -0.014], [0.016, 0.02, 0.024]),
      capsule([mast[0] - 0.004, mast[1] + 0.016, mast[2] + 0.002], [mast[0] - 0.003, mast[1], mast[2]], 0.01, 0.007),
      // cranial base behind the face
      ellipsoid([0.0, 1.608, 0.01], [0.034, 0.02, 0.04]),
    ],
    0.012,
  );
  const plate = roundBox([ptery[0], ptery[1] - 0.004, ptery[2] - 0.004], [0.003, 0.016, 0.01], 0.002);
  let s = smoothUnion([vault, face, plate], 0.012);
  // orbits and the nasal opening
  const orbit = landmark('orbit');
  s = subtract(s, ellipsoid([orbit[0], orbit[1], orbit[2] + 0.012], [0.018, 0.016, 0.018]), 0.004);
  s = subtract(s, ellipsoid([0, 1.61, 0.098], [0.011, 0.016, 0.02]), 0.003);
  // temporal fossa: a shallow hollow above the arch
  const tf = landmark('temporal-fossa');
  s = subtract(s, ellipsoid([tf[0] + 0.012, tf[1] - 0.008, tf[2] + 0.004], [0.008, 0.02, 0.024]), 0.006);
  // triangle keeps a hint of the sphenoid wing between orbit and temple
  s = smoothUnion([s, triangle([0.05, 1.65, 0.06], [0.058, 1.63, 0.052], [0.06, 1.655, 0.04], 0.003)], 0.006);
  return symmetric(s);
}

/**
 * The mandible, made symmetric from its left half: the body as a tall, thin section swept round the
 * dental arch from the angle to the mental protuberance, with the lower teeth along its alveolar
 * border; the ramus as a flat plate rising from the angle to the coronoid process in front and the
 * condylar neck behind, the mandibular notch between them; the condyle an oval knob, wide from side
 * to side, seated in the temporomandibular joint in front of the ear canal.
 */
export function mandible(): Prim {
  const angle = landmark('mandible-angle');
  const cor = landmark('coronoid');
  const chin = landmark('chin');
  const condyle = landmark('mandibular-condyle');
  const body = sweep(
    [
      { at: [angle[0] - 0.001, angle[1] - 0.001, angle[2] + 0.006], a: 0.011, b: 0.0042 },
      { at: [0.043, 1.531, 0.03], a: 0.0135, b: 0.0055 },
      { at: [0.037, 1.53, 0.052], a: 0.0145, b: 0.0058 },
      { at: [0.022, 1.527, 0.075], a: 0.015, b: 0.006 },
      { at: [0.0, 1.526, chin[2] - 0.004], a: 0.0155, b: 0.0065 },
    ],
    [0, 1, 0],
    4,
    0.003,
  );
  const teeth = sweep(
    [
      { at: [0.041, 1.5465, 0.034], a: 0.0035, b: 0.0048 },
      { at: [0.033, 1.548, 0.054], a: 0.0035, b: 0.0046 },
      { at: [0.018, 1.549, 0.075], a: 0.0035, b: 0.0035 },
      { at: [0.0, 1.549, chin[2] - 0.002], a: 0.0035, b: 0.003 },
    ],
    [0, 1, 0],
    3,
    0.002,
  );
  // the ramus: a plate in a near-sagittal plane, its normal turned a little forward and out
  const f = plateFrame([0.049, 1.568, 0.016], [0.05, 1.6, 0.012], [1, 0, 0.12]);
  const outline = (
    [
      [angle[0], angle[1] - 0.002, angle[2] - 0.002], [0.052, 1.575, -0.004], [condyle[0], condyle[1] - 0.01, condyle[2] - 0.002],
      [condyle[0], condyle[1] - 0.007, condyle[2] + 0.005], [0.05, 1.588, 0.02], [cor[0], cor[1] + 0.002, cor[2] - 0.002],
      [cor[0], cor[1] - 0.004, cor[2] + 0.003], [0.045, 1.56, 0.038], [0.043, 1.542, 0.034], [0.047, 1.528, 0.01],
    ] as V3[]
  ).map((p) => toPlate(f, p)).map(([u, v]) => [u, v] as const);
  const ramus = plate(f, outline, () => 0, () => 0.0028);
  const parts: Prim[] = [
    body,
    teeth,
    ramus,
    // the thick posterior border and the condylar neck
    capsule([angle[0], angle[1] + 0.002, angle[2] - 0.001], [condyle[0] - 0.001, condyle[1] - 0.01, condyle[2] - 0.001], 0.0045, 0.0042),
    ellipsoid([condyle[0] - 0.002, condyle[1] - 0.004, condyle[2]], [0.0095, 0.0052, 0.0058]),
    // the mental protuberance
    ellipsoid([0.0, chin[1] - 0.003, chin[2] - 0.006], [0.011, 0.009, 0.006]),
  ];
  return symmetric(smoothUnion(parts, 0.004));
}

/**
 * The skull (cranium, face, zygomatic arches, mastoids, pterygoid plates, carved orbits and nasal
 * opening) and the mandible (body, ramus, coronoid process, condyle), both midline and symmetric.
 * Shapes are placed from the head landmarks (src/anatomy/landmarks.ts).
 */
import type { Vec3 } from '../../core/frame';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, roundBox, smoothUnion, sphere, subtract, symmetric, triangle, type Prim } from '../sdf/primitives';

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

/** The mandible: a horseshoe body with alveolar ridge, rami, coronoid processes and condyles. */
export function mandible(): Prim {
  const tmj = landmark('tmj');
  const angle = landmark('mandible-angle');
  const body = landmark('mandible-body');
  const cor = landmark('coronoid');
  const chin = landmark('chin');
  const lower: Vec3[] = [[angle[0], angle[1] - 0.001, angle[2] + 0.001], [body[0] + 0.002, body[1] - 0.004, body[2] - 0.004], [0.022, 1.51, 0.076], [0, chin[1] - 0.007, chin[2] - 0.006]];
  const upper: Vec3[] = [[0.046, 1.565, 0.022], [0.034, 1.552, 0.05], [0.017, 1.546, 0.076], [0, 1.546, 0.084]];
  const condyle: Vec3 = [tmj[0] - 0.003, tmj[1] - 0.012, tmj[2] - 0.004];
  const parts: Prim[] = [
    // the body: a plate between the lower border and the alveolar border
    ...chain(lower, [0.005, 0.005, 0.006, 0.007]),
    ...chain(upper, [0.004, 0.0045, 0.0045, 0.0045]),
    ...[0, 1, 2].flatMap((i) => [triangle(lower[i]!, lower[i + 1]!, upper[i]!, 0.0035), triangle(lower[i + 1]!, upper[i + 1]!, upper[i]!, 0.0035)]),
    // the ramus up to the condyle and the coronoid process
    triangle(lower[0]!, condyle, cor, 0.003),
    triangle(lower[0]!, cor, upper[0]!, 0.003),
    capsule(lower[0]!, condyle, 0.0055, 0.0045),
    capsule(condyle, [tmj[0] - 0.004, tmj[1] - 0.005, tmj[2] - 0.004], 0.004, 0.005),
    ellipsoid([tmj[0] - 0.004, tmj[1] - 0.005, tmj[2] - 0.004], [0.009, 0.005, 0.006]),
    capsule(upper[0]!, [cor[0] + 0.001, cor[1] - 0.002, cor[2] - 0.003], 0.004, 0.0025),
  ];
  return symmetric(smoothUnion(parts, 0.008));
}

/**
 * The front of the neck's skeleton, on the midline: the hyoid bone (a horseshoe: a body in front with
 * the greater horns running back and up, small lesser horns at their roots), the larynx (thyroid
 * cartilage: two laminae meeting in front at the laryngeal prominence, the superior notch above it,
 * short superior and inferior horns at their back borders; the cricoid below it: a ring low in front,
 * a tall lamina behind) and the trachea (a tube of cartilage rings, flattened behind) running down and
 * back behind the manubrium. The larynx and the trachea are drawn as cartilage (src/anatomy/cartilage.ts).
 *
 * Sizes from adult measurements: hyoid some 40–45 mm between the tips of the greater horns and 30–35 mm
 * deep, its body about 10 mm tall (Gray's Anatomy, 41st ed., ch. 29); thyroid laminae about 30–40 mm
 * long, meeting at some 90° in men (120° in women) (Ajmani 1990, J Laryngol Otol 104:405); cricoid arch
 * 5–7 mm tall in front, lamina 20–25 mm behind; trachea 15–20 mm across (Standring, Gray's Anatomy).
 * Levels are placed on this figure's own neck, whose chin sits low (near C6): hyoid, thyroid and
 * cricoid follow in that order between the chin and the jugular notch (the `thyroid-prominence` and
 * `cricoid` landmarks, ../landmarks.ts).
 */
import type { Vec3 } from '../../core/frame';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, roundBox, smoothUnion, subtract, symmetric, triangle, union, type Prim } from '../sdf/primitives';

/** Height of the hyoid's body (centre), metres. */
export const HYOID_Y = 1.495;
/** Height of the tracheal tube's lower end (it runs on behind the manubrium, cut here). */
export const TRACHEA_BOTTOM_Y = 1.381;

/** Centre line of the airway (cricoid and trachea): z at height y, running back as it descends. */
export function airwayZ(y: number): number {
  // 22 mm in front of the body's centre at the cricoid, 14 mm at the cut end
  const cr = landmark('cricoid')[1];
  const t = Math.min(1, Math.max(0, (cr - y) / (cr - TRACHEA_BOTTOM_Y)));
  return 0.021 - 0.007 * t;
}

/**
 * The hyoid, left half made symmetric: the body a short curved bar across the midline, each greater
 * horn running back, out and slightly up to a knob at its tip, the lesser horn a small cone at the
 * junction of body and horn pointing up.
 */
export function hyoid(): Prim {
  const y = HYOID_Y, zf = landmark('hyoid')[2];
  const body: Vec3[] = [[0, y, zf], [0.008, y, zf - 0.002], [0.013, y + 0.0005, zf - 0.006]];
  const horn: Vec3[] = [[0.013, y + 0.0005, zf - 0.006], [0.018, y + 0.002, zf - 0.016], [0.021, y + 0.004, zf - 0.027]];
  const half = smoothUnion(
    [
      // the body: taller than thick, its front face looking forward and a little up
      ...chain(body, [0.0045, 0.0042, 0.0036], { axis: [0, 0, 1], factor: 0.55 }),
      ...chain(horn, [0.0028, 0.0022, 0.0019]),
      // tubercle at the tip of the greater horn
      ellipsoid([0.021, y + 0.004, zf - 0.028], [0.0028, 0.0026, 0.003]),
      // the lesser horn
      capsule([0.012, y + 0.002, zf - 0.005], [0.012, y + 0.006, zf - 0.007], 0.0017, 0.0011),
    ],
    0.002,
  );
  return symmetric(half);
}

/**
 * The thyroid cartilage (each lamina a thick triangle-pair plate from the prominence back to its
 * posterior border, with short horns up and down from that border) and the cricoid (a ring around the
 * airway, its back rising as the lamina inside the thyroid's laminae).
 */
export function larynx(): Prim {
  const pr = landmark('thyroid-prominence');
  const cr = landmark('cricoid');
  const top = pr[1] + 0.009, bottom = pr[1] - 0.016;
  // the front angle: the notch above the prominence, the laminae's lower border rising behind
  const front: Vec3 = [0, pr[1], pr[2] - 0.0015];
  const frontTop: Vec3 = [0, top - 0.004, pr[2] - 0.005];
  const frontBottom: Vec3 = [0, bottom, pr[2] - 0.007];
  const backTop: Vec3 = [0.02, top, 0.016];
  const backBottom: Vec3 = [0.02, bottom + 0.004, 0.015];
  const lamina = union([
    triangle(frontTop, backTop, front, 0.0012),
    triangle(front, backTop, backBottom, 0.0012),
    triangle(front, backBottom, frontBottom, 0.0012),
  ]);
  const horns = union([
    capsule([0.02, top, 0.016], [0.019, top + 0.008, 0.012], 0.0016, 0.0012),
    capsule([0.02, bottom + 0.004, 0.015], [0.0165, cr[1] - 0.001, 0.012], 0.0016, 0.0014),
  ]);
  const thyroid = smoothUnion([lamina, horns, chain([front, frontTop], 0.0018)[0]!], 0.0015);
  // the cricoid: a ring of half-height 3 mm in front, the lamina behind up to the thyroid's middle
  const zc = airwayZ(cr[1]);
  const ringOuter = ellipsoid([0, cr[1], zc], [0.0125, 0.0032, 0.0125]);
  const lam = roundBox([0, cr[1] + 0.008, zc - 0.009], [0.011, 0.011, 0.0028], 0.0022);
  const lumen = capsule([0, cr[1] - 0.02, zc], [0, cr[1] + 0.025, zc - 0.002], 0.0095);
  const cricoid = subtract(smoothUnion([ringOuter, lam], 0.003), lumen, 0.001);
  return union([symmetric(thyroid), cricoid]);
}

/**
 * The trachea: a tube of outer radius 9 mm (flattened a little behind, where the rings stop and the
 * trachealis closes them), 1.5 mm wall, from under the cricoid down and back to its cut end.
 */
export function trachea(): Prim {
  const cr = landmark('cricoid');
  const y0 = cr[1] - 0.0045, y1 = TRACHEA_BOTTOM_Y;
  const a: Vec3 = [0, y0, airwayZ(y0)], b: Vec3 = [0, y1, airwayZ(y1)];
  const outer = capsule(a, b, 0.0092, 0.0095, { axis: [0, 0, 1], factor: 0.85 });
  const inner = capsule([0, y0 + 0.01, airwayZ(y0)], [0, y1 - 0.01, airwayZ(y1)], 0.0077, 0.008, { axis: [0, 0, 1], factor: 0.82 });
  // cut flat at both ends
  const ends = union([roundBox([0, y0 + 0.02, airwayZ(y0)], [0.03, 0.02, 0.03], 0.001), roundBox([0, y1 - 0.02, airwayZ(y1)], [0.03, 0.02, 0.03], 0.001)]);
  return subtract(subtract(outer, inner), ends);
}

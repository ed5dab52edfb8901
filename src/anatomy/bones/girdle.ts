/**
 * The shoulder girdle, left side: the S-shaped clavicle and the scapula (a thin blade whose front is
 * the subscapular fossa facing the ribs, the spine rising to the acromion, the coracoid hooking
 * forward, the glenoid facing the humeral head).
 */
import type { Vec3 } from '../../core/frame';
import { armPoint } from '../figure';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, triangle, type Prim } from '../sdf/primitives';
import { plate, plateFrame, toPlate, type P2, type PlateFrame } from '../sdf/plate';
import { sweep } from '../sdf/sweep';
import { add, clamp, cross, norm, scale, sub, type V3 } from '../vec';
import { curvePoints } from '../curve';

/**
 * The clavicle, an S seen from above: the medial two thirds convex forward (the bow in front of the
 * first rib), the lateral third concave forward (curving back to the acromion) and flattened from above
 * down, broad where the deltoid and trapezius take it; thick and round at the sternal end. The turn
 * between the two curves lies about two thirds of the way out (Gray's Anatomy, 42nd ed., the clavicle).
 */
export function clavicle(): Prim {
  const sc = landmark('sternoclavicular');
  const mid = landmark('clavicle-mid');
  const ac = landmark('acromioclavicular');
  const pts = curvePoints(
    [
      [sc[0] + 0.004, sc[1] + 0.002, sc[2] - 0.004],
      [0.055, 1.436, 0.07],
      [mid[0], mid[1], mid[2] - 0.006],
      [0.115, 1.443, 0.04],
      [0.132, 1.446, 0.022],
      [0.15, 1.447, 0.011],
      [ac[0] - 0.004, ac[1] + 0.001, ac[2] + 0.002],
    ],
    3,
  );
  // the medial shaft round (a little flattened), the lateral third broad and flat: the section widens
  // and flattens from about 60 % of the way out
  const n = pts.length - 1;
  const radius = (t: number) => 0.0085 - 0.003 * Math.min(1, t / 0.55) + 0.0035 * clamp((t - 0.6) / 0.3, 0, 1);
  const flatness = (t: number) => 0.85 - 0.3 * clamp((t - 0.55) / 0.3, 0, 1);
  const segs: Prim[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = i / n, t1 = (i + 1) / n;
    segs.push(capsule(pts[i]!, pts[i + 1]!, radius(t0), radius(t1), { axis: [0, 1, 0], factor: flatness((t0 + t1) / 2) }));
  }
  return smoothUnion(segs, 0.003);
}

/** The scapula's plate frame: origin amid the blade, u towards the superior angle, w out of its back. */
export function scapulaFrame(): PlateFrame & { w: V3 } {
  const sa = landmark('scapula-superior-angle'), ia = landmark('scapula-inferior-angle');
  // the neck, behind the glenoid: fixes the blade's plane (about 37° forward of the coronal plane)
  const neck: V3 = [0.144, 1.394, -0.032];
  const o: V3 = [(sa[0] + ia[0] + neck[0]) / 3, (sa[1] + ia[1] + neck[1]) / 3, (sa[2] + ia[2] + neck[2]) / 3];
  let n = norm(cross(sub(sa, ia), sub(neck, ia)));
  if (n[2] > 0) n = scale(n, -1);
  return plateFrame(o, sa, n);
}

/** The blade's outline in the plate frame: superior border, neck, lateral border, inferior angle, medial border. */
const BLADE: readonly P2[] = [
  [0.061, 0.002], [0.052, 0.036], [0.04, 0.056], [0.028, 0.066], [0.018, 0.074], [-0.002, 0.078], [-0.016, 0.07],
  [-0.04, 0.035], [-0.062, -0.01], [-0.07, -0.055], [-0.076, -0.076], [-0.066, -0.08], [-0.02, -0.05], [0.02, -0.028], [0.048, -0.012],
];
/** Mid-surface of the blade: bowed forward at its borders to follow the ribs (a concave subscapular fossa). */
const bladeHeight = (u: number, v: number) => 0.005 - 0.007 * ((v + 0.005) / 0.07) ** 2 - 0.004 * ((u + 0.005) / 0.07) ** 2;
/** Half thickness: thin in the fossae, thicker towards the neck. */
const bladeThickness = (u: number, v: number) => 0.0021 + 0.0018 * clamp((v - 0.03) / 0.04, 0, 1) + 0.0006 * clamp((-u - 0.06) / 0.02, 0, 1);

/** The humeral head's sphere (src/anatomy/bones/arm.ts): centre and radius. */
export const humeralHeadCentre = (): V3 => armPoint(0, -0.002, 0);
export const HUMERAL_HEAD_RADIUS = 0.0225;
/**
 * The glenoid's normal: laterally, 16° forward and 8° up. The scapular plane lies some 30–45° forward of
 * the coronal plane and the glenoid is retroverted a little within it, so the cavity looks laterally and
 * forward; it tilts a few degrees upward (Churchill RS et al. 2001, J Shoulder Elbow Surg 10:327–332:
 * version −1.2° ± 3.5°, inclination 4.2° ± 2.8° relative to the scapula).
 */
export const GLENOID_NORMAL: V3 = (() => {
  const fwd = (16 * Math.PI) / 180, up = (8 * Math.PI) / 180;
  return [Math.cos(up) * Math.cos(fwd), Math.sin(up), Math.cos(up) * Math.sin(fwd)];
})();
/** The space between the glenoid and the humeral head, metres (articular cartilage on both, as bone). */
export const GLENOID_SPACE = 0.0025;

/**
 * The scapula, left: a triangular blade (a plate bowed to the ribs, thin in its fossae), the thick
 * lateral border, the spine standing off the back and rising into the flat acromion, the coracoid
 * hooking forward from the neck, and the shallow glenoid cavity facing the humeral head.
 */
export function scapula(): Prim {
  const f = scapulaFrame();
  const at = (u: number, v: number, w: number): V3 => add(add(add(f.origin as V3, scale(f.u as V3, u)), scale(f.v as V3, v)), scale(f.w, w));
  const onBlade = (u: number, v: number, dw = 0): V3 => at(u, v, bladeHeight(u, v) + dw);
  const blade = plate(f, BLADE, bladeHeight, bladeThickness);
  // borders: the lateral border thick, from the inferior angle to the infraglenoid tubercle
  const lateral = chain([onBlade(-0.073, -0.072), onBlade(-0.062, -0.012), onBlade(-0.04, 0.033), onBlade(-0.014, 0.068)], [0.0028, 0.0042, 0.0048, 0.0055]);
  const medial = chain([onBlade(-0.073, -0.075), onBlade(-0.02, -0.05), onBlade(0.02, -0.03), onBlade(0.058, -0.001)], 0.0022);
  const superior = chain([onBlade(0.058, 0.002), onBlade(0.05, 0.04), onBlade(0.034, 0.06)], 0.0018);
  // the spine: a wall from its root on the medial border (a quarter of the way down it, at T3) across
  // the back of the blade to the spinoglenoid notch behind the neck, leaning up over the supraspinous
  // fossa (a trough between it and the superior border) and rising laterally, its crest thickened;
  // below it the infraspinous fossa, some three times as large
  const root = landmark('scapula-spine-root'), mid = landmark('scapula-spine-mid');
  const crestEnd = at(0.03, 0.1, 0.03);
  const crest = curvePoints([root, mid, crestEnd], 4);
  const r0 = toPlate(f, root);
  /** Where the spine meets the blade at plate v: a line from the root to the notch (u 0.013, v 0.07). */
  const baseU = (v: number) => r0[0] + ((0.013 - r0[0]) * (v - r0[1])) / (0.07 - r0[1]);
  const base = crest.map((p) => {
    const v = Math.min(toPlate(f, p)[1], 0.07);
    return onBlade(baseU(v), v);
  });
  const wall: Prim[] = [];
  for (let i = 0; i + 1 < crest.length; i++) {
    wall.push(triangle(base[i]!, base[i + 1]!, crest[i]!, 0.0024), triangle(base[i + 1]!, crest[i + 1]!, crest[i]!, 0.0024));
  }
  const lip = sweep(crest.map((p, i) => ({ at: p, a: 0.0035 + 0.003 * (i / (crest.length - 1)), b: 0.003 })), f.u, 1, 0.002);
  // the acromion: a flat process continuing the crest forward and out over the shoulder joint
  const acr = landmark('acromion'), ac = landmark('acromioclavicular');
  const acromion = sweep(
    [
      { at: crestEnd, a: 0.0045, b: 0.006 },
      { at: at(0.03, 0.128, 0.024), a: 0.0042, b: 0.014 },
      { at: [acr[0] - 0.004, acr[1] - 0.001, acr[2] - 0.004], a: 0.004, b: 0.014 },
      { at: [ac[0] + 0.002, ac[1] - 0.003, ac[2] - 0.002], a: 0.0035, b: 0.006 },
    ],
    f.u,
    3,
    0.002,
  );
  // the coracoid: up and in from the upper border of the neck, then bent forward and out (about 4 cm
  // long), its blunt tip under the clavicle's lateral third
  const cor = landmark('coracoid');
  const coracoid = sweep(
    [
      { at: onBlade(0.022, 0.07, -0.002), a: 0.006, b: 0.0055 },
      { at: [cor[0] - 0.015, cor[1] + 0.011, cor[2] - 0.052], a: 0.0065, b: 0.006 },
      { at: [cor[0] - 0.008, cor[1] + 0.008, cor[2] - 0.026], a: 0.0072, b: 0.0062 },
      { at: [cor[0] - 0.002, cor[1] + 0.001, cor[2] - 0.004], a: 0.0062, b: 0.0055 },
    ],
    f.v,
    3,
    0.002,
  );
  // the glenoid: a pear-shaped rim on a short neck, hollowed into a shallow cavity that faces laterally,
  // a little forward and up (GLENOID_NORMAL), a joint space (GLENOID_SPACE) off the humeral head
  const n = GLENOID_NORMAL;
  const head = humeralHeadCentre();
  const face = add(head, scale(n, -(HUMERAL_HEAD_RADIUS + GLENOID_SPACE)));
  const long = norm(sub([0, 1, 0], scale(n, n[1])));
  const glAxes: [Vec3, Vec3, Vec3] = [n, long, cross(n, long)];
  const rimCentre = add(face, scale(n, -0.006));
  let glenoid = smoothUnion([ellipsoid(rimCentre, [0.0095, 0.0185, 0.0125], glAxes), capsule(onBlade(-0.002, 0.064), add(rimCentre, scale(n, -0.004)), 0.007, 0.0085)], 0.004);
  glenoid = subtract(glenoid, sphere(head, HUMERAL_HEAD_RADIUS + GLENOID_SPACE), 0.0015);
  return smoothUnion([blade, ...lateral, ...medial, ...superior, smoothUnion(wall, 0.0015), lip, acromion, coracoid, glenoid], 0.0025);
}

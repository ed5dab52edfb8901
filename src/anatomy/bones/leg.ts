/**
 * The leg bones, left side: femur (head, neck, trochanters, linea aspera, condyles), patella, tibia
 * (plateau, tuberosity, shin crest, medial malleolus), fibula (head to lateral malleolus) and the foot
 * (talus, calcaneus, navicular, cuboid, cuneiforms, five metatarsals, phalanges).
 */
import type { Vec3 } from '../../core/frame';
import { HIP } from '../figure';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, type Prim } from '../sdf/primitives';
import { lerp } from '../vec';

/** The femur. */
export function femur(): Prim {
  const gt = landmark('greater-trochanter');
  const lt = landmark('lesser-trochanter');
  const lc = landmark('lateral-femoral-condyle');
  const mc = landmark('medial-femoral-condyle');
  const at = landmark('adductor-tubercle');
  const la = landmark('linea-aspera');
  const top: Vec3 = [0.145, 0.87, -0.002];
  const mid: Vec3 = [0.124, 0.7, 0.0];
  const low: Vec3 = [0.104, 0.55, -0.002];
  return smoothUnion(
    [
      sphere(HIP, 0.0235),
      capsule(HIP, [0.138, 0.885, 0.004], 0.015, 0.016, { axis: [0, 0, 1], factor: 0.8 }),
      ellipsoid([gt[0] - 0.013, gt[1] - 0.01, gt[2] - 0.005], [0.014, 0.026, 0.018]),
      capsule([0.13, 0.865, -0.006], [lt[0] + 0.008, lt[1], lt[2]], 0.009, 0.007),
      ...chain([top, mid, low], [0.016, 0.0135, 0.016]),
      capsule([la[0] + 0.003, la[1] + 0.12, la[2] + 0.004], [la[0] - 0.003, la[1] - 0.1, la[2] + 0.002], 0.005, 0.005),
      // condyles and the patellar surface between them
      ellipsoid([lc[0] - 0.014, lc[1] + 0.006, lc[2] + 0.002], [0.014, 0.022, 0.027]),
      ellipsoid([mc[0] + 0.014, mc[1] + 0.005, mc[2] + 0.0], [0.015, 0.023, 0.027]),
      ellipsoid([0.102, 0.525, 0.012], [0.026, 0.022, 0.012]),
      sphere([at[0] + 0.004, at[1], at[2]], 0.006),
    ],
    0.01,
  );
}

/** The patella. */
export function patella(): Prim {
  const p = landmark('patella');
  const apex = landmark('patella-apex');
  return smoothUnion(
    [ellipsoid([p[0], p[1] - 0.002, p[2] - 0.01], [0.021, 0.02, 0.01]), capsule([p[0], p[1] - 0.01, p[2] - 0.008], [apex[0], apex[1] + 0.003, apex[2] - 0.004], 0.01, 0.004)],
    0.006,
  );
}

/** The tibia. */
export function tibia(): Prim {
  const tt = landmark('tibial-tuberosity');
  const mm = landmark('medial-malleolus');
  const tm = landmark('tibia-mid');
  const plateau = smoothUnion(
    [
      ellipsoid([0.1, 0.467, -0.003], [0.028, 0.014, 0.025]),
      ellipsoid([0.1, 0.45, -0.004], [0.022, 0.02, 0.019]),
      sphere([tt[0], tt[1] + 0.002, tt[2] - 0.007], 0.008),
      ellipsoid([0.086, 0.438, 0.01], [0.012, 0.02, 0.012]),
    ],
    0.008,
  );
  return smoothUnion(
    [
      // hollow the plateau's top a little where the condyles sit
      subtract(plateau, ellipsoid([0.1, 0.487, -0.003], [0.03, 0.008, 0.03]), 0.004),
      ...chain([[0.1, 0.43, 0.0], [tm[0], tm[1], tm[2] - 0.011], [0.097, 0.12, 0.0]], [0.015, 0.0115, 0.013]),
      capsule([0.1, 0.425, 0.012], [tm[0], tm[1] + 0.05, tm[2] - 0.004], 0.006, 0.005),
      ellipsoid([0.098, 0.092, 0.0], [0.02, 0.02, 0.019]),
      capsule([0.088, 0.092, 0.0], [mm[0] + 0.004, mm[1], mm[2]], 0.008, 0.006),
    ],
    0.008,
  );
}

/** The fibula. */
export function fibula(): Prim {
  const h = landmark('fibula-head');
  const m = landmark('fibula-mid');
  const lm = landmark('lateral-malleolus');
  return smoothUnion(
    [
      sphere([h[0] - 0.003, h[1], h[2] + 0.002], 0.009),
      ...chain([[h[0] - 0.003, h[1] - 0.01, h[2] + 0.002], [m[0] - 0.002, m[1], m[2]], [lm[0] - 0.003, lm[1] + 0.03, lm[2] + 0.002]], [0.006, 0.0055, 0.0065]),
      ellipsoid([lm[0] - 0.004, lm[1] + 0.01, lm[2]], [0.007, 0.016, 0.009]),
    ],
    0.006,
  );
}

/** A toe: phalanges from the metatarsal head to the tip. */
function toe(head: Vec3, tip: Vec3, r: number, bones: number): Prim[] {
  const out: Prim[] = [];
  const fr = bones === 2 ? [0, 0.55, 1] : [0, 0.5, 0.78, 1];
  for (let i = 0; i + 1 < fr.length; i++) {
    const a = lerp(head, tip, fr[i]! + 0.06), b = lerp(head, tip, fr[i + 1]! - 0.05);
    out.push(capsule(a, b, r * (1 - 0.12 * i), r * (0.85 - 0.12 * i)));
  }
  return out;
}

/** The foot skeleton. */
export function foot(): Prim {
  const calc = landmark('calcaneus');
  const nav = landmark('navicular');
  const cub = landmark('cuboid');
  const m1 = landmark('metatarsal-1-head');
  const m5 = landmark('metatarsal-5-head');
  const m5b = landmark('metatarsal-5-base');
  const tips: Vec3[] = [landmark('hallux-tip'), landmark('toe-2-tip'), [0.114, 0.013, 0.195], [0.128, 0.012, 0.18], landmark('toe-5-tip')];
  const heads: Vec3[] = [m1, [0.097, 0.02, 0.152], [0.112, 0.019, 0.146], [0.127, 0.019, 0.135], m5];
  const bases: Vec3[] = [[0.082, 0.042, 0.085], [0.095, 0.045, 0.08], [0.108, 0.042, 0.075], [0.122, 0.036, 0.066], m5b];
  const parts: Prim[] = [
    // talus under the tibia, its head reaching the navicular
    ellipsoid([0.099, 0.058, -0.008], [0.016, 0.014, 0.022]),
    capsule([0.097, 0.058, 0.0], [nav[0] + 0.006, nav[1] + 0.002, nav[2] - 0.016], 0.012, 0.01),
    // calcaneus: heel back and down, forward to the cuboid
    capsule([calc[0], calc[1] - 0.012, calc[2] + 0.015], [0.112, 0.03, 0.022], 0.02, 0.014),
    ellipsoid([0.104, 0.028, -0.045], [0.015, 0.022, 0.017]),
    ellipsoid([nav[0] + 0.002, nav[1] - 0.004, nav[2] - 0.004], [0.013, 0.012, 0.008]),
    ellipsoid([cub[0] - 0.002, cub[1], cub[2]], [0.012, 0.011, 0.014]),
    // cuneiforms
    ellipsoid([0.083, 0.045, 0.066], [0.008, 0.013, 0.011]),
    ellipsoid([0.095, 0.05, 0.063], [0.006, 0.011, 0.01]),
    ellipsoid([0.107, 0.046, 0.06], [0.007, 0.011, 0.01]),
  ];
  for (let i = 0; i < 5; i++) {
    const r = i === 0 ? 0.0085 : 0.0055;
    parts.push(capsule(bases[i]!, heads[i]!, r * 1.05, r * 0.85), sphere(heads[i]!, r * 1.05));
    parts.push(...toe(heads[i]!, tips[i]!, i === 0 ? 0.0075 : 0.0046, i === 0 ? 2 : 3));
  }
  return smoothUnion(parts, 0.004);
}

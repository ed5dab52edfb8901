/**
 * Fibres of a volume muscle: footprints projected onto their bones, one smooth curve per fibre from
 * the origin footprint through the via lines to the insertion footprint, then draped on the ground
 * (bone and the deeper muscles) so the fibre's axis keeps its own radius off that ground.
 */
import type { Field } from '../context';
import { smoothCurve } from '../curve';
import { alongPolyline, anchorPoint } from '../muscles/anchors';
import { projectToLevel, gradient } from '../muscles/field-ops';
import { clamp, type V3 } from '../vec';
import type { Architecture, BellyShape, Footprint, VolumeShape } from './types';

/** One fibre: points from origin (t = 0) to insertion (t = 1), its radius at each, and its place across (v). */
export interface Fibre {
  v: number;
  points: V3[];
  radii: number[];
}

/**
 * The footprint's anchor line, every point moved onto the surface of its bones, or for a soft-tissue
 * footprint (`underSkin`) to that depth under the skin.
 */
export function footprintLine(f: Footprint, boneField: (ids: Footprint['bones']) => Field, skin?: Field): V3[] {
  const depth = f.underSkin;
  if (depth !== undefined) {
    if (!skin) throw new Error('a footprint under the skin needs the skin field');
    return f.line.map((a) => projectToLevel(skin, anchorPoint(a), -depth, 12, 0.02));
  }
  const field = boneField(f.bones);
  return f.line.map((a) => projectToLevel(field, anchorPoint(a), 0, 12, 0.02));
}

/** Thickness factor along the fibre (0 at t = 0, 1 at t = 1): tendon ends, belly shaped by the template. */
export function bellyProfile(arch: Architecture, tendon: readonly [number, number], t: number, belly?: BellyShape): number {
  const [t0, t1] = tendon;
  const s = clamp((t - t0) / Math.max(1e-6, 1 - t0 - t1), 0, 1);
  const rise = clamp(t / Math.max(1e-6, t0), 0, 1), fall = clamp((1 - t) / Math.max(1e-6, t1), 0, 1);
  const ends = Math.min(rise * rise * (3 - 2 * rise), fall * fall * (3 - 2 * fall));
  let body: number;
  if (belly) {
    // fullest at `at`, falling smoothly to `ends` of the full thickness at both ends of the flesh
    const u = s < belly.at ? s / Math.max(1e-6, belly.at) : (1 - s) / Math.max(1e-6, 1 - belly.at);
    return ends * (belly.ends + (1 - belly.ends) * Math.sin((Math.PI / 2) * clamp(u, 0, 1)));
  }
  switch (arch) {
    case 'strap':
    case 'quadrilateral':
      body = 0.85 + 0.15 * Math.sin(Math.PI * s);
      break;
    case 'fan':
    case 'multi-headed':
      // thin where the fibres spread at the origin, fullest past mid-length where they gather
      body = 0.45 + 0.55 * Math.sin(Math.PI * (0.25 + 0.65 * s));
      break;
    default:
      body = 0.3 + 0.7 * Math.sin(Math.PI * s);
  }
  return ends * body;
}

/**
 * How much of an intermediate tendon spanning `mid` (fractions of the fibre) lies at t: 1 inside it,
 * 0 in the bellies, blended smoothly over a tenth of its span at each edge (0 everywhere without one).
 */
export function midTendonWeight(mid: readonly [number, number] | undefined, t: number): number {
  if (!mid) return 0;
  const [a, b] = mid;
  const e = Math.max(1e-6, 0.1 * (b - a));
  const s = clamp(Math.min((t - a + e) / (2 * e), (b + e - t) / (2 * e)), 0, 1);
  return s * s * (3 - 2 * s);
}

/** Thickness factor across the muscle: thinner towards its edges, with grooves between heads. */
export function acrossProfile(def: Pick<VolumeShape, 'architecture' | 'heads' | 'roundEdge' | 'edges' | 'grooves'>, v: number): number {
  // a round edge stays full from the middle out to it
  const full = (def.roundEdge === 1 && v > 0.5) || (def.roundEdge === 0 && v < 0.5);
  const least = def.edges ?? 0.5;
  const edge = full ? 1 : least + (1 - least) * Math.sqrt(Math.sin(Math.PI * clamp(v, 0.02, 0.98)));
  if (def.architecture !== 'multi-headed' || !def.heads || def.heads < 2) return edge;
  if (def.grooves) return def.grooves.reduce((f, g) => f * (1 - 0.22 * Math.exp(-(((v - g) / 0.08) ** 2))), edge);
  const h = def.heads;
  const phase = (v * h) % 1;
  const groove = 1 - 0.22 * Math.exp(-(((Math.min(phase, 1 - phase)) / 0.08) ** 2));
  return edge * (v > 0.05 && v < 0.95 ? groove : 1);
}

/**
 * The ground seen by a fibre: its distance averaged over a small neighbourhood (the centre and six
 * points `e` metres off along the axes), so fibres bridge the gaps between ribs and processes.
 */
export function blurredGround(ground: Field, e: number): Field {
  return (x, y, z) =>
    (ground(x, y, z) + ground(x + e, y, z) + ground(x - e, y, z) + ground(x, y + e, z) + ground(x, y - e, z) + ground(x, y, z + e) + ground(x, y, z - e)) / 7;
}

/** Moves p along the field's gradient (taken over `h` metres) until the field equals `level`. */
function settle(f: Field, p: V3, level: number, h: number, steps: number, maxStep: number, steady = false): V3 {
  let [x, y, z] = p;
  for (let i = 0; i < steps; i++) {
    const d = f(x, y, z) - level;
    if (Math.abs(d) < 2e-4) break;
    const gx = f(x + h, y, z) - f(x - h, y, z), gy = f(x, y + h, z) - f(x, y - h, z), gz = f(x, y, z + h) - f(x, y, z - h);
    const l = Math.hypot(gx, gy, gz) || 1;
    // a flat ground (the capped far values of a deeper volume's grid) gives no direction to move in
    if (steady && l < 0.4 * h) break;
    const s = Math.max(-maxStep, Math.min(maxStep, d));
    x -= (gx / l) * s;
    y -= (gy / l) * s;
    z -= (gz / l) * s;
  }
  return [x, y, z];
}

/**
 * Lays a fibre on the ground: every inner point is moved along the (blurred) ground's gradient so its
 * distance equals the point's radius plus the lift (hug) or at least that (free); the fibre is smoothed
 * between passes and finally pushed out of the true ground. A point is never held more than `reach`
 * off the ground (VolumeShape.drapeReach).
 */
export function drape(points: V3[], radii: readonly number[], ground: Field, hug: boolean, lift: number, steady = false, reach = Infinity): V3[] {
  let pts = points.map((p) => [p[0], p[1], p[2]] as V3);
  const n = pts.length;
  const soft = blurredGround(ground, 0.006);
  const level = (i: number) => Math.min(reach, (radii[i]! + lift) * Math.min(1, Math.min(i, n - 1 - i) / 3));
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 1; i < n - 1; i++) {
      const p = pts[i]!;
      const target = level(i);
      if (hug || soft(p[0], p[1], p[2]) < target) pts[i] = settle(soft, p, target, 0.003, 4, 0.01, steady);
    }
    // Laplacian smoothing of the inner points keeps the fibre a smooth curve
    for (let it = 0; it < 3; it++) {
      const sm = pts.map((p) => [p[0], p[1], p[2]] as V3);
      for (let i = 1; i < n - 1; i++)
        for (let a = 0; a < 3; a++) sm[i]![a] = 0.5 * pts[i]![a]! + 0.25 * (pts[i - 1]![a]! + pts[i + 1]![a]!);
      pts = sm;
    }
  }
  // a last push out so no inner axis point stays inside the ground
  for (let i = 1; i < n - 1; i++) {
    const p = pts[i]!;
    const target = level(i) * 0.8;
    if (ground(p[0], p[1], p[2]) < target) pts[i] = projectToLevel(ground, p, target, 4, 0.01);
  }
  return pts;
}

/** The fibres of a muscle before draping: `count` curves across it, `samples` points each. */
export function fibreCurves(origin: readonly V3[], insertion: readonly V3[], via: readonly (readonly V3[])[], count: number, samples: number): { v: number; points: V3[] }[] {
  const out: { v: number; points: V3[] }[] = [];
  for (let k = 0; k < count; k++) {
    const v = count === 1 ? 0.5 : k / (count - 1);
    const ctrl: V3[] = [alongPolyline(origin, v), ...via.map((line) => alongPolyline(line, v)), alongPolyline(insertion, v)];
    const at = smoothCurve(ctrl);
    out.push({ v, points: Array.from({ length: samples }, (_, i) => at(i / (samples - 1))) });
  }
  return out;
}

/** Length of a polyline. */
export function polylineLength(points: readonly V3[]): number {
  let l = 0;
  for (let i = 1; i < points.length; i++) l += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1], points[i]![2] - points[i - 1]![2]);
  return l;
}

/** The ground's outward direction at a point (unit). */
export const groundNormal = (ground: Field, p: V3): V3 => gradient(ground, p);

/**
 * The thorax: twelve ribs per side swept through the rib landmarks (from the head on the vertebral
 * body past the angle, the lateral-most point and the costochondral junction), each shaft flattened
 * (taller than thick), twisted on its long axis and grooved below on its inner face (the costal
 * groove); the costal cartilages (1-7 to the sternum, 8-10 joining the cartilage above into the costal
 * margin, 11-12 floating); and the sternum as three plates: manubrium with the jugular notch, body
 * meeting it at the sternal angle (level with the 2nd cartilage), and xiphoid process.
 */
import type { Vec3 } from '../../core/frame';
import { vertebraNamed } from '../figure';
import { landmark } from '../landmarks';
import { flatSweep, type FlatStation, type NormalAt } from '../sdf/flat-sweep';
import { plate, plateFrame, type P2 } from '../sdf/plate';
import { smoothUnion, sphere, subtract, type Prim } from '../sdf/primitives';
import { add, lerp, norm, scale, type V3 } from '../vec';

/** Front-surface height-to-depth of the sternum: z of its front at height y. */
function sternumFrontZ(y: number): number {
  const jn = landmark('jugular-notch'), sa = landmark('sternal-angle'), xi = landmark('xiphoid');
  if (y >= sa[1]) return jn[2] + ((sa[2] - jn[2]) * (jn[1] - y)) / (jn[1] - sa[1]);
  return sa[2] + ((xi[2] - sa[2]) * (sa[1] - y)) / (sa[1] - xi[1]);
}

/** The control points of rib n (1..12), left side, from the head to the anterior end. */
export function ribPoints(n: number): Vec3[] {
  const post = landmark(`rib-${n}-posterior` as 'rib-1-posterior');
  const lat = landmark(`rib-${n}-lateral` as 'rib-1-lateral');
  const ant = landmark(`rib-${n}-anterior` as 'rib-1-anterior');
  const v = vertebraNamed(`t${n}`);
  const head: Vec3 = [0.014, v.body[1] - 0.006, v.body[2] - 0.008];
  const tubercle: Vec3 = [0.03, post[1] + 0.006, (head[2] + post[2]) / 2 - 0.012];
  const pl: Vec3 = [post[0] + (lat[0] - post[0]) * 0.78, (post[1] + lat[1]) / 2, post[2] + (lat[2] - post[2]) * 0.42];
  const al: Vec3 = [ant[0] + (lat[0] - ant[0]) * 0.82, (lat[1] + ant[1]) / 2, lat[2] + (ant[2] - lat[2]) * 0.58];
  return [head, tubercle, post, pl, lat, al, ant];
}

/** Section half-sizes (tall, thick) and groove depth at the seven control points of rib n. */
function ribSizes(n: number): [number, number, number][] {
  if (n === 1) {
    // broad and flat, its surfaces facing up and down; no costal groove
    return [[0.005, 0.0045, 0], [0.0055, 0.004, 0], [0.0075, 0.0028, 0], [0.009, 0.0026, 0], [0.009, 0.0026, 0], [0.0085, 0.0028, 0], [0.008, 0.0034, 0]];
  }
  if (n >= 11) return [[0.0048, 0.0045, 0], [0.0045, 0.0035, 0], [0.0056, 0.003, 0.5], [0.0056, 0.0028, 0.5], [0.005, 0.0027, 0.3], [0.004, 0.0025, 0], [0.0028, 0.0022, 0]];
  const k = n === 2 ? 1.08 : n >= 9 ? 0.94 : 1;
  return [[0.005, 0.0045, 0], [0.005, 0.0038, 0], [0.0066 * k, 0.003, 0.6], [0.007 * k, 0.0028, 1], [0.007 * k, 0.0028, 1], [0.0066 * k, 0.003, 0.6], [0.0062 * k, 0.0035, 0]];
}

/**
 * How far (radians) the outward face of rib n looks up from the horizontal at s (0 head, 1 front end):
 * the cage narrows upward, so the upper ribs face up (the 1st almost wholly), and the torsion of the
 * shaft turns the outer face from upward behind to downward in front.
 */
function ribTilt(n: number, s: number): number {
  const cage = n === 1 ? 1.2 : n === 2 ? 0.55 : n === 3 ? 0.3 : n <= 6 ? 0.15 : n <= 8 ? 0.05 : n <= 10 ? -0.05 : -0.15;
  const torsion = n === 1 ? 0.05 : 0.28;
  return cage + torsion * (1 - 2 * s);
}

/** The outward normal of a rib or cartilage: away from the cage's axis, tilted by `tilt`. */
function cageNormal(tilt: (s: number) => number): NormalAt {
  return (p, _t, s) => {
    const h = norm([p[0], 0, p[2] + 0.01]);
    const a = tilt(s);
    return [h[0] * Math.cos(a), Math.sin(a), h[2] * Math.cos(a)];
  };
}

/** Rib n's shaft, from the head to the costochondral junction (or the tip of a floating rib). */
export function ribShaft(n: number): Prim {
  const sizes = ribSizes(n);
  const stations: FlatStation[] = ribPoints(n).map((at, i) => {
    const [tall, thick, groove] = sizes[i]!;
    return { at, tall, thick, groove };
  });
  return flatSweep(stations, cageNormal((s) => ribTilt(n, s)), 6, 0.002);
}

/** Where costal cartilage n meets the sternum (ribs 1-7): the 2nd at the sternal angle, the 7th at the xiphisternal joint. */
function sternalEnd(n: number): Vec3 {
  const y = n === 1 ? 1.416 : 1.378 - (n - 2) * 0.0215;
  const x = n === 1 ? 0.022 : n === 7 ? 0.01 : 0.015;
  return [x, y, sternumFrontZ(y) - 0.006];
}

/**
 * The costal cartilage of rib n as control points from the costochondral junction (none for the
 * floating ribs): 1-7 run medially to the sternum, the lower ones rising to it; 8-10 run up and
 * medially to join the cartilage above, forming the costal margin.
 */
export function cartilagePoints(n: number): V3[] {
  if (n >= 11) return [];
  const ant = landmark(`rib-${n}-anterior` as 'rib-1-anterior');
  const end = n <= 7 ? sternalEnd(n) : cartilageJoin(n - 1);
  // how much of the rise is made by the first and second inner points: the lower cartilages run medially first, then up
  const [f1, f2] = n <= 4 ? [0.35, 0.75] : n === 5 ? [0.2, 0.6] : n <= 7 ? [0.08, 0.45] : [0.3, 0.7];
  const at = (fxz: number, fy: number, bulge: number): V3 => [
    ant[0] + (end[0] - ant[0]) * fxz,
    ant[1] + (end[1] - ant[1]) * fy,
    ant[2] + (end[2] - ant[2]) * fxz + bulge,
  ];
  return [[ant[0], ant[1], ant[2]], at(0.4, f1, 0.006), at(0.78, f2, 0.004), [end[0], end[1], end[2]]];
}

/** The point on cartilage n (7-9) where the cartilage below joins it. */
export function cartilageJoin(n: number): V3 {
  const c = cartilagePoints(n);
  return lerp(c[1]!, c[2]!, n === 7 ? 0.5 : 0.3);
}

/** Cartilage n as a sweep: a little thicker than the rib's end and broadening towards the sternum. */
function cartilage(n: number): Prim | null {
  const pts = cartilagePoints(n);
  if (pts.length === 0) return null;
  const big = n >= 6 ? 1.12 : 1;
  const stations: FlatStation[] = pts.map((at, i) => ({
    at,
    tall: (i === pts.length - 1 && n <= 7 ? 0.0068 : 0.0058) * big,
    thick: i === pts.length - 1 && n > 7 ? 0.003 : 0.0038,
  }));
  const end = ribTilt(n, 1);
  return flatSweep(stations, cageNormal(() => end), 4);
}

/** All twelve left ribs with their cartilages. */
export function ribs(): Prim {
  const parts: Prim[] = [];
  for (let n = 1; n <= 12; n++) {
    parts.push(ribShaft(n));
    const c = cartilage(n);
    if (c) parts.push(c);
  }
  return smoothUnion(parts, 0.002);
}

/**
 * One piece of the sternum: a plate from `top` to `bottom` (points of its front surface on the
 * midline), its outline given as (half-width, distance down from the top) pairs, half thickness `half`.
 */
function sternalPlate(top: Vec3, bottom: Vec3, halfWidths: readonly P2[], half: (down: number) => number): { prim: Prim; frontAt: (down: number) => V3 } {
  const along = norm([0, bottom[1] - top[1], bottom[2] - top[2]]);
  const normal: V3 = [0, along[2], -along[1]];
  const origin = add(top as V3, scale(normal, -half(0)));
  const f = plateFrame(origin, add(origin, [1, 0, 0]), normal);
  // v runs up the bone; the outline goes down the right edge and back up the left
  const outline: P2[] = [...halfWidths.map(([w, d]) => [w, -d] as P2), ...[...halfWidths].reverse().map(([w, d]) => [-w, -d] as P2)];
  const h0 = half(0);
  const prim = plate(f, outline, (_u, v) => h0 - half(-v), (_u, v) => half(-v));
  return { prim, frontAt: (down) => add(top as V3, scale(along, down)) };
}

/** The sternum: manubrium (jugular notch between the clavicular notches), body (sternal angle at the 2nd cartilage) and xiphoid process. */
export function sternum(): Prim {
  const jn = landmark('jugular-notch'), sa = landmark('sternal-angle'), xi = landmark('xiphoid');
  const xsY = 1.275;
  const xs: Vec3 = [0, xsY, sternumFrontZ(xsY)];
  const mLen = Math.hypot(jn[1] - sa[1], jn[2] - sa[2]);
  const bLen = Math.hypot(sa[1] - xs[1], sa[2] - xs[2]);
  const xLen = Math.hypot(xs[1] - xi[1], xs[2] - xi[2]);
  const top: Vec3 = [0, jn[1] + 0.002, jn[2] - 0.001];
  const manubrium = sternalPlate(top, sa, [[0.012, -0.006], [0.026, -0.004], [0.029, 0.012], [0.021, 0.034], [0.015, mLen + 0.003]], () => 0.006);
  // the jugular notch: a round bite out of the top between the clavicular notches
  const notchAt = add(manubrium.frontAt(-0.004), [0, 0, -0.006]);
  const notched = subtract(manubrium.prim, sphere(notchAt, 0.0105), 0.002);
  const body = sternalPlate(sa, xs, [[0.013, -0.002], [0.015, 0.02], [0.0175, 0.06], [0.015, bLen - 0.012], [0.009, bLen + 0.002]], (d) => 0.0055 - 0.0012 * Math.min(1, d / bLen));
  const xiphoid = sternalPlate(xs, xi, [[0.008, -0.003], [0.006, xLen * 0.5], [0.0025, xLen]], () => 0.0025);
  return smoothUnion([notched, body.prim, xiphoid.prim], 0.003);
}

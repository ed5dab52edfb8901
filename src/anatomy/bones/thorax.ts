/**
 * The thorax: twelve ribs per side as curved capsule chains through the rib landmarks (from the
 * vertebral body past the angle, the lateral-most point and the costochondral junction), the costal
 * cartilages (1-7 to the sternum, 8-10 joining the cartilage above), and the sternum.
 */
import type { Vec3 } from '../../core/frame';
import { vertebraNamed } from '../figure';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, frame, smoothUnion, symmetric, type Prim } from '../sdf/primitives';
import { curvePoints } from '../curve';
import { lerp } from '../vec';

/** Front-surface height-to-depth of the sternum: z of its front at height y. */
function sternumFrontZ(y: number): number {
  const jn = landmark('jugular-notch'), sa = landmark('sternal-angle'), xi = landmark('xiphoid');
  if (y >= sa[1]) return jn[2] + ((sa[2] - jn[2]) * (jn[1] - y)) / (jn[1] - sa[1]);
  return sa[2] + ((xi[2] - sa[2]) * (sa[1] - y)) / (sa[1] - xi[1]);
}

/** Where costal cartilage n meets the sternum (ribs 1-7). */
function sternalEnd(n: number): Vec3 {
  const y = n === 1 ? 1.416 : 1.378 - (n - 2) * 0.0215;
  const x = n === 1 ? 0.022 : n === 7 ? 0.01 : 0.015;
  return [x, y, sternumFrontZ(y) - 0.007];
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

/** The costal cartilage of rib n as a polyline (none for the floating ribs). */
function cartilage(n: number): Vec3[] {
  if (n >= 11) return [];
  const ant = landmark(`rib-${n}-anterior` as 'rib-1-anterior');
  if (n <= 7) {
    const end = sternalEnd(n);
    const mid: Vec3 = [(ant[0] + end[0]) / 2, (ant[1] * 0.4 + end[1] * 0.6), Math.max(ant[2], end[2]) + 0.004];
    return [ant, mid, end];
  }
  const above = cartilage(n - 1);
  const target = lerp(above[0]!, above[1]!, 0.6);
  return [ant, lerp(ant, target, 0.5), target];
}

/** All twelve left ribs with their cartilages. */
export function ribs(): Prim {
  const parts: Prim[] = [];
  for (let n = 1; n <= 12; n++) {
    const r = n === 1 ? 0.0055 : n >= 11 ? 0.0045 : 0.005;
    const pts = curvePoints(ribPoints(n), 3);
    parts.push(smoothUnion(chain(pts, pts.map((_, i) => (i === 0 ? r * 1.1 : i === pts.length - 1 && n >= 11 ? r * 0.6 : r))), 0.002));
    const c = cartilage(n);
    if (c.length) parts.push(smoothUnion(chain(c, r * 0.9), 0.002));
  }
  return smoothUnion(parts, 0.003);
}

/** The sternum: manubrium, body and xiphoid process. */
export function sternum(): Prim {
  const jn = landmark('jugular-notch'), sa = landmark('sternal-angle'), xi = landmark('xiphoid');
  const along: Vec3 = [0, xi[1] - jn[1], xi[2] - jn[2]];
  const [u, , w] = frame(along, [1, 0, 0]);
  const normal: Vec3 = [Math.abs(w[0]), w[1] * Math.sign(w[2]), Math.abs(w[2])];
  const back = (p: Vec3, d: number): Vec3 => [p[0], p[1] - normal[1] * d, p[2] - normal[2] * d];
  const flat = { axis: normal, factor: 0.38 };
  const parts: Prim[] = [
    ellipsoid(back([0, (jn[1] + sa[1]) / 2 + 0.002, (jn[2] + sa[2]) / 2], 0.006), [0.027, 0.026, 0.0065], [[1, 0, 0], u, normal]),
    capsule(back(sa, 0.007), back([0, 1.29, sternumFrontZ(1.29)], 0.007), 0.016, 0.017, flat),
    capsule(back([0, 1.29, sternumFrontZ(1.29)], 0.007), back([0, xi[1] + 0.014, sternumFrontZ(xi[1] + 0.014)], 0.006), 0.017, 0.011, flat),
    capsule(back([0, xi[1] + 0.014, sternumFrontZ(xi[1] + 0.014)], 0.006), back(xi, 0.003), 0.008, 0.004, flat),
  ];
  return symmetric(smoothUnion(parts, 0.006));
}

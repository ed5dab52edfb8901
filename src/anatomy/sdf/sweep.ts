/**
 * Parametric solids for bones: a generalized cylinder (elliptical sections of varying size swept along
 * a smooth curved axis, each section turned by a frame carried along the axis) and an elliptic
 * cylinder with rounded rims (vertebral bodies, carpal and tarsal blocks). Distances are approximate
 * (exact on the axis' normal plane for circular sections), good for polygonizing and blending.
 */
import type { Vec3 } from '../../core/frame';
import { curvePoints } from '../curve';
import { cross, dot, norm, sub, type V3 } from '../vec';
import { smoothUnion, type Prim } from './primitives';

/** One station of a sweep: where the axis passes and the section's half-sizes there. */
export interface Station {
  at: Vec3;
  /** Half-size along the section's first axis (the frame's `side`). */
  a: number;
  /** Half-size along the second axis (perpendicular to `side` and the axis). */
  b: number;
}

/** An elliptic cone frustum between two sections, with spherical-ish caps (one sweep segment). */
function segment(p0: V3, p1: V3, a0: number, b0: number, a1: number, b1: number, side: V3): Prim {
  const ax = sub(p1, p0);
  const L2 = dot(ax, ax) || 1e-12;
  const t = norm(ax);
  const u = norm(sub(side, [t[0] * dot(side, t), t[1] * dot(side, t), t[2] * dot(side, t)]));
  const w = cross(t, u);
  const r = Math.max(a0, b0, a1, b1);
  const d = (x: number, y: number, z: number) => {
    const px = x - p0[0], py = y - p0[1], pz = z - p0[2];
    let h = (px * ax[0] + py * ax[1] + pz * ax[2]) / L2;
    h = h < 0 ? 0 : h > 1 ? 1 : h;
    const qx = px - ax[0] * h, qy = py - ax[1] * h, qz = pz - ax[2] * h;
    const a = a0 + (a1 - a0) * h, b = b0 + (b1 - b0) * h;
    const cu = qx * u[0] + qy * u[1] + qz * u[2];
    const cw = qx * w[0] + qy * w[1] + qz * w[2];
    // beyond the ends q also runs along the axis: the caps are half-ellipsoids as deep as the section is thin
    const cl = qx * t[0] + qy * t[1] + qz * t[2];
    const m = a < b ? a : b;
    return (Math.sqrt((cu / a) ** 2 + (cw / b) ** 2 + (cl / m) ** 2) - 1) * m;
  };
  return {
    d,
    minX: Math.min(p0[0], p1[0]) - r, minY: Math.min(p0[1], p1[1]) - r, minZ: Math.min(p0[2], p1[2]) - r,
    maxX: Math.max(p0[0], p1[0]) + r, maxY: Math.max(p0[1], p1[1]) + r, maxZ: Math.max(p0[2], p1[2]) + r,
  };
}

/**
 * A generalized cylinder: the axis is a centripetal Catmull-Rom curve through the stations, sampled
 * `per` times per span; section sizes are interpolated along it; `side` fixes the first section axis
 * (projected off the local tangent at every sample). Segments are blended by `blend` metres.
 */
export function sweep(stations: readonly Station[], side: Vec3, per = 4, blend = 0.002): Prim {
  if (stations.length < 2) throw new Error('sweep needs at least two stations');
  const pts = curvePoints(stations.map((s) => s.at as V3), per);
  const sizeAt = (i: number): [number, number] => {
    const f = i / per, k = Math.min(stations.length - 2, Math.floor(f)), s = f - k;
    const A = stations[k]!, B = stations[k + 1]!;
    const e = s * s * (3 - 2 * s);
    return [A.a + (B.a - A.a) * e, A.b + (B.b - A.b) * e];
  };
  const sideV: V3 = [side[0], side[1], side[2]];
  const segs: Prim[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const [a0, b0] = sizeAt(i), [a1, b1] = sizeAt(i + 1);
    segs.push(segment(pts[i]!, pts[i + 1]!, a0, b0, a1, b1, sideV));
  }
  return smoothUnion(segs, blend);
}

/** An elliptic cylinder centred at c with axis `up`, half-sizes rx (along `side`) and rz, half-height h, rims rounded by `round`. */
export function ellipticCylinder(c: Vec3, up: Vec3, side: Vec3, rx: number, rz: number, h: number, round: number): Prim {
  const t = norm(up);
  const u = norm(sub(side as V3, [t[0] * dot(side, t), t[1] * dot(side, t), t[2] * dot(side, t)]));
  const w = cross(t, u);
  const ex = rx - round, ez = rz - round, eh = h - round;
  const d = (x: number, y: number, z: number) => {
    const px = x - c[0], py = y - c[1], pz = z - c[2];
    const cu = px * u[0] + py * u[1] + pz * u[2];
    const cw = px * w[0] + py * w[1] + pz * w[2];
    const ch = px * t[0] + py * t[1] + pz * t[2];
    const radial = (Math.sqrt((cu / ex) ** 2 + (cw / ez) ** 2) - 1) * Math.min(ex, ez);
    const axial = Math.abs(ch) - eh;
    const o = Math.hypot(Math.max(radial, 0), Math.max(axial, 0));
    return o + Math.min(Math.max(radial, axial), 0) - round;
  };
  const r = Math.max(rx, rz, h);
  return { d, minX: c[0] - r, minY: c[1] - r, minZ: c[2] - r, maxX: c[0] + r, maxY: c[1] + r, maxZ: c[2] + r };
}

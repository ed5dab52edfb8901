/**
 * A sweep of flattened sections whose frame turns along the axis (ribs and costal cartilages): at
 * every sample of a smooth axis the caller gives the section's outward normal, so the shaft can be
 * twisted on its long axis; each section is an ellipse, `tall` half-size across the normal and
 * `thick` half-size along it, with an optional groove cut into its inner face near the lower edge
 * (the costal groove).
 */
import type { Vec3 } from '../../core/frame';
import { curvePoints } from '../curve';
import { cross, dot, norm, sub, type V3 } from '../vec';
import { smin, smoothUnion, type Prim } from './primitives';

/** One station of the axis: where it passes, the section's half-sizes and the groove's depth (0..1). */
export interface FlatStation {
  at: Vec3;
  tall: number;
  thick: number;
  groove?: number;
}

/** The outward normal of the section at a point of the axis with its tangent, `s` 0..1 along the axis. */
export type NormalAt = (p: V3, tangent: V3, s: number) => Vec3;

interface Section {
  p: V3;
  tall: number;
  thick: number;
  groove: number;
  /** Outward normal (thin axis) and the tall axis, both perpendicular to the local tangent. */
  n: V3;
  up: V3;
}

/** The part of v perpendicular to the unit vector t, normalized. */
function perp(v: V3, t: V3): V3 {
  const k = dot(v, t);
  return norm([v[0] - t[0] * k, v[1] - t[1] * k, v[2] - t[2] * k]);
}

/**
 * A frustum of elliptic sections between two samples; its frame turns from the first sample's to the
 * second's along it, so consecutive segments meet in the same section (no steps at the joins).
 */
function segment(a: Section, b: Section): Prim {
  const ax = sub(b.p, a.p);
  const L2 = dot(ax, ax) || 1e-12;
  const t = norm(ax);
  const ua = perp(a.up, t), ub = perp(b.up, t);
  const wa = perp(a.n, t), wb = perp(b.n, t);
  const r = Math.max(a.tall, b.tall, a.thick, b.thick);
  const p0 = a.p;
  const d = (x: number, y: number, z: number) => {
    const px = x - p0[0], py = y - p0[1], pz = z - p0[2];
    let h = (px * ax[0] + py * ax[1] + pz * ax[2]) / L2;
    h = h < 0 ? 0 : h > 1 ? 1 : h;
    const qx = px - ax[0] * h, qy = py - ax[1] * h, qz = pz - ax[2] * h;
    const ta = a.tall + (b.tall - a.tall) * h, tb = a.thick + (b.thick - a.thick) * h;
    const g = a.groove + (b.groove - a.groove) * h;
    let ux = ua[0] + (ub[0] - ua[0]) * h, uy = ua[1] + (ub[1] - ua[1]) * h, uz = ua[2] + (ub[2] - ua[2]) * h;
    const ul = Math.sqrt(ux * ux + uy * uy + uz * uz) || 1;
    ux /= ul; uy /= ul; uz /= ul;
    let wx = wa[0] + (wb[0] - wa[0]) * h, wy = wa[1] + (wb[1] - wa[1]) * h, wz = wa[2] + (wb[2] - wa[2]) * h;
    const wl = Math.sqrt(wx * wx + wy * wy + wz * wz) || 1;
    wx /= wl; wy /= wl; wz /= wl;
    const cu = qx * ux + qy * uy + qz * uz;
    const cw = qx * wx + qy * wy + qz * wz;
    const cl = qx * t[0] + qy * t[1] + qz * t[2];
    const m = ta < tb ? ta : tb;
    // the ellipsoid distance estimate k0 (k0 - 1) / k1: close to the true distance on both axes
    const k0 = Math.sqrt((cu / ta) ** 2 + (cw / tb) ** 2 + (cl / m) ** 2);
    const k1 = Math.sqrt((cu / (ta * ta)) ** 2 + (cw / (tb * tb)) ** 2 + (cl / (m * m)) ** 2);
    let dist = k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -m;
    if (g > 0) {
      // the groove: a round channel along the inner face, just above the lower border
      const gr = tb * 0.75 * g;
      const gd = gr - Math.hypot(cu + ta * 0.5, cw + tb * 1.05);
      // a rounded cut, so the groove's lips are not knife edges
      dist = -smin(-dist, -gd, 0.0008);
    }
    return dist;
  };
  const lo = [Math.min(a.p[0], b.p[0]) - r, Math.min(a.p[1], b.p[1]) - r, Math.min(a.p[2], b.p[2]) - r];
  const hi = [Math.max(a.p[0], b.p[0]) + r, Math.max(a.p[1], b.p[1]) + r, Math.max(a.p[2], b.p[2]) + r];
  return { d, minX: lo[0]!, minY: lo[1]!, minZ: lo[2]!, maxX: hi[0]!, maxY: hi[1]!, maxZ: hi[2]! };
}

/**
 * The sections sampled along the axis (`per` samples per span): their centres, sizes and frames, with
 * the tall axis turned to point upward (+Y) wherever it can. Exported for tests that probe sections.
 */
export function flatSections(stations: readonly FlatStation[], normalAt: NormalAt, per = 4): Section[] {
  if (stations.length < 2) throw new Error('flatSweep needs at least two stations');
  const pts = curvePoints(stations.map((s) => s.at as V3), per);
  const out: Section[] = [];
  for (let i = 0; i < pts.length; i++) {
    const f = i / per, k = Math.min(stations.length - 2, Math.floor(f)), e0 = f - k;
    const A = stations[k]!, B = stations[k + 1]!;
    const e = e0 * e0 * (3 - 2 * e0);
    const prev = pts[Math.max(0, i - 1)]!, next = pts[Math.min(pts.length - 1, i + 1)]!;
    const t = norm(sub(next, prev));
    const raw = normalAt(pts[i]!, t, i / (pts.length - 1));
    const n = norm(sub(raw as V3, [t[0] * dot(raw, t), t[1] * dot(raw, t), t[2] * dot(raw, t)]));
    let up = cross(n, t);
    if (up[1] < 0) up = [-up[0], -up[1], -up[2]];
    const ga = A.groove ?? 0, gb = B.groove ?? 0;
    out.push({ p: pts[i]!, tall: A.tall + (B.tall - A.tall) * e, thick: A.thick + (B.thick - A.thick) * e, groove: ga + (gb - ga) * e, n, up });
  }
  return out;
}

/** The swept solid: segments between consecutive sections, blended by `blend` metres. */
export function flatSweep(stations: readonly FlatStation[], normalAt: NormalAt, per = 4, blend = 0.0015): Prim {
  const secs = flatSections(stations, normalAt, per);
  const segs: Prim[] = [];
  for (let i = 0; i + 1 < secs.length; i++) segs.push(segment(secs[i]!, secs[i + 1]!));
  return smoothUnion(segs, blend);
}

/**
 * A curved plate of varying thickness for flat bones (scapula, ilium): an outline polygon in a local
 * (u, v) plane, a mid-surface w = height(u, v) above that plane and a half thickness(u, v). The
 * distance is the rounded intersection of the slab around the mid-surface and the outline's prism.
 */
import type { Vec3 } from '../../core/frame';
import { cross, dot, norm, sub, type V3 } from '../vec';
import type { Prim } from './primitives';

/** A point of the outline in plate coordinates (metres along u and v). */
export type P2 = readonly [number, number];

/** The plate's frame: an origin and two in-plane axes (w = u × v is the plate's normal). */
export interface PlateFrame {
  origin: Vec3;
  u: Vec3;
  v: Vec3;
}

/** Builds a frame whose u axis runs towards `uToward` and whose normal points towards `normalToward`. */
export function plateFrame(origin: Vec3, uToward: Vec3, normalToward: Vec3): PlateFrame & { w: V3 } {
  const u = norm(sub(uToward as V3, origin as V3));
  let w = norm(sub(normalToward as V3, [u[0] * dot(normalToward, u), u[1] * dot(normalToward, u), u[2] * dot(normalToward, u)]));
  const v = cross(w, u);
  w = cross(u, v);
  return { origin, u, v, w };
}

/** Plate coordinates (u, v, w) of a world point. */
export function toPlate(f: PlateFrame, p: Vec3): V3 {
  const w = cross(f.u as V3, f.v as V3);
  const d = sub(p as V3, f.origin as V3);
  return [dot(d, f.u), dot(d, f.v), dot(d, w)];
}

/** Signed distance from (x, y) to a simple polygon (negative inside). */
function polygonDistance(poly: readonly P2[], x: number, y: number): number {
  let d2 = Infinity;
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [ax, ay] = poly[j]!, [bx, by] = poly[i]!;
    const ex = bx - ax, ey = by - ay;
    const wx = x - ax, wy = y - ay;
    const h = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey || 1e-12)));
    const dx = wx - ex * h, dy = wy - ey * h;
    d2 = Math.min(d2, dx * dx + dy * dy);
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  const d = Math.sqrt(d2);
  return inside ? -d : d;
}

/**
 * The plate: `outline` (counter-clockwise or not) in the frame's (u, v) plane, the mid-surface at
 * height(u, v) along the normal, half thickness(u, v); edges rounded by the thickness itself.
 */
export function plate(f: PlateFrame, outline: readonly P2[], height: (u: number, v: number) => number, thickness: (u: number, v: number) => number): Prim {
  const W = cross(f.u as V3, f.v as V3);
  const [ox, oy, oz] = f.origin;
  const U = f.u, V = f.v;
  const d = (x: number, y: number, z: number) => {
    const px = x - ox, py = y - oy, pz = z - oz;
    const cu = px * U[0] + py * U[1] + pz * U[2];
    const cv = px * V[0] + py * V[1] + pz * V[2];
    const cw = px * W[0] + py * W[1] + pz * W[2];
    const t = thickness(cu, cv);
    const off = cw - height(cu, cv);
    // a sheet over the outline shrunk by the thickness, thickened by it: the rim is as round as the plate is thick
    const edge = polygonDistance(outline, cu, cv) + t;
    return edge <= 0 ? Math.abs(off) - t : Math.hypot(edge, off) - t;
  };
  // box: the outline's bounding rectangle sampled at the heights the plate reaches
  let lo: V3 = [Infinity, Infinity, Infinity], hi: V3 = [-Infinity, -Infinity, -Infinity];
  const us = outline.map((p) => p[0]), vs = outline.map((p) => p[1]);
  const u0 = Math.min(...us), u1 = Math.max(...us), v0 = Math.min(...vs), v1 = Math.max(...vs);
  const samples: P2[] = [];
  for (let i = 0; i <= 8; i++) for (let j = 0; j <= 8; j++) samples.push([u0 + ((u1 - u0) * i) / 8, v0 + ((v1 - v0) * j) / 8]);
  for (const [a, b] of samples) {
    const h = height(a, b), t = thickness(a, b) + 0.01;
    for (const s of [-1, 1]) {
      const wv = h + s * t;
      const p: V3 = [ox + U[0] * a + V[0] * b + W[0] * wv, oy + U[1] * a + V[1] * b + W[1] * wv, oz + U[2] * a + V[2] * b + W[2] * wv];
      lo = [Math.min(lo[0], p[0]), Math.min(lo[1], p[1]), Math.min(lo[2], p[2])];
      hi = [Math.max(hi[0], p[0]), Math.max(hi[1], p[1]), Math.max(hi[2], p[2])];
    }
  }
  return { d, minX: lo[0], minY: lo[1], minZ: lo[2], maxX: hi[0], maxY: hi[1], maxZ: hi[2] };
}

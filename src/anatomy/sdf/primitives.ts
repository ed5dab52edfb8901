/**
 * Signed-distance primitives for the procedural body. Each primitive carries an axis-aligned box;
 * a group only evaluates the members whose (padded) box contains the point and uses the distance to
 * the box as a lower bound for the rest. Evaluation allocates nothing.
 */
import type { Vec3 } from '../../core/frame';
import type { Field } from '../context';

/** A distance function with the axis-aligned box that contains its surface. */
export interface Prim {
  d: Field;
  minX: number;
  minY: number;
  minZ: number;
  maxX: number;
  maxY: number;
  maxZ: number;
}

/** An axis-aligned box in metres. */
export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

type Axes = readonly [Vec3, Vec3, Vec3];
const WORLD: Axes = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

function prim(d: Field, lo: Vec3, hi: Vec3): Prim {
  return { d, minX: lo[0], minY: lo[1], minZ: lo[2], maxX: hi[0], maxY: hi[1], maxZ: hi[2] };
}

/** Distance from a point to a primitive's box (0 inside): a lower bound of the distance to its surface. */
export function boxDistance(p: Prim, x: number, y: number, z: number): number {
  const dx = x < p.minX ? p.minX - x : x > p.maxX ? x - p.maxX : 0;
  const dy = y < p.minY ? p.minY - y : y > p.maxY ? y - p.maxY : 0;
  const dz = z < p.minZ ? p.minZ - z : z > p.maxZ ? z - p.maxZ : 0;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** The box of a primitive as {min, max}, grown by a margin. */
export function primBox(p: Prim, margin = 0): Box {
  return {
    min: [p.minX - margin, p.minY - margin, p.minZ - margin],
    max: [p.maxX + margin, p.maxY + margin, p.maxZ + margin],
  };
}

/** A sphere. */
export function sphere(c: Vec3, r: number): Prim {
  const [cx, cy, cz] = c;
  return prim(
    (x, y, z) => Math.sqrt((x - cx) ** 2 + (y - cy) ** 2 + (z - cz) ** 2) - r,
    [cx - r, cy - r, cz - r],
    [cx + r, cy + r, cz + r],
  );
}

/** An ellipsoid with radii along three orthonormal axes (world axes by default); approximate distance. */
export function ellipsoid(c: Vec3, radii: Vec3, axes: Axes = WORLD): Prim {
  const [cx, cy, cz] = c;
  const [a, b, e] = axes;
  const [r0, r1, r2] = radii;
  const rMin = Math.min(r0, r1, r2);
  const d: Field = (x, y, z) => {
    const px = x - cx, py = y - cy, pz = z - cz;
    const u = px * a[0] + py * a[1] + pz * a[2];
    const v = px * b[0] + py * b[1] + pz * b[2];
    const w = px * e[0] + py * e[1] + pz * e[2];
    const k0 = Math.sqrt((u / r0) ** 2 + (v / r1) ** 2 + (w / r2) ** 2);
    const k1 = Math.sqrt((u / (r0 * r0)) ** 2 + (v / (r1 * r1)) ** 2 + (w / (r2 * r2)) ** 2);
    const e0 = k1 < 1e-9 ? -rMin : (k0 * (k0 - 1)) / k1;
    return e0 < -rMin ? -rMin : e0;
  };
  const ext = [0, 1, 2].map((i) => Math.hypot(a[i]! * r0, b[i]! * r1, e[i]! * r2)) as [number, number, number];
  return prim(d, [cx - ext[0], cy - ext[1], cz - ext[2]], [cx + ext[0], cy + ext[1], cz + ext[2]]);
}

/**
 * A capsule (rounded cone) from a to b with radius ra at a and rb at b. `flat` squashes the cross-section
 * along an axis (factor < 1 makes it thinner that way), for limbs and blades that are not round.
 */
export function capsule(a: Vec3, b: Vec3, ra: number, rb = ra, flat?: { axis: Vec3; factor: number }): Prim {
  const [ax, ay, az] = a;
  const bax = b[0] - ax, bay = b[1] - ay, baz = b[2] - az;
  const bb = bax * bax + bay * bay + baz * baz || 1e-12;
  const fx = flat ? flat.axis[0] : 0, fy = flat ? flat.axis[1] : 0, fz = flat ? flat.axis[2] : 0;
  const f = flat ? flat.factor : 1;
  const inv = 1 / f - 1;
  const sc = Math.min(1, f);
  const d: Field = (x, y, z) => {
    const px = x - ax, py = y - ay, pz = z - az;
    let h = (px * bax + py * bay + pz * baz) / bb;
    h = h < 0 ? 0 : h > 1 ? 1 : h;
    let qx = px - bax * h, qy = py - bay * h, qz = pz - baz * h;
    if (inv !== 0) {
      const s = (qx * fx + qy * fy + qz * fz) * inv;
      qx += fx * s;
      qy += fy * s;
      qz += fz * s;
    }
    return (Math.sqrt(qx * qx + qy * qy + qz * qz) - (ra + (rb - ra) * h)) * sc;
  };
  const r = Math.max(ra, rb);
  return prim(
    d,
    [Math.min(ax, b[0]) - r, Math.min(ay, b[1]) - r, Math.min(az, b[2]) - r],
    [Math.max(ax, b[0]) + r, Math.max(ay, b[1]) + r, Math.max(az, b[2]) + r],
  );
}

/** Capsules through a polyline, one radius per point. */
export function chain(points: readonly Vec3[], radii: readonly number[] | number, flat?: { axis: Vec3; factor: number }): Prim[] {
  const out: Prim[] = [];
  const r = (i: number) => (typeof radii === 'number' ? radii : (radii[i] ?? radii[radii.length - 1] ?? 0.005));
  for (let i = 0; i + 1 < points.length; i++) out.push(capsule(points[i]!, points[i + 1]!, r(i), r(i + 1), flat));
  return out;
}

/** A box with rounded edges: centre, half extents along three orthonormal axes, edge radius. */
export function roundBox(c: Vec3, half: Vec3, round: number, axes: Axes = WORLD): Prim {
  const [cx, cy, cz] = c;
  const [a, b, e] = axes;
  const h0 = half[0] - round, h1 = half[1] - round, h2 = half[2] - round;
  const d: Field = (x, y, z) => {
    const px = x - cx, py = y - cy, pz = z - cz;
    const q0 = Math.abs(px * a[0] + py * a[1] + pz * a[2]) - h0;
    const q1 = Math.abs(px * b[0] + py * b[1] + pz * b[2]) - h1;
    const q2 = Math.abs(px * e[0] + py * e[1] + pz * e[2]) - h2;
    const o = Math.sqrt(Math.max(q0, 0) ** 2 + Math.max(q1, 0) ** 2 + Math.max(q2, 0) ** 2);
    return o + Math.min(Math.max(q0, q1, q2), 0) - round;
  };
  const ext = [0, 1, 2].map(
    (i) => Math.abs(a[i]!) * half[0] + Math.abs(b[i]!) * half[1] + Math.abs(e[i]!) * half[2],
  ) as [number, number, number];
  return prim(d, [cx - ext[0], cy - ext[1], cz - ext[2]], [cx + ext[0], cy + ext[1], cz + ext[2]]);
}

/** A thickened triangle (a thin plate with rounded edges): half thickness t. */
export function triangle(a: Vec3, b: Vec3, c: Vec3, t: number): Prim {
  const [ax, ay, az] = a;
  const bax = b[0] - ax, bay = b[1] - ay, baz = b[2] - az;
  const cbx = c[0] - b[0], cby = c[1] - b[1], cbz = c[2] - b[2];
  const acx = ax - c[0], acy = ay - c[1], acz = az - c[2];
  const nx = bay * acz - baz * acy, ny = baz * acx - bax * acz, nz = bax * acy - bay * acx;
  const nn = nx * nx + ny * ny + nz * nz || 1e-12;
  const sgn = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);
  const seg = (px: number, py: number, pz: number, ex: number, ey: number, ez: number) => {
    const ee = ex * ex + ey * ey + ez * ez || 1e-12;
    let h = (px * ex + py * ey + pz * ez) / ee;
    h = h < 0 ? 0 : h > 1 ? 1 : h;
    return (ex * h - px) ** 2 + (ey * h - py) ** 2 + (ez * h - pz) ** 2;
  };
  const d: Field = (x, y, z) => {
    const pax = x - ax, pay = y - ay, paz = z - az;
    const pbx = x - b[0], pby = y - b[1], pbz = z - b[2];
    const pcx = x - c[0], pcy = y - c[1], pcz = z - c[2];
    // which side of each edge (inside the prism over the triangle when all agree)
    const s1 = sgn((bay * nz - baz * ny) * pax + (baz * nx - bax * nz) * pay + (bax * ny - bay * nx) * paz);
    const s2 = sgn((cby * nz - cbz * ny) * pbx + (cbz * nx - cbx * nz) * pby + (cbx * ny - cby * nx) * pbz);
    const s3 = sgn((acy * nz - acz * ny) * pcx + (acz * nx - acx * nz) * pcy + (acx * ny - acy * nx) * pcz);
    let d2: number;
    if (s1 + s2 + s3 < 2) {
      d2 = Math.min(seg(pax, pay, paz, bax, bay, baz), seg(pbx, pby, pbz, cbx, cby, cbz), seg(pcx, pcy, pcz, acx, acy, acz));
    } else {
      const dn = nx * pax + ny * pay + nz * paz;
      d2 = (dn * dn) / nn;
    }
    return Math.sqrt(d2) - t;
  };
  return prim(
    d,
    [Math.min(ax, b[0], c[0]) - t, Math.min(ay, b[1], c[1]) - t, Math.min(az, b[2], c[2]) - t],
    [Math.max(ax, b[0], c[0]) + t, Math.max(ay, b[1], c[1]) + t, Math.max(az, b[2], c[2]) + t],
  );
}

/** Polynomial smooth minimum with blend radius k (k = 0 is the plain minimum). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return a < b ? a : b;
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return (a < b ? a : b) - h * h * k * 0.25;
}

/**
 * Members farther than this from their box are culled. It exceeds every blend radius used in the
 * body, so the box-distance bound a culled group returns never takes part in a parent's blend.
 */
export const CULL_PAD = 0.035;

/**
 * The smooth union of primitives as one primitive. Members whose box (grown by k) misses the point
 * contribute only their box distance, so far members cost a few comparisons.
 */
export function smoothUnion(prims: readonly Prim[], k = 0, pad = Math.max(k, CULL_PAD)): Prim {
  if (prims.length === 0) throw new Error('smoothUnion needs at least one primitive');
  const list = prims.slice();
  const n = list.length;
  // culled primitives of one evaluation (box distance is a lower bound of their true distance)
  const culled = new Int32Array(n);
  const culledBox = new Float64Array(n);
  const d: Field = (x, y, z) => {
    let res = Infinity;
    let nc = 0;
    for (let i = 0; i < n; i++) {
      const p = list[i]!;
      if (
        x < p.minX - pad || x > p.maxX + pad ||
        y < p.minY - pad || y > p.maxY + pad ||
        z < p.minZ - pad || z > p.maxZ + pad
      ) {
        culled[nc] = i;
        culledBox[nc++] = boxDistance(p, x, y, z);
        continue;
      }
      res = res === Infinity ? p.d(x, y, z) : smin(res, p.d(x, y, z), k);
    }
    // a culled primitive whose box is nearer than the result so far may be nearer itself: evaluate it,
    // starting with the nearest box when nothing was in range
    if (res === Infinity && nc > 0) {
      let best = 0;
      for (let c = 1; c < nc; c++) if (culledBox[c]! < culledBox[best]!) best = c;
      res = list[culled[best]!]!.d(x, y, z);
      culledBox[best] = Infinity;
    }
    for (let c = 0; c < nc; c++) {
      if (culledBox[c]! >= res) continue;
      const v = list[culled[c]!]!.d(x, y, z);
      res = res === Infinity ? v : smin(res, v, k);
    }
    return res;
  };
  let lo: [number, number, number] = [Infinity, Infinity, Infinity];
  let hi: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of list) {
    lo = [Math.min(lo[0], p.minX), Math.min(lo[1], p.minY), Math.min(lo[2], p.minZ)];
    hi = [Math.max(hi[0], p.maxX), Math.max(hi[1], p.maxY), Math.max(hi[2], p.maxZ)];
  }
  const g = k * 0.25;
  return prim(d, [lo[0] - g, lo[1] - g, lo[2] - g], [hi[0] + g, hi[1] + g, hi[2] + g]);
}

/**
 * The plain union of primitives. Without blending no member needs the cull pad: a member whose box
 * is farther than the nearest surface found cannot be nearer, so only boxes the point is near are opened.
 */
export function union(prims: readonly Prim[]): Prim {
  return smoothUnion(prims, 0, 0);
}

/** a with b carved out, the cut edge rounded by k; keeps a's box. */
export function subtract(a: Prim, b: Prim, k = 0): Prim {
  const da = a.d, db = b.d;
  const d: Field = (x, y, z) => {
    const va = da(x, y, z);
    if (x < b.minX - k || x > b.maxX + k || y < b.minY - k || y > b.maxY + k || z < b.minZ - k || z > b.maxZ + k) return va;
    return -smin(-va, db(x, y, z), k);
  };
  return { ...a, d };
}

/** The intersection of a and b (b's box ignored: a's box bounds the result). */
export function intersect(a: Prim, b: Field): Prim {
  const da = a.d;
  return { ...a, d: (x, y, z) => Math.max(da(x, y, z), b(x, y, z)) };
}

/** A primitive made symmetric about x = 0 from its left (x ≥ 0) half. */
export function symmetric(p: Prim): Prim {
  const f = p.d;
  const m = Math.max(Math.abs(p.minX), Math.abs(p.maxX));
  return { ...p, d: (x, y, z) => f(x < 0 ? -x : x, y, z), minX: -m, maxX: m };
}

/** The mirror image of a primitive in the plane x = 0. */
export function mirrored(p: Prim): Prim {
  const f = p.d;
  return { ...p, d: (x, y, z) => f(-x, y, z), minX: -p.maxX, maxX: -p.minX };
}

/** Orthonormal axes (u, v, w) from a main direction and a hint for the second axis. */
export function frame(main: Vec3, hint: Vec3): [Vec3, Vec3, Vec3] {
  const l = Math.hypot(main[0], main[1], main[2]) || 1;
  const u: Vec3 = [main[0] / l, main[1] / l, main[2] / l];
  const k = hint[0] * u[0] + hint[1] * u[1] + hint[2] * u[2];
  const vx = hint[0] - u[0] * k, vy = hint[1] - u[1] * k, vz = hint[2] - u[2] * k;
  const vl = Math.hypot(vx, vy, vz) || 1;
  const v: Vec3 = [vx / vl, vy / vl, vz / vl];
  const w: Vec3 = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
  return [u, v, w];
}

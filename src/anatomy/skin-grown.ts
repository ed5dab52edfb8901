/**
 * The shown skin grown over what lies beneath it. The authored skin field (./skin.ts) stays the
 * envelope the muscles are laid and clamped under; once muscles, tendons and bones are built, the skin
 * that is drawn is a new field: the smooth union of their meshes offset by a regional fat thickness,
 * blended with the authored face, hands, feet and crotch where there are no muscles to follow.
 *
 * The meshes' distances are rasterized on a grid in a narrow band: every triangle writes its exact
 * point–triangle distance into the grid points near it, each point keeping the nearest distance and the
 * nearest from another mesh, whose smooth minimum is the smooth union of the two offsets. Points
 * the outside cannot reach (inside a muscle deeper than the fat, the body's cavities) are inside.
 * Since the smooth minimum only lowers the field, the skin lies at least the fat thickness from
 * every mesh (less the grid's interpolation error, made good by keepClear on the final mesh).
 * Then a closing (distance transforms) bridges the gaps between muscles, a blur evens ridges and
 * grooves without coming nearer the meshes than FAT_MIN, and a flood from outside the envelope marks
 * what it cannot reach as inside.
 *
 * State (off by default, `npm run build:model -- --grown-skin`): every muscle, tendon and bone stays
 * ≥ 2 mm inside it, but it covers the silhouette little better than the envelope (88 % against
 * 86.9 %: the authored hands, face and feet over thin bones and the crotch keep most of the bare
 * outline), and it still shows the muscles' own edges (the latissimus' border and the scapulae as
 * ledges on the back, a slit over the sternum) and a hole behind the crotch where no pelvic-floor
 * muscle is modelled. To do before switching: a pelvic-floor / perineum part, regional closing radius,
 * hands and feet grown over their bones.
 */
import { BufferAttribute, BufferGeometry, Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { Vec3 } from '../core/frame';
import type { Field } from './context';
import { FOREARM_DIR, WRIST } from './figure';
import type { MeshData } from './mesh';
import type { SampledBox } from './polygonize';
import { smin } from './sdf/primitives';
import { gridField } from './volumes/grid';

/** Least soft tissue over anything beneath (metres): the thin skin of the shin, scalp and hands. */
export const FAT_MIN = 0.0035;

/** Where the subcutaneous fat is thicker than FAT_MIN: an ellipsoid (left side) and the extra fat at its middle. */
interface FatPad {
  c: Vec3;
  r: Vec3;
  extra: number;
}

/**
 * Regional fat of a lean adult (left side; mirrored). Subcutaneous fat is thickest over the lower
 * abdomen and the buttocks, a few millimetres over the chest, back, thigh and arm, thinnest over the
 * shin, the hands and the skull. The overall scale: ultrasound means over eight standard sites of 3–10 mm
 * in ten adults with a BMI under 28.5 (Störchle P et al. 2018, Sci Rep 8:16268); how it is shared out
 * between the regions below is our estimate.
 */
const FAT_PADS: readonly FatPad[] = [
  // lower abdomen and flank
  { c: [0.0, 1.0, 0.08], r: [0.16, 0.14, 0.09], extra: 0.007 },
  { c: [0.14, 1.0, 0.0], r: [0.06, 0.12, 0.1], extra: 0.004 },
  // buttocks
  { c: [0.08, 0.88, -0.11], r: [0.1, 0.1, 0.08], extra: 0.007 },
  // chest and back
  { c: [0.07, 1.3, 0.08], r: [0.11, 0.12, 0.07], extra: 0.002 },
  { c: [0.07, 1.22, -0.1], r: [0.12, 0.18, 0.07], extra: 0.002 },
  // thigh, most on its front and side
  { c: [0.1, 0.68, 0.0], r: [0.08, 0.17, 0.08], extra: 0.003 },
  // upper arm behind
  { c: [0.24, 1.2, -0.02], r: [0.05, 0.12, 0.05], extra: 0.001 },
];

/** The fat thickness at a point (either side). */
export function fatThickness(x: number, y: number, z: number): number {
  const ax = Math.abs(x);
  let f = FAT_MIN;
  for (const p of FAT_PADS) {
    const q = ((ax - p.c[0]) / p.r[0]) ** 2 + ((y - p.c[1]) / p.r[1]) ** 2 + ((z - p.c[2]) / p.r[2]) ** 2;
    if (q < 1) f += p.extra * (1 - q) * (1 - q);
  }
  return f;
}

/** How far the authored envelope is pulled in (0 where it is kept: face and head, hands, feet, crotch). */
const PULL = 0.05;
function authoredPull(x: number, y: number, z: number): number {
  const ax = Math.abs(x);
  const ramp = (t: number) => (t <= 0 ? 0 : t >= 1 ? PULL : PULL * t * t * (3 - 2 * t));
  // head above the jaw's line
  const head = ramp((1.535 - y) / 0.05);
  // the hand past the wrist
  const wx = ax - WRIST[0], wy = y - WRIST[1], wz = z - WRIST[2];
  const along = wx * FOREARM_DIR[0] + wy * FOREARM_DIR[1] + wz * FOREARM_DIR[2];
  const hand = Math.max(ramp((-0.005 - along) / 0.04), ramp((Math.hypot(wx, wy, wz) - 0.25) / 0.03));
  // the throat (no larynx or trachea is modelled beneath it)
  const throat = ramp((Math.hypot(ax / 0.035, (y - 1.47) / 0.07, (z - 0.03) / 0.045) - 1) / 0.6);
  // the foot below the ankle
  const foot = ramp((y - 0.07) / 0.05);
  // the crotch and the genital region
  const crotch = ramp((Math.hypot(ax / 0.7, y - 0.83, (z - 0.02) / 1.2) - 0.05) / 0.04);
  return Math.min(head, hand, foot, crotch, throat);
}

/**
 * Squared Euclidean distance transform in place (Felzenszwalb and Huttenlocher 2012, Theory of
 * Computing): `f` holds 0 at seed points and a large value elsewhere; afterwards the squared distance
 * (in cells) to the nearest seed.
 */
export function edt(f: Float32Array, nx: number, ny: number, nz: number): void {
  const m = Math.max(nx, ny, nz);
  const line = new Float64Array(m), out = new Float64Array(m), z = new Float64Array(m + 1);
  const v = new Int32Array(m);
  const pass = (len: number, start: number, stride: number) => {
    for (let q = 0; q < len; q++) line[q] = f[start + q * stride]!;
    let k = 0;
    v[0] = 0;
    z[0] = -Infinity;
    z[1] = Infinity;
    for (let q = 1; q < len; q++) {
      let sx = (line[q]! + q * q - (line[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
      while (sx <= z[k]!) {
        k--;
        sx = (line[q]! + q * q - (line[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
      }
      k++;
      v[k] = q;
      z[k] = sx;
      z[k + 1] = Infinity;
    }
    k = 0;
    for (let q = 0; q < len; q++) {
      while (z[k + 1]! < q) k++;
      out[q] = (q - v[k]!) ** 2 + line[v[k]!]!;
    }
    for (let q = 0; q < len; q++) f[start + q * stride] = out[q]!;
  };
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) pass(nx, nx * (j + ny * k), 1);
  for (let k = 0; k < nz; k++) for (let i = 0; i < nx; i++) pass(ny, i + nx * ny * k, nx);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) pass(nz, i + nx * j, nx * ny);
}

/**
 * A morphological closing of radius `r` (metres) of the set g ≤ 0, written into g as a minimum: the
 * skin bridges the gaps and grooves between muscles narrower than about 2r as skin over a body
 * does, and keeps its own, exact level wherever the closing adds nothing. The closed set's level is
 * from distance transforms on the grid, biased half a cell inward so it only wins where it fills;
 * g is used for the dilation only where `known` (within the rasterized band).
 */
function closeGaps(g: Float32Array, known: (o: number) => boolean, nx: number, ny: number, nz: number, cell: number, r: number): void {
  if (r <= 0) return;
  const n = g.length, BIG = 1e12;
  const a = new Float32Array(n);
  for (let o = 0; o < n; o++) a[o] = g[o]! <= 0 ? 0 : BIG;
  edt(a, nx, ny, nz);
  // the dilated set: within r of the offsets (their own distance where it is known, else the transform's)
  const rc = r / cell;
  for (let o = 0; o < n; o++) a[o] = Math.min(known(o) ? g[o]! / cell : Infinity, Math.sqrt(a[o]!)) < rc ? BIG : 0;
  edt(a, nx, ny, nz);
  for (let o = 0; o < n; o++) {
    const c = (rc - Math.sqrt(a[o]!)) * cell + 0.5 * cell;
    if (c < g[o]!) g[o] = c;
  }
}

/** Separable Gaussian blur in place (sigma in cells, kernel to 2.5 sigma); the grid's edges are clamped. */
function blur(f: Float32Array, nx: number, ny: number, nz: number, sigma: number): void {
  if (sigma <= 0) return;
  const r = Math.ceil(sigma * 2.5);
  const w = Array.from({ length: 2 * r + 1 }, (_, q) => Math.exp(-((q - r) ** 2) / (2 * sigma * sigma)));
  const sum = w.reduce((a, b) => a + b, 0);
  for (let q = 0; q < w.length; q++) w[q] = w[q]! / sum;
  const m = Math.max(nx, ny, nz);
  const line = new Float32Array(m);
  const pass = (len: number, start: number, stride: number) => {
    for (let q = 0; q < len; q++) line[q] = f[start + q * stride]!;
    for (let q = 0; q < len; q++) {
      let acc = 0;
      for (let t = -r; t <= r; t++) acc += w[t + r]! * line[Math.min(len - 1, Math.max(0, q + t))]!;
      f[start + q * stride] = acc;
    }
  };
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) pass(nx, nx * (j + ny * k), 1);
  for (let k = 0; k < nz; k++) for (let i = 0; i < nx; i++) pass(ny, i + nx * ny * k, nx);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) pass(nz, i + nx * j, nx * ny);
}

export interface GrowOptions {
  /** Grid cell (metres), aligned with the envelope's samples. */
  cell: number;
  /** Smooth-union radius between the offsets of neighbouring meshes (metres). */
  blend: number;
  /** Smooth-union radius with the authored parts (metres). */
  authoredBlend: number;
  /**
   * How far under the envelope the skin may dip (metres): what lies deeper is inside, so gaps between
   * muscles never open into the body's cavities.
   */
  depth: number;
  /** Radius of the closing that bridges gaps between muscles (metres). */
  closing: number;
  /** Sigma of the blur that evens the fat over ridges and grooves (metres). */
  soften: number;
}

export const GROW_OPTIONS: GrowOptions = { cell: 0.005, blend: 0.012, authoredBlend: 0.006, depth: 0.03, closing: 0.035, soften: 0.01 };

/**
 * The grown skin field for the left half (x from a little below 0), sampled on the grid of `envelope`
 * (the authored skin's samples) and its exact field for projecting vertices. `meshes` are every muscle,
 * tendon and bone mesh; `envelopeField` the exact authored field.
 */
export function grownSkin(meshes: readonly MeshData[], envelope: SampledBox, envelopeField: Field, opts: GrowOptions = GROW_OPTIONS): { field: Field; sampled: SampledBox } {
  const cell = envelope.cell;
  if (Math.abs(cell - opts.cell) > 1e-9) throw new Error('the grown skin uses the envelope samples’ cell');
  // the left half and six cells over the midline
  const i0 = Math.max(0, Math.floor((-6 * cell - envelope.min[0]) / cell));
  const nx = envelope.nx - i0, ny = envelope.ny, nz = envelope.nz;
  const min: [number, number, number] = [envelope.min[0] + i0 * cell, envelope.min[1], envelope.min[2]];
  const n = nx * ny * nz;
  const band = 0.012 + 0.008 + opts.blend * 0.25 + 2 * cell;
  const d1 = new Float32Array(n).fill(band), d2 = new Float32Array(n).fill(band);
  const id1 = new Int32Array(n).fill(-1);

  // one triangle and two points reused for every cell (three's closest point on a triangle)
  const tri = new Triangle(), point = new Vector3(), closest = new Vector3();
  meshes.forEach((m, mi) => {
    const p = m.positions, idx = m.indices;
    for (let t = 0; t < idx.length; t += 3) {
      const a = idx[t]! * 3, b = idx[t + 1]! * 3, c = idx[t + 2]! * 3;
      const ax = p[a]!, ay = p[a + 1]!, az = p[a + 2]!;
      const bx = p[b]!, by = p[b + 1]!, bz = p[b + 2]!;
      const cx = p[c]!, cy = p[c + 1]!, cz = p[c + 2]!;
      const lo = (v0: number, v1: number, v2: number, m0: number) => Math.max(0, Math.ceil((Math.min(v0, v1, v2) - band - m0) / cell));
      const hi = (v0: number, v1: number, v2: number, m0: number, nn: number) => Math.min(nn - 1, Math.floor((Math.max(v0, v1, v2) + band - m0) / cell));
      const il = lo(ax, bx, cx, min[0]), ih = hi(ax, bx, cx, min[0], nx);
      if (il > ih) continue;
      const jl = lo(ay, by, cy, min[1]), jh = hi(ay, by, cy, min[1], ny);
      const kl = lo(az, bz, cz, min[2]), kh = hi(az, bz, cz, min[2], nz);
      tri.a.set(ax, ay, az);
      tri.b.set(bx, by, bz);
      tri.c.set(cx, cy, cz);
      const band2 = band * band;
      for (let k = kl; k <= kh; k++) {
        const pz = min[2] + k * cell;
        for (let j = jl; j <= jh; j++) {
          const py = min[1] + j * cell;
          let o = il + nx * (j + ny * k);
          for (let i = il; i <= ih; i++, o++) {
            const px = min[0] + i * cell;
            const q = tri.closestPointToPoint(point.set(px, py, pz), closest);
            const dd = (px - q.x) ** 2 + (py - q.y) ** 2 + (pz - q.z) ** 2;
            if (dd >= band2) continue;
            const d = Math.sqrt(dd);
            if (d < d1[o]!) {
              if (id1[o] !== mi) d2[o] = d1[o]!;
              d1[o] = d;
              id1[o] = mi;
            } else if (d < d2[o]! && id1[o] !== mi) d2[o] = d;
          }
        }
      }
    }
  });

  // the smooth union of the offsets
  const g = new Float32Array(n);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const o = i + nx * (j + ny * k);
        const f = fatThickness(min[0] + i * cell, min[1] + j * cell, min[2] + k * cell);
        g[o] = smin(d1[o]! - f, d2[o]! - f, opts.blend);
      }

  // the least clearance: never nearer any mesh than FAT_MIN, whatever the smoothing below does
  const hard = new Float32Array(n);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const o = i + nx * (j + ny * k);
        hard[o] = g[o]! + fatThickness(min[0] + i * cell, min[1] + j * cell, min[2] + k * cell) - FAT_MIN;
      }
  closeGaps(g, (o) => d1[o]! < band * 0.999, nx, ny, nz, cell, opts.closing);
  // fat evens out what lies beneath it: a blurred level, kept outside the least clearance
  blur(g, nx, ny, nz, opts.soften / cell);
  for (let o = 0; o < n; o++) if (hard[o]! < g[o]!) g[o] = hard[o]!;

  // outside: what the outside of the envelope reaches through points outside the offsets; the rest is inside
  const reached = new Uint8Array(n);
  const stack: number[] = [];
  const env = (i: number, j: number, k: number) => envelope.values[i + i0 + envelope.nx * (j + ny * k)]!;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const o = i + nx * (j + ny * k);
        if (g[o]! > 0 && env(i, j, k) > 0.01) {
          reached[o] = 1;
          stack.push(o);
        }
      }
  while (stack.length > 0) {
    const o = stack.pop()!;
    const i = o % nx, j = Math.floor(o / nx) % ny, k = Math.floor(o / (nx * ny));
    const visit = (q: number) => {
      if (!reached[q] && g[q]! > 0) {
        reached[q] = 1;
        stack.push(q);
      }
    };
    if (i > 0) visit(o - 1);
    if (i < nx - 1) visit(o + 1);
    if (j > 0) visit(o - nx);
    if (j < ny - 1) visit(o + nx);
    if (k > 0) visit(o - nx * ny);
    if (k < nz - 1) visit(o + nx * ny);
  }
  for (let o = 0; o < n; o++) if (!reached[o] && g[o]! > 0) g[o] = -Math.min(g[o]!, cell);

  // the authored parts blended in, the sole flat on y = 0
  const grownGrid = { min, cell, nx, ny, nz, values: g };
  const grown = gridField(grownGrid);
  const coarseEnvelope = gridField(envelope);
  const values = new Float32Array(n);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const o = i + nx * (j + ny * k);
        const x = min[0] + i * cell, y = min[1] + j * cell, z = min[2] + k * cell;
        const pull = authoredPull(x, y, z);
        const e = env(i, j, k);
        const t = pull / PULL;
        const v = t < 1 ? e + (g[o]! - e) * t : g[o]!;
        values[o] = Math.max(Math.min(v, e + opts.depth), -y);
      }
  const field: Field = (x, y, z) => {
    const a = grown(x, y, z);
    const t = authoredPull(x, y, z) / PULL;
    const v = t < 1 ? envelopeField(x, y, z) * (1 - t) + a * t : a;
    return Math.max(Math.min(v, coarseEnvelope(x, y, z) + opts.depth), -y);
  };
  return { field, sampled: { min, cell, nx, ny, nz, values } };
}

/**
 * Moves skin vertices that came nearer than `clearance` to a muscle, tendon or bone (where the grid
 * and the simplification cut a corner) out along their normals to that distance. Vertices on the
 * midline stay on it, so the mirrored halves still meet.
 */
export function keepClear(skin: MeshData, tissue: readonly MeshData[], clearance: number): number {
  let nv = 0, nt = 0;
  for (const m of tissue) {
    nv += m.positions.length / 3;
    nt += m.indices.length;
  }
  const pos = new Float32Array(nv * 3), idx = new Uint32Array(nt);
  let v0 = 0, t0 = 0;
  for (const m of tissue) {
    pos.set(m.positions, v0 * 3);
    for (let i = 0; i < m.indices.length; i++) idx[t0 + i] = m.indices[i]! + v0;
    v0 += m.positions.length / 3;
    t0 += m.indices.length;
  }
  const bvh = new MeshBVH(new BufferGeometry().setAttribute('position', new BufferAttribute(pos, 3)).setIndex(new BufferAttribute(idx, 1)));
  const p = new Vector3();
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  let moved = 0;
  const sp = skin.positions, sn = skin.normals;
  for (let v = 0; v < sp.length; v += 3) {
    p.set(sp[v]!, sp[v + 1]!, sp[v + 2]!);
    if (!bvh.closestPointToPoint(p, hit, 0, clearance) || hit.distance >= clearance) continue;
    const push = clearance - hit.distance;
    const onMidline = sp[v] === 0;
    sp[v] = onMidline ? 0 : sp[v]! + sn[v]! * push;
    sp[v + 1] = sp[v + 1]! + sn[v + 1]! * push;
    sp[v + 2] = sp[v + 2]! + sn[v + 2]! * push;
    moved++;
  }
  return moved;
}

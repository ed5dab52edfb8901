/**
 * One muscle as a closed volume: footprints on bone, fibres draped on the ground (bone and the
 * deeper muscles), swept into a grid under its architecture template, cut by the ground and kept
 * under the skin, sized to its cited volume, polygonized by surface nets in its own box, kept as one
 * piece, smoothed, projected back onto its field and simplified with meshoptimizer keeping the
 * (along, across) attribute.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { BoneId } from '../../core/model-contract';
import type { Field } from '../context';
import type { MeshData } from '../mesh';
import { anchorPoint } from '../muscles/anchors';
import type { SurfacePoint } from '../muscles/shape';
import { fieldNormals, projectOnto, signedVolume, taubin } from '../polygonize';
import { surfaceNets } from '../surface-nets';
import { clamp, type V3 } from '../vec';
import { acrossProfile, bellyProfile, drape, fibreCurves, footprintLine, midTendonWeight, polylineLength, type Fibre } from './fibres';
import { surfaceLookup } from './surface-lookup';
import { trianglesForArea } from './budget';
import { bandWeight } from './fibre-attributes';
import { boxAround, gradientOf, gridField, makeGrid, type Grid } from './grid';
import { rasterizeFibres, smin } from './rasterize';
import { settleSheet } from './sheet';
import { badEdges, badEdgeVertices, soften, softenAround } from './soften';
import type { Box } from '../sdf/primitives';
import { meshArea, measureMesh, type MuscleMeasures } from './table';
import type { VolumeShape } from './types';

await MeshoptSimplifier.ready;

/** What a volume muscle is laid on and kept under. */
export interface VolumeEnv {
  /** The whole skeleton (evaluated at every cell and fibre step: pass its samples, see cache/sampled-fields.ts). */
  bones: Field;
  /** Named bones (left side). */
  bone: (ids: readonly BoneId[]) => Field;
  /** The skin (as for bones, its samples). */
  skin: Field;
  /** Fields of the muscles this one lies on or beside (already built). */
  under: readonly Field[];
  /** Fields of the muscles that only cut this one (VolumeShape.cutBy; default none). */
  cut?: readonly Field[];
}

/** A built volume muscle (left side). */
export interface VolumeBuild {
  mesh: MeshData & { uvs: Float32Array };
  /** The final signed distance grid (for muscles laid on this one). */
  grid: Grid;
  fibres: Fibre[];
  measures: MuscleMeasures;
  /** Footprint points on bone (origin then insertion), for tests. */
  footprints: V3[];
  surface(along: number, across: number): SurfacePoint;
}

const CLEARANCE = 0.0004;
/** Most fibres across, and points along each, of a sheet (VolumeShape.sheet). */
const SHEET_MAX_FIBRES = 160;
const SHEET_MAX_SAMPLES = 180;
/** Default depth under the skin a volume muscle keeps (VolumeShape.skinMargin). */
export const SKIN_MARGIN = 0.003;
/** Default tendon radius (VolumeShape.tendonRadius). */
const TENDON_RADIUS = 0.0025;
/** Blend of the cut under the skin (m): the muscle flattens smoothly where the skin is tight. */
const SKIN_BLEND = 0.004;

/** Within this distance of a fibre's end (m) the muscle may touch the deeper muscles at their common attachment. */
const ATTACHMENT_ZONE = 0.022;
/** A footprint point farther than this from the surface (m) draws the surface to it… */
const PULL_FROM = 0.0025;
/** …until the surface is this far from it (m). */
const PULL_LEFT = 0.001;
/** Passes of softening round the pinched edges before the whole grid is softened. */
const LOCAL_SOFTEN_PASSES = 12;
/** Radius of the pad every footprint point and fibre end gets on its bone (m), unless the def sets `endPad`. */
const PAD = 0.0055;

/** Smooth maximum (k metres of blending). */
const smax = (a: number, b: number, k: number) => -smin(-a, -b, k);

/** The box grown to whole multiples of the cell, so grids of one muscle share their lattice. */
function snapBox(b: Box, cell: number): Box {
  return {
    min: [Math.floor(b.min[0] / cell) * cell, Math.floor(b.min[1] / cell) * cell, Math.floor(b.min[2] / cell) * cell],
    max: [Math.ceil(b.max[0] / cell) * cell, Math.ceil(b.max[1] / cell) * cell, Math.ceil(b.max[2] / cell) * cell],
  };
}

/** The root of each vertex's connected piece (union-find over the triangles). */
function pieceRoots(nv: number, idx: Uint32Array): (v: number) => number {
  const parent = new Int32Array(nv).map((_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  for (let t = 0; t < idx.length; t += 3) {
    const a = find(idx[t]!), b = find(idx[t + 1]!), c = find(idx[t + 2]!);
    parent[b] = a;
    parent[find(c)] = a;
  }
  return find;
}

/** Prints each connected piece of a surface-nets mesh (grid coordinates): triangles and box in metres. */
function logPieces(id: string, pos: Float32Array, idx: Uint32Array, grid: Grid): void {
  const find = pieceRoots(pos.length / 3, idx);
  const pieces = new Map<number, { n: number; min: number[]; max: number[] }>();
  for (let t = 0; t < idx.length; t += 3) {
    const r = find(idx[t]!);
    const p = pieces.get(r) ?? { n: 0, min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity] };
    p.n++;
    const v = idx[t]!;
    for (let k = 0; k < 3; k++) {
      const w = grid.min[k]! + pos[v * 3 + k]! * grid.cell;
      p.min[k] = Math.min(p.min[k]!, w);
      p.max[k] = Math.max(p.max[k]!, w);
    }
    pieces.set(r, p);
  }
  const f = (a: number[]) => a.map((x) => x.toFixed(3)).join(',');
  for (const p of [...pieces.values()].sort((a, b) => b.n - a.n)) console.warn(`${id} piece: ${p.n} triangles, ${f(p.min)} to ${f(p.max)}`);
}

/** Labels connected pieces of a triangle list; returns the triangles of the largest piece. */
function largestPiece(nv: number, idx: Uint32Array): Uint32Array {
  const find = pieceRoots(nv, idx);
  const count = new Map<number, number>();
  for (let t = 0; t < idx.length; t += 3) {
    const r = find(idx[t]!);
    count.set(r, (count.get(r) ?? 0) + 1);
  }
  let best = -1, bestN = -1;
  for (const [r, n] of count) if (n > bestN) [best, bestN] = [r, n];
  const out: number[] = [];
  for (let t = 0; t < idx.length; t += 3) if (find(idx[t]!) === best) out.push(idx[t]!, idx[t + 1]!, idx[t + 2]!);
  return Uint32Array.from(out);
}

/** Drops unused vertices, carrying positions and uvs. */
function compactWith(pos: Float32Array, uvs: Float32Array, idx: Uint32Array): { positions: Float32Array; uvs: Float32Array; indices: Uint32Array } {
  const indices = Uint32Array.from(idx);
  const [remap, unique] = MeshoptSimplifier.compactMesh(indices);
  const positions = new Float32Array(unique * 3), outUv = new Float32Array(unique * 2);
  for (let i = 0; i < remap.length; i++) {
    const m = remap[i]!;
    if (m >= unique) continue;
    positions.set(pos.subarray(i * 3, i * 3 + 3), m * 3);
    outUv.set(uvs.subarray(i * 2, i * 2 + 2), m * 2);
  }
  return { positions, uvs: outUv, indices };
}

/**
 * The grid cell of a muscle (m): its own `cell`, else set by its size, a 20th of the cube root of its
 * cited volume (three times its thickness when it has none) but at most a sixth of its belly
 * thickness, rounded to half a millimetre within 2–3 mm: small and thin muscles get fine cells
 * so they stay closed and keep their volume, big bellies do not pay for detail they do not show.
 */
export function volumeCell(def: Pick<VolumeShape, 'cell' | 'thickness' | 'volume'>): number {
  if (def.cell !== undefined) return def.cell;
  const size = def.volume ? Math.cbrt(def.volume.cm3) * 0.01 : def.thickness * 3;
  return Math.round(clamp(Math.min(def.thickness / 6, size / 20), 0.002, 0.003) * 2000) / 2000;
}

/**
 * Distance from every cell to the nearest of `ends`, written only within `reach` of one (Infinity
 * elsewhere): each end stamps a small ball of cells instead of every cell visiting every end.
 */
function nearestEnds(g: Grid, ends: readonly V3[], reach: number): Float32Array {
  const { nx, ny, nz, cell, min } = g;
  const out = new Float32Array(nx * ny * nz).fill(Infinity);
  const r = Math.ceil(reach / cell);
  for (const e of ends) {
    const ci = Math.round((e[0] - min[0]) / cell), cj = Math.round((e[1] - min[1]) / cell), ck = Math.round((e[2] - min[2]) / cell);
    for (let k = Math.max(0, ck - r); k <= Math.min(nz - 1, ck + r); k++)
      for (let j = Math.max(0, cj - r); j <= Math.min(ny - 1, cj + r); j++)
        for (let i = Math.max(0, ci - r); i <= Math.min(nx - 1, ci + r); i++) {
          const o = i + nx * (j + ny * k);
          const d = Math.hypot(min[0] + i * cell - e[0], min[1] + j * cell - e[1], min[2] + k * cell - e[2]);
          if (d < out[o]!) out[o] = d;
        }
  }
  return out;
}

/**
 * Where softening and smoothing left a footprint point outside the surface (thin edges of a sheet on a
 * round bone) by more than PULL_FROM, the surface is drawn to it: the vertex nearest to it moves to within
 * PULL_LEFT of the point and its neighbours within a few times that distance follow with a smooth
 * falloff (less where it would enter a deeper muscle), so the mesh stays closed and the attachment
 * reaches its bone.
 */
function pullToFootprints(pos: Float32Array, idx: Uint32Array, points: readonly V3[], cell: number, under: Field): void {
  const nv = pos.length / 3;
  const at = (v: number): V3 => [pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!];
  for (const f of points) {
    let gap = Infinity;
    for (let t = 0; t < idx.length; t += 3) gap = Math.min(gap, triangleDistance(f, at(idx[t]!), at(idx[t + 1]!), at(idx[t + 2]!)));
    if (gap <= PULL_FROM) continue;
    let best = -1, bestD = Infinity;
    for (let v = 0; v < nv; v++) {
      const d = Math.hypot(pos[v * 3]! - f[0], pos[v * 3 + 1]! - f[1], pos[v * 3 + 2]! - f[2]);
      if (d < bestD) [bestD, best] = [d, v];
    }
    const o = at(best);
    const k = 1 - PULL_LEFT / bestD;
    const move: V3 = [(f[0] - o[0]) * k, (f[1] - o[1]) * k, (f[2] - o[2]) * k];
    const reach = Math.max(3 * bestD, 2 * cell);
    for (let v = 0; v < nv; v++) {
      const d = Math.hypot(pos[v * 3]! - o[0], pos[v * 3 + 1]! - o[1], pos[v * 3 + 2]! - o[2]);
      if (d >= reach) continue;
      // a vertex moves less (or not) where the full move would take it into a deeper muscle
      let w = (1 - d / reach) ** 2;
      const x = pos[v * 3]!, y = pos[v * 3 + 1]!, z = pos[v * 3 + 2]!;
      while (w > 0.05 && under(x + move[0] * w, y + move[1] * w, z + move[2] * w) < 0) w *= 0.5;
      if (w <= 0.05) continue;
      pos[v * 3] = x + move[0] * w;
      pos[v * 3 + 1] = y + move[1] * w;
      pos[v * 3 + 2] = z + move[2] * w;
    }
  }
}

/** Distance from p to the triangle abc (closest point by the triangle's regions). */
function triangleDistance(p: V3, a: V3, b: V3, c: V3): number {
  const sub = (u: V3, v: V3): V3 => [u[0] - v[0], u[1] - v[1], u[2] - v[2]];
  const dot = (u: V3, v: V3) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
  const d1 = dot(ab, ap), d2 = dot(ac, ap);
  const dist = (q: V3) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
  const along = (o: V3, e: V3, t: number): V3 => [o[0] + e[0] * t, o[1] + e[1] * t, o[2] + e[2] * t];
  if (d1 <= 0 && d2 <= 0) return dist(a);
  const bp = sub(p, b), d3 = dot(ab, bp), d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return dist(b);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return dist(along(a, ab, d1 / (d1 - d3)));
  const cp = sub(p, c), d5 = dot(ab, cp), d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return dist(c);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return dist(along(a, ac, d2 / (d2 - d6)));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return dist(along(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))));
  const den = 1 / (va + vb + vc), v = vb * den, w = vc * den;
  return dist([a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w]);
}

/**
 * The radius of the fibre at `v` across the muscle, at each of `samples` points along it: the tendon
 * radius, and over it the belly (half the thickness scaled by `s`) shaped across by the architecture,
 * along by the belly profile, dipping by a third at each tendon band and giving way to a mid-tendon.
 */
export function fibreRadii(def: VolumeShape, v: number, s: number, samples: number): number[] {
  const rb = def.thickness / 2, rt = def.tendonRadius ?? TENDON_RADIUS;
  const bands = def.tendonBands ?? [];
  return Array.from({ length: samples }, (_, i) => {
    const t = i / (samples - 1);
    const dip = 1 - Math.max(0, ...bands.map((b) => bandWeight(t, b))) / 3;
    return rt + Math.max(0, rb * s * acrossProfile(def, v) - rt) * bellyProfile(def.architecture, def.tendon, t, def.belly) * dip * (1 - midTendonWeight(def.midTendon, t));
  });
}

/** Builds one volume muscle on the left side. */
export function buildVolume(def: VolumeShape, env: VolumeEnv): VolumeBuild {
  const cell = volumeCell(def);
  const skinMargin = def.skinMargin ?? SKIN_MARGIN;
  // the margin along the fibres: from VolumeShape.skinMarginFrom's `along` on, blended over a tenth of the length
  const from = def.skinMarginFrom;
  const marginAt = (t: number): number => (!from || t < 0 ? skinMargin : skinMargin + (from.margin - skinMargin) * clamp((t - from.along) / 0.1 + 0.5, 0, 1));
  const skinBlend = Math.min(SKIN_BLEND, Math.min(skinMargin, from?.margin ?? skinMargin) + 0.001);
  const under: Field = (x, y, z) => {
    let d = Infinity;
    for (const f of env.under) d = Math.min(d, f(x, y, z));
    return d;
  };
  // what keeps this one out: the volumes it lies on and those that only cut it
  const slack = def.cutSlack ?? 0;
  const cuts: Field[] = [...env.under, ...(env.cut ?? []).map((f): Field => (x, y, z) => f(x, y, z) + slack)];
  const cutter: Field = (x, y, z) => {
    let d = Infinity;
    for (const f of cuts) d = Math.min(d, f(x, y, z));
    return d;
  };
  const solid: Field = env.under.length === 0 ? env.bones : (x, y, z) => Math.min(env.bones(x, y, z), under(x, y, z));
  // an opt-in ceiling the fibres lie under: the skin, skinDepth in (inside the body that is positive)
  const depth = def.skinDepth;
  const lower: Field = def.skinOnly === true ? under : solid;
  const ground: Field = depth === undefined ? solid : (x, y, z) => Math.min(lower(x, y, z), -env.skin(x, y, z) - depth);
  const origin = footprintLine(def.origin, env.bone, env.skin);
  const insertion = footprintLine(def.insertion, env.bone, env.skin);
  const via = (def.via ?? []).map((line) => line.map((a) => anchorPoint(a)));
  const rb = def.thickness / 2;
  const width = Math.max(polylineLength(origin), polylineLength(insertion), 0.005);
  // a sheet gets fibres as close as its radius asks and a point about every cell along (see sheet.ts)
  const sheet = def.sheet === true;
  const count = def.fibres ?? (sheet ? clamp(Math.round(width / Math.max(0.7 * rb, 1.5 * cell)) + 1, 2, SHEET_MAX_FIBRES) : clamp(Math.round(width / (0.7 * rb)) + 1, 2, def.maxFibres ?? 30));
  const raw = fibreCurves(origin, insertion, via, count, 24);
  const length = polylineLength(raw[Math.floor(count / 2)]!.points);
  const samples = sheet ? clamp(Math.ceil(length / cell), 16, SHEET_MAX_SAMPLES) : clamp(Math.ceil(length / (cell * 1.6)), 16, 72);
  const curves = fibreCurves(origin, insertion, via, count, samples);
  const lift = def.lift ?? 0;
  // a sheet under the skin is draped on the skin (the level `depth` under it) instead of on the
  // ground, but where the ground comes closer it settles between the two
  const sheetDepth = def.underSkin;
  const drapeGround: Field = sheetDepth === undefined ? ground : (x, y, z) => Math.min(-env.skin(x, y, z) - sheetDepth, ground(x, y, z));
  const rt = def.tendonRadius ?? TENDON_RADIUS;
  const layFibres = (s: number): Fibre[] => {
    const laid = curves.map((c) => {
      const radii = fibreRadii(def, c.v, s, samples);
      return { v: c.v, points: drape(c.points, radii, drapeGround, def.hug || sheetDepth !== undefined, lift, def.steadyDrape === true, def.drapeReach), radii };
    });
    return sheet ? settleSheet(laid, ground, env.skin, lift, skinMargin + skinBlend * 0.5) : laid;
  };

  const band = cell * 3;
  const blend = rb * 0.35;
  const target = def.volume ? def.volume.cm3 * 1e-6 : null;
  const pad = def.endPad ?? PAD;
  const padR = Math.max(rt * 1.4, pad);
  const zone = Math.max(def.attachmentZone ?? ATTACHMENT_ZONE, padR + cell);
  let s = 1;
  let fibres: Fibre[] = [];
  let grid: Grid | null = null;
  let raster = null as ReturnType<typeof rasterizeFibres> | null;
  let ends: V3[] = [];
  for (let iter = 0; iter < 4; iter++) {
    fibres = layFibres(s);
    const reach = Math.max(...fibres.flatMap((f) => f.radii));
    grid = makeGrid(snapBox(boxAround(fibres.flatMap((f) => f.points), reach + band + cell * 2), cell), cell, band);
    raster = rasterizeFibres(grid, fibres, 1, blend, band);
    const { nx, ny, values } = grid;
    // the fibre ends: each gets a small pad on its bone, and near them the deeper muscles do not cut
    ends = [...fibres.flatMap((f) => [f.points[0]!, f.points[f.points.length - 1]!]), ...origin, ...insertion];
    const nearAll = nearestEnds(grid, ends, Math.max(zone, padR + band));
    for (let o = 0; o < values.length; o++) {
      const d = values[o]!;
      if (d >= band) continue;
      const i = o % nx, j = Math.floor(o / nx) % ny, k = Math.floor(o / (nx * ny));
      const x = grid.min[0] + i * cell, y = grid.min[1] + j * cell, z = grid.min[2] + k * cell;
      const gb = env.bones(x, y, z), gs = env.skin(x, y, z);
      const near = nearAll[o]!;
      const padded = Math.min(d, near - padR);
      const underCut = near < zone || cuts.length === 0 ? -Infinity : CLEARANCE - cutter(x, y, z);
      values[o] = smax(Math.max(padded, CLEARANCE - gb, underCut), gs + marginAt(raster.along[o]!), skinBlend);
    }
    soften(grid, band);
    let inside = 0;
    for (let o = 0; o < values.length; o++) if (values[o]! < 0) inside++;
    if (!target) break;
    const vol = inside * cell ** 3;
    const ratio = target / Math.max(vol, 1e-9);
    if (Math.abs(ratio - 1) < 0.06) break;
    s = clamp(s * clamp(ratio, 0.5, 2) ** 0.65, 0.35, 3);
  }
  if (!raster || !grid) throw new Error(`${def.id}: nothing rasterized`);
  const field = gridField(grid);

  // polygonize in the muscle's own box, keep one piece
  let net = surfaceNets(grid.values, grid.nx, grid.ny, grid.nz);
  let idx = largestPiece(net.positions.length / 3, net.indices);
  let softened = false;
  // (softenLocally) first only where the surface is pinched (a growing neighbourhood), which keeps the
  // thin parts elsewhere; if that does not close it, everywhere, which erodes tendons and borders
  const unsoftened = Float32Array.from(grid.values);
  for (let pass = 0; def.softenLocally === true && pass < LOCAL_SOFTEN_PASSES && badEdges(idx) > 0; pass++) {
    softenAround(grid, net.positions, badEdgeVertices(net.indices), 2 + Math.floor(pass / 4), 0.6);
    net = surfaceNets(grid.values, grid.nx, grid.ny, grid.nz);
    idx = largestPiece(net.positions.length / 3, net.indices);
    softened = true;
  }
  if (badEdges(idx) > 0) {
    grid.values.set(unsoftened);
    net = surfaceNets(grid.values, grid.nx, grid.ny, grid.nz);
    idx = largestPiece(net.positions.length / 3, net.indices);
  }
  for (let pass = 0; pass < 12 && badEdges(idx) > 0; pass++) {
    soften(grid, cell * 3, Math.min(0.9, 0.5 + 0.08 * pass));
    net = surfaceNets(grid.values, grid.nx, grid.ny, grid.nz);
    idx = largestPiece(net.positions.length / 3, net.indices);
    softened = true;
  }
  if (softened) {
    // softening erodes the pads on the footprints: put them back, and keep the result only if it is
    // as closed a surface as before
    const g = grid;
    const saved = Float32Array.from(g.values);
    const nearAll = nearestEnds(g, ends, pad + cell * 2);
    for (let o = 0; o < g.values.length; o++) {
      const near = nearAll[o]!;
      if (near > pad + cell * 2) continue;
      const i = o % g.nx, j = Math.floor(o / g.nx) % g.ny, k = Math.floor(o / (g.nx * g.ny));
      g.values[o] = Math.max(Math.min(g.values[o]!, near - pad), CLEARANCE - env.bones(g.min[0] + i * cell, g.min[1] + j * cell, g.min[2] + k * cell));
    }
    const padded = surfaceNets(g.values, g.nx, g.ny, g.nz);
    const pidx = largestPiece(padded.positions.length / 3, padded.indices);
    if (badEdges(pidx) <= badEdges(idx)) [net, idx] = [padded, pidx];
    else g.values.set(saved);
  }
  if (idx.length === 0) throw new Error(`${def.id}: the volume is empty (footprints or fibres inside the ground?)`);
  if (process.env['VOLUME_PIECES'] === def.id) logPieces(def.id, net.positions, net.indices, grid);
  if (idx.length < 0.85 * net.indices.length)
    console.warn(`${def.id}: the surface fell apart; its largest piece keeps ${((100 * idx.length) / net.indices.length).toFixed(0)} % (try another cell or a via line)`);
  const pos0 = net.positions;
  const uv0 = new Float32Array((pos0.length / 3) * 2);
  const { nx, ny, nz } = grid;
  for (let v = 0; v < pos0.length / 3; v++) {
    const gi = pos0[v * 3]!, gj = pos0[v * 3 + 1]!, gk = pos0[v * 3 + 2]!;
    // the nearest cell whose fibre point is known
    let bestD = Infinity, bt = 0, bv = 0;
    for (let dk = 0; dk <= 1; dk++)
      for (let dj = 0; dj <= 1; dj++)
        for (let di = 0; di <= 1; di++) {
          const i = Math.min(nx - 1, Math.floor(gi) + di), j = Math.min(ny - 1, Math.floor(gj) + dj), k = Math.min(nz - 1, Math.floor(gk) + dk);
          const o = i + nx * (j + ny * k);
          const t = raster.along[o]!;
          if (t < 0) continue;
          const dd = (i - gi) ** 2 + (j - gj) ** 2 + (k - gk) ** 2;
          if (dd < bestD) [bestD, bt, bv] = [dd, t, raster.across[o]!];
        }
    uv0[v * 2] = bt;
    uv0[v * 2 + 1] = bv;
    pos0[v * 3] = grid.min[0] + gi * cell;
    pos0[v * 3 + 1] = grid.min[1] + gj * cell;
    pos0[v * 3 + 2] = grid.min[2] + gk * cell;
  }
  let c = compactWith(pos0, uv0, idx);
  taubin(c.positions, c.indices, 4);
  projectOnto(field, c.positions, cell * 0.25, 2);
  if (signedVolume(c.positions, c.indices) < 0) for (let t = 0; t < c.indices.length; t += 3) [c.indices[t + 1], c.indices[t + 2]] = [c.indices[t + 2]!, c.indices[t + 1]!];
  const budget = def.triangles ?? trianglesForArea(meshArea(c.positions, c.indices));
  // keep the first simplified mesh that is as closed a surface as before (a few targets, the budget first;
  // a pinched edge depends on the target, so nearby smaller ones are tried before larger ones)
  const before = badEdges(c.indices);
  const footprints = [...origin, ...insertion];
  // (then without the attribute weights: near a thin tendon they can leave one pinched edge at every target)
  let done = c.indices.length / 3 <= budget;
  for (const withUvs of [true, false])
    for (const f of [1, 0.8, 0.9, 0.7, 1.1, 1.25, 1.6]) {
      if (done) break;
      const target = Math.round(budget * f) * 3;
      const [simplified] = withUvs
        ? MeshoptSimplifier.simplifyWithAttributes(c.indices, c.positions, 3, c.uvs, 2, [0.04, 0.04], null, target, 0.01, [])
        : MeshoptSimplifier.simplify(c.indices, c.positions, 3, target, 0.01, []);
      if (badEdges(simplified) <= before) {
        c = compactWith(c.positions, c.uvs, simplified);
        done = true;
      }
    }
  // (not where a deeper muscle covers the point: the two share that attachment)
  pullToFootprints(c.positions, c.indices, footprints.filter((f) => field(f[0], f[1], f[2]) > 0 && cutter(f[0], f[1], f[2]) > 0), cell, cutter);
  const normals = fieldNormals(field, c.positions, c.indices, cell * 0.5);
  const mesh = { positions: c.positions, normals, indices: c.indices, uvs: c.uvs };

  // trigger points: on the outer face, where a clinician's finger finds them: facing away from the
  // ground and towards the nearest skin, half each (the skin alone for a wall laid under it or a sheet
  // draped on it), interpolated at (along, across) (see surface-lookup.ts). Away from the ground alone
  // put a few on the face turned into the body (the iliocostalis's front, the piriformis's pelvic face).
  const skinOnly = depth !== undefined || sheetDepth !== undefined;
  const nv = c.positions.length / 3;
  const facing = new Float32Array(nv);
  const cosine = (f: Field, v: number, x: number, y: number, z: number) => {
    const g = gradientOf(f, x, y, z, 0.002);
    const gl = Math.hypot(g[0], g[1], g[2]) || 1;
    return (g[0] * normals[v * 3]! + g[1] * normals[v * 3 + 1]! + g[2] * normals[v * 3 + 2]!) / gl;
  };
  for (let v = 0; v < nv; v++) {
    const x = c.positions[v * 3]!, y = c.positions[v * 3 + 1]!, z = c.positions[v * 3 + 2]!;
    const toSkin = cosine(env.skin, v, x, y, z);
    facing[v] = skinOnly ? toSkin : 0.5 * (cosine(ground, v, x, y, z) + toSkin);
  }
  const surface = surfaceLookup(mesh, facing);
  return { mesh, grid, fibres, measures: measureMesh(c.positions, c.indices), footprints, surface };
}

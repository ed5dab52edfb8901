/**
 * Turns a distance field into a clean triangle mesh: samples the field on a grid (skipping cells far
 * from the surface), runs surface nets (./surface-nets.ts), drops degenerate triangles and pieces
 * smaller than a size (meshoptimizer's prune), smooths (Taubin), projects vertices back onto the
 * surface and takes normals from the field's gradient. Triangles wind counter-clockwise seen from outside.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Field } from './context';
import { computeNormals, type MeshData } from './mesh';
import type { Box } from './sdf/primitives';
import { surfaceNets } from './surface-nets';

await MeshoptSimplifier.ready;

export interface PolygonizeOptions {
  /** Grid cell size in metres. */
  cell: number;
  /** Connected pieces smaller than this (metres across) are dropped (default 3 cell sizes). */
  minPieceSize?: number;
  /** Taubin smoothing iterations (default 3). */
  smooth?: number;
  /** Projections of the vertices back onto the surface (default 2). */
  project?: number;
}

/** Samples the field on the grid, evaluating exactly only blocks that may hold the surface. */
function sample(field: Field, box: Box, cell: number, nx: number, ny: number, nz: number): Float32Array {
  const grid = new Float32Array(nx * ny * nz);
  const B = 4;
  const safe = cell * B * 0.87 * 3 + cell * 2;
  const [x0, y0, z0] = box.min;
  for (let bk = 0; bk < nz; bk += B)
    for (let bj = 0; bj < ny; bj += B)
      for (let bi = 0; bi < nx; bi += B) {
        const ei = Math.min(bi + B, nx), ej = Math.min(bj + B, ny), ek = Math.min(bk + B, nz);
        const c = field(x0 + (bi + (ei - 1 - bi) / 2) * cell, y0 + (bj + (ej - 1 - bj) / 2) * cell, z0 + (bk + (ek - 1 - bk) / 2) * cell);
        const exact = Math.abs(c) < safe;
        for (let k = bk; k < ek; k++)
          for (let j = bj; j < ej; j++)
            for (let i = bi; i < ei; i++)
              grid[i + nx * (j + ny * k)] = exact ? field(x0 + i * cell, y0 + j * cell, z0 + k * cell) : c;
      }
  return grid;
}

/** Unit gradient of a field at a point by central differences (written into out). */
export function fieldGradient(field: Field, x: number, y: number, z: number, h: number, out: Float32Array, o: number): number {
  const gx = field(x + h, y, z) - field(x - h, y, z);
  const gy = field(x, y + h, z) - field(x, y - h, z);
  const gz = field(x, y, z + h) - field(x, y, z - h);
  const l = Math.sqrt(gx * gx + gy * gy + gz * gz);
  if (l > 1e-12) {
    out[o] = gx / l;
    out[o + 1] = gy / l;
    out[o + 2] = gz / l;
  }
  return l / (2 * h);
}

/** Vertex neighbours as compressed rows (offsets, list). */
function neighbours(nv: number, idx: Uint32Array): { off: Uint32Array; list: Uint32Array } {
  const count = new Uint32Array(nv + 1);
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      count[idx[t + e]!]! += 1;
      count[idx[t + ((e + 1) % 3)]!]! += 1;
    }
  const off = new Uint32Array(nv + 1);
  for (let i = 0; i < nv; i++) off[i + 1] = off[i]! + count[i]!;
  const fill = off.slice(0, nv);
  const list = new Uint32Array(off[nv]!);
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = idx[t + e]!, b = idx[t + ((e + 1) % 3)]!;
      list[fill[a]!++] = b;
      list[fill[b]!++] = a;
    }
  return { off, list };
}

/** Taubin smoothing (shrink-free Laplacian) in place. */
export function taubin(pos: Float32Array, idx: Uint32Array, iterations: number, lambda = 0.5, mu = -0.53): void {
  const nv = pos.length / 3;
  const { off, list } = neighbours(nv, idx);
  const tmp = new Float32Array(pos.length);
  for (let it = 0; it < iterations * 2; it++) {
    const f = it % 2 === 0 ? lambda : mu;
    for (let v = 0; v < nv; v++) {
      const s = off[v]!, e = off[v + 1]!;
      let ax = 0, ay = 0, az = 0;
      for (let q = s; q < e; q++) {
        const n = list[q]! * 3;
        ax += pos[n]!;
        ay += pos[n + 1]!;
        az += pos[n + 2]!;
      }
      const c = e - s;
      const o = v * 3;
      if (c === 0) {
        tmp[o] = pos[o]!;
        tmp[o + 1] = pos[o + 1]!;
        tmp[o + 2] = pos[o + 2]!;
        continue;
      }
      tmp[o] = pos[o]! + f * (ax / c - pos[o]!);
      tmp[o + 1] = pos[o + 1]! + f * (ay / c - pos[o + 1]!);
      tmp[o + 2] = pos[o + 2]! + f * (az / c - pos[o + 2]!);
    }
    pos.set(tmp);
  }
}

/** Moves every vertex onto the zero level of the field along the gradient. */
export function projectOnto(field: Field, pos: Float32Array, h: number, iterations: number): void {
  const g = new Float32Array(3);
  for (let v = 0; v < pos.length; v += 3) {
    for (let it = 0; it < iterations; it++) {
      const x = pos[v]!, y = pos[v + 1]!, z = pos[v + 2]!;
      const d = field(x, y, z);
      const s = fieldGradient(field, x, y, z, h, g, 0);
      if (s < 0.2) break;
      const step = Math.max(-h * 2, Math.min(h * 2, d / s));
      pos[v] = x - g[0]! * step;
      pos[v + 1] = y - g[1]! * step;
      pos[v + 2] = z - g[2]! * step;
    }
  }
}

/** Keeps triangles with three distinct corners. */
function dropDegenerate(idx: Uint32Array): Uint32Array {
  const out: number[] = [];
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]!, b = idx[t + 1]!, c = idx[t + 2]!;
    if (a !== b && b !== c && a !== c) out.push(a, b, c);
  }
  return Uint32Array.from(out);
}

/** Drops pieces smaller than `size` metres across (meshoptimizer's component pruning). */
function prunePieces(pos: Float32Array, idx: Uint32Array, size: number): Uint32Array {
  if (idx.length === 0 || size <= 0) return idx;
  const scale = MeshoptSimplifier.getScale(pos, 3);
  return scale > 0 ? MeshoptSimplifier.simplifyPrune(idx, pos, 3, size / scale) : idx;
}

/** Drops unused vertices and renumbers the triangles (meshoptimizer's compactMesh). */
export function compact(pos: Float32Array, idx: Uint32Array): { positions: Float32Array; indices: Uint32Array } {
  const indices = Uint32Array.from(idx);
  if (indices.length === 0) return { positions: new Float32Array(0), indices };
  const [remap, unique] = MeshoptSimplifier.compactMesh(indices);
  const positions = new Float32Array(unique * 3);
  for (let i = 0; i < remap.length; i++) {
    const m = remap[i]!;
    if (m < unique) positions.set(pos.subarray(i * 3, i * 3 + 3), m * 3);
  }
  return { positions, indices };
}

/** Six times the signed volume enclosed (positive when triangles face outward). */
export function signedVolume(pos: ArrayLike<number>, idx: ArrayLike<number>): number {
  let v = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3, b = idx[t + 1]! * 3, c = idx[t + 2]! * 3;
    v +=
      pos[a]! * (pos[b + 1]! * pos[c + 2]! - pos[b + 2]! * pos[c + 1]!) -
      pos[a + 1]! * (pos[b]! * pos[c + 2]! - pos[b + 2]! * pos[c]!) +
      pos[a + 2]! * (pos[b]! * pos[c + 1]! - pos[b + 1]! * pos[c]!);
  }
  return v;
}

/** Normals from the field's gradient, falling back to face normals where the gradient vanishes. */
export function fieldNormals(field: Field, pos: Float32Array, idx: Uint32Array, h: number): Float32Array {
  const n = computeNormals(pos, idx);
  for (let v = 0; v < pos.length; v += 3) fieldGradient(field, pos[v]!, pos[v + 1]!, pos[v + 2]!, h, n, v);
  return n;
}

/** The field sampled over a box (x fastest): exact near its surface, one value per block far from it. */
export interface SampledBox {
  min: [number, number, number];
  cell: number;
  nx: number;
  ny: number;
  nz: number;
  values: Float32Array;
}

/** Samples the field over the box at the given cell size, as polygonize does. */
export function sampleBox(field: Field, box: Box, cell: number): SampledBox {
  const [nx, ny, nz] = [0, 1, 2].map((i) => Math.max(2, Math.ceil((box.max[i]! - box.min[i]!) / cell) + 1)) as [number, number, number];
  return { min: [box.min[0], box.min[1], box.min[2]], cell, nx, ny, nz, values: sample(field, box, cell, nx, ny, nz) };
}

/** Polygonizes the field inside the box at the given cell size (from `sampled` when it is already sampled there). */
export function polygonize(field: Field, box: Box, opts: PolygonizeOptions, sampled?: SampledBox): MeshData {
  const { cell } = opts;
  const s = sampled ?? sampleBox(field, box, cell);
  const dims = [s.nx, s.ny, s.nz] as const;
  const grid = s.values;
  const net = surfaceNets(grid, ...dims);
  let pos = net.positions;
  for (let i = 0; i < pos.length; i += 3) {
    pos[i] = box.min[0] + pos[i]! * cell;
    pos[i + 1] = box.min[1] + pos[i + 1]! * cell;
    pos[i + 2] = box.min[2] + pos[i + 2]! * cell;
  }
  let idx = prunePieces(pos, dropDegenerate(net.indices), opts.minPieceSize ?? cell * 3);
  ({ positions: pos, indices: idx } = compact(pos, idx));
  if (idx.length === 0) return { positions: pos, normals: new Float32Array(0), indices: idx };
  taubin(pos, idx, opts.smooth ?? 3);
  projectOnto(field, pos, cell * 0.25, opts.project ?? 2);
  if (signedVolume(pos, idx) < 0) for (let t = 0; t < idx.length; t += 3) [idx[t + 1], idx[t + 2]] = [idx[t + 2]!, idx[t + 1]!];
  return { positions: pos, normals: fieldNormals(field, pos, idx, cell * 0.25), indices: idx };
}

/** One vertex per cube of side `spacing`: the one nearest the cube's centre. */
function latticeVertices(pos: Float32Array, spacing: number): number[] {
  const best = new Map<string, { v: number; d: number }>();
  for (let v = 0; v < pos.length / 3; v++) {
    const c = [0, 1, 2].map((k) => Math.floor(pos[v * 3 + k]! / spacing));
    const d = [0, 1, 2].reduce((a, k) => a + (pos[v * 3 + k]! - (c[k]! + 0.5) * spacing) ** 2, 0);
    const key = c.join(',');
    const b = best.get(key);
    if (!b || d < b.d) best.set(key, { v, d });
  }
  return [...best.values()].map((b) => b.v);
}

/**
 * Simplifies a mesh to about `targetTriangles` with meshoptimizer, keeping normals from the field.
 * Vertices above `lockAboveY` (metres) are locked, so that part keeps its polygonized resolution;
 * `lockBorder` keeps the open border's vertices (a half mesh's midline) where they are; `lockSpacing`
 * (metres) keeps one vertex in every cube of that size, so flat parts stay fine enough too (the skin's
 * zones are painted per vertex).
 */
export async function simplifyMesh(mesh: MeshData, targetTriangles: number, field: Field, h: number, lockAboveY = Infinity, lockBorder = false, lockSpacing = 0): Promise<MeshData> {
  if (mesh.indices.length / 3 <= targetTriangles) return mesh;
  const nv = mesh.positions.length / 3;
  const flags: 'LockBorder'[] = lockBorder ? ['LockBorder'] : [];
  let simplified: Uint32Array;
  if (Number.isFinite(lockAboveY) || lockSpacing > 0) {
    const lock = new Uint8Array(nv);
    for (let i = 0; i < nv; i++) lock[i] = mesh.positions[i * 3 + 1]! > lockAboveY ? 1 : 0;
    if (lockSpacing > 0) for (const v of latticeVertices(mesh.positions, lockSpacing)) lock[v] = 1;
    [simplified] = MeshoptSimplifier.simplifyWithAttributes(mesh.indices, mesh.positions, 3, new Float32Array(nv), 1, [0], lock, targetTriangles * 3, 0.02, flags);
  } else {
    [simplified] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, targetTriangles * 3, 0.02, flags);
  }
  const { positions, indices } = compact(mesh.positions, simplified);
  return { positions, indices, normals: fieldNormals(field, positions, indices, h) };
}

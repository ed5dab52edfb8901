/**
 * The body surface the pain ranking measures areas on: sample points (skin vertices) with normals and
 * areas, indexed by a uniform grid so that "which samples lie inside this zone" touches only nearby cells.
 * Pure; built once per model and reused for every ranking.
 */
import type { Vec3 } from '../frame';
import { capsuleDistance, facingWeight, type ZoneCapsule } from '../zones';

/** What the ranking needs to know about the body: skin samples and the model's landmarks. */
export interface BodySurfaceInput {
  /** Sample positions (skin vertices), xyz each, body frame, metres. */
  positions: ArrayLike<number>;
  /** Unit normals, xyz each. */
  normals: ArrayLike<number>;
  /** Surface area each sample stands for (m²); uniform when left out. */
  areas?: ArrayLike<number>;
  /** Landmark positions by node key (`<id>-left`, `<id>-right`, or a midline id). */
  landmarks: ReadonlyMap<string, Vec3>;
}

/** A body surface ready for queries (make it with bodySurface). */
export interface BodySurface {
  readonly count: number;
  readonly positions: ArrayLike<number>;
  readonly normals: ArrayLike<number>;
  readonly areas: Float32Array;
  readonly landmarks: ReadonlyMap<string, Vec3>;
  /** Indices of samples within `radius` of a point (any facing). */
  near(p: Vec3, radius: number): number[];
  /** Indices of samples inside any of the capsules (facing test passed). */
  inside(capsules: readonly ZoneCapsule[]): number[];
  /** Index of the sample nearest to a point, or -1 when none lies within about half a metre. */
  nearest(p: Vec3): number;
}

const CELL = 0.04;
const NEAREST_MAX = 0.64;

/** Per-vertex areas of a triangle mesh: a third of each adjacent triangle's area. */
export function vertexAreas(positions: ArrayLike<number>, indices: ArrayLike<number>): Float32Array {
  const out = new Float32Array(Math.floor(positions.length / 3));
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t] as number, b = indices[t + 1] as number, c = indices[t + 2] as number;
    const ux = (positions[3 * b] as number) - (positions[3 * a] as number);
    const uy = (positions[3 * b + 1] as number) - (positions[3 * a + 1] as number);
    const uz = (positions[3 * b + 2] as number) - (positions[3 * a + 2] as number);
    const vx = (positions[3 * c] as number) - (positions[3 * a] as number);
    const vy = (positions[3 * c + 1] as number) - (positions[3 * a + 1] as number);
    const vz = (positions[3 * c + 2] as number) - (positions[3 * a + 2] as number);
    const cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
    const third = Math.sqrt(cx * cx + cy * cy + cz * cz) / 6;
    out[a] = (out[a] as number) + third;
    out[b] = (out[b] as number) + third;
    out[c] = (out[c] as number) + third;
  }
  return out;
}

/** Indexes a surface for the ranking. */
export function bodySurface(input: BodySurfaceInput): BodySurface {
  const { positions, normals, landmarks } = input;
  const count = Math.floor(positions.length / 3);
  if (normals.length < count * 3) throw new Error(`bodySurface: ${count} positions but only ${Math.floor(normals.length / 3)} normals`);
  const areas = new Float32Array(count);
  for (let i = 0; i < count; i++) areas[i] = input.areas ? Math.max(0, (input.areas[i] as number) || 0) : 1;
  const cells = new Map<string, number[]>();
  const cellOf = (x: number) => Math.floor(x / CELL);
  for (let i = 0; i < count; i++) {
    const key = `${cellOf(positions[3 * i] as number)},${cellOf(positions[3 * i + 1] as number)},${cellOf(positions[3 * i + 2] as number)}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  }
  const inBox = (lo: Vec3, hi: Vec3, visit: (i: number) => void) => {
    for (let x = cellOf(lo[0]); x <= cellOf(hi[0]); x++)
      for (let y = cellOf(lo[1]); y <= cellOf(hi[1]); y++)
        for (let z = cellOf(lo[2]); z <= cellOf(hi[2]); z++) for (const i of cells.get(`${x},${y},${z}`) ?? []) visit(i);
  };
  const px = (i: number) => positions[3 * i] as number;
  const py = (i: number) => positions[3 * i + 1] as number;
  const pz = (i: number) => positions[3 * i + 2] as number;
  return {
    count,
    positions,
    normals,
    areas,
    landmarks,
    near(p, radius) {
      const out: number[] = [];
      const r2 = radius * radius;
      inBox([p[0] - radius, p[1] - radius, p[2] - radius], [p[0] + radius, p[1] + radius, p[2] + radius], (i) => {
        const dx = px(i) - p[0], dy = py(i) - p[1], dz = pz(i) - p[2];
        if (dx * dx + dy * dy + dz * dz <= r2) out.push(i);
      });
      return out;
    },
    inside(capsules) {
      const hit = new Set<number>();
      for (const c of capsules) {
        const r = Math.max(c.ra, c.rb);
        const lo: Vec3 = [Math.min(c.a[0], c.b[0]) - r, Math.min(c.a[1], c.b[1]) - r, Math.min(c.a[2], c.b[2]) - r];
        const hi: Vec3 = [Math.max(c.a[0], c.b[0]) + r, Math.max(c.a[1], c.b[1]) + r, Math.max(c.a[2], c.b[2]) + r];
        inBox(lo, hi, (i) => {
          if (hit.has(i) || capsuleDistance(c, px(i), py(i), pz(i)) >= 0) return;
          if (facingWeight(c, normals[3 * i] as number, normals[3 * i + 1] as number, normals[3 * i + 2] as number) >= 0.5) hit.add(i);
        });
      }
      return [...hit];
    },
    nearest(p) {
      let best = -1, bestD = Infinity;
      for (let r = CELL; best < 0 && r <= NEAREST_MAX; r *= 4) {
        inBox([p[0] - r, p[1] - r, p[2] - r], [p[0] + r, p[1] + r, p[2] + r], (i) => {
          const dx = px(i) - p[0], dy = py(i) - p[1], dz = pz(i) - p[2];
          const d = dx * dx + dy * dy + dz * dz;
          if (d < bestD) {
            bestD = d;
            best = i;
          }
        });
      }
      return best;
    },
  };
}

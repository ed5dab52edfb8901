/**
 * A sampled scalar field on a regular grid in its own box (x fastest), and the field it stands for:
 * trilinear inside the box, the value at the nearest face plus the distance to the box outside it.
 * Muscle volumes are rasterized into such grids and later muscles are laid on them.
 */
import type { Field } from '../context';
import type { Box } from '../sdf/primitives';

/** A grid of values in metres over a box: point (i, j, k) sits at min + (i, j, k) · cell. */
export interface Grid {
  min: [number, number, number];
  cell: number;
  nx: number;
  ny: number;
  nz: number;
  values: Float32Array;
}

/** An empty grid covering the box at the given cell size, every value set to `fill`. */
export function makeGrid(box: Box, cell: number, fill: number): Grid {
  const n = (i: number) => Math.max(2, Math.ceil((box.max[i]! - box.min[i]!) / cell) + 1);
  const nx = n(0), ny = n(1), nz = n(2);
  return { min: [box.min[0], box.min[1], box.min[2]], cell, nx, ny, nz, values: new Float32Array(nx * ny * nz).fill(fill) };
}

/** The world position of grid point (i, j, k). */
export function gridPoint(g: Grid, i: number, j: number, k: number): [number, number, number] {
  return [g.min[0] + i * g.cell, g.min[1] + j * g.cell, g.min[2] + k * g.cell];
}

/** The grid as a field: trilinear inside, clamped to the box and growing with the distance outside. */
export function gridField(g: Grid): Field {
  const { nx, ny, nz, values, cell } = g;
  const [x0, y0, z0] = g.min;
  const sx = nx - 1, sy = ny - 1, sz = nz - 1;
  return (x, y, z) => {
    let fx = (x - x0) / cell, fy = (y - y0) / cell, fz = (z - z0) / cell;
    let out = 0;
    if (fx < 0) { out += fx * fx; fx = 0; } else if (fx > sx) { out += (fx - sx) ** 2; fx = sx; }
    if (fy < 0) { out += fy * fy; fy = 0; } else if (fy > sy) { out += (fy - sy) ** 2; fy = sy; }
    if (fz < 0) { out += fz * fz; fz = 0; } else if (fz > sz) { out += (fz - sz) ** 2; fz = sz; }
    const i = Math.min(sx - 1, Math.floor(fx)), j = Math.min(sy - 1, Math.floor(fy)), k = Math.min(sz - 1, Math.floor(fz));
    const u = fx - i, v = fy - j, w = fz - k;
    const o = i + nx * (j + ny * k);
    const a = values[o]!, b = values[o + 1]!, c = values[o + nx]!, d = values[o + nx + 1]!;
    const o2 = o + nx * ny;
    const e = values[o2]!, f = values[o2 + 1]!, gg = values[o2 + nx]!, h = values[o2 + nx + 1]!;
    const lo = (a * (1 - u) + b * u) * (1 - v) + (c * (1 - u) + d * u) * v;
    const hi = (e * (1 - u) + f * u) * (1 - v) + (gg * (1 - u) + h * u) * v;
    const inside = lo * (1 - w) + hi * w;
    return out > 0 ? Math.max(inside, 0) + Math.sqrt(out) * cell : inside;
  };
}

/** Central-difference gradient of a field (not normalized), step h. */
export function gradientOf(f: Field, x: number, y: number, z: number, h: number): [number, number, number] {
  return [
    (f(x + h, y, z) - f(x - h, y, z)) / (2 * h),
    (f(x, y + h, z) - f(x, y - h, z)) / (2 * h),
    (f(x, y, z + h) - f(x, y, z - h)) / (2 * h),
  ];
}

/** The smallest box holding every point, grown by a margin. */
export function boxAround(points: readonly (readonly [number, number, number])[], margin: number): Box {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of points)
    for (let a = 0; a < 3; a++) {
      min[a] = Math.min(min[a]!, p[a]! - margin);
      max[a] = Math.max(max[a]!, p[a]! + margin);
    }
  return { min, max };
}

/**
 * Fields read from sampled boxes instead of evaluated: the bone and skin grids the build samples to
 * polygonize them, kept in the mesh cache, serve the volume muscles as cheap trilinear fields. Near a
 * surface the samples are exact at the lattice points; far from it (where polygonizing keeps one
 * value per block) they only tell that the surface is far, which is all the muscles need there.
 */
import type { Field } from '../context';
import type { SampledBox } from '../polygonize';
import { gridField } from '../volumes/grid';
import type { CacheEntry } from './mesh-cache';

/** The sampled box as a cache entry. */
export function sampledEntry(s: SampledBox): CacheEntry<Omit<SampledBox, 'values'>> {
  return { arrays: { values: s.values }, json: { min: s.min, cell: s.cell, nx: s.nx, ny: s.ny, nz: s.nz } };
}

/** The sampled box stored in a cache entry, or null when the entry does not hold one. */
export function sampledFrom(e: CacheEntry<unknown> | null): SampledBox | null {
  const v = e?.arrays['values'];
  const j = e?.json as Omit<SampledBox, 'values'> | null | undefined;
  if (!(v instanceof Float32Array) || !j || v.length !== j.nx * j.ny * j.nz) return null;
  return { ...j, values: v };
}

interface Member {
  f: Field;
  min: [number, number, number];
  max: [number, number, number];
}

/** Distance from a point to an axis-aligned box (0 inside). */
function boxDistance(m: Member, x: number, y: number, z: number): number {
  const dx = Math.max(m.min[0] - x, 0, x - m.max[0]), dy = Math.max(m.min[1] - y, 0, y - m.max[1]), dz = Math.max(m.min[2] - z, 0, z - m.max[2]);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * The union (minimum) of sampled boxes, each optionally mirrored in the plane x = 0. A box farther
 * than the nearest surface found is not read (its box distance bounds its value from below).
 */
export function sampledUnion(boxes: readonly { box: SampledBox; mirrored: boolean }[]): Field {
  const members: Member[] = boxes.map(({ box, mirrored }) => {
    const g = gridField(box);
    const hi: [number, number, number] = [box.min[0] + (box.nx - 1) * box.cell, box.min[1] + (box.ny - 1) * box.cell, box.min[2] + (box.nz - 1) * box.cell];
    return mirrored
      ? { f: (x, y, z) => g(-x, y, z), min: [-hi[0], box.min[1], box.min[2]], max: [-box.min[0], hi[1], hi[2]] }
      : { f: g, min: box.min, max: hi };
  });
  const n = members.length;
  const dist = new Float64Array(n);
  return (x, y, z) => {
    let res = Infinity;
    for (let i = 0; i < n; i++) {
      const m = members[i]!;
      const d = boxDistance(m, x, y, z);
      dist[i] = d;
      if (d === 0) res = Math.min(res, m.f(x, y, z));
    }
    if (res === Infinity) {
      let best = 0;
      for (let i = 1; i < n; i++) if (dist[i]! < dist[best]!) best = i;
      res = members[best]!.f(x, y, z);
      dist[best] = 0;
    }
    for (let i = 0; i < n; i++) if (dist[i]! > 0 && dist[i]! < res) res = Math.min(res, members[i]!.f(x, y, z));
    return res;
  };
}

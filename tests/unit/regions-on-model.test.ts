/** Every dataset region paints a patch of the committed model's skin, the same on both sides. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/dataset/schema';
import type { Vec3 } from '../../src/core/frame';
import { computeZoneWeights } from '../../src/core/zones';
import { loadSkin } from '../support/load-model';
import { loadRealDataset } from '../fixtures/load-fixture';

let data: Dataset;
let positions: Float32Array;
let normals: Float32Array;
let landmarks: ReadonlyMap<string, Vec3>;

beforeAll(async () => {
  data = loadRealDataset();
  ({ positions, normals, landmarks } = await loadSkin());
});

const painted = (regionId: string, side: 'left' | 'right') => {
  const w = computeZoneWeights({ positions, normals, landmarks, regions: data.regions, essential: [{ regionId, side }], spillover: [] });
  expect(w.missing).toEqual([]);
  let count = 0, sumX = 0;
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (let i = 0; i < w.essential.length; i++)
    if (w.essential[i]! > 0.5) {
      const x = positions[i * 3]!, y = positions[i * 3 + 1]!;
      count++;
      sumX += x;
      box.minX = Math.min(box.minX, x);
      box.maxX = Math.max(box.maxX, x);
      box.minY = Math.min(box.minY, y);
      box.maxY = Math.max(box.maxY, y);
    }
  return { count, meanX: count ? sumX / count : 0, box };
};

describe('regions on the model', () => {
  it('paints at least a few dozen skin vertices for every region', () => {
    const empty = data.regions.filter((r) => painted(r.id, 'left').count < 24).map((r) => r.id);
    expect(empty).toEqual([]);
  });
  it('paints bilateral regions on the chosen side and mirrors them', () => {
    for (const r of data.regions.filter((x) => !x.midline)) {
      const l = painted(r.id, 'left'), rt = painted(r.id, 'right');
      expect(l.meanX, r.id).toBeGreaterThan(0);
      expect(rt.meanX, r.id).toBeLessThan(0);
      // the skin's tessellation differs a little between sides, so compare the patch's extent, not its
      // vertices; in flat places (the lower abdomen) the simplified skin's edges reach about 15 mm
      const tol = 0.018;
      expect(Math.abs(l.box.minX + rt.box.maxX), r.id).toBeLessThan(tol);
      expect(Math.abs(l.box.maxX + rt.box.minX), r.id).toBeLessThan(tol);
      expect(Math.abs(l.box.minY - rt.box.minY), r.id).toBeLessThan(tol);
      expect(Math.abs(l.box.maxY - rt.box.maxY), r.id).toBeLessThan(tol);
    }
  });
});

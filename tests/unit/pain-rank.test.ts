/** The pain ranking on hand-made drawings, by region name and by area on the committed model's skin. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/dataset/schema';
import type { Side, Vec3 } from '../../src/core/frame';
import { rankPain, rankRegions, type PaintMark, type PainDrawing, type RankedMuscle } from '../../src/core/pain/rank';
import { bodySurface, vertexAreas, type BodySurface } from '../../src/core/pain/surface';
import { loadSkin } from '../support/load-model';
import { loadRealDataset } from '../fixtures/load-fixture';

let data: Dataset;
let surface: BodySurface;
let landmarks: ReadonlyMap<string, Vec3>;

beforeAll(async () => {
  data = loadRealDataset();
  const skin = await loadSkin();
  landmarks = skin.landmarks;
  surface = bodySurface({ positions: skin.positions, normals: skin.normals, areas: vertexAreas(skin.positions, skin.indices), landmarks });
});

const top = (ranked: RankedMuscle[], n: number) => ranked.slice(0, n).map((m) => m.muscleId);
const regions = (side: Side, ...ids: string[]): PainDrawing => ({ regions: ids.map((regionId) => ({ regionId, side })) });

/** Landmark key on a side, mirrored for the right. */
const lm = (id: string, side: Side): Vec3 => {
  const p = landmarks.get(`${id}-${side}`) ?? landmarks.get(id);
  if (!p) throw new Error(`no landmark ${id}`);
  return p;
};

/** Brush dabs along a line between two points (each moved by `push`, mirrored for the right), snapped to the skin. */
function stroke(side: Side, from: Vec3, to: Vec3, push: Vec3, r = 0.03, n = 8): PaintMark[] {
  const s = side === 'left' ? 1 : -1;
  const out: PaintMark[] = [];
  for (let i = 0; i < n; i++) {
    const t = n === 1 ? 0.5 : i / (n - 1);
    const q: Vec3 = [from[0] + (to[0] - from[0]) * t + push[0] * s, from[1] + (to[1] - from[1]) * t + push[1], from[2] + (to[2] - from[2]) * t + push[2]];
    const k = surface.nearest(q);
    out.push({ p: [surface.positions[3 * k] as number, surface.positions[3 * k + 1] as number, surface.positions[3 * k + 2] as number], r });
  }
  return out;
}

describe('rankPain by region name', () => {
  it('ranks temporalis first and upper trapezius among the first four for the temple', () => {
    const ranked = rankPain(data, regions('left', 'temple'));
    expect(ranked[0]?.muscleId).toBe('temporalis');
    expect(top(ranked, 4)).toContain('upper-trapezius');
    // sternocleidomastoid reaches the temple only through its spillover zone, so it follows the essential-zone muscles
    expect(top(ranked, 8)).toContain('sternocleidomastoid');
  });
  it('ranks soleus, quadratus plantae and abductor hallucis first for the heel', () => {
    expect(top(rankPain(data, regions('left', 'heel')), 3).sort()).toEqual(['abductor-hallucis', 'quadratus-plantae', 'soleus']);
  });
  it('ranks gluteus minimus first for the lateral hip and thigh', () => {
    expect(rankPain(data, regions('left', 'lateral-hip', 'lateral-thigh'))[0]?.muscleId).toBe('gluteus-minimus');
  });
  it('ranks the lumbar paraspinals, quadratus lumborum and iliopsoas high for the low back', () => {
    const first = top(rankPain(data, regions('left', 'low-back')), 12);
    for (const id of ['iliocostalis-lumborum', 'multifidus', 'quadratus-lumborum', 'psoas-major', 'iliacus']) expect(first).toContain(id);
  });
  it('finds the finer zones within a coarse choice: buttock finds quadratus lumborum through the lower buttock and sacroiliac area', () => {
    const ql = rankPain(data, regions('left', 'buttock')).find((m) => m.muscleId === 'quadratus-lumborum');
    expect(ql).toBeDefined();
    expect(ql?.triggerPoints.flatMap((t) => t.overlaps.map((o) => o.regionId))).toEqual(expect.arrayContaining(['lower-buttock', 'sacroiliac']));
  });
  it('ranks the same side as the drawing, and the other side for a drawing there', () => {
    const left = rankPain(data, regions('left', 'heel'));
    const right = rankPain(data, regions('right', 'heel'));
    expect(left.slice(0, 3).every((m) => m.side === 'left')).toBe(true);
    expect(right.slice(0, 3).every((m) => m.side === 'right')).toBe(true);
    expect(top(right, 3)).toEqual(top(left, 3));
  });
  it('honours referralSide: multifidus low-back points refer to both sides', () => {
    const ranked = rankPain(data, regions('right', 'low-back'));
    const sides = ranked.filter((m) => m.muscleId === 'multifidus').map((m) => m.side).sort();
    expect(sides).toEqual(['left', 'right']);
    const longissimus = ranked.filter((m) => m.muscleId === 'longissimus-thoracis').map((m) => m.side);
    expect(longissimus).toEqual(['right']);
  });
  it('says why: overlaps name the zone kind, essential before spillover', () => {
    const soleus = rankPain(data, regions('left', 'heel', 'achilles')).find((m) => m.muscleId === 'soleus');
    const best = soleus?.triggerPoints[0];
    expect(best?.triggerPointId).toBe('soleus-1');
    expect(best?.overlaps.map((o) => `${o.regionId}:${o.zone}`)).toEqual(['heel:essential', 'achilles:spillover']);
  });
  it('weighs essential above spillover', () => {
    const ranked = rankPain(data, regions('left', 'achilles'));
    const tibPost = ranked.findIndex((m) => m.muscleId === 'tibialis-posterior'); // achilles essential
    const soleus = ranked.findIndex((m) => m.muscleId === 'soleus'); // achilles spillover
    expect(tibPost).toBeGreaterThanOrEqual(0);
    expect(tibPost).toBeLessThan(soleus);
  });
  it('ranks nothing for an empty drawing or unknown regions, and keeps the limit', () => {
    expect(rankPain(data, {})).toEqual([]);
    expect(rankPain(data, regions('left', 'no-such-region'))).toEqual([]);
    expect(rankRegions(data, ['temple'], 'left', { limit: 2 })).toHaveLength(2);
  });
});

describe('rankPain by area on the skin', () => {
  it('ranks temporalis and upper trapezius high for paint on the temple', () => {
    const marks = stroke('left', lm('temporal-fossa', 'left'), lm('temporal-fossa', 'left'), [0.02, 0.005, 0], 0.025, 1);
    const ranked = rankPain(data, { marks }, { surface });
    expect(ranked[0]?.muscleId).toBe('temporalis');
    expect(top(ranked, 4)).toContain('upper-trapezius');
    expect(top(ranked, 8)).toContain('sternocleidomastoid');
  });
  it('ranks soleus, quadratus plantae and abductor hallucis first for paint under the heel', () => {
    const marks = stroke('left', lm('heel-plantar', 'left'), lm('heel-plantar', 'left'), [0, -0.02, 0], 0.025, 1);
    expect(top(rankPain(data, { marks }, { surface }), 3).sort()).toEqual(['abductor-hallucis', 'quadratus-plantae', 'soleus']);
  });
  it('ranks gluteus minimus first for a stripe down the outside of the hip and thigh', () => {
    const marks = stroke('left', lm('iliac-tubercle', 'left'), lm('lateral-femoral-condyle', 'left'), [0.08, 0, -0.01], 0.03, 10);
    const ranked = rankPain(data, { marks }, { surface });
    expect(ranked[0]?.muscleId).toBe('gluteus-minimus');
  });
  it('ranks the lumbar paraspinals, quadratus lumborum and iliopsoas high for paint across the low back', () => {
    const marks = stroke('left', lm('l1-spinous', 'left'), lm('psis', 'left'), [0.03, 0, -0.03], 0.035, 8);
    const first = top(rankPain(data, { marks }, { surface }), 12);
    for (const id of ['iliocostalis-lumborum', 'multifidus', 'quadratus-lumborum', 'psoas-major', 'iliacus']) expect(first).toContain(id);
  });
  it('ranks the right side for the same paint mirrored to the right', () => {
    const left = rankPain(data, { marks: stroke('left', lm('heel-plantar', 'left'), lm('heel-plantar', 'left'), [0, -0.02, 0], 0.025, 1) }, { surface });
    const right = rankPain(data, { marks: stroke('right', lm('heel-plantar', 'right'), lm('heel-plantar', 'right'), [0, -0.02, 0], 0.025, 1) }, { surface });
    expect(right.slice(0, 3).every((m) => m.side === 'right')).toBe(true);
    expect(top(right, 3).sort()).toEqual(top(left, 3).sort());
  });
  it('measures regions and paint alike: the heel region ranks like paint on the heel', () => {
    expect(top(rankPain(data, regions('left', 'heel'), { surface }), 3).sort()).toEqual(['abductor-hallucis', 'quadratus-plantae', 'soleus']);
  });
  it('ignores paint off the body', () => {
    expect(rankPain(data, { marks: [{ p: [5, 5, 5], r: 0.02 }] }, { surface })).toEqual([]);
  });
});

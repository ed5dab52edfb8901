/**
 * Zone shapes on the committed model, checked against the literature's drawings: bands are continuous,
 * and the extents a review found wrong stay where they belong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/dataset/schema';
import type { Vec3 } from '../../src/core/frame';
import { computeZoneWeights, type RegionOnSide } from '../../src/core/zones';
import { loadSkin } from '../support/load-model';
import { loadRealDataset } from '../fixtures/load-fixture';

let data: Dataset;
let positions: Float32Array;
let normals: Float32Array;
let indices: Uint32Array;
let landmarks: ReadonlyMap<string, Vec3>;
const lm = (key: string): Vec3 => {
  const p = landmarks.get(key);
  if (!p) throw new Error(`no landmark ${key}`);
  return p;
};

beforeAll(async () => {
  data = loadRealDataset();
  ({ positions, indices, normals, landmarks } = await loadSkin());
});

/** Skin vertices painted at least half strength by the regions. */
function painted(list: RegionOnSide[]): number[] {
  const w = computeZoneWeights({ positions, normals, landmarks, regions: data.regions, essential: list, spillover: [] });
  expect(w.missing).toEqual([]);
  const out: number[] = [];
  w.essential.forEach((x, i) => x > 0.5 && out.push(i));
  return out;
}

/** Sizes of the connected pieces (by mesh edges) of a vertex set, largest first. */
function pieces(vertices: number[]): number[] {
  const inSet = new Set(vertices);
  const parent = new Map(vertices.map((v) => [v, v]));
  const find = (v: number): number => {
    let r = v;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(v, r);
    return r;
  };
  for (let t = 0; t < indices.length; t += 3)
    for (const [a, b] of [[indices[t]!, indices[t + 1]!], [indices[t + 1]!, indices[t + 2]!], [indices[t + 2]!, indices[t]!]] as const)
      if (inSet.has(a) && inSet.has(b)) parent.set(find(a), find(b));
  const size = new Map<number, number>();
  for (const v of vertices) size.set(find(v), (size.get(find(v)) ?? 0) + 1);
  return [...size.values()].sort((x, y) => y - x);
}

const essentialOf = (muscleId: string, tpId: string): RegionOnSide[] => {
  const tp = data.muscles.find((m) => m.id === muscleId)?.triggerPoints.find((t) => t.id === tpId);
  if (!tp) throw new Error(`no trigger point ${tpId}`);
  return tp.referredPain.essential.map((regionId) => ({ regionId, side: 'left' }));
};
const ys = (vs: number[]) => vs.map((i) => positions[3 * i + 1]!);
const zs = (vs: number[]) => vs.map((i) => positions[3 * i + 2]!);
const xs = (vs: number[]) => vs.map((i) => positions[3 * i]!);

describe('zone shapes on the model', () => {
  it('draws the upper trapezius referral as one band from the neck behind the ear to the temple', () => {
    const band = painted(essentialOf('upper-trapezius', 'upper-trapezius-1'));
    const sizes = pieces(band);
    expect(sizes[0]! / band.length).toBeGreaterThan(0.97);
    // it spans from below the mastoid to the temple, and reaches forward of the ear
    expect(Math.min(...ys(band))).toBeLessThan(lm('c4-transverse-left')[1]);
    expect(Math.max(...ys(band))).toBeGreaterThan(lm('temporal-fossa-left')[1]);
    expect(Math.max(...zs(band))).toBeGreaterThan(lm('ear-canal-left')[2] + 0.02);
  });
  it('draws the subscapularis wrist zone as a band all round the wrist', () => {
    const band = painted([{ regionId: 'wrist-band', side: 'left' }]);
    expect(pieces(band)[0]! / band.length).toBeGreaterThan(0.97);
    const c = lm('wrist-dorsal-left');
    const p = lm('wrist-palmar-left');
    const cx = (lm('radial-styloid-left')[0] + lm('ulnar-styloid-left')[0]) / 2;
    const cz = (c[2] + p[2]) / 2;
    // every quarter around the wrist's axis is painted
    const quarters = new Set(band.map((i) => Math.floor(((Math.atan2(positions[3 * i + 2]! - cz, positions[3 * i]! - cx) + Math.PI) / (Math.PI / 2)) % 4)));
    expect([...quarters].sort()).toEqual([0, 1, 2, 3]);
    // and it is a band, not a sleeve
    expect(Math.max(...ys(band)) - Math.min(...ys(band))).toBeLessThan(0.06);
  });
  it('keeps the iliopsoas thigh strip on the upper front of the thigh', () => {
    const strip = painted([{ regionId: 'upper-anterior-thigh', side: 'left' }]);
    const mid = (lm('asis-left')[1] + lm('patella-left')[1]) / 2;
    expect(strip.length).toBeGreaterThan(24);
    expect(Math.min(...ys(strip))).toBeGreaterThan(mid - 0.04);
    for (const muscle of ['psoas-major', 'iliacus']) {
      const zones = data.muscles.find((m) => m.id === muscle)!.triggerPoints.flatMap((t) => [...t.referredPain.essential, ...t.referredPain.spillover]);
      expect(zones).not.toContain('anterior-thigh');
    }
  });
  it('puts the levator scapulae zone at the angle of the neck and shoulder, not up to the mastoid', () => {
    const zone = painted(essentialOf('levator-scapulae', 'levator-scapulae-1'));
    expect(Math.max(...ys(zone))).toBeLessThan(lm('c2-transverse-left')[1] - 0.02);
    expect(Math.max(...xs(zone))).toBeGreaterThan(lm('c6-transverse-left')[0] + 0.03);
  });
  it('puts the gastrocnemius foot zone on the medial arch, not the front of the ankle', () => {
    const zone = painted(essentialOf('gastrocnemius', 'gastrocnemius-1').filter((r) => r.regionId !== 'calf'));
    const arch = zone.filter((i) => positions[3 * i + 1]! < 0.1);
    expect(arch.length).toBeGreaterThan(24);
    const meanX = xs(arch).reduce((a, b) => a + b, 0) / arch.length;
    expect(meanX).toBeLessThan(lm('instep-left')[0] - 0.005);
  });
  it('does not paint the calf solid for both gastrocnemius and soleus', () => {
    const solid = (muscleId: string) => new Set(painted(data.muscles.find((m) => m.id === muscleId)!.triggerPoints.flatMap((t) => t.referredPain.essential.map((regionId) => ({ regionId, side: 'left' as const })))));
    const g = solid('gastrocnemius');
    const s = solid('soleus');
    const calf = painted([{ regionId: 'calf', side: 'left' }]);
    const both = calf.filter((i) => g.has(i) && s.has(i)).length;
    expect(both / calf.length).toBeLessThan(0.2);
  });
  it('draws the supraspinatus shoulder zone as a mid-deltoid patch, not a stripe down the arm', () => {
    const patch = painted([{ regionId: 'mid-deltoid', side: 'left' }]);
    expect(patch.length).toBeGreaterThan(24);
    expect(Math.max(...ys(patch)) - Math.min(...ys(patch))).toBeLessThan(0.09);
    expect(Math.min(...ys(patch))).toBeGreaterThan(lm('deltoid-tuberosity-left')[1]);
  });
  it('puts the extensor carpi radialis longus hand zone on the thumb side of the back of the hand', () => {
    const zone = painted([{ regionId: 'radial-dorsal-hand', side: 'left' }]);
    const hand = painted([{ regionId: 'dorsal-hand', side: 'left' }]);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(zone.length).toBeGreaterThan(24);
    expect(mean(xs(zone))).toBeGreaterThan(mean(xs(hand)) + 0.005); // radial is lateral (+x) on the left, palms forward
    expect(mean(zs(zone))).toBeLessThan(lm('wrist-palmar-left')[2]); // on the back of the hand
  });
});

describe('zone capsules for the shader', () => {
  it('resolve every muscle\'s whole selection with no anchor missing, in a few dozen capsules', async () => {
    const { selectionCapsules, zonesForSelection } = await import('../../src/core/zones');
    const MAX_ZONE_CAPSULES = 48; // each fragment loops over them all
    for (const m of data.muscles)
      for (const side of ['left', 'right'] as const) {
        const caps = selectionCapsules(data.regions, zonesForSelection(data, m.id, side, null), landmarks);
        expect(caps.missing, m.id).toEqual([]);
        expect(caps.essential.length + caps.spillover.length, m.id).toBeLessThanOrEqual(MAX_ZONE_CAPSULES);
        expect(caps.essential.length, m.id).toBeGreaterThan(0);
      }
  });
});

describe('zoneLocator', () => {
  it('lists the trigger points that refer to a point on the temple, essential first', async () => {
    const { zoneLocator } = await import('../../src/core/pain/zone-locator');
    const at = zoneLocator(data, landmarks);
    const temple = painted([{ regionId: 'temple', side: 'left' }]);
    const i = temple[Math.floor(temple.length / 2)]!;
    const hit = at([positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!], [normals[3 * i]!, normals[3 * i + 1]!, normals[3 * i + 2]!]);
    expect(hit.regions.map((r) => r.regionId)).toContain('temple');
    const ids = hit.referring.map((r) => `${r.triggerPointId}/${r.side}`);
    expect(ids).toContain('temporalis-2/left');
    expect(ids).toContain('upper-trapezius-1/left');
    expect(ids.some((id) => id.endsWith('/right'))).toBe(false);
    const firstSpill = hit.referring.findIndex((r) => r.zone === 'spillover');
    expect(hit.referring.slice(firstSpill).every((r) => r.zone === 'spillover')).toBe(true);
  });
  it('finds nothing off the body', async () => {
    const { zoneLocator } = await import('../../src/core/pain/zone-locator');
    expect(zoneLocator(data, landmarks)([3, 3, 3])).toEqual({ regions: [], referring: [] });
  });
});

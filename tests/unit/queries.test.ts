import { beforeAll, describe, expect, it } from 'vitest';
import { createIndex, indexDataset, referredRegions, type DatasetIndex } from '../../src/core/dataset/queries';
import { KNOWN_MUSCLE_IDS } from '../../src/core/muscle-ids';
import { loadFixture, loadRealDataset } from '../fixtures/load-fixture';

describe('dataset queries (fixture)', () => {
  const index = createIndex(loadFixture());

  it('looks records up by id', () => {
    expect(index.muscleById('upper-trapezius')?.name).toBe('Upper trapezius');
    expect(index.conditionById('lateral-epicondylalgia')?.name).toBe('Lateral epicondylalgia');
    expect(index.regionById('temple')?.area).toBe('head');
    expect(index.referenceById('ref-a')?.doi).toBe('10.1000/fixture.1');
    expect(index.triggerPointById('upper-trapezius-2')?.muscle.id).toBe('upper-trapezius');
    expect(index.muscleById('nope')).toBeUndefined();
    expect(index.triggerPointById('<script>')).toBeUndefined();
  });

  it('orders muscles of a body region as the atlas list does', () => {
    expect(index.musclesByRegion('neck').map((m) => m.id)).toEqual(['sternocleidomastoid', 'upper-trapezius']);
    expect(index.musclesByRegion('trunk').map((m) => m.id)).toEqual(['quadratus-lumborum', 'psoas-major']);
    expect(index.musclesByRegion('head')).toEqual([]);
    expect(index.muscleGroups().map((g) => g.region)).toEqual(['neck', 'shoulder', 'forearm', 'trunk', 'leg']);
  });

  it('derives condition back-links', () => {
    expect(index.musclesOfCondition('tension-type-headache').map((m) => m.id)).toEqual([
      'sternocleidomastoid',
      'upper-trapezius',
    ]);
    expect(index.musclesOfCondition('fibromyalgia')).toEqual([]);
    expect(index.conditionsOfMuscle('quadratus-lumborum').map((c) => c.id)).toEqual(['low-back-pain']);
    expect(index.conditionsOfMuscle('latissimus-dorsi')).toEqual([]);
  });

  it('finds muscles referring to a region, essential first', () => {
    const temple = index.musclesReferringTo('temple');
    expect(temple.map((r) => [r.muscle.id, r.zone])).toEqual([
      ['sternocleidomastoid', 'essential'],
      ['upper-trapezius', 'essential'],
    ]);
    expect(temple[1]?.triggerPoints.map((t) => t.id)).toEqual(['upper-trapezius-1', 'upper-trapezius-2']);
    const buttock = index.musclesReferringTo('buttock');
    expect(buttock.map((r) => [r.muscle.id, r.zone])).toEqual([
      ['quadratus-lumborum', 'essential'],
      ['psoas-major', 'spillover'],
    ]);
    expect(index.musclesReferringTo('nowhere')).toEqual([]);
  });

  it('groups regions by area and merges a muscle referred zones', () => {
    expect(index.regionsByArea().map((g) => g.area)).toEqual(['head', 'neck', 'shoulder', 'arm', 'hand', 'trunk', 'pelvis', 'foot']);
    const trap = index.muscleById('upper-trapezius');
    const zones = referredRegions(index, trap?.triggerPoints ?? []);
    expect(zones.essential.map((r) => r.id).sort()).toEqual(['posterolateral-neck', 'temple']);
    expect(zones.spillover).toEqual([]);
  });

  it('caches the index per dataset object', () => {
    const d = loadFixture();
    expect(indexDataset(d)).toBe(indexDataset(d));
  });
});

describe('dataset queries (real data)', () => {
  let index: DatasetIndex;
  beforeAll(() => {
    index = createIndex(loadRealDataset());
  });

  it('covers every atlas muscle, grouped by region', () => {
    for (const id of KNOWN_MUSCLE_IDS) expect(index.muscleById(id), id).toBeDefined();
    const grouped = index.muscleGroups().flatMap((g) => g.muscles.map((m) => m.id));
    expect(grouped.slice(0, KNOWN_MUSCLE_IDS.length)).toEqual([...KNOWN_MUSCLE_IDS]);
  });

  it('resolves every trigger point and finds referring muscles for every region used', () => {
    for (const m of index.dataset.muscles)
      for (const tp of m.triggerPoints) {
        expect(index.triggerPointById(tp.id)?.muscle.id).toBe(m.id);
        for (const r of tp.referredPain.essential)
          expect(index.musclesReferringTo(r).some((x) => x.muscle.id === m.id && x.zone === 'essential')).toBe(true);
      }
  });

  it('upper trapezius refers to the temple region or neck and links tension-type headache', () => {
    const trap = index.muscleById('upper-trapezius');
    expect(trap).toBeDefined();
    expect(index.conditionsOfMuscle('upper-trapezius').length).toBeGreaterThan(0);
  });
});

/** The region hierarchy: lookups, and the schema's checks of `within` (unknown ids, self, cycles, empty shapes). */
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/core/dataset/schema';
import { regionTree } from '../../src/core/pain/region-tree';
import { loadRealDataset } from '../fixtures/load-fixture';

describe('regionTree', () => {
  const tree = regionTree([
    { id: 'buttock' },
    { id: 'low-back' },
    { id: 'lower-buttock', within: ['buttock'] },
    { id: 'sacroiliac', within: ['buttock', 'low-back'] },
    { id: 'sit-bone', within: ['lower-buttock', 'missing'] },
    { id: 'a', within: ['b'] },
    { id: 'b', within: ['a'] },
  ]);
  it('lists descendants at any depth, ancestors at any depth, and ignores unknown ids', () => {
    expect([...tree.withDescendants('buttock')].sort()).toEqual(['buttock', 'lower-buttock', 'sacroiliac', 'sit-bone']);
    expect([...tree.ancestors('sit-bone')].sort()).toEqual(['buttock', 'lower-buttock']);
    expect(tree.inside('low-back')).toEqual(['sacroiliac']);
    expect(tree.withDescendants('nowhere')).toEqual(['nowhere']);
  });
  it('terminates on cycles', () => {
    expect([...tree.withDescendants('a')].sort()).toEqual(['a', 'b']);
    expect(tree.ancestors('a')).toEqual(['b']);
  });
});

describe('region hierarchy in the dataset', () => {
  const raw = () => JSON.parse(JSON.stringify(loadRealDataset())) as { regions: { id: string; within?: string[]; patches: unknown[] }[] };
  const problems = (d: unknown) => {
    const r = DatasetSchema.safeParse(d);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const at = (d: ReturnType<typeof raw>, id: string) => d.regions.findIndex((r) => r.id === id);

  it('accepts the real dataset, where a coarse choice reaches the finer zones', () => {
    const data = loadRealDataset();
    const tree = regionTree(data.regions);
    expect(tree.withDescendants('buttock')).toEqual(expect.arrayContaining(['lower-buttock', 'sacroiliac']));
    expect(tree.withDescendants('low-back')).toEqual(expect.arrayContaining(['sacroiliac', 'iliac-crest']));
    expect(problems(JSON.parse(JSON.stringify(data)))).toEqual([]);
  });
  it('reports an unknown region and a region within itself at their JSON paths', () => {
    const d = raw();
    const i = at(d, 'heel');
    d.regions[i]!.within = ['foot', 'nowhere', 'heel'];
    expect(problems(d)).toEqual([`regions.${i}.within.1: unknown region "nowhere"`, `regions.${i}.within.2: region "heel" cannot lie within itself`]);
  });
  it('reports a cycle once', () => {
    const d = raw();
    d.regions[at(d, 'foot')]!.within = ['heel'];
    const found = problems(d);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^regions\.\d+\.within\.0: regions lie within each other in a cycle: (foot → heel → foot|heel → foot → heel)$/);
  });
  it('allows an empty shape only for a region others lie within', () => {
    const d = raw();
    const i = at(d, 'chin');
    d.regions[i]!.patches = [];
    expect(problems(d)).toEqual([`regions.${i}.patches: a region needs at least one patch unless other regions lie within it`]);
  });
});

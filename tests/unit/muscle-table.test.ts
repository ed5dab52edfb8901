/** docs/muscle-table.md describes the committed model: regenerated from it, it is the same file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { muscleTableInput, muscleTableMarkdown, sourceShort, withinTolerance } from '../../scripts/model-table/markdown';
import { MUSCLE_TABLE_PATH, muscleTableOfModel } from '../../scripts/model-table/from-model';
import { loadRealDataset } from '../fixtures/load-fixture';

describe('the muscle table', () => {
  it('in docs/ matches the committed model (run npm run muscle-table if this fails)', async () => {
    expect(readFileSync(MUSCLE_TABLE_PATH, 'utf8')).toBe(await muscleTableOfModel());
  }, 60_000);

  it('lists every dataset muscle once', () => {
    const text = readFileSync(MUSCLE_TABLE_PATH, 'utf8');
    for (const m of loadRealDataset().muscles) expect(text.split(`| \`${m.id}\` |`).length - 1, m.id).toBe(1);
  });

  it('shortens sources to authors and year and flags estimates', () => {
    expect(sourceShort('Handsfield GG et al. 2014, J Biomech 47:631–638 (MRI)')).toBe('Handsfield GG et al. 2014');
    expect(sourceShort('estimate: a thin sheet')).toBe('estimate');
    expect(withinTolerance(120, { cm3: 100, source: '', tolerance: 0.2 })).toBe(true);
    expect(withinTolerance(121, { cm3: 100, source: '', tolerance: 0.2 })).toBe(false);
  });

  it('measures volume muscles only, and joins a muscle made of several meshes', () => {
    const tri = (dx: number) => ({ extras: { kind: 'muscle', muscleId: 'a', side: 'left' }, positions: Float32Array.of(dx, 0, 0, dx + 1, 0, 0, dx, 1, 0), indices: Uint32Array.of(0, 1, 2), triangles: 1 });
    const seen: number[] = [];
    const input = muscleTableInput({
      inputsHash: 'h',
      regions: ['arm'],
      muscles: [{ id: 'a', name: 'A', bodyRegion: 'arm' }, { id: 'b', name: 'B', bodyRegion: 'arm' }],
      nodes: [tri(0), tri(5), { ...tri(9), extras: { kind: 'muscle', muscleId: 'a', side: 'right' } }],
      volumeIds: new Set(['a']),
      pendingIds: new Set(['b']),
      cited: new Map([['a', { cm3: 10, source: 'estimate: x', tolerance: 0.5 }]]),
      measure: (p) => (seen.push(p.length / 3), { centroid: [0, 0, 0], length: 0.1, width: 0.05, thickness: 0.01, volumeCm3: 4 }),
    });
    expect(seen).toEqual([6]);
    expect(input.muscles.map((r) => [r.id, r.builtAs, r.triangles])).toEqual([['a', 'volume', 2], ['b', 'first generator, volume pending', 0]]);
    const md = muscleTableMarkdown(input);
    expect(md).toContain('| A | `a` | volume | 4 | 10 ± 50 % (estimate) | **no** | 10.0 × 5.0 × 1.0 | 2 |');
    expect(md).toContain('| B | `b` | first generator, volume pending | — | — | — | — | 0 |');
  });
});

import { describe, expect, it } from 'vitest';
import { createAtlasStore, type AtlasState } from '../../src/state/store';
import type { Dataset } from '../../src/core/dataset/schema';
import { muscleLook } from '../../src/scene/muscles/muscle-look';

const dataset = { muscles: [{ id: 'a', conditions: ['neck-pain'] }, { id: 'b', conditions: [] }] } as unknown as Dataset;
const state = (over: Partial<AtlasState>): AtlasState => ({ ...createAtlasStore().getState(), dataset, ...over });

describe('muscleLook', () => {
  it('peel hides layers up to n, and nothing deeper', () => {
    expect(muscleLook(state({ peel: 1 }), 'a', 'left', 1)).toBe('hidden');
    expect(muscleLook(state({ peel: 1 }), 'a', 'left', 2)).toBe('normal');
  });
  it('peel never hides the selected muscle side, only the others on its layer', () => {
    const s = state({ peel: 2, selected: { muscleId: 'a', side: 'left' } });
    expect(muscleLook(s, 'a', 'left', 2)).toBe('selected');
    expect(muscleLook(s, 'a', 'right', 2)).toBe('hidden');
    expect(muscleLook(s, 'b', 'left', 1)).toBe('hidden');
  });
  it('isolate hides every other muscle side once one is selected', () => {
    const s = state({ isolate: true, selected: { muscleId: 'a', side: 'left' } });
    expect(muscleLook(s, 'a', 'left', 1)).toBe('selected');
    expect(muscleLook(s, 'a', 'right', 1)).toBe('hidden');
    expect(muscleLook(state({ isolate: true }), 'b', 'left', 1)).toBe('normal');
  });
  it('fade greys the others; hover and condition light up', () => {
    const s = state({ fade: true, selected: { muscleId: 'a', side: 'left' }, hovered: { muscleId: 'b', side: 'right' } });
    expect(muscleLook(s, 'b', 'left', 1)).toBe('faded');
    expect(muscleLook(s, 'b', 'right', 1)).toBe('hover');
    const c = state({ conditionId: 'neck-pain' });
    expect(muscleLook(c, 'a', 'left', 1)).toBe('condition');
    expect(muscleLook(c, 'a', 'right', 1)).toBe('condition');
    expect(muscleLook(c, 'b', 'left', 1)).toBe('normal');
  });
});

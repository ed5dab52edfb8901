import { describe, expect, it } from 'vitest';
import { createAtlasStore, type AtlasState } from '../../src/state/store';
import type { Dataset } from '../../src/core/dataset/schema';
import { muscleLook, tissueShown } from '../../src/scene/muscles/muscle-look';

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

describe('tissueShown (fasciae, tendons and tissue muscles)', () => {
  it('hides a tissue with the muscles of its layer when that layer is peeled', () => {
    expect(tissueShown(state({ peel: 0 }), 1)).toBe(true);
    expect(tissueShown(state({ peel: 1 }), 1)).toBe(false);
    expect(tissueShown(state({ peel: 1 }), 2)).toBe(true);
    expect(tissueShown(state({ peel: 2 }), 3)).toBe(true);
    expect(tissueShown(state({ peel: 3 }), 3)).toBe(false);
  });
  it('hides every tissue while a selected muscle is isolated, not before one is selected', () => {
    expect(tissueShown(state({ isolate: true, selected: { muscleId: 'a', side: 'left' } }), 2)).toBe(false);
    expect(tissueShown(state({ isolate: true }), 2)).toBe(true);
  });
  it('follows the peel in study mode, where isolate does not apply', () => {
    expect(tissueShown(state({ study: true, isolate: true, selected: { muscleId: 'a', side: 'left' } }), 1)).toBe(true);
    expect(tissueShown(state({ study: true, peel: 1 }), 1)).toBe(false);
  });
});

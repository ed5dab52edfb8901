/** The pain slice (drawing, undo, brush, choice) and the drawing in the link. */
import { describe, expect, it } from 'vitest';
import { createAtlasStore, PAIN_BRUSH } from '../../src/state/store';
import { startUrlSync } from '../../src/state/url-sync';
import { applyPainParam, searchWithPain } from '../../src/state/pain-url';
import { encodeDrawing } from '../../src/core/pain/drawing-link';
import type { PaintMark } from '../../src/core/pain/rank';
import { loadRealDataset } from '../fixtures/load-fixture';

const left: PaintMark[] = [{ p: [0.07, 1.66, 0.02], r: 0.02 }];
const right: PaintMark[] = [{ p: [-0.1, 0.01, -0.04], r: 0.03 }];

describe('pain slice', () => {
  it('adds strokes and regions, undoes them one at a time, and clears one side', () => {
    const s = createAtlasStore();
    const a = () => s.getState();
    a().addPainMarks(left);
    a().addPainMarks(right);
    a().togglePainRegion({ regionId: 'heel', side: 'right' });
    expect(a().painSketch.marks).toEqual([...left, ...right]);
    a().clearPain('right');
    expect(a().painSketch).toEqual({ marks: left, regions: [] });
    a().undoPain();
    expect(a().painSketch.regions).toEqual([{ regionId: 'heel', side: 'right' }]);
    a().undoPain();
    a().undoPain();
    a().undoPain();
    expect(a().painSketch).toEqual({ marks: [], regions: [] });
    a().undoPain();
    expect(a().painUndo).toEqual([]);
  });
  it('does not record an empty stroke or clearing nothing', () => {
    const s = createAtlasStore();
    s.getState().addPainMarks([]);
    s.getState().clearPain();
    expect(s.getState().painUndo).toEqual([]);
  });
  it('keeps the brush within its range and drops the preview when painting stops', () => {
    const s = createAtlasStore();
    s.getState().setPainBrush(1);
    expect(s.getState().painBrush).toBe(PAIN_BRUSH.max);
    s.getState().setPainBrush(Number.NaN);
    expect(s.getState().painBrush).toBe(PAIN_BRUSH.initial);
    s.getState().setPainting(true);
    s.getState().setPainPreview(left);
    s.getState().setPainting(false);
    expect(s.getState().painPreview).toEqual([]);
  });
});

describe('the drawing in the link', () => {
  const dataset = loadRealDataset();
  it('applies a pain parameter, opening the panel, and reports unknown regions', () => {
    const s = createAtlasStore({ dataset });
    const notices = applyPainParam(s, `?pain=${encodeDrawing({ regions: [{ regionId: 'heel', side: 'left' }, { regionId: 'nowhere', side: 'left' }], marks: left })}`);
    expect(s.getState().panel).toBe('pain');
    expect(s.getState().painSketch.regions).toEqual([{ regionId: 'heel', side: 'left' }]);
    expect(s.getState().painSketch.marks).toHaveLength(1);
    expect(notices.join()).toContain('nowhere');
    expect(s.getState().painUndo, 'a link is not an undo step').toEqual([]);
  });
  it('writes the drawing into the URL next to the other keys, and removes it when cleared', () => {
    const location = { pathname: '/', search: '?muscle=soleus', hash: '' };
    const win = {
      location,
      history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => (location.search = url.includes('?') ? url.slice(url.indexOf('?')) : ''), pushState: () => undefined },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    } as unknown as Window;
    const s = createAtlasStore({ dataset });
    const stop = startUrlSync(s, win);
    s.getState().togglePainRegion({ regionId: 'temple', side: 'right' });
    expect(new URLSearchParams(location.search).get('pain')).toBe('1~temple.r~');
    expect(new URLSearchParams(location.search).get('muscle')).toBe('soleus');
    s.getState().clearPain();
    expect(new URLSearchParams(location.search).get('pain')).toBeNull();
    stop();
  });
  it('builds the search string with or without the drawing', () => {
    expect(searchWithPain('?a=1', '1~heel.l~')).toBe('?a=1&pain=1%7Eheel.l%7E');
    expect(searchWithPain('?a=1&pain=x', '')).toBe('?a=1');
    expect(searchWithPain('?pain=x', '')).toBe('');
  });
});

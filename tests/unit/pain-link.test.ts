/** The pain drawing's link encoding: compact, URL-safe, round-trips, and reads damaged text without throwing. */
import { describe, expect, it } from 'vitest';
import { decodeDrawing, encodeDrawing } from '../../src/core/pain/drawing-link';
import type { PaintMark } from '../../src/core/pain/rank';

const marks: PaintMark[] = [
  { p: [0.068, 1.665, 0.025], r: 0.025 },
  { p: [-0.104, 0.005, -0.038], r: 0.03 },
  { p: [0.2, 1.3, -0.002], r: 0.012 },
];

describe('drawing links', () => {
  it('round-trips regions and marks (to the millimetre)', () => {
    const drawing = { regions: [{ regionId: 'temple', side: 'left' as const }, { regionId: 'heel', side: 'right' as const }], marks };
    const text = encodeDrawing(drawing);
    expect(text).toMatch(/^[A-Za-z0-9._~-]+$/);
    const back = decodeDrawing(text);
    expect(back.problems).toEqual([]);
    expect(back.drawing.regions).toEqual(drawing.regions);
    expect(back.drawing.marks).toHaveLength(marks.length);
    back.drawing.marks.forEach((m, i) => {
      const want = marks[i]!;
      for (let k = 0; k < 3; k++) expect(m.p[k]).toBeCloseTo(want.p[k]!, 3);
      expect(m.r).toBeCloseTo(want.r, 3);
    });
    expect(encodeDrawing(back.drawing)).toBe(text);
  });
  it('is compact: about ten characters a mark', () => {
    const many = Array.from({ length: 60 }, (_, i): PaintMark => ({ p: [0.1 + i * 0.003, 1 - i * 0.01, 0.05], r: 0.02 }));
    expect(encodeDrawing({ marks: many }).length).toBeLessThan(60 * 10 + 10);
  });
  it('drops repeated marks and regions, and encodes an empty drawing as nothing', () => {
    const once = encodeDrawing({ marks: [marks[0]!] });
    expect(encodeDrawing({ marks: [marks[0]!, { p: [0.0681, 1.6652, 0.0249], r: 0.025 }] })).toBe(once);
    expect(decodeDrawing(encodeDrawing({ regions: [{ regionId: 'heel', side: 'left' }, { regionId: 'heel', side: 'left' }] })).drawing.regions).toHaveLength(1);
    expect(encodeDrawing({})).toBe('');
    expect(decodeDrawing('')).toEqual({ drawing: { regions: [], marks: [] }, problems: [] });
  });
  it('skips what it cannot read and says so, never throwing', () => {
    expect(decodeDrawing('9~heel.l~').problems).toHaveLength(1);
    expect(decodeDrawing('1~heel.l_Bad!.x~').drawing.regions).toEqual([{ regionId: 'heel', side: 'left' }]);
    expect(decodeDrawing('1~heel.l_Bad!.x~').problems[0]).toContain('Bad!');
    const damaged = decodeDrawing('1~~AAAA');
    expect(damaged.drawing.marks).toEqual([]);
    expect(damaged.problems).toEqual(['the painted marks in the link are damaged']);
    const unknown = decodeDrawing('1~heel.l_nowhere.r~', (id) => id === 'heel');
    expect(unknown.drawing.regions).toEqual([{ regionId: 'heel', side: 'left' }]);
    expect(unknown.problems).toEqual(['unknown region "nowhere"']);
  });
});

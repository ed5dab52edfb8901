/** Pain sketches: strokes to marks, marks to capsules, side-wise edits. */
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/core/frame';
import { addMarks, clearSketch, drawingCapsules, EMPTY_SKETCH, isEmptySketch, markSide, sketchSides, strokeMarks, toggleRegion } from '../../src/core/pain/drawing';

const line = (n: number, step: number, x = 0.1): Vec3[] => Array.from({ length: n }, (_, i) => [x, 1 + i * step, 0.05]);

describe('strokeMarks', () => {
  it('spaces dabs by the brush radius whatever the pointer rate', () => {
    const slow = strokeMarks(line(101, 0.001), 0.02); // 10 cm in 1 mm steps
    const fast = strokeMarks(line(11, 0.01), 0.02); // the same 10 cm in 1 cm steps
    expect(slow.length).toBeGreaterThanOrEqual(8);
    expect(slow.length).toBeLessThanOrEqual(10);
    expect(Math.abs(slow.length - fast.length)).toBeLessThanOrEqual(2);
    expect(slow[0]?.p).toEqual([0.1, 1, 0.05]);
    expect(slow.at(-1)?.p[1]).toBeCloseTo(1.1, 6);
  });
  it('keeps a tap as one dab and skips non-finite points', () => {
    expect(strokeMarks([[0.1, 1, 0]], 0.03)).toEqual([{ p: [0.1, 1, 0], r: 0.03 }]);
    expect(strokeMarks([[Number.NaN, 1, 0]], 0.03)).toEqual([]);
  });
});

describe('drawingCapsules', () => {
  it('joins a stroke\'s touching dabs into one band and leaves a lone dab a disc', () => {
    const stroke = strokeMarks(line(11, 0.01), 0.02);
    const far = { p: [0.5, 0.2, 0] as Vec3, r: 0.02 };
    const caps = drawingCapsules([...stroke, far]);
    expect(caps).toHaveLength(stroke.length - 1 + 1);
    expect(caps.at(-1)).toEqual({ a: far.p, b: far.p, ra: 0.02, rb: 0.02, facing: null });
    for (let i = 1; i < stroke.length - 1; i++) expect(caps[i]?.a).toEqual(caps[i - 1]?.b);
  });
  it('draws nothing for no marks', () => {
    expect(drawingCapsules([])).toEqual([]);
  });
});

describe('sketch edits', () => {
  const left = strokeMarks(line(5, 0.01, 0.1), 0.02);
  const right = strokeMarks(line(5, 0.01, -0.1), 0.02);
  it('knows each mark\'s side and counts per side', () => {
    expect(markSide(left[0]!)).toBe('left');
    expect(markSide(right[0]!)).toBe('right');
    const s = toggleRegion(addMarks(addMarks(EMPTY_SKETCH, left), right), { regionId: 'heel', side: 'right' });
    expect(sketchSides(s)).toEqual({ left: left.length, right: right.length + 1 });
  });
  it('clears one side and keeps the other, or clears all', () => {
    const s = toggleRegion(addMarks(addMarks(EMPTY_SKETCH, left), right), { regionId: 'heel', side: 'right' });
    const noRight = clearSketch(s, 'right');
    expect(noRight.marks).toEqual(left);
    expect(noRight.regions).toEqual([]);
    expect(isEmptySketch(clearSketch(s))).toBe(true);
    expect(isEmptySketch(s)).toBe(false);
  });
  it('toggles a region on and off', () => {
    const on = toggleRegion(EMPTY_SKETCH, { regionId: 'temple', side: 'left' });
    expect(on.regions).toEqual([{ regionId: 'temple', side: 'left' }]);
    expect(toggleRegion(on, { regionId: 'temple', side: 'left' }).regions).toEqual([]);
    expect(toggleRegion(on, { regionId: 'temple', side: 'right' }).regions).toHaveLength(2);
  });
});

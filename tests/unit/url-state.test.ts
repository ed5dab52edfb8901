import { describe, expect, it } from 'vitest';
import { createIndex } from '../../src/core/dataset/queries';
import { fromSearchParams, toSearchParams, URL_DEFAULTS, type UrlState } from '../../src/core/url-state';
import { loadFixture } from '../fixtures/load-fixture';

const dataset = loadFixture();
const index = createIndex(dataset);

describe('url state', () => {
  it('omits every default', () => {
    expect(toSearchParams({ ...URL_DEFAULTS }).toString()).toBe('');
    const parsed = fromSearchParams('', index);
    expect(parsed.state).toEqual(URL_DEFAULTS);
    expect(parsed.notices).toEqual([]);
  });

  it('round-trips a full state', () => {
    const state: UrlState = {
      selected: { muscleId: 'upper-trapezius', side: 'right' },
      focusedTriggerPoint: 'upper-trapezius-2',
      conditionId: 'tension-type-headache',
      view: 'back',
      skin: 'see-through',
      bones: true,
      peel: 3,
      isolate: true,
      fade: true,
    };
    const params = toSearchParams(state);
    expect(params.get('muscle')).toBe('upper-trapezius');
    expect(params.get('peel')).toBe('3');
    const back = fromSearchParams(params.toString(), index);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('accepts a dataset as well as an index', () => {
    expect(fromSearchParams('muscle=psoas-major', dataset).state.selected).toEqual({ muscleId: 'psoas-major', side: 'left' });
  });

  it('drops unknown ids with a notice', () => {
    const r = fromSearchParams('muscle=not-a-muscle&condition=nope&tp=zzz-9', index);
    expect(r.state.selected).toBeNull();
    expect(r.state.conditionId).toBeNull();
    expect(r.state.focusedTriggerPoint).toBeNull();
    expect(r.notices).toHaveLength(3);
    expect(r.notices[0]).toMatch(/Unknown muscle "not-a-muscle"/);
  });

  it('infers the muscle of a trigger point and rejects a mismatched one', () => {
    expect(fromSearchParams('tp=psoas-major-1&side=right', index).state.selected).toEqual({ muscleId: 'psoas-major', side: 'right' });
    const r = fromSearchParams('muscle=upper-trapezius&tp=psoas-major-1', index);
    expect(r.state.focusedTriggerPoint).toBeNull();
    expect(r.notices[0]).toMatch(/does not belong/);
  });

  it('drops junk and huge values with notices, never echoing markup', () => {
    const r = fromSearchParams(
      'side=up&view=<script>alert(1)</script>&skin=glass&bones=maybe&peel=999999999&isolate=2&fade=yes&muscle=' + 'a'.repeat(5000),
      index,
    );
    expect(r.state).toEqual(URL_DEFAULTS);
    expect(r.notices.length).toBe(8);
    for (const n of r.notices) {
      expect(n).not.toMatch(/[<>]/);
      expect(n.length).toBeLessThan(160);
    }
    expect(fromSearchParams('peel=-1', index).state.peel).toBe(0);
    expect(fromSearchParams('peel=2.5', index).state.peel).toBe(0);
    expect(fromSearchParams('peel=5', index).state.peel).toBe(5);
    expect(fromSearchParams('peel=6', index).notices).toHaveLength(1);
  });

  it('ignores keys that are not its own', () => {
    const r = fromSearchParams('embed=1&utm_source=x&muscle=psoas-major', index);
    expect(r.notices).toEqual([]);
    expect(r.state.selected?.muscleId).toBe('psoas-major');
  });

  it('never throws on a seeded fuzz of random strings', () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_=&?%<>"\'/\\ .;:#+\u00e9\u4e2d\u{1F600}\u0000';
    const keys = ['muscle', 'side', 'view', 'skin', 'bones', 'peel', 'isolate', 'fade', 'tp', 'condition', 'x'];
    const chars = [...alphabet];
    for (let i = 0; i < 400; i++) {
      const len = Math.floor(rand() * 200);
      let raw = '';
      for (let j = 0; j < len; j++) raw += chars[Math.floor(rand() * chars.length)];
      const key = keys[Math.floor(rand() * keys.length)];
      for (const input of [raw, `${key}=${raw}`, `${key}=${encodeURIComponent(raw)}&muscle=upper-trapezius`]) {
        const r = fromSearchParams(input, i % 2 ? index : null);
        expect(Array.isArray(r.notices)).toBe(true);
        expect(['front', 'back', 'left', 'right', 'top']).toContain(r.state.view);
        expect(r.state.peel).toBeGreaterThanOrEqual(0);
        expect(r.state.peel).toBeLessThanOrEqual(5);
        expect(() => toSearchParams(r.state)).not.toThrow();
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { quizLinkParams, readQuizLink } from '../../src/core/quiz/link';

const read = (q: string) => readQuizLink(new URLSearchParams(q));

describe('quiz link', () => {
  it('reads mode, kind, seed, length and region', () => {
    expect(read('mode=quiz&quiz=which-muscle&seed=42&length=8&region=shoulder')).toEqual({
      link: { kind: 'which-muscle', seed: 42, length: 8, region: 'shoulder' },
      notices: [],
    });
    expect(read('mode=quiz').link).toEqual({ kind: null, seed: null, length: 5, region: null });
    expect(read('quiz=find-muscle').link?.kind).toBe('find-muscle');
    expect(read('muscle=soleus')).toEqual({ link: null, notices: [] });
  });

  it('drops malformed values with a notice and keeps the rest', () => {
    const r = read('mode=quiz&quiz=nope&seed=-1&length=0&region=tail');
    expect(r.link).toEqual({ kind: null, seed: null, length: 5, region: null });
    expect(r.notices).toHaveLength(4);
    expect(read('mode=quiz&seed=99999999999').link?.seed).toBeNull();
    expect(read('mode=quiz&length=31').notices[0]).toMatch(/length/);
    expect(read('mode=play').notices[0]).toMatch(/mode/);
    expect(read('mode=quiz&quiz=<script>').notices[0]).not.toContain('<');
  });

  it('writes a spec that reads back the same', () => {
    const spec = { kind: 'place-trigger-point', seed: 4294967295, length: 12, region: 'leg' } as const;
    const params = quizLinkParams(spec);
    expect(params.toString()).toBe('mode=quiz&quiz=place-trigger-point&seed=4294967295&length=12&region=leg');
    expect(readQuizLink(params).link).toEqual(spec);
  });
});

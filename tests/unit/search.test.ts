import { beforeAll, describe, expect, it } from 'vitest';
import { createIndex } from '../../src/core/dataset/queries';
import { createSearch, editDistance, normalize, type SearchHit } from '../../src/core/search';
import { loadFixture, loadRealDataset } from '../fixtures/load-fixture';

const ids = (hits: SearchHit[]) => hits.map((h) => h.id);

describe('search helpers', () => {
  it('normalises case, diacritics and punctuation', () => {
    expect(normalize('  Sterno-Cléido  MASTOÏD ')).toBe('sterno cleido mastoid');
  });
  it('measures edit distance with transpositions', () => {
    expect(editDistance('psoas', 'psoas')).toBe(0);
    expect(editDistance('psaos', 'psoas')).toBe(1);
    expect(editDistance('soleus', 'solues')).toBe(1);
    expect(editDistance('trapezius', 'trpzius')).toBe(2);
  });
});

describe('search (fixture)', () => {
  const search = createSearch(createIndex(loadFixture()));

  it.each([
    ['scm', 'sternocleidomastoid'],
    ['SCM', 'sternocleidomastoid'],
    ['lats', 'latissimus-dorsi'],
    ['psoas', 'psoas-major'],
    ['upper traps', 'upper-trapezius'],
    ['QL', 'quadratus-lumborum'],
    ['tennis elbow', 'lateral-epicondylalgia'],
    ['ecrb', 'extensor-carpi-radialis-brevis'],
    ['sternocleidomastiod', 'sternocleidomastoid'],
    ['quadratus lumb', 'quadratus-lumborum'],
    ['Musculus latissimus', 'latissimus-dorsi'],
    ['lumbago', 'low-back-pain'],
  ])('"%s" finds %s first', (query, id) => {
    expect(ids(search(query))[0]).toBe(id);
  });

  it('"peroneus" finds both fibularis muscles', () => {
    expect(ids(search('peroneus')).slice(0, 2).sort()).toEqual(['fibularis-brevis', 'fibularis-longus']);
    expect(ids(search('peroneus longus'))[0]).toBe('fibularis-longus');
  });

  it('ranks exact above prefix above fuzzy', () => {
    const exact = search('psoas major')[0]?.score ?? 0;
    const prefix = search('psoas ma')[0]?.score ?? 0;
    const fuzzy = search('psaos major')[0]?.score ?? 0;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(fuzzy);
    expect(fuzzy).toBeGreaterThan(0);
  });

  it('mixes muscles and conditions and tags muscles with their region', () => {
    const hits = search('tension');
    expect(hits[0]).toMatchObject({ kind: 'condition', id: 'tension-type-headache' });
    const m = search('psoas')[0];
    expect(m).toMatchObject({ kind: 'muscle', region: 'trunk' });
  });

  it('does not fuzz short words and ignores empty or junk queries', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('<script>alert(1)</script>')).toEqual([]);
    expect(ids(search('pso'))).toEqual(['psoas-major']);
    expect(search('psa')).toEqual([]);
    expect(search('xq')).toEqual([]);
    expect(search('a'.repeat(10_000))).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search('m', 2).length).toBeLessThanOrEqual(2);
  });
});

describe('search (real data)', () => {
  let search: ReturnType<typeof createSearch>;
  beforeAll(() => {
    search = createSearch(createIndex(loadRealDataset()));
  });

  it.each([
    ['scm', 'sternocleidomastoid'],
    ['lats', 'latissimus-dorsi'],
    ['psoas', 'psoas-major'],
    ['upper traps', 'upper-trapezius'],
    ['QL', 'quadratus-lumborum'],
    ['TFL', 'tensor-fasciae-latae'],
    ['infraspinatus', 'infraspinatus'],
    ['gastrocnemius', 'gastrocnemius'],
  ])('"%s" finds %s first', (query, id) => {
    expect(ids(search(query))[0]).toBe(id);
  });

  it('"peroneus" finds the fibularis muscles', () => {
    expect(ids(search('peroneus')).slice(0, 2).sort()).toEqual(['fibularis-brevis', 'fibularis-longus']);
  });

  it('"tennis elbow" finds a condition about the lateral elbow', () => {
    const hit = search('tennis elbow')[0];
    expect(hit?.kind).toBe('condition');
    expect(hit?.id).toMatch(/epicondyl|tennis/);
  });
});

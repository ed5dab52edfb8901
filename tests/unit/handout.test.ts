/** The handout's link format, content builder and picture choice, against the real dataset and the fixture. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/dataset/schema';
import { asNoun, buildHandout, joinAnd, lowerFirst } from '../../src/core/handout/content';
import { handoutSearch, MAX_HANDOUT_MUSCLES, parseHandoutRequest, viewSearch } from '../../src/core/handout/link';
import { chooseViews, HANDOUT_VIEWS } from '../../src/core/handout/views';
import { SEE_A_CLINICIAN } from '../../src/core/handout/advice';
import { loadFixture, loadRealDataset } from '../fixtures/load-fixture';

let real: Dataset;
let mini: Dataset;
beforeAll(() => {
  real = loadRealDataset();
  mini = loadFixture();
});
const DATE = new Date(2026, 11, 1, 10, 30);

describe('handout link', () => {
  it('reads one muscle from muscle/side and several from muscles=', () => {
    expect(parseHandoutRequest('?muscle=upper-trapezius&side=right&handout=1', real)).toEqual({
      handout: true,
      items: [{ muscleId: 'upper-trapezius', side: 'right' }],
      notices: [],
    });
    const many = parseHandoutRequest('muscles=upper-trapezius:left,infraspinatus:right&handout=1', real);
    expect(many.items).toEqual([
      { muscleId: 'upper-trapezius', side: 'left' },
      { muscleId: 'infraspinatus', side: 'right' },
    ]);
    expect(many.notices).toEqual([]);
  });

  it('is not a handout without handout=1', () => {
    expect(parseHandoutRequest('?muscle=masseter&side=left', real).handout).toBe(false);
    expect(parseHandoutRequest('?muscle=masseter&side=left&handout=0', real).handout).toBe(false);
  });

  it('drops unknown muscles, bad sides and duplicates with notices, and caps the list', () => {
    const r = parseHandoutRequest('muscles=masseter:left,nope:left,masseter:left,deltoid:up,temporalis&handout=1', real);
    expect(r.items).toEqual([
      { muscleId: 'masseter', side: 'left' },
      { muscleId: 'temporalis', side: 'left' },
    ]);
    expect(r.notices.join(' ')).toContain('Unknown muscle "nope"');
    expect(r.notices.join(' ')).toContain('"deltoid:up"');
    const ids = ['masseter', 'temporalis', 'deltoid', 'soleus', 'piriformis', 'gracilis'];
    const capped = parseHandoutRequest(`muscles=${ids.map((i) => `${i}:right`).join(',')}&handout=1`, real);
    expect(capped.items).toHaveLength(MAX_HANDOUT_MUSCLES);
    expect(capped.notices).toHaveLength(1);
    expect(capped.notices[0]).toContain('"piriformis"');
  });

  it('says so when a handout link names no known muscle, and never throws on junk', () => {
    expect(parseHandoutRequest('?handout=1', real).notices).toEqual(['The handout link names no known muscle.']);
    const junk = parseHandoutRequest(`?handout=1&muscles=${'%3Cx%3E:left,'.repeat(200)}`, real);
    expect(junk.items).toEqual([]);
    expect(junk.notices[0]).toContain('too long');
    expect(parseHandoutRequest('?muscle=<script>&handout=1', real).notices[0]).not.toContain('<');
  });

  it('round-trips through handoutSearch', () => {
    const items = [
      { muscleId: 'soleus', side: 'left' as const },
      { muscleId: 'gastrocnemius', side: 'right' as const },
    ];
    const search = handoutSearch(items);
    expect(search).toBe('?muscles=soleus:left,gastrocnemius:right&handout=1');
    expect(parseHandoutRequest(search, real).items).toEqual(items);
    expect(handoutSearch([items[0]!])).toBe('?muscle=soleus&side=left&handout=1');
  });

  it('links back to the exact view: same parameters without the handout ones', () => {
    expect(viewSearch('?muscle=soleus&side=left&view=back&tp=soleus-1&handout=1', [{ muscleId: 'soleus', side: 'left' }])).toBe(
      '?muscle=soleus&side=left&view=back&tp=soleus-1',
    );
    expect(viewSearch('?muscles=soleus:right,gracilis:left&handout=1', [{ muscleId: 'soleus', side: 'right' }])).toBe(
      '?muscle=soleus&side=right',
    );
  });
});

describe('handout content (real dataset)', () => {
  it('has a section per muscle side with the muscle\u2019s own knots, pain, factors and self-care', () => {
    const h = buildHandout(real, [{ muscleId: 'upper-trapezius', side: 'right' }, { muscleId: 'infraspinatus', side: 'left' }], { date: DATE });
    expect(h.sections.map((s) => s.heading)).toEqual(['Upper trapezius, right side', 'Infraspinatus, left side']);
    const trap = h.sections[0]!;
    const muscle = real.muscles.find((m) => m.id === 'upper-trapezius')!;
    expect(trap.knots.map((k) => k.where)).toEqual(muscle.triggerPoints.map((t) => t.location));
    expect(trap.stretch.how).toBe(muscle.selfCare.stretch.how);
    expect(trap.pressureRelease.avoidIf).toEqual(muscle.selfCare.pressureRelease.avoidIf);
    expect(trap.keepsItGoing.map((f) => f.text)).toEqual(muscle.perpetuatingFactors.map((f) => f.text));
    expect(trap.knots[0]?.howFound).toMatch(/between finger and thumb/);
    // Pain is placed on the side of the muscle, and named in plain words.
    expect(trap.painSummary).toMatch(/^These 2 knots send pain mainly to the [a-z ,]+; sometimes also to the [a-z ,]+\. All of it is felt on the right side\.$/);
    expect(trap.essential.every((e) => e.endsWith('(right)') || !e.includes('('))).toBe(true);
    expect(h.title).toBe('Trigger points: Upper trapezius and Infraspinatus');
    expect(h.seeClinician).toEqual(SEE_A_CLINICIAN);
  });

  it('lists every cited reference once, in order of first use, and the dataset disclaimer', () => {
    const h = buildHandout(real, [{ muscleId: 'upper-trapezius', side: 'left' }, { muscleId: 'suboccipitals', side: 'left' }], { date: DATE });
    const ids = h.references.map((r) => r.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('hanten-2000');
    expect(ids).toContain('fernandez-de-las-penas-2006');
    expect(ids[0]).toBe('travell-simons-1999');
    expect(h.disclaimer).toBe(real.disclaimer);
  });

  it('puts pain on both sides for a knot that refers to both, and midline regions without a side', () => {
    const h = buildHandout(real, [{ muscleId: 'multifidus', side: 'left' }], { date: DATE });
    const section = h.sections[0]!;
    const knot = section.knots.find((k) => k.triggerPointId === 'multifidus-1')!;
    expect(knot.sendsPainTo).toMatch(/left and right/);
    // Every region of multifidus is felt on both sides (or is midline): one sentence says so.
    expect(section.painSummary).toMatch(/It can be felt on both sides\.$/);
    expect(section.painSummary).not.toMatch(/\(left and right\)/);
    // Rectus abdominis mixes one-sided and two-sided knots: each region keeps its side.
    const rectus = buildHandout(real, [{ muscleId: 'rectus-abdominis', side: 'right' }], { date: DATE }).sections[0]!;
    expect(rectus.painSummary).toMatch(/upper abdomen \(right\)/);
    expect(rectus.painSummary).toMatch(/\(right and left\)/);
    expect(rectus.painSummary).not.toMatch(/felt on/);
    const sacral = buildHandout(real, [{ muscleId: 'gluteus-maximus', side: 'right' }], { date: DATE }).sections[0]!;
    const sacrum = [...sacral.essential, ...sacral.spillover].find((n) => n.startsWith('sacrum'));
    if (sacrum !== undefined) expect(sacrum).toBe('sacrum');
  });

  it('explains knots that cannot be felt and never lists a region as both essential and spillover', () => {
    const h = buildHandout(real, [{ muscleId: 'lateral-pterygoid', side: 'left' }, { muscleId: 'temporalis', side: 'left' }], { date: DATE });
    for (const k of h.sections[0]!.knots) {
      expect(k.palpation).toBe('not-palpable');
      expect(k.howFound).toMatch(/too deep to be felt/);
      expect(k.howFound).toMatch(/needle/);
    }
    for (const s of h.sections) expect(s.spillover.filter((x) => s.essential.includes(x))).toEqual([]);
  });

  it('prints the date in words and as an ISO day', () => {
    const h = buildHandout(real, [{ muscleId: 'soleus', side: 'left' }], { date: DATE });
    expect(h.dateText).toBe('1 December 2026');
    expect(h.isoDate).toBe('2026-12-01');
  });
});

describe('handout content (fixture and bad input)', () => {
  it('reports unknown muscles instead of throwing, and skips repeats', () => {
    const h = buildHandout(mini, [
      { muscleId: 'nope', side: 'left' },
      { muscleId: 'psoas-major', side: 'right' },
      { muscleId: 'psoas-major', side: 'right' },
    ], { date: DATE });
    expect(h.problems).toEqual(['No muscle "nope" in the atlas; it was left out.']);
    expect(h.sections).toHaveLength(1);
    expect(h.sections[0]!.knots[0]!.howFound).toBe('It lies too deep to be felt with a finger. Fixture: too deep for a finger.');
    expect(h.references.map((r) => r.id)).toEqual(['ref-b']);
  });

  it('copes with an empty list and an invalid date', () => {
    const h = buildHandout(mini, [], { date: new Date(Number.NaN) });
    expect(h.sections).toEqual([]);
    expect(h.title).toBe('Trigger points');
    expect(h.isoDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('words region names that start with a preposition as an area', () => {
    expect(asNoun('Between the shoulder blades')).toBe('area between the shoulder blades');
    expect(asNoun('Above the pubic bone')).toBe('area above the pubic bone');
    expect(asNoun('Temple')).toBe('temple');
  });

  it('words lists and names as prose', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(lowerFirst('Temple')).toBe('temple');
    expect(lowerFirst('TMJ area')).toBe('TMJ area');
  });
});

describe('handout pictures: choosing views', () => {
  const ids = (v: { id: string }[]) => v.map((x) => x.id);

  it('faces a point on the back from behind, and picks a clearly different second view', () => {
    const v = chooseViews([{ normal: [0, 0, -1], weight: 1 }]);
    expect(v[0]?.id).toBe('back');
    expect(v).toHaveLength(2);
    const [a, b] = v;
    expect(a!.dir[0] * b!.dir[0] + a!.dir[2] * b!.dir[2]).toBeLessThanOrEqual(0.5 + 1e-9);
  });

  it('covers a knot on the side of the hip and pain down the front of the thigh with two views', () => {
    const v = chooseViews([
      { normal: [1, 0, 0], weight: 1 },
      { normal: [0, 0, 1], weight: 1 },
    ]);
    expect(new Set(ids(v))).toEqual(new Set(['left', 'front']));
  });

  it('prefers the plain back view for a rounded surface facing mostly backward (a calf)', () => {
    const calf = [-60, -30, 0, 30, 60].map((deg) => {
      const a = (deg * Math.PI) / 180;
      return { normal: [Math.sin(a), 0, -Math.cos(a)] as const, weight: 1 };
    });
    expect(chooseViews(calf)[0]?.id).toBe('back');
  });

  it('ignores zero and non-finite samples, and falls back to front and back', () => {
    expect(ids(chooseViews([]))).toEqual(['front', 'back']);
    expect(ids(chooseViews([{ normal: [0, 0, 0], weight: 1 }, { normal: [Number.NaN, 0, 1], weight: 1 }]))).toEqual(['front', 'back']);
  });

  it('finds the best views for the real data: a back muscle is pictured from behind', () => {
    const infra = real.muscles.find((m) => m.id === 'infraspinatus')!;
    expect(infra.triggerPoints.length).toBeGreaterThan(0);
    const v = chooseViews(infra.triggerPoints.map(() => ({ normal: [0.2, 0.1, -0.97] as const, weight: 1 })), 3);
    expect(v[0]?.id).toBe('back');
    expect(v).toHaveLength(3);
    expect(HANDOUT_VIEWS.map((x) => x.id)).toEqual(expect.arrayContaining(ids(v)));
  });
});

describe('short citations', () => {
  it('names the first author and the year, for every reference of the real dataset', async () => {
    const { shortCitation } = await import('../../src/core/dataset/cite');
    const byId = (id: string) => real.references.find((r) => r.id === id)!;
    expect(shortCitation(byId('hanten-2000'))).toBe('Hanten et al. 2000');
    expect(shortCitation(byId('turp-2001'))).toBe('Türp et al. 2001');
    expect(shortCitation(byId('fernandez-de-las-penas-2018'))).toBe('Fernández-de-las-Peñas et al. 2018');
    expect(shortCitation(byId('standring-2020'))).toBe('Standring 2020');
    for (const r of real.references) expect(shortCitation(r), r.id).toMatch(/^\p{Lu}.* (19|20)\d\d$/u);
    expect(shortCitation({ id: 'odd-1', citation: 'An anonymous pamphlet.' })).toBe('odd-1');
  });
});

import { describe, expect, it } from 'vitest';
import {
  createScheduleStore,
  dueDate,
  dueItems,
  emptySchedule,
  memoryStorage,
  parseSchedule,
  recordReview,
  SCHEDULE_KEY,
  serializeSchedule,
  webStorage,
} from '../../src/core/quiz/schedule';

const NOW = new Date('2026-03-02T10:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const RIGHT = { correct: true, points: 1 };
const WRONG = { correct: false, points: 0 };

describe('quiz schedule (FSRS)', () => {
  it('brings a missed item back sooner than a known one', () => {
    let s = recordReview(emptySchedule(), 'name-muscle:soleus', WRONG, NOW);
    s = recordReview(s, 'name-muscle:piriformis', RIGHT, NOW);
    const missed = dueDate(s, 'name-muscle:soleus');
    const known = dueDate(s, 'name-muscle:piriformis');
    if (!missed || !known) throw new Error('cards missing');
    expect(missed.getTime()).toBeGreaterThan(NOW.getTime());
    expect(missed.getTime()).toBeLessThan(known.getTime());
    expect(dueItems(s, NOW)).toEqual([]);
    expect(dueItems(s, new Date(missed.getTime()))).toEqual(['name-muscle:soleus']);
    expect(dueItems(s, new Date(known.getTime() + 1), 'name-muscle:')).toEqual(['name-muscle:soleus', 'name-muscle:piriformis']);
    expect(dueItems(s, new Date(known.getTime() + 1), 'find-muscle:')).toEqual([]);
  });

  it('spaces a repeatedly known item further each time', () => {
    let s = emptySchedule();
    let t = NOW;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      s = recordReview(s, 'k', RIGHT, t);
      const due = dueDate(s, 'k');
      if (!due) throw new Error('no card');
      gaps.push(due.getTime() - t.getTime());
      t = due;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? Infinity);
  });

  it('round-trips through text and survives junk', () => {
    const s = recordReview(recordReview(emptySchedule(), 'a', WRONG, NOW), 'b', RIGHT, minutes(3));
    const back = parseSchedule(serializeSchedule(s));
    expect(back).toEqual(s);
    // A card read back schedules exactly as the original would.
    expect(recordReview(back, 'a', RIGHT, minutes(30))).toEqual(recordReview(s, 'a', RIGHT, minutes(30)));
    for (const junk of [null, '', 'not json', '[]', '{"version":2,"cards":{}}', '{"version":1,"cards":{"x":{"due":"never"}}}'])
      expect(parseSchedule(junk)).toEqual(emptySchedule());
  });

  it('keeps the schedule in Web Storage and resets it', () => {
    const backing = new Map<string, string>();
    const ls = { getItem: (k: string) => backing.get(k) ?? null, setItem: (k: string, v: string) => void backing.set(k, v), removeItem: (k: string) => void backing.delete(k) };
    const store = createScheduleStore(webStorage(ls));
    store.record('where-refers:temporalis-1', WRONG, NOW);
    expect(backing.has(SCHEDULE_KEY)).toBe(true);
    expect(createScheduleStore(webStorage(ls)).due(minutes(60))).toEqual(['where-refers:temporalis-1']);
    store.reset();
    expect(backing.has(SCHEDULE_KEY)).toBe(false);
    expect(store.get()).toEqual(emptySchedule());
    expect(store.due(minutes(60))).toEqual([]);
  });

  it('runs without storage when the browser blocks it', () => {
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('blocked'); } };
    const store = createScheduleStore(webStorage(throwing));
    expect(() => store.record('a', WRONG, NOW)).not.toThrow();
    expect(() => store.reset()).not.toThrow();
    const mem = createScheduleStore(memoryStorage());
    mem.record('a', WRONG, NOW);
    expect(mem.due(minutes(60))).toEqual(['a']);
  });
});

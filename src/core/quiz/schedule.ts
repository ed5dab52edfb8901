/**
 * The per-browser spaced-repetition schedule of quiz items, kept by FSRS (ts-fsrs). Pure: the
 * schedule is a JSON-safe record of cards by item key; storage is behind `ScheduleStorage`.
 * A missed item (Again) is due again within minutes; a known one (Good) later and later.
 */
import { createEmptyCard, fsrs, Rating, TypeConvert, type Card, type Grade } from 'ts-fsrs';

/** A card as stored (dates as ISO strings). */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

/** The schedule: one card per item key (e.g. `name-muscle:infraspinatus`). */
export interface Schedule {
  version: 1;
  cards: Record<string, StoredCard>;
}

/** Where the schedule is kept: text in, text out. Implementations must not throw. */
export interface ScheduleStorage {
  load(): string | null;
  save(text: string): void;
  clear(): void;
}

/** The localStorage key of the schedule. */
export const SCHEDULE_KEY = 'trigger-point-atlas.quiz-schedule.v1';

// No fuzz: the same answers at the same times give the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

/** A schedule with no items. */
export function emptySchedule(): Schedule {
  return { version: 1, cards: {} };
}

function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) };
}

function toCard(stored: StoredCard): Card {
  return TypeConvert.card({ ...stored, due: stored.due, last_review: stored.last_review ?? null } as never);
}

function isStoredCard(v: unknown): v is StoredCard {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c['due'] === 'string' &&
    !Number.isNaN(Date.parse(c['due'])) &&
    ['stability', 'difficulty', 'reps', 'lapses', 'state', 'scheduled_days', 'learning_steps', 'elapsed_days'].every(
      (k) => typeof c[k] === 'number' && Number.isFinite(c[k]),
    )
  );
}

/** Reads stored text as a schedule; anything unreadable gives an empty one (never throws). */
export function parseSchedule(text: string | null): Schedule {
  if (!text) return emptySchedule();
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null || (json as { version?: unknown }).version !== 1) return emptySchedule();
    const cards: Record<string, StoredCard> = {};
    const raw = (json as { cards?: unknown }).cards;
    if (typeof raw === 'object' && raw !== null)
      for (const [key, card] of Object.entries(raw)) if (isStoredCard(card)) cards[key] = card;
    return { version: 1, cards };
  } catch {
    return emptySchedule();
  }
}

/** The schedule as text for storage. */
export function serializeSchedule(s: Schedule): string {
  return JSON.stringify(s);
}

/** The FSRS grade for a scored answer: correct → Good, near miss → Hard, wrong → Again. */
export function gradeOf(outcome: { correct: boolean; points: number }): Grade {
  if (outcome.correct) return Rating.Good;
  return outcome.points > 0 ? Rating.Hard : Rating.Again;
}

/** The schedule after one answer to an item at time `now`. */
export function recordReview(s: Schedule, itemKey: string, outcome: { correct: boolean; points: number }, now: Date): Schedule {
  const stored = s.cards[itemKey];
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const next = scheduler.next(card, now, gradeOf(outcome)).card;
  return { version: 1, cards: { ...s.cards, [itemKey]: toStored(next) } };
}

/** When an item is next due, or null for an item never answered. */
export function dueDate(s: Schedule, itemKey: string): Date | null {
  const c = s.cards[itemKey];
  return c ? new Date(c.due) : null;
}

/** Item keys due at `now` (optionally only those starting with `prefix`), most overdue first. */
export function dueItems(s: Schedule, now: Date, prefix = ''): string[] {
  return Object.entries(s.cards)
    .filter(([key, c]) => key.startsWith(prefix) && Date.parse(c.due) <= now.getTime())
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([key]) => key);
}

/** The schedule kept in a storage: read on demand, written after every review. */
export interface ScheduleStore {
  get(): Schedule;
  record(itemKey: string, outcome: { correct: boolean; points: number }, now?: Date): Schedule;
  due(now?: Date, prefix?: string): string[];
  /** Forgets every item (the "reset my schedule" button). */
  reset(): void;
}

/** A schedule store over any storage. */
export function createScheduleStore(storage: ScheduleStorage): ScheduleStore {
  const get = () => parseSchedule(storage.load());
  return {
    get,
    record(itemKey, outcome, now = new Date()) {
      const next = recordReview(get(), itemKey, outcome, now);
      storage.save(serializeSchedule(next));
      return next;
    },
    due: (now = new Date(), prefix = '') => dueItems(get(), now, prefix),
    reset: () => storage.clear(),
  };
}

/** The part of the Web Storage API the adapter uses (window.localStorage has it). */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Adapter over Web Storage (localStorage). Failures (private mode, quota) are swallowed: the quiz still runs. */
export function webStorage(storage: WebStorageLike | null | undefined, key = SCHEDULE_KEY): ScheduleStorage {
  return {
    load() {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    save(text) {
      try {
        storage?.setItem(key, text);
      } catch {
        /* storage full or blocked: the schedule lives for this page only */
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        /* nothing stored */
      }
    },
  };
}

/** Storage in memory, for tests and for browsers without Web Storage. */
export function memoryStorage(): ScheduleStorage {
  let text: string | null = null;
  return {
    load: () => text,
    save: (t) => {
      text = t;
    },
    clear: () => {
      text = null;
    },
  };
}

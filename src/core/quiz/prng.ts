/**
 * A small seeded pseudo-random generator (mulberry32), so that a quiz link's seed gives everyone the
 * same questions in the same order. Not for anything secret.
 */
import { MAX_SEED } from './limits';

/** A seeded source of random numbers with the few helpers the quiz generator needs. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One item of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[];
}

export { MAX_SEED } from './limits';

/** A mulberry32 generator started from `seed` (any integer; taken modulo 2^32). */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new Error('Rng.pick needs a non-empty list');
      return list[int(list.length)] as T;
    },
    shuffle<T>(list: readonly T[]): T[] {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
  };
}

/** A fresh seed for a quiz started without one (not reproducible on purpose). */
export function randomSeed(): number {
  return Math.floor(Math.random() * MAX_SEED) >>> 0;
}

import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset/queries';
import type { QuizEvent } from '../../src/core/quiz/api';
import { createQuizController } from '../../src/core/quiz/controller';
import { createScheduleStore, memoryStorage } from '../../src/core/quiz/schedule';
import { QUIZ_KINDS } from '../../src/core/quiz/types';
import { loadRealDataset } from '../fixtures/load-fixture';

const index = indexDataset(loadRealDataset());
const positions = () => [0, 1, 0] as const;

describe('quiz controller (the embed contract)', () => {
  it('plays a quiz of every kind by sending back each expected answer, and reports the events', () => {
    for (const kind of QUIZ_KINDS) {
      const schedule = createScheduleStore(memoryStorage());
      const c = createQuizController({ index, triggerPointPosition: positions }, schedule);
      const events: QuizEvent[] = [];
      c.on((e) => events.push(e));
      expect(c.start({ kind, seed: 9, length: 5 })).toEqual({ kind, seed: 9, length: 5 });
      for (let i = 0; i < 5; i++) {
        const state = c.state();
        if ('error' in state) throw new Error(state.error);
        expect(state).toMatchObject({ index: i, length: 5, score: i, finished: false, phase: i === 0 ? 'asking' : 'feedback' });
        expect(typeof state.question?.prompt).toBe('string');
        expect(state.question?.choices !== undefined).toBe(['name-muscle', 'where-refers', 'which-muscle'].includes(kind));
        // Ask the wrong thing first to learn the expected answer, on a twin controller with the same seed.
        const twin = createQuizController({ index, triggerPointPosition: positions });
        twin.start({ kind, seed: 9, length: 5 });
        for (let j = 0; j < i; j++) twin.answer({ choice: 'x' });
        const probe = twin.answer({ choice: 'definitely-wrong' });
        if ('error' in probe) throw new Error(probe.error);
        const result = c.answer(probe.expected);
        expect(result).toMatchObject({ correct: true, score: i + 1 });
      }
      expect(events.filter((e) => e.type === 'quiz.answered')).toHaveLength(5);
      expect(events.at(-1)).toEqual({ type: 'quiz.finished', score: 5, length: 5, kind, seed: 9 });
      expect(Object.keys(schedule.get().cards)).toHaveLength(5);
      expect(c.state()).toMatchObject({ index: 5, length: 5, finished: true, question: null });
      expect(c.answer({ choice: 'more' })).toHaveProperty('error');
    }
  });

  it('answers bad calls with an error naming the fix', () => {
    const c = createQuizController({ index });
    expect(c.state()).toHaveProperty('error');
    expect(c.answer({ choice: 'a' })).toHaveProperty('error');
    for (const bad of [null, {}, { kind: 'nope', seed: 1 }, { kind: 'name-muscle' }, { kind: 'name-muscle', seed: -1 }, { kind: 'name-muscle', seed: 1, length: 0 }, { kind: 'name-muscle', seed: 1, region: 'tail' }]) {
      const r = c.start(bad);
      expect(r, JSON.stringify(bad)).toHaveProperty('error');
      expect((r as { error: string }).error).toMatch(/^quiz\.start: |^quiz\.start needs/);
    }
    expect(c.start({ kind: 'name-muscle', seed: 1, length: 30, region: 'hand' })).toEqual({ kind: 'name-muscle', seed: 1, length: 4 });
  });
});

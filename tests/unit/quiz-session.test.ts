import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset/queries';
import { generateQuiz } from '../../src/core/quiz/generate';
import { expectedOf } from '../../src/core/quiz/score';
import { currentQuestion, mistakesOf, reduceSession, startSession, type QuizSession } from '../../src/core/quiz/session';
import type { QuizSpec } from '../../src/core/quiz/types';
import { loadRealDataset } from '../fixtures/load-fixture';

const index = indexDataset(loadRealDataset());
const spec: QuizSpec = { kind: 'name-muscle', seed: 77, length: 5, region: null };

describe('quiz session', () => {
  it('asks, gives feedback, moves on, and ends with a summary and the mistakes', () => {
    let s: QuizSession = startSession(spec, generateQuiz(spec, { index }));
    expect(s).toMatchObject({ index: 0, phase: 'asking', score: 0, finished: false });
    const wrongIndexes = [1, 3];
    for (let i = 0; i < 5; i++) {
      const q = currentQuestion(s);
      if (!q || q.kind !== 'name-muscle') throw new Error('expected a question');
      const answer = wrongIndexes.includes(i) ? { choice: q.choices.find((c) => c.id !== q.muscleId)?.id } : expectedOf(q, index).expected;
      s = reduceSession(s, { type: 'answer', answer }, index);
      expect(s.phase).toBe('feedback');
      // A second answer while feedback shows is ignored.
      expect(reduceSession(s, { type: 'answer', answer }, index)).toBe(s);
      s = reduceSession(s, { type: 'next' }, index);
    }
    expect(s).toMatchObject({ phase: 'summary', finished: true, score: 3, index: 4 });
    expect(s.answers).toHaveLength(5);
    expect(mistakesOf(s).map((a) => a.question.itemKey)).toEqual(wrongIndexes.map((i) => s.questions[i]?.itemKey));
    expect(currentQuestion(s)).toBeNull();
    const again = reduceSession(s, { type: 'restart' }, index);
    expect(again).toMatchObject({ index: 0, phase: 'asking', score: 0, answers: [] });
    expect(again.questions).toEqual(s.questions);
  });

  it('marks the session finished as soon as the last answer is in', () => {
    const one = { ...spec, length: 1 };
    let s = startSession(one, generateQuiz(one, { index }));
    s = reduceSession(s, { type: 'next' }, index);
    expect(s.phase).toBe('asking');
    s = reduceSession(s, { type: 'answer', answer: { choice: 'nope' } }, index);
    expect(s).toMatchObject({ finished: true, phase: 'feedback', score: 0 });
  });
});

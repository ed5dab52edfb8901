import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset/queries';
import { generateQuiz } from '../../src/core/quiz/generate';
import { expectedOf } from '../../src/core/quiz/score';
import { reduceSession, startSession } from '../../src/core/quiz/session';
import { quizStage } from '../../src/core/quiz/stage';
import { QUIZ_KINDS, type QuizKind } from '../../src/core/quiz/types';
import { loadRealDataset } from '../fixtures/load-fixture';

const dataset = loadRealDataset();
const index = indexDataset(dataset);
const TARGET = [0.2, 1.3, 0.05] as const;

function firstSession(kind: QuizKind) {
  const spec = { kind, seed: 5, length: 2, region: null };
  return startSession(spec, generateQuiz(spec, { index, triggerPointPosition: () => TARGET }));
}

describe('quiz stage (what the body shows)', () => {
  it('hides the answer while asking and shows it in feedback', () => {
    for (const kind of QUIZ_KINDS) {
      let s = firstSession(kind);
      const q = s.questions[0];
      if (!q) throw new Error('no question');
      const asking = quizStage(s, dataset);
      if (!asking) throw new Error('no stage');
      s = reduceSession(s, { type: 'answer', answer: kind === 'place-trigger-point' ? { point: [0, 0, 0] } : { choice: 'wrong' } }, index);
      const feedback = quizStage(s, dataset);
      if (!feedback) throw new Error('no stage');
      expect(feedback.pick).toBeNull();
      switch (q.kind) {
        case 'find-muscle':
          expect(asking).toMatchObject({ pick: 'muscle', highlight: null, focus: null });
          expect(feedback.highlight).toEqual({ muscleId: q.muscleId, side: q.side });
          break;
        case 'name-muscle':
          expect(asking.highlight).toEqual({ muscleId: q.muscleId, side: q.side });
          expect(asking.pick).toBeNull();
          break;
        case 'where-refers':
          expect(asking.triggerPoint?.triggerPointId).toBe(q.triggerPointId);
          expect(asking.zones.essential).toEqual([]);
          expect(feedback.zones.essential.map((z) => z.regionId)).toEqual(
            expect.arrayContaining(index.triggerPointById(q.triggerPointId)?.triggerPoint.referredPain.essential ?? ['none']),
          );
          break;
        case 'which-muscle':
          expect(asking.zones.essential).toEqual([{ regionId: q.regionId, side: q.side }]);
          expect(asking.highlight).toBeNull();
          expect(feedback.highlight).toEqual({ muscleId: q.muscleId, side: q.side });
          break;
        case 'place-trigger-point':
          expect(asking).toMatchObject({ pick: 'point', triggerPoint: null, tapped: null });
          expect(feedback.triggerPoint?.triggerPointId).toBe(q.triggerPointId);
          expect(feedback.tapped).toEqual([0, 0, 0]);
          break;
      }
    }
  });

  it('shows a wrongly found muscle beside the right one, and nothing at the summary', () => {
    let s = firstSession('find-muscle');
    const q = s.questions[0];
    if (q?.kind !== 'find-muscle') throw new Error('no question');
    const other = q.side === 'left' ? 'right' : 'left';
    s = reduceSession(s, { type: 'answer', answer: { muscleId: q.muscleId, side: other } }, index);
    expect(quizStage(s, dataset)?.wrong).toEqual({ muscleId: q.muscleId, side: other });
    s = reduceSession(s, { type: 'next' }, index);
    const q2 = s.questions[1];
    if (!q2) throw new Error('no second question');
    s = reduceSession(s, { type: 'answer', answer: expectedOf(q2, index).expected }, index);
    expect(quizStage(s, dataset)?.wrong).toBeNull();
    s = reduceSession(s, { type: 'next' }, index);
    expect(quizStage(s, dataset)).toBeNull();
  });
});

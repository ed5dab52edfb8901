import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset/queries';
import type { Vec3 } from '../../src/core/frame';
import { generateQuiz } from '../../src/core/quiz/generate';
import { HIT_M, NEAR_M, readAnswer, scoreAnswer } from '../../src/core/quiz/score';
import type { PlaceTriggerPointQuestion, Question } from '../../src/core/quiz/types';
import { loadRealDataset } from '../fixtures/load-fixture';

const index = indexDataset(loadRealDataset());
const TARGET: Vec3 = [0.1, 1.4, -0.05];

function placeQuestion(): PlaceTriggerPointQuestion {
  const [q] = generateQuiz({ kind: 'place-trigger-point', seed: 8, length: 1, region: 'shoulder' }, { index, triggerPointPosition: () => TARGET });
  if (q?.kind !== 'place-trigger-point') throw new Error('no place question');
  return q;
}
function first(kind: Question['kind'], seed = 21): Question {
  const [q] = generateQuiz({ kind, seed, length: 1, region: null }, { index });
  if (!q) throw new Error(`no ${kind} question`);
  return q;
}

describe('quiz scoring', () => {
  it('scores a tapped point by its distance in metres to the trigger point', () => {
    const q = placeQuestion();
    const at = (dx: number) => scoreAnswer(q, { point: [TARGET[0] + dx, TARGET[1], TARGET[2]] }, index);
    expect(at(0)).toMatchObject({ correct: true, points: 1, distanceM: 0 });
    expect(at(HIT_M * 0.9)).toMatchObject({ correct: true, points: 1 });
    expect(at(HIT_M * 1.1)).toMatchObject({ correct: false, points: 0.5 });
    expect(at(NEAR_M * 0.99)).toMatchObject({ correct: false, points: 0.5 });
    expect(at(NEAR_M * 1.01)).toMatchObject({ correct: false, points: 0 });
    expect(at(0.2).distanceM).toBeCloseTo(0.2, 6);
    expect(at(0.2).feedback).toContain('20 cm');
  });

  it('counts the side in "find the muscle"', () => {
    const q = first('find-muscle');
    if (q.kind !== 'find-muscle') throw new Error();
    const other = q.side === 'left' ? 'right' : 'left';
    expect(scoreAnswer(q, { muscleId: q.muscleId, side: q.side }, index).correct).toBe(true);
    const wrongSide = scoreAnswer(q, { muscleId: q.muscleId, side: other }, index);
    expect(wrongSide.correct).toBe(false);
    expect(wrongSide.feedback).toMatch(/wrong side/);
    expect(scoreAnswer(q, { choice: `${q.muscleId}/${q.side}` }, index).correct).toBe(true);
    expect(scoreAnswer(q, { muscleId: 'soleus' === q.muscleId ? 'piriformis' : 'soleus', side: q.side }, index).correct).toBe(false);
  });

  it('accepts any region of the essential zone, and says when a choice is in the spillover zone', () => {
    const tp = index.triggerPointById('temporalis-1');
    if (!tp) throw new Error('temporalis-1 missing');
    const [q] = generateQuiz({ kind: 'where-refers', seed: 1, length: 30, region: 'head' }, { index }).filter(
      (x) => x.kind === 'where-refers' && x.triggerPointId === 'temporalis-1',
    );
    if (!q) throw new Error('no temporalis-1 question');
    for (const r of tp.triggerPoint.referredPain.essential) expect(scoreAnswer(q, { regionId: r }, index).correct).toBe(true);
    const spill = tp.triggerPoint.referredPain.spillover[0];
    if (spill === undefined) throw new Error('temporalis-1 has no spillover');
    const s = scoreAnswer(q, { regionId: spill }, index);
    expect(s.correct).toBe(false);
    expect(s.feedback).toMatch(/spillover/);
  });

  it('accepts, for "which muscle refers here", any muscle that refers there in its essential zone', () => {
    const q = first('which-muscle', 3);
    if (q.kind !== 'which-muscle') throw new Error();
    const referring = index.musclesReferringTo(q.regionId);
    for (const r of referring) expect(scoreAnswer(q, { choice: r.muscle.id }, index).correct).toBe(r.zone === 'essential');
  });

  it('answers bad input with a score of 0, never a crash', () => {
    const q = first('name-muscle');
    for (const bad of [null, undefined, 42, 'x', {}, { point: [1, 2] }, { point: [NaN, 0, 0] }, { choice: 7 }, { choice: '<img onerror=1>' }])
      expect(scoreAnswer(q, bad, index)).toMatchObject({ correct: false, points: 0 });
    expect(readAnswer({ point: [1, 2, 3] })).toEqual({ point: [1, 2, 3] });
    expect(readAnswer({ muscleId: 'soleus', side: 'up' })).toEqual({ muscleId: 'soleus', side: null });
  });
});

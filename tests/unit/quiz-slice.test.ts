import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state';
import { quizSearchFor } from '../../src/state/slices/quiz';
import { expectedOf } from '../../src/core/quiz/score';
import { indexDataset } from '../../src/core/dataset/queries';
import type { Vec3 } from '../../src/core/frame';
import { loadRealDataset } from '../fixtures/load-fixture';
import { createScheduleStore, memoryStorage } from '../../src/core/quiz/schedule';

const dataset = loadRealDataset();
const index = indexDataset(dataset);

describe('quiz slice', () => {
  it('waits for the engine and the dataset, then asks the seeded questions and keeps score', async () => {
    const store = createAtlasStore();
    store.getState().startQuiz({ kind: 'name-muscle', seed: 12, length: 3, region: 'leg' });
    expect(store.getState()).toMatchObject({ study: true, quizReady: false, quizSession: null });
    await store.getState().loadQuiz();
    expect(store.getState()).toMatchObject({ quizReady: true, quizSession: null });
    expect(store.getState().quizRequest?.seed).toBe(12);
    store.getState().setDataset(dataset);
    const s = store.getState().quizSession;
    if (!s) throw new Error('the quiz did not start');
    expect(s.spec).toEqual({ kind: 'name-muscle', seed: 12, length: 3, region: 'leg' });
    expect(store.getState().quizStage?.highlight).toEqual({ muscleId: s.questions[0]?.muscleId, side: s.questions[0]?.side });
    const q = s.questions[0];
    if (!q) throw new Error('no question');
    store.getState().answerQuiz(expectedOf(q, index).expected);
    expect(store.getState().quizSession).toMatchObject({ score: 1, phase: 'feedback' });
    expect(store.getState().quizEvents).toMatchObject({ seq: 1, events: [{ type: 'quiz.answered', correct: true, score: 1 }] });
    // The embed path moves past the feedback on its own.
    const q2 = s.questions[1];
    if (!q2) throw new Error('no second question');
    expect(store.getState().answerQuizFromHost(expectedOf(q2, index).expected)).toMatchObject({ correct: true, score: 2 });
    expect(store.getState().quizSession?.index).toBe(1);
    const q3 = s.questions[2];
    if (!q3) throw new Error('no third question');
    store.getState().answerQuizFromHost({ choice: 'wrong' });
    expect(store.getState().quizEvents.events.map((e) => e.type)).toEqual(['quiz.answered', 'quiz.finished']);
    expect(store.getState().quizEvents.events[1]).toEqual({ type: 'quiz.finished', score: 2, length: 3, kind: 'name-muscle', seed: 12 });
    store.getState().closeStudy();
    expect(store.getState()).toMatchObject({ study: false, quizSession: null, quizStage: null });
  });

  it('waits for the model’s trigger points before placing them, unless there is no 3D view', async () => {
    const store = createAtlasStore();
    await store.getState().loadQuiz();
    store.getState().setDataset(dataset);
    store.getState().startQuiz({ kind: 'place-trigger-point', seed: 1, length: 2, region: null });
    expect(store.getState().quizSession).toBeNull();
    const points = new Map<string, Vec3>();
    for (const m of dataset.muscles)
      for (const tp of m.triggerPoints) {
        points.set(`${tp.id}/left`, [1, 1, 1]);
        points.set(`${tp.id}/right`, [-1, 1, 1]);
      }
    store.getState().setQuizPoints(points);
    const q = store.getState().quizSession?.questions[0];
    expect(q?.kind === 'place-trigger-point' && q.target).toEqual(q?.side === 'left' ? [1, 1, 1] : [-1, 1, 1]);

    const flat = createAtlasStore();
    await flat.getState().loadQuiz();
    flat.getState().setDataset(dataset);
    flat.getState().startQuiz({ kind: 'place-trigger-point', seed: 1, length: 2, region: null });
    flat.getState().setWebgl('unavailable');
    const q2 = flat.getState().quizSession?.questions[0];
    expect(q2?.kind === 'place-trigger-point' && q2.target).toBeNull();
  });

  it('says so when study mode cannot load, leaves the atlas usable, and loads on a later try', async () => {
    let fail = true;
    const store = createAtlasStore({ dataset }, {
      loadQuizEngine: async () => {
        if (fail) throw new Error('chunk failed');
        const { createQuizEngine } = await import('../../src/state/slices/quiz-engine');
        return createQuizEngine(createScheduleStore(memoryStorage()));
      },
    });
    store.getState().startQuiz({ kind: 'name-muscle', seed: 3, length: 2, region: null });
    await expect(store.getState().loadQuiz()).rejects.toThrow('chunk failed');
    expect(store.getState()).toMatchObject({ study: false, quizReady: false, quizRequest: null, quizSession: null });
    expect(store.getState().notice).toMatch(/could not be loaded/);
    fail = false;
    store.getState().startQuiz({ kind: 'name-muscle', seed: 3, length: 2, region: null });
    await store.getState().loadQuiz();
    expect(store.getState()).toMatchObject({ study: true, quizReady: true });
    expect(store.getState().quizSession?.spec.seed).toBe(3);
    expect(store.getState().quizSchedule()?.due()).toEqual([]);
  });

  it('writes the quiz into the link and leaves the other keys alone', () => {
    const store = createAtlasStore();
    store.getState().setDataset(dataset);
    expect(quizSearchFor(store.getState(), '?muscle=soleus')).toBe('?muscle=soleus');
    store.getState().openStudy();
    expect(quizSearchFor(store.getState(), '?muscle=soleus')).toBe('?muscle=soleus&mode=quiz');
    store.getState().startQuiz({ kind: 'which-muscle', seed: 42, length: 4, region: 'shoulder' });
    expect(quizSearchFor(store.getState(), '?view=back&quiz=old')).toBe('?view=back&mode=quiz&quiz=which-muscle&seed=42&length=4&region=shoulder');
    store.getState().closeStudy();
    expect(quizSearchFor(store.getState(), '?view=back&mode=quiz&quiz=x&seed=1')).toBe('?view=back');
  });
});

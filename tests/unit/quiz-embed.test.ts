/** Study mode through the embed message API: quiz.start, quiz.state, quiz.answer, quizKinds, and the quiz events. */
import { describe, expect, it } from 'vitest';
import { createDispatcher, type MessageEventLike } from '../../src/embed/dispatcher';
import { EventHub } from '../../src/embed/event-hub';
import { defineCoreMethods } from '../../src/embed/core-methods';
import { MethodRegistry } from '../../src/embed/registry';
import { defineQuizMethods, startQuizEvents } from '../../src/embed/quiz-methods';
import { createAtlasStore } from '../../src/state';
import { QUIZ_KINDS } from '../../src/core/quiz/types';
import { dataset, FakeWindow, MemoryController } from './embed-doubles';

const HOST = 'https://course.example.org';

function setup() {
  const store = createAtlasStore();
  store.getState().setDataset(dataset);
  const controller = new MemoryController();
  const warn = () => {};
  const registry = defineCoreMethods(defineQuizMethods(new MethodRegistry(), store));
  const hub = new EventHub({ warn, hoverThrottleMs: 0 });
  const dispatcher = createDispatcher({ registry, controller, hub, allowedOrigins: null, warn });
  const stop = startQuizEvents(store, hub);
  const host = new FakeWindow();
  let id = 0;
  const call = async (method: string, params?: unknown) => {
    await dispatcher.handleMessage({ data: { atlas: 1, id: ++id, method, ...(params === undefined ? {} : { params }) }, origin: HOST, source: host } as MessageEventLike);
    const reply = host.posted.filter((p) => p.message['id'] === id).at(-1)?.message;
    if (!reply) throw new Error(`no reply to ${method}`);
    return reply as { result?: Record<string, unknown>; error?: { code: string; message: string } };
  };
  const events = () => host.posted.map((p) => p.message).filter((m) => typeof m['event'] === 'string' && String(m['event']).startsWith('quiz.'));
  return { store, call, events, stop };
}

describe('quiz through the embed API', () => {
  it('lists quizKinds and the quiz methods and events in atlas.info', async () => {
    const t = setup();
    const info = (await t.call('atlas.info')).result;
    expect(info?.['quizKinds']).toEqual([...QUIZ_KINDS]);
    expect(info?.['methods']).toEqual(expect.arrayContaining(['quiz.start', 'quiz.state', 'quiz.answer']));
    expect(info?.['events']).toEqual(expect.arrayContaining(['quiz.answered', 'quiz.finished']));
  });

  it('starts a seeded quiz, answers it with each expected answer sent back, and posts the events', async () => {
    const t = setup();
    await t.call('events.subscribe', { events: ['quiz.answered', 'quiz.finished'] });
    expect((await t.call('quiz.start', { kind: 'which-muscle', seed: 42, length: 3, region: 'shoulder' })).result).toEqual({ kind: 'which-muscle', seed: 42, length: 3 });
    const state = (await t.call('quiz.state')).result;
    expect(state).toMatchObject({ index: 0, length: 3, score: 0 });
    expect((state?.['question'] as { choices?: unknown[] }).choices).toHaveLength(4);
    // A wrong answer first tells the expected one; the next questions are answered with theirs.
    const wrong = (await t.call('quiz.answer', { choice: 'not-a-muscle' })).result;
    expect(wrong).toMatchObject({ correct: false, score: 0 });
    for (let i = 1; i < 3; i++) {
      const s = t.store.getState().quizSession;
      const q = s?.questions[i];
      if (!q || q.kind !== 'which-muscle') throw new Error('no question');
      const probe = await t.call('quiz.answer', { choice: q.muscleId });
      expect(probe.result).toMatchObject({ correct: true, score: i, expected: { choice: q.muscleId } });
    }
    const sent = t.events();
    expect(sent.map((m) => m['event'])).toEqual(['quiz.answered', 'quiz.answered', 'quiz.answered', 'quiz.finished']);
    expect(sent.at(-1)?.['data']).toEqual({ score: 2, length: 3, kind: 'which-muscle', seed: 42 });
    expect((await t.call('quiz.state')).result).toMatchObject({ index: 3, finished: true, question: null });
    expect((await t.call('quiz.answer', { choice: 'x' })).error?.code).toBe('not-ready');
    t.stop();
  });

  it('answers bad calls with bad-params or not-ready', async () => {
    const t = setup();
    expect((await t.call('quiz.state')).error?.code).toBe('not-ready');
    expect((await t.call('quiz.start', { kind: 'nope', seed: 1 })).error?.code).toBe('bad-params');
    expect((await t.call('quiz.start', { kind: 'name-muscle', seed: -1 })).error?.code).toBe('bad-params');
    expect((await t.call('quiz.start', { kind: 'name-muscle', seed: 1, region: 'tail' })).error?.code).toBe('bad-params');
    await t.call('quiz.start', { kind: 'name-muscle', seed: 1 });
    expect((await t.call('quiz.answer', { choice: 1 })).error?.code).toBe('bad-params');
    expect((await t.call('quiz.answer', { point: [0, 'x', 0] })).error?.code).toBe('bad-params');
    // Without the model, place-the-trigger-point waits: not ready yet.
    expect((await t.call('quiz.start', { kind: 'place-trigger-point', seed: 1 })).error?.code).toBe('not-ready');
  });
});

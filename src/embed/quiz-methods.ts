/**
 * Study mode in the message API: `quiz.start`, `quiz.state` and `quiz.answer` over the quiz slice,
 * `quizKinds` in atlas.info, and the `quiz.answered` / `quiz.finished` events.
 */
import { z } from 'zod';
import { quizState } from '../core/quiz/api';
import { DEFAULT_LENGTH, MAX_LENGTH, MAX_SEED } from '../core/quiz/limits';
import { QUIZ_KINDS } from '../core/quiz/types';
import { BODY_REGIONS } from '../core/muscle-ids';
import type { AtlasStoreApi } from '../state';
import type { EventHub } from './event-hub';
import { IdParam, SideSchema, Vec3Schema } from './protocol/common';
import { EmbedError } from './protocol/errors';
import type { MethodRegistry } from './registry';


/** `quiz.start` parameters. */
export const QuizStartParamsSchema = z
  .object({
    kind: z.enum(QUIZ_KINDS),
    seed: z.number().int().min(0).max(MAX_SEED),
    length: z.number().int().min(1).max(MAX_LENGTH).optional(),
    region: z.enum(BODY_REGIONS as [string, ...string[]]).nullable().optional(),
  })
  .strict();

/** `quiz.answer` parameters: the four shapes of an answer. */
export const QuizAnswerParamsSchema = z.union([
  z.object({ muscleId: IdParam, side: SideSchema.optional() }).strict(),
  z.object({ choice: z.string().min(1).max(120) }).strict(),
  z.object({ regionId: IdParam }).strict(),
  z.object({ point: Vec3Schema }).strict(),
]);

/** Adds the quiz methods and `quizKinds` to a registry, over the app's store. */
export function defineQuizMethods(registry: MethodRegistry, store: AtlasStoreApi): MethodRegistry {
  registry.define('quiz.start', {
    params: QuizStartParamsSchema,
    needs: 'data',
    run: async (p) => {
      try {
        await store.getState().loadQuiz();
      } catch {
        throw new EmbedError('not-ready', 'quiz.start: study mode could not be loaded; try again.');
      }
      store.getState().startQuiz({ kind: p.kind, seed: p.seed, length: p.length ?? DEFAULT_LENGTH, region: (p.region ?? null) as never });
      const s = store.getState().quizSession;
      if (!s) throw new EmbedError('not-ready', 'quiz.start: "place-trigger-point" needs the 3D body; wait for the ready event, then call again.');
      return { kind: s.spec.kind, seed: s.spec.seed, length: s.questions.length };
    },
  });
  registry.define('quiz.state', {
    params: z.object({}).strict(),
    needs: 'data',
    run: () => {
      const s = store.getState().quizSession;
      if (!s) throw new EmbedError('not-ready', 'quiz.state: no quiz is running; call quiz.start first.');
      return quizState(s);
    },
  });
  registry.define('quiz.answer', {
    params: QuizAnswerParamsSchema,
    needs: 'data',
    run: (p) => {
      const r = store.getState().answerQuizFromHost(p);
      if ('error' in r) throw new EmbedError('not-ready', r.error);
      return r;
    },
  });
  registry.extendInfo(() => ({ quizKinds: [...QUIZ_KINDS] }));
  return registry;
}

/** Posts `quiz.answered` and `quiz.finished` to subscribers after every answer. Returns a stop function. */
export function startQuizEvents(store: AtlasStoreApi, hub: EventHub): () => void {
  return store.subscribe(
    (s) => s.quizEvents,
    (batch) => {
      for (const e of batch.events) {
        if (e.type === 'quiz.answered') {
          const { type: _t, ...data } = e;
          hub.emit('quiz.answered', data);
        } else hub.emit('quiz.finished', { score: e.score, length: e.length, kind: e.kind, seed: e.seed });
      }
    },
  );
}

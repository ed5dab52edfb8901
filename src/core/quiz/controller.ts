/**
 * A quiz controller with no UI: what the embed layer (or any host) calls for `quiz.start`,
 * `quiz.state` and `quiz.answer`, with listeners for `quiz.answered` and `quiz.finished`.
 * Answers are recorded in the spaced-repetition schedule when one is given.
 */
import { answerQuiz, quizState, readStartParams, startQuiz, type QuizAnswerResult, type QuizError, type QuizEvent, type QuizStartResult, type QuizStateResult } from './api';
import type { QuizContext } from './generate';
import type { ScheduleStore } from './schedule';
import type { QuizSession } from './session';

/** The controller's calls. Every call takes untrusted input and answers errors as `{ error }`. */
export interface QuizController {
  start(params: unknown): QuizStartResult | QuizError;
  state(): QuizStateResult | QuizError;
  answer(answer: unknown): QuizAnswerResult | QuizError;
  /** The session, for a host that draws it. */
  session(): QuizSession | null;
  /** Listens to `quiz.answered` and `quiz.finished`; returns the unsubscribe function. */
  on(listener: (event: QuizEvent) => void): () => void;
}

/** Makes a controller over a dataset (and the model's trigger-point positions, when known). */
export function createQuizController(ctx: QuizContext, schedule: ScheduleStore | null = null): QuizController {
  let session: QuizSession | null = null;
  const listeners = new Set<(event: QuizEvent) => void>();
  return {
    start(params) {
      const spec = readStartParams(params);
      if ('error' in spec) return spec;
      const started = startQuiz(spec, ctx);
      session = started.session;
      return started.result;
    },
    state: () => (session ? quizState(session) : { error: 'quiz.state: no quiz is running; call quiz.start first' }),
    answer(raw) {
      if (!session) return { error: 'quiz.answer: no quiz is running; call quiz.start first' };
      const out = answerQuiz(session, raw, ctx.index);
      session = out.session;
      if (!('error' in out.result)) {
        const answered = session.answers[session.answers.length - 1];
        if (answered) schedule?.record(answered.question.itemKey, answered.scored);
      }
      for (const e of out.events) for (const l of listeners) l(e);
      return out.result;
    },
    session: () => session,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

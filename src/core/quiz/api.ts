/**
 * The quiz as the embed API speaks it (`quiz.start`, `quiz.state`, `quiz.answer`, events
 * `quiz.answered` and `quiz.finished`), as pure functions over a session. The store slice and
 * `createQuizController` (./controller.ts) are thin wrappers over these.
 */
import { BODY_REGIONS, type BodyRegion } from '../muscle-ids';
import { DEFAULT_LENGTH, generateQuiz, MAX_LENGTH, type GenerateOptions, type QuizContext } from './generate';
import { MAX_SEED } from './prng';
import { reduceSession, startSession, type QuizSession } from './session';
import { QUIZ_KINDS, type Answer, type Choice, type QuizKind, type QuizSpec } from './types';

/** `quiz.start` parameters as a message carries them (unchecked). */
export interface QuizStartParams {
  kind: QuizKind;
  seed: number;
  length?: number;
  region?: BodyRegion | null;
}

/** `quiz.start` result. */
export interface QuizStartResult {
  kind: QuizKind;
  seed: number;
  /** The number of questions actually asked (shorter than asked when the region has fewer items). */
  length: number;
}

/** `quiz.state` result. */
export interface QuizStateResult {
  index: number;
  length: number;
  score: number;
  phase: QuizSession['phase'];
  finished: boolean;
  /** The question the next answer goes to; null once every question is answered. */
  question: { kind: QuizKind; prompt: string; hint: string | null; choices?: Choice[] } | null;
}

/** `quiz.answer` result. */
export interface QuizAnswerResult {
  correct: boolean;
  points: number;
  /** The correct answer in the shape of an answer. */
  expected: Answer;
  feedback: string;
  /** The session's score after this answer. */
  score: number;
}

/** Events a course site can record. */
export type QuizEvent =
  | { type: 'quiz.answered'; index: number; correct: boolean; points: number; score: number; kind: QuizKind; seed: number; itemKey: string }
  | { type: 'quiz.finished'; score: number; length: number; kind: QuizKind; seed: number };

/** A quiz call's failure, with a message that names the parameter and the fix. */
export interface QuizError {
  error: string;
}

/** Checks `quiz.start` parameters from an untrusted message. */
export function readStartParams(raw: unknown): QuizSpec | QuizError {
  if (typeof raw !== 'object' || raw === null) return { error: 'quiz.start needs { kind, seed, length?, region? }' };
  const p = raw as Record<string, unknown>;
  const kind = p['kind'];
  if (typeof kind !== 'string' || !(QUIZ_KINDS as readonly string[]).includes(kind))
    return { error: `quiz.start: kind must be one of ${QUIZ_KINDS.join(', ')}` };
  const seed = p['seed'];
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    return { error: `quiz.start: seed must be a whole number from 0 to ${MAX_SEED}` };
  const length = p['length'] ?? DEFAULT_LENGTH;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 1 || length > MAX_LENGTH)
    return { error: `quiz.start: length must be a whole number from 1 to ${MAX_LENGTH}` };
  const region = p['region'] ?? null;
  if (region !== null && (typeof region !== 'string' || !(BODY_REGIONS as readonly string[]).includes(region)))
    return { error: `quiz.start: region must be one of ${BODY_REGIONS.join(', ')}` };
  return { kind: kind as QuizKind, seed, length, region: region as BodyRegion | null };
}

/** Starts a session from a checked spec. */
export function startQuiz(spec: QuizSpec, ctx: QuizContext, options: GenerateOptions = {}): { session: QuizSession; result: QuizStartResult } {
  const session = startSession(spec, generateQuiz(spec, ctx, options));
  return { session, result: { kind: spec.kind, seed: spec.seed, length: session.questions.length } };
}

/**
 * What `quiz.state` returns: the question the next `quiz.answer` answers. While the feedback on an
 * answer shows, that is the following question; once every question is answered it is null and
 * `index` equals `length`.
 */
export function quizState(s: QuizSession): QuizStateResult {
  const waiting = s.phase === 'asking' ? s.index : s.finished ? s.questions.length : s.index + 1;
  const q = s.questions[waiting] ?? null;
  const multipleChoice = q && (q.kind === 'name-muscle' || q.kind === 'where-refers' || q.kind === 'which-muscle');
  return {
    index: waiting,
    length: s.questions.length,
    score: s.score,
    phase: s.phase,
    finished: s.finished,
    question: q
      ? { kind: q.kind, prompt: q.prompt, hint: q.hint, ...(multipleChoice ? { choices: q.choices } : {}) }
      : null,
  };
}

/** The events an answer to question `asked` gives: `quiz.answered`, and `quiz.finished` after the last one. */
export function answerEvents(session: QuizSession, asked: number): QuizEvent[] {
  const answered = session.answers[asked];
  if (!answered) return [];
  const { kind, seed } = session.spec;
  const { scored, question } = answered;
  const events: QuizEvent[] = [
    { type: 'quiz.answered', index: asked, correct: scored.correct, points: scored.points, score: session.score, kind, seed, itemKey: question.itemKey },
  ];
  if (session.finished) events.push({ type: 'quiz.finished', score: session.score, length: session.questions.length, kind, seed });
  return events;
}

/**
 * Answers the current question the way `quiz.answer` does: an answer sent while the previous
 * feedback still shows moves on first. Returns the new session, the result and the events to send.
 */
export function answerQuiz(
  s: QuizSession,
  raw: unknown,
  index: QuizContext['index'],
): { session: QuizSession; result: QuizAnswerResult | QuizError; events: QuizEvent[] } {
  let session = s.phase === 'feedback' ? reduceSession(s, { type: 'next' }, index) : s;
  if (session.phase !== 'asking') return { session, result: { error: 'quiz.answer: the quiz is over; start another with quiz.start' }, events: [] };
  const asked = session.index;
  session = reduceSession(session, { type: 'answer', answer: raw }, index);
  const answered = session.answers[asked];
  if (!answered) return { session, result: { error: 'quiz.answer: no question is waiting' }, events: [] };
  const { scored } = answered;
  const events = answerEvents(session, asked);
  return {
    session,
    result: { correct: scored.correct, points: scored.points, expected: scored.expected, feedback: scored.feedback, score: session.score },
    events,
  };
}

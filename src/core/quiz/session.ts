/**
 * A quiz session as a pure reducer: ask, answer (scored and kept), show feedback, move on, and at
 * the end a summary with the review of mistakes.
 */
import type { DatasetIndex } from '../dataset/queries';
import { scoreAnswer } from './score';
import type { Question, QuizSpec, Scored } from './types';

/** One answered question with what was answered and how it scored. */
export interface AnsweredQuestion {
  question: Question;
  /** The answer as given (already read as data; never rendered as HTML). */
  answer: unknown;
  scored: Scored;
}

/** Where the session is: waiting for an answer, showing feedback on one, or showing the summary. */
export type QuizPhase = 'asking' | 'feedback' | 'summary';

/** The whole state of one quiz. */
export interface QuizSession {
  spec: QuizSpec;
  questions: Question[];
  /** The question being asked or shown with feedback (0-based). */
  index: number;
  answers: AnsweredQuestion[];
  /** Sum of points (1 per correct answer, 0.5 per near miss). */
  score: number;
  phase: QuizPhase;
  /** True once every question is answered (the summary may still wait for "next"). */
  finished: boolean;
}

/** What can happen to a session. */
export type QuizAction = { type: 'answer'; answer: unknown } | { type: 'next' } | { type: 'restart' };

/** A new session over generated questions. */
export function startSession(spec: QuizSpec, questions: Question[]): QuizSession {
  return { spec, questions, index: 0, answers: [], score: 0, phase: questions.length ? 'asking' : 'summary', finished: questions.length === 0 };
}

/** The question now asked or shown, or null at the summary. */
export function currentQuestion(s: QuizSession): Question | null {
  return s.phase === 'summary' ? null : (s.questions[s.index] ?? null);
}

/** The answer given to the current question, while its feedback shows. */
export function currentAnswer(s: QuizSession): AnsweredQuestion | null {
  return s.phase === 'feedback' ? (s.answers[s.index] ?? null) : null;
}

/** Moves a session on. Answers outside the asking phase are ignored, so a stray click cannot skip feedback. */
export function reduceSession(s: QuizSession, action: QuizAction, index: DatasetIndex): QuizSession {
  switch (action.type) {
    case 'answer': {
      const q = currentQuestion(s);
      if (s.phase !== 'asking' || !q) return s;
      const scored = scoreAnswer(q, action.answer, index);
      const answers = [...s.answers, { question: q, answer: action.answer, scored }];
      return { ...s, answers, score: s.score + scored.points, phase: 'feedback', finished: answers.length >= s.questions.length };
    }
    case 'next':
      if (s.phase !== 'feedback') return s;
      return s.index + 1 < s.questions.length ? { ...s, index: s.index + 1, phase: 'asking' } : { ...s, phase: 'summary' };
    case 'restart':
      return startSession(s.spec, s.questions);
  }
}

/** The answered questions that were wrong, in the order asked. */
export function mistakesOf(s: QuizSession): AnsweredQuestion[] {
  return s.answers.filter((a) => !a.scored.correct);
}

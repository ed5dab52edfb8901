/**
 * Study mode's engine: the quiz generator, sessions, scoring and the spaced-repetition schedule
 * (ts-fsrs). Loaded on demand by the quiz slice (`loadQuiz`), so the atlas's first view does not wait
 * for code only study mode needs.
 */
import { answerEvents, answerQuiz } from '../../core/quiz/api';
import { generateQuiz } from '../../core/quiz/generate';
import { randomSeed } from '../../core/quiz/prng';
import { createScheduleStore, webStorage, type ScheduleStore } from '../../core/quiz/schedule';
import { reduceSession, startSession } from '../../core/quiz/session';
import { quizStage } from '../../core/quiz/stage';

/** What the quiz slice calls once the engine has loaded. */
export interface QuizEngine {
  schedule: ScheduleStore;
  generateQuiz: typeof generateQuiz;
  startSession: typeof startSession;
  reduceSession: typeof reduceSession;
  answerQuiz: typeof answerQuiz;
  answerEvents: typeof answerEvents;
  quizStage: typeof quizStage;
  randomSeed: typeof randomSeed;
}

/** This browser's localStorage, or null where it is missing or blocked (reading it can throw). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The engine over `schedule` (default: this browser's localStorage). */
export function createQuizEngine(schedule: ScheduleStore = createScheduleStore(webStorage(browserStorage()))): QuizEngine {
  return { schedule, generateQuiz, startSession, reduceSession, answerQuiz, answerEvents, quizStage, randomSeed };
}

/**
 * Study mode's slice of the atlas store: whether study mode is on, the quiz session, the stage the
 * body shows for it, and the per-browser schedule. The quiz logic is pure (src/core/quiz/); this
 * slice only keeps it and records answers in the schedule.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Vec3 } from '../../core/frame';
import { indexDataset } from '../../core/dataset/queries';
import { answerEvents, answerQuiz as answerPure, type QuizAnswerResult, type QuizError, type QuizEvent } from '../../core/quiz/api';
import type { QuizContext } from '../../core/quiz/generate';
import { generateQuiz } from '../../core/quiz/generate';
import { randomSeed } from '../../core/quiz/prng';
import { createScheduleStore, webStorage, type ScheduleStore } from '../../core/quiz/schedule';
import { reduceSession, startSession, type QuizSession } from '../../core/quiz/session';
import { quizStage, type QuizStage } from '../../core/quiz/stage';
import type { QuizKind, QuizSpec } from '../../core/quiz/types';
import type { BodyRegion } from '../../core/muscle-ids';
import type { AtlasStore, AtlasStoreApi } from '../store';
import { QUIZ_URL_KEYS, quizLinkParams, readQuizLink } from '../../core/quiz/link';

/** A quiz asked for (by the menu, a link or a message); a null seed lets the schedule choose due items first. */
export interface QuizRequest {
  kind: QuizKind;
  seed: number | null;
  length: number;
  region: BodyRegion | null;
}

export interface QuizSliceState {
  /** Study mode is on: the quiz panel replaces the side panel. */
  study: boolean;
  /** A quiz waiting for the dataset (and, for place-trigger-point, the model's trigger points). */
  quizRequest: QuizRequest | null;
  quizSession: QuizSession | null;
  /** True when due items were asked first (the seed alone does not give this quiz). */
  quizPreferred: boolean;
  /** What the body shows for the quiz (null outside a question). */
  quizStage: QuizStage | null;
  /** Trigger-point positions of the model by `<id>/<side>`, published by the scene. */
  quizPoints: ReadonlyMap<string, Vec3> | null;
  /** Bumped whenever the schedule changes, so counts re-render. */
  quizScheduleVersion: number;
  /** The events of the last answer (`quiz.answered`, then `quiz.finished` after the last one), numbered, for the embed API. */
  quizEvents: { seq: number; events: QuizEvent[] };
}

export interface QuizSliceActions {
  /** Turns study mode on: the menu, or straight into a quiz when one is asked for. */
  openStudy(request?: QuizRequest | null): void;
  closeStudy(): void;
  /** Starts a quiz (waits for data when needed). */
  startQuiz(request: QuizRequest): void;
  /** Answers the current question (UI: ignored outside the asking phase). */
  answerQuiz(answer: unknown): void;
  /** Answers as the embed API does: moves past the shown feedback first. Returns the result. */
  answerQuizFromHost(answer: unknown): QuizAnswerResult | QuizError;
  nextQuestion(): void;
  restartQuiz(): void;
  /** Back to the study menu. */
  quizMenu(): void;
  resetQuizSchedule(): void;
  /** The schedule of this browser. */
  quizSchedule(): ScheduleStore;
  setQuizPoints(points: ReadonlyMap<string, Vec3> | null): void;
}

export type QuizSlice = QuizSliceState & QuizSliceActions;

/** The slice's state in a fresh store. */
export function initialQuizState(): QuizSliceState {
  return { study: false, quizRequest: null, quizSession: null, quizPreferred: false, quizStage: null, quizPoints: null, quizScheduleVersion: 0, quizEvents: { seq: 0, events: [] } };
}

/** This browser's localStorage, or null where it is missing or blocked (reading it can throw). */
function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function browserSchedule(): ScheduleStore {
  return createScheduleStore(webStorage(browserStorage()));
}

/** The quiz slice; `schedule` defaults to this browser's localStorage. */
export function createQuizSlice(schedule: ScheduleStore = browserSchedule()): StateCreator<AtlasStore, [['zustand/subscribeWithSelector', never]], [], QuizSlice> {
  return (set, get, api) => {
    const context = (): QuizContext | null => {
      const s = get();
      if (!s.dataset) return null;
      const points = s.quizPoints;
      return { index: indexDataset(s.dataset), ...(points ? { triggerPointPosition: (id, side) => points.get(`${id}/${side}`) } : {}) };
    };
    const withSession = (session: QuizSession | null, extra: Partial<QuizSliceState> = {}) =>
      set({ quizSession: session, quizStage: quizStage(session, get().dataset), ...extra });

    const tryStart = () => {
      const s = get();
      const req = s.quizRequest;
      const ctx = context();
      if (!req || !ctx) return;
      // Place-the-trigger-point needs the model's positions unless there is no 3D view at all.
      if (req.kind === 'place-trigger-point' && !s.quizPoints && s.webgl !== 'unavailable' && s.model.status !== 'error') return;
      const seed = req.seed ?? randomSeed();
      const spec: QuizSpec = { kind: req.kind, seed, length: req.length, region: req.region };
      const prefer = req.seed === null ? schedule.due(new Date(), `${req.kind}:`) : [];
      const questions = generateQuiz(spec, ctx, { prefer });
      const preferred = prefer.length > 0 && questions.some((q) => prefer.includes(q.itemKey));
      withSession(startSession(spec, questions), { quizRequest: null, quizPreferred: preferred });
    };

    /** Records the newest answer in the schedule and returns its events. */
    const record = (after: QuizSession): QuizEvent[] => {
      const asked = after.answers.length - 1;
      const added = after.answers[asked];
      if (added) schedule.record(added.question.itemKey, added.scored);
      return answerEvents(after, asked);
    };

    // Start a waiting quiz as soon as what it needs arrives.
    api.subscribe((s, prev) => {
      if (s.quizRequest && (s.dataset !== prev.dataset || s.quizPoints !== prev.quizPoints || s.webgl !== prev.webgl || s.model !== prev.model)) tryStart();
      if (s.dataset !== prev.dataset && s.quizSession) set({ quizStage: quizStage(s.quizSession, s.dataset) });
    });

    return {
      ...initialQuizState(),
      openStudy(request = null) {
        set({ study: true });
        if (request) get().startQuiz(request);
      },
      closeStudy() {
        withSession(null, { study: false, quizRequest: null });
      },
      startQuiz(request) {
        withSession(null, { study: true, quizRequest: request });
        tryStart();
      },
      answerQuiz(answer) {
        const s = get();
        const ds = s.dataset;
        if (!s.quizSession || !ds) return;
        const next = reduceSession(s.quizSession, { type: 'answer', answer }, indexDataset(ds));
        if (next === s.quizSession) return;
        withSession(next, { quizScheduleVersion: s.quizScheduleVersion + 1, quizEvents: { seq: s.quizEvents.seq + 1, events: record(next) } });
      },
      answerQuizFromHost(answer) {
        const s = get();
        const ds = s.dataset;
        if (!s.quizSession || !ds) return { error: 'quiz.answer: no quiz is running; call quiz.start first' };
        const out = answerPure(s.quizSession, answer, indexDataset(ds));
        if ('error' in out.result) return out.result;
        record(out.session);
        withSession(out.session, { quizScheduleVersion: s.quizScheduleVersion + 1, quizEvents: { seq: s.quizEvents.seq + 1, events: out.events } });
        return out.result;
      },
      nextQuestion() {
        const s = get();
        if (!s.quizSession || !s.dataset) return;
        withSession(reduceSession(s.quizSession, { type: 'next' }, indexDataset(s.dataset)));
      },
      restartQuiz() {
        const s = get();
        if (!s.quizSession || !s.dataset) return;
        withSession(reduceSession(s.quizSession, { type: 'restart' }, indexDataset(s.dataset)));
      },
      quizMenu() {
        withSession(null, { quizRequest: null });
      },
      resetQuizSchedule() {
        schedule.reset();
        set((s) => ({ quizScheduleVersion: s.quizScheduleVersion + 1 }));
      },
      quizSchedule: () => schedule,
      setQuizPoints(quizPoints) {
        set({ quizPoints });
      },
    };
  };
}


/** The quiz keys a state writes into the link (none outside study mode; `mode=quiz` alone at the menu). */
export function quizSearchFor(s: Pick<QuizSliceState, 'study' | 'quizSession' | 'quizRequest'>, currentSearch: string): string {
  const merged = new URLSearchParams(currentSearch);
  for (const key of QUIZ_URL_KEYS) merged.delete(key);
  if (s.study) {
    const spec = s.quizSession?.spec ?? null;
    const req = s.quizRequest;
    const params = spec ? quizLinkParams(spec) : new URLSearchParams({ mode: 'quiz' });
    if (!spec && req) {
      params.set('quiz', req.kind);
      if (req.seed !== null) params.set('seed', String(req.seed));
    }
    for (const [k, v] of params) merged.set(k, v);
  }
  const text = merged.toString();
  return text ? `?${text}` : '';
}

/**
 * Opens study mode from the link (`mode=quiz`, `quiz=…`; bad values become a notice), then keeps
 * the quiz keys of the link in step with the quiz (replaceState; the other keys are left alone).
 * Returns a stop function.
 */
export function startQuizLinkSync(store: AtlasStoreApi, win: Window = window): () => void {
  const { link, notices } = readQuizLink(new URLSearchParams(win.location.search));
  if (notices.length) store.getState().showNotice(notices.join(' '));
  if (link) store.getState().openStudy(link.kind ? { kind: link.kind, seed: link.seed, length: link.length, region: link.region } : null);
  const write = () => {
    const search = quizSearchFor(store.getState(), win.location.search);
    if (search !== win.location.search) win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
  };
  write();
  return store.subscribe((s) => ({ study: s.study, session: s.quizSession?.spec, request: s.quizRequest }), write, {
    equalityFn: (a, b) => a.study === b.study && a.session === b.session && a.request === b.request,
  });
}

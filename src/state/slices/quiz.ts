/**
 * Study mode's slice of the atlas store: whether study mode is on, the quiz session, the stage the
 * body shows for it, and the per-browser schedule. The quiz logic is pure (src/core/quiz/) and loads
 * on demand (./quiz-engine.ts, with the schedule's ts-fsrs) the first time study mode opens or a
 * quiz is asked for; until then a request waits, as it waits for the dataset.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Vec3 } from '../../core/frame';
import { indexDataset } from '../../core/dataset/queries';
import type { QuizAnswerResult, QuizError, QuizEvent } from '../../core/quiz/api';
import type { QuizContext } from '../../core/quiz/generate';
import type { ScheduleStore } from '../../core/quiz/schedule';
import type { QuizSession } from '../../core/quiz/session';
import type { QuizStage } from '../../core/quiz/stage';
import type { QuizKind, QuizSpec } from '../../core/quiz/types';
import type { BodyRegion } from '../../core/muscle-ids';
import type { AtlasStore, AtlasStoreApi } from '../store';
import { QUIZ_URL_KEYS, quizLinkParams, readQuizLink } from '../../core/quiz/link';
import type { QuizEngine } from './quiz-engine';

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
  /** The quiz engine has loaded (study mode's code arrives on first use). */
  quizReady: boolean;
  /** A quiz waiting for the engine, the dataset (and, for place-trigger-point, the model's trigger points). */
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
  /** Loads the quiz engine (once; again after a failed load). Resolves when it is ready, rejects when it cannot load. */
  loadQuiz(): Promise<void>;
  /** Turns study mode on: the menu, or straight into a quiz when one is asked for. */
  openStudy(request?: QuizRequest | null): void;
  closeStudy(): void;
  /** Starts a quiz (waits for the engine and the data when needed). */
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
  /** The schedule of this browser (null until the engine has loaded). */
  quizSchedule(): ScheduleStore | null;
  setQuizPoints(points: ReadonlyMap<string, Vec3> | null): void;
}

export type QuizSlice = QuizSliceState & QuizSliceActions;

/** The slice's state in a fresh store. */
export function initialQuizState(): QuizSliceState {
  return {
    study: false,
    quizReady: false,
    quizRequest: null,
    quizSession: null,
    quizPreferred: false,
    quizStage: null,
    quizPoints: null,
    quizScheduleVersion: 0,
    quizEvents: { seq: 0, events: [] },
  };
}

/** How the slice gets its engine: the lazily loaded module by default; tests may hand one in. */
export type QuizEngineLoader = () => Promise<QuizEngine>;

const importEngine: (schedule?: ScheduleStore) => QuizEngineLoader = (schedule) => () =>
  import('./quiz-engine').then((m) => m.createQuizEngine(schedule));

/** The quiz slice; `schedule` defaults to this browser's localStorage, `load` to the lazy engine module. */
export function createQuizSlice(
  schedule?: ScheduleStore,
  load: QuizEngineLoader = importEngine(schedule),
): StateCreator<AtlasStore, [['zustand/subscribeWithSelector', never]], [], QuizSlice> {
  return (set, get, api) => {
    let engine: QuizEngine | null = null;
    let loading: Promise<void> | null = null;

    const context = (): QuizContext | null => {
      const s = get();
      if (!s.dataset) return null;
      const points = s.quizPoints;
      return { index: indexDataset(s.dataset), ...(points ? { triggerPointPosition: (id, side) => points.get(`${id}/${side}`) } : {}) };
    };
    const withSession = (session: QuizSession | null, extra: Partial<QuizSliceState> = {}) =>
      set({ quizSession: session, quizStage: session && engine ? engine.quizStage(session, get().dataset) : null, ...extra });

    const tryStart = () => {
      const s = get();
      const req = s.quizRequest;
      const ctx = context();
      if (!req || !ctx || !engine) return;
      // Place-the-trigger-point needs the model's positions unless there is no 3D view at all.
      if (req.kind === 'place-trigger-point' && !s.quizPoints && s.webgl !== 'unavailable' && s.model.status !== 'error') return;
      const seed = req.seed ?? engine.randomSeed();
      const spec: QuizSpec = { kind: req.kind, seed, length: req.length, region: req.region };
      const prefer = req.seed === null ? engine.schedule.due(new Date(), `${req.kind}:`) : [];
      const questions = engine.generateQuiz(spec, ctx, { prefer });
      const preferred = prefer.length > 0 && questions.some((q) => prefer.includes(q.itemKey));
      withSession(engine.startSession(spec, questions), { quizRequest: null, quizPreferred: preferred });
    };

    const loadQuiz = (): Promise<void> => {
      loading ??= load().then(
        (loaded) => {
          engine = loaded;
          set({ quizReady: true });
          tryStart();
        },
        (error: unknown) => {
          loading = null;
          if (get().study) {
            withSession(null, { study: false, quizRequest: null });
            get().showNotice('Study mode could not be loaded. Check the connection and try again.');
          }
          throw error;
        },
      );
      return loading;
    };
    /** Starts loading and reports a failure through the notice only (UI callers do not await). */
    const ensureEngine = () => {
      if (!engine) loadQuiz().catch(() => undefined);
    };

    /** Records the newest answer in the schedule and returns its events. */
    const record = (e: QuizEngine, after: QuizSession): QuizEvent[] => {
      const asked = after.answers.length - 1;
      const added = after.answers[asked];
      if (added) e.schedule.record(added.question.itemKey, added.scored);
      return e.answerEvents(after, asked);
    };

    // Start a waiting quiz as soon as what it needs arrives.
    api.subscribe((s, prev) => {
      if (s.quizRequest && (s.dataset !== prev.dataset || s.quizPoints !== prev.quizPoints || s.webgl !== prev.webgl || s.model !== prev.model)) tryStart();
      if (s.dataset !== prev.dataset && s.quizSession && engine) set({ quizStage: engine.quizStage(s.quizSession, s.dataset) });
    });

    return {
      ...initialQuizState(),
      loadQuiz,
      openStudy(request = null) {
        set({ study: true });
        ensureEngine();
        if (request) get().startQuiz(request);
      },
      closeStudy() {
        withSession(null, { study: false, quizRequest: null });
      },
      startQuiz(request) {
        withSession(null, { study: true, quizRequest: request });
        ensureEngine();
        tryStart();
      },
      answerQuiz(answer) {
        const s = get();
        const ds = s.dataset;
        if (!s.quizSession || !ds || !engine) return;
        const next = engine.reduceSession(s.quizSession, { type: 'answer', answer }, indexDataset(ds));
        if (next === s.quizSession) return;
        withSession(next, { quizScheduleVersion: s.quizScheduleVersion + 1, quizEvents: { seq: s.quizEvents.seq + 1, events: record(engine, next) } });
      },
      answerQuizFromHost(answer) {
        const s = get();
        const ds = s.dataset;
        if (!s.quizSession || !ds || !engine) return { error: 'quiz.answer: no quiz is running; call quiz.start first' };
        const out = engine.answerQuiz(s.quizSession, answer, indexDataset(ds));
        if ('error' in out.result) return out.result;
        record(engine, out.session);
        withSession(out.session, { quizScheduleVersion: s.quizScheduleVersion + 1, quizEvents: { seq: s.quizEvents.seq + 1, events: out.events } });
        return out.result;
      },
      nextQuestion() {
        const s = get();
        if (!s.quizSession || !s.dataset || !engine) return;
        withSession(engine.reduceSession(s.quizSession, { type: 'next' }, indexDataset(s.dataset)));
      },
      restartQuiz() {
        const s = get();
        if (!s.quizSession || !s.dataset || !engine) return;
        withSession(engine.reduceSession(s.quizSession, { type: 'restart' }, indexDataset(s.dataset)));
      },
      quizMenu() {
        withSession(null, { quizRequest: null });
      },
      resetQuizSchedule() {
        if (!engine) return;
        engine.schedule.reset();
        set((s) => ({ quizScheduleVersion: s.quizScheduleVersion + 1 }));
      },
      quizSchedule: () => engine?.schedule ?? null,
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
    const req = s.quizRequest;
    // A waiting request with a seed already names its quiz; without one only the kind is known.
    const spec = s.quizSession?.spec ?? (req && req.seed !== null ? { ...req, seed: req.seed } : null);
    const params = spec ? quizLinkParams(spec) : new URLSearchParams({ mode: 'quiz' });
    if (!spec && req) params.set('quiz', req.kind);
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

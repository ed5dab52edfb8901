/**
 * The one atlas store: a vanilla zustand store shared by the scene, the panels and the embed API,
 * and a React hook to read it. State and actions follow docs/ARCHITECTURE.md.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Side } from '../core/frame';
import type { Dataset } from '../core/dataset/schema';
import type { DatasetProblem } from '../core/dataset/parse';
import { PEEL_MAX, VIEWS, type SkinMode, type View } from '../core/url-state';

export type { SkinMode, View } from '../core/url-state';
export { PEEL_MAX } from '../core/url-state';

/** One side of one muscle. */
export interface MuscleSide {
  muscleId: string;
  side: Side;
}
/** The side panel's content. 'pain' is the "Where does it hurt?" tab. */
export type Panel = 'muscle' | 'condition' | 'pain' | 'list' | 'about' | null;
export type WebglSupport = 'unknown' | 'ok' | 'unavailable';
export type ModelStatus = 'loading' | 'ready' | 'error';

export interface AtlasState {
  dataset: Dataset | null;
  datasetProblems: DatasetProblem[] | null;
  selected: MuscleSide | null;
  hovered: MuscleSide | null;
  /** Show this trigger point alone. */
  focusedTriggerPoint: string | null;
  /** Condition view: the scene highlights its muscles. */
  conditionId: string | null;
  view: View;
  /** Bumped by setView so the scene re-runs a camera move even to the same view. */
  viewRequest: number;
  skin: SkinMode;
  bones: boolean;
  /** 0 shows all muscle layers; n hides layers 1..n. */
  peel: number;
  isolate: boolean;
  fade: boolean;
  notice: string | null;
  webgl: WebglSupport;
  model: { status: ModelStatus; error?: string; attempt: number };
  panel: Panel;
}

export interface AtlasActions {
  setDataset(dataset: Dataset): void;
  setDatasetProblems(problems: DatasetProblem[] | null): void;
  selectMuscle(muscleId: string, side: Side): void;
  clearSelection(): void;
  hoverMuscle(m: MuscleSide | null): void;
  focusTriggerPoint(id: string | null): void;
  openCondition(id: string | null): void;
  setView(view: View): void;
  setSkin(skin: SkinMode): void;
  setBones(on: boolean): void;
  setPeel(n: number): void;
  setIsolate(on: boolean): void;
  setFade(on: boolean): void;
  showNotice(text: string): void;
  dismissNotice(): void;
  setWebgl(support: WebglSupport): void;
  setModelStatus(status: ModelStatus, error?: string): void;
  /** Asks the scene to load the model again (bumps model.attempt). */
  retryModel(): void;
  openPanel(panel: Panel): void;
}

export type AtlasStore = AtlasState & AtlasActions;

/** The state of a fresh store. */
export function initialAtlasState(): AtlasState {
  return {
    dataset: null,
    datasetProblems: null,
    selected: null,
    hovered: null,
    focusedTriggerPoint: null,
    conditionId: null,
    view: 'front',
    viewRequest: 0,
    skin: 'see-through',
    bones: false,
    peel: 0,
    isolate: false,
    fade: false,
    notice: null,
    webgl: 'unknown',
    model: { status: 'loading', attempt: 0 },
    panel: null,
  };
}

const sameSide = (a: MuscleSide | null, b: MuscleSide | null) =>
  a === b || (a !== null && b !== null && a.muscleId === b.muscleId && a.side === b.side);

/** Makes a new, independent atlas store (tests and embeds use their own). */
export function createAtlasStore(initial: Partial<AtlasState> = {}): StoreApi<AtlasStore> {
  return createStore<AtlasStore>()((set, get) => ({
    ...initialAtlasState(),
    ...initial,
    setDataset: (dataset) => set({ dataset, datasetProblems: null }),
    setDatasetProblems: (datasetProblems) => set({ datasetProblems }),
    selectMuscle: (muscleId, side) => {
      const prev = get().selected;
      set({
        selected: sameSide(prev, { muscleId, side }) ? prev : { muscleId, side },
        focusedTriggerPoint: null,
        panel: 'muscle',
      });
    },
    clearSelection: () => set({ selected: null, focusedTriggerPoint: null }),
    hoverMuscle: (m) => {
      if (!sameSide(get().hovered, m)) set({ hovered: m });
    },
    focusTriggerPoint: (focusedTriggerPoint) => {
      if (get().focusedTriggerPoint !== focusedTriggerPoint) set({ focusedTriggerPoint });
    },
    openCondition: (conditionId) => set(conditionId === null ? { conditionId } : { conditionId, panel: 'condition' }),
    setView: (view) => set((s) => ({ view, viewRequest: s.viewRequest + 1 })),
    setSkin: (skin) => set({ skin }),
    setBones: (bones) => set({ bones }),
    setPeel: (n) => set({ peel: Number.isFinite(n) ? Math.min(PEEL_MAX, Math.max(0, Math.round(n))) : 0 }),
    setIsolate: (isolate) => set({ isolate }),
    setFade: (fade) => set({ fade }),
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
    setWebgl: (webgl) => set({ webgl }),
    setModelStatus: (status, error) =>
      set((s) => ({ model: error === undefined ? { status, attempt: s.model.attempt } : { status, error, attempt: s.model.attempt } })),
    retryModel: () => set((s) => ({ model: { status: 'loading', attempt: s.model.attempt + 1 } })),
    openPanel: (panel) => set({ panel }),
  }));
}

/** The app's store. */
export const atlasStore = createAtlasStore();

/**
 * Whether the page was opened with a muscle and a valid `view=` in its link: the camera then shows
 * that muscle from the view given instead of choosing a side itself. Read once at start-up, before
 * the URL is rewritten (a default `view=front` is dropped from the address bar).
 */
export const LINK_GIVES_VIEW: boolean = (() => {
  if (typeof location === 'undefined') return false;
  const params = new URLSearchParams(location.search);
  return params.has('muscle') && (VIEWS as readonly string[]).includes(params.get('view') ?? '');
})();

/**
 * Reads the app store from React. A selector returning an object or array is compared shallowly,
 * so `useAtlas((s) => ({ a: s.a, b: s.b }))` re-renders only when a or b change.
 */
export function useAtlas<T>(selector: (state: AtlasStore) => T): T {
  return useStore(atlasStore, useShallow(selector));
}

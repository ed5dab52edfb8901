/** What the app has loaded and can do: the dataset, WebGL, the model, the scene handle and notices. */
import type { StateCreator } from 'zustand/vanilla';
import type { Dataset } from '../../core/dataset/schema';
import type { DatasetProblem } from '../../core/dataset/parse';
import type { SceneHandle } from '../scene-handle';
import type { AtlasStore } from '../store';

export type WebglSupport = 'unknown' | 'ok' | 'unavailable';
export type ModelStatus = 'loading' | 'ready' | 'error';

export interface AppSlice {
  dataset: Dataset | null;
  datasetProblems: DatasetProblem[] | null;
  webgl: WebglSupport;
  /** `attempt` counts Retry presses; `firstFrameMs` is performance.now() after the first framed view was drawn. */
  model: { status: ModelStatus; error?: string; attempt: number; firstFrameMs: number | null };
  /** What the 3D view offers the rest of the app once it is mounted (null without WebGL or before). */
  scene: SceneHandle | null;
  /** A gentle message (an unknown id in a link, …). */
  notice: string | null;
  setDataset(dataset: Dataset): void;
  setDatasetProblems(problems: DatasetProblem[] | null): void;
  setWebgl(support: WebglSupport): void;
  setModelStatus(status: ModelStatus, error?: string): void;
  /** The scene reports that the first framed view with the model has been drawn. */
  markFirstFrame(ms: number): void;
  /** Asks the scene to load the model again (bumps model.attempt). */
  retryModel(): void;
  setScene(handle: SceneHandle | null): void;
  showNotice(text: string): void;
  dismissNotice(): void;
}

/** Initial values of the app slice. */
export function appDefaults(): Pick<AppSlice, 'dataset' | 'datasetProblems' | 'webgl' | 'model' | 'scene' | 'notice'> {
  return { dataset: null, datasetProblems: null, webgl: 'unknown', model: { status: 'loading', attempt: 0, firstFrameMs: null }, scene: null, notice: null };
}

/** The app slice of the atlas store. */
export const createAppSlice: StateCreator<AtlasStore, [['zustand/subscribeWithSelector', never]], [], AppSlice> = (set, get) => ({
  ...appDefaults(),
  setDataset: (dataset) => set({ dataset, datasetProblems: null }),
  setDatasetProblems: (datasetProblems) => set({ datasetProblems }),
  setWebgl: (webgl) => {
    if (get().webgl !== webgl) set({ webgl });
  },
  setModelStatus: (status, error) =>
    set((s) => {
      const { error: _old, ...rest } = s.model;
      return { model: error === undefined ? { ...rest, status } : { ...rest, status, error } };
    }),
  markFirstFrame: (ms) => {
    if (get().model.firstFrameMs === null) set((s) => ({ model: { ...s.model, firstFrameMs: ms } }));
  },
  retryModel: () => set((s) => ({ model: { status: 'loading', attempt: s.model.attempt + 1, firstFrameMs: s.model.firstFrameMs } })),
  setScene: (scene) => set({ scene }),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
});

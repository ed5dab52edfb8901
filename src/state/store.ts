/**
 * The atlas store: a vanilla zustand store made of slices (./slices), created once per app
 * instance (`createAtlasStore()`) and handed to React through context (./context.tsx), so two
 * atlases on one page and every test get their own. State and actions follow docs/ARCHITECTURE.md.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { UrlState } from '../core/url-state';
import { createAppSlice, type AppSlice } from './slices/app';
import { createSelectionSlice, type SelectionSlice } from './slices/selection';
import { clampPeel, createViewSlice, type ViewSlice } from './slices/view';
import { createPainSlice, type PainSlice } from './slices/pain';
import { createQuizSlice, type QuizEngineLoader, type QuizSlice } from './slices/quiz';

export type { SkinMode, View } from '../core/url-state';
export { PEEL_MAX } from '../core/url-state';
export type { AppSlice, ModelStatus, WebglSupport } from './slices/app';
export type { MuscleSide, Panel, SelectionSlice } from './slices/selection';
export { PANELS, sameMuscleSide, shownTriggerPoint } from './slices/selection';
export type { ViewRequest, ViewSlice } from './slices/view';
export type { PainChoice, PainSlice } from './slices/pain';
export { PAIN_BRUSH } from './slices/pain';
export type { QuizRequest, QuizSlice } from './slices/quiz';

/** Actions that span slices. */
export interface LinkSlice {
  /**
   * Applies a parsed link (or embed `state.set`) as the link's user would have: selection, pinned
   * trigger point, condition, layers, and a view request when the link named a view.
   */
  applyLink(u: UrlState, viewGiven: boolean): void;
}

export type AtlasStore = AppSlice & SelectionSlice & ViewSlice & PainSlice & QuizSlice & LinkSlice;
/** The store's state and actions (kept as an alias for readers that only read). */
export type AtlasState = AtlasStore;
export type AtlasStoreApi = StoreApi<AtlasStore> & {
  subscribe: {
    (listener: (state: AtlasStore, prev: AtlasStore) => void): () => void;
    <U>(
      selector: (state: AtlasStore) => U,
      listener: (selected: U, previous: U) => void,
      options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
    ): () => void;
  };
};

/** How a store is made besides its state: `loadQuizEngine` replaces study mode's lazy engine import (tests). */
export interface AtlasStoreOptions {
  loadQuizEngine?: QuizEngineLoader;
}

/** Makes a new, independent atlas store; `initial` overrides state (tests). */
export function createAtlasStore(initial: Partial<AtlasStore> = {}, options: AtlasStoreOptions = {}): AtlasStoreApi {
  return createStore<AtlasStore>()(
    subscribeWithSelector((set, get, api) => ({
      ...createAppSlice(set, get, api),
      ...createSelectionSlice(set, get, api),
      ...createViewSlice(set, get, api),
      ...createPainSlice(set, get, api),
      ...createQuizSlice(undefined, options.loadQuizEngine)(set, get, api),
      applyLink: (u, viewGiven) => {
        const s = get();
        if (u.selected) s.selectMuscle(u.selected.muscleId, u.selected.side);
        else s.clearSelection();
        get().pinTriggerPoint(u.focusedTriggerPoint);
        if (u.conditionId !== null || s.conditionId !== null) get().openCondition(u.conditionId);
        if (u.selected) get().openPanel('muscle');
        s.setSkin(u.skin);
        s.setBones(u.bones);
        s.setPeel(clampPeel(u.peel));
        s.setIsolate(u.isolate);
        s.setFade(u.fade);
        if (viewGiven) s.requestView(u.view, u.selected !== null);
      },
      ...initial,
    })),
  ) as AtlasStoreApi;
}

/** The URL-mirrored part of a state (the view is what the camera shows, else what was asked). */
export function urlStateOf(s: AtlasStore): UrlState {
  return {
    selected: s.selected,
    focusedTriggerPoint: s.pinnedTriggerPoint,
    conditionId: s.conditionId,
    view: s.cameraView ?? s.viewRequest.view,
    skin: s.skin,
    bones: s.bones,
    peel: s.peel,
    isolate: s.isolate,
    fade: s.fade,
  };
}

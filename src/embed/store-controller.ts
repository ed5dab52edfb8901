/**
 * The AtlasController of the running app: state and actions through the atlas store, links applied
 * by the URL-state apply path, camera and capture through the scene's handle.
 */
import type { StoreApi } from 'zustand/vanilla';
import { indexOf } from '../core/dataset/queries';
import type { AtlasStore } from '../state/store';
import { applyUrlState, urlStateOf } from '../state/url-sync';
import type { AtlasController, AtlasSnapshot, Capture } from './controller';
import type { CameraPose } from './protocol/common';

/** What the 3D view offers the API; null while no view is mounted. */
export interface SceneAccess {
  getCamera(): CameraPose | null;
  setCamera(pose: CameraPose, animate: boolean): CameraPose | null;
  capture(width: number | undefined, height: number | undefined): Promise<Capture>;
}

/** Makes the controller over a store; `scene()` gives the mounted view's handle, if any. */
export function createStoreController(store: StoreApi<AtlasStore>, scene: () => SceneAccess | null): AtlasController {
  const s = () => store.getState();
  const noScene = () => new Error('the 3D view is not shown');
  return {
    snapshot() {
      const state = s();
      const data = state.dataset !== null;
      const drawn = state.webgl === 'ok' && state.model.status === 'ready' && scene() !== null;
      // Without WebGL, or with a model that failed, the data methods still work: that is ready too.
      const settled = drawn || state.webgl === 'unavailable' || state.model.status === 'error';
      return {
        data,
        scene: drawn,
        ready: data && settled,
        url: urlStateOf(state),
        hovered: state.hovered,
        view: state.view,
      } satisfies AtlasSnapshot;
    },
    subscribe: (listener) => store.subscribe(() => listener()),
    index: () => {
      const dataset = s().dataset;
      return dataset ? indexOf(dataset) : null;
    },
    applyLink(state, notices) {
      applyUrlState(store, state);
      if (notices.length > 0) s().showNotice(notices.join(' '));
    },
    selectMuscle: (muscleId, side) => s().selectMuscle(muscleId, side),
    clearSelection: () => s().clearSelection(),
    showTriggerPoint(triggerPointId, muscleId, side) {
      const sel = s().selected;
      if (sel?.muscleId !== muscleId || sel.side !== side) s().selectMuscle(muscleId, side);
      s().focusTriggerPoint(triggerPointId);
    },
    openCondition: (conditionId) => s().openCondition(conditionId),
    setView: (view) => s().setView(view),
    setLayers(layers) {
      const a = s();
      if (layers.skin !== undefined) a.setSkin(layers.skin);
      if (layers.bones !== undefined) a.setBones(layers.bones);
      if (layers.peel !== undefined) a.setPeel(layers.peel);
      if (layers.isolate !== undefined) a.setIsolate(layers.isolate);
      if (layers.fade !== undefined) a.setFade(layers.fade);
    },
    getCamera: () => scene()?.getCamera() ?? null,
    setCamera: (pose, animate) => scene()?.setCamera(pose, animate) ?? null,
    capture: (width, height) => scene()?.capture(width, height) ?? Promise.reject(noScene()),
    // TODO(pain ranking): call the pain finder's ranking from src/core/pain/ once it is on main.
    rankPain: undefined,
  };
}

/**
 * Installs `window.__atlas` (./hook-types.ts) when the page asked for it before the app loaded
 * (`window.__ATLAS_TEST_HOOK__ = true`, as the browser tests and the bench do with an init script).
 * A plain page never gets it.
 */
import type { AtlasStoreApi, SceneHandle } from '../state';
import { TEST_HOOK_FLAG, type AtlasTestHook } from './hook-types';

/** Whether this page asked for the test hook. */
export function testHookRequested(win: Window = window): boolean {
  return (win as unknown as Record<string, unknown>)[TEST_HOOK_FLAG] === true;
}

/** Installs the hook over `store`; the scene functions answer null/0 until the 3D view is mounted. */
export function installTestHook(store: AtlasStoreApi, win: Window = window): AtlasTestHook {
  const scene = (): SceneHandle | null => store.getState().scene;
  const hook: AtlasTestHook = {
    store,
    get ready() {
      return store.getState().model.firstFrameMs !== null;
    },
    get firstFrameMs() {
      return store.getState().model.firstFrameMs;
    },
    get firstFramedMs() {
      return store.getState().model.firstFrameMs;
    },
    project: (muscleId, side) => scene()?.project(muscleId, side) ?? null,
    projectTriggerPoint: (id, side) => scene()?.projectTriggerPoint(id, side) ?? null,
    pickAt: (x, y) => scene()?.pickAt(x, y) ?? null,
    stats: () => scene()?.stats() ?? { drawCalls: 0, triangles: 0, meshes: 0 },
    pickBench: (n) => scene()?.pickBench(n) ?? NaN,
    frames: () => scene()?.frames() ?? 0,
  };
  win.__atlas = hook;
  return hook;
}

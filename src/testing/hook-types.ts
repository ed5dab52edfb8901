/**
 * The type of `window.__atlas`, the test hook (one file: the app installs it, the browser tests and
 * the bench read it). Not a public API: hosts use the embed message API (docs/EMBED.md).
 */
import type { AtlasStoreApi, SceneHandle } from '../state';

/** The flag a test or benchmark sets before the app loads to get the hook installed. */
export const TEST_HOOK_FLAG = '__ATLAS_TEST_HOOK__';

export interface AtlasTestHook extends Omit<SceneHandle, 'getCamera' | 'setCamera' | 'capture'> {
  /** The app's store (getState/setState/subscribe). */
  store: AtlasStoreApi;
  /** True after the first framed view with the model has been drawn. */
  readonly ready: boolean;
  /** performance.now() at that frame, or null before. */
  readonly firstFrameMs: number | null;
  /**
   * performance.now() once the first framed view (the camera on the model, which is the first model
   * frame) was drawn and the GPU had finished it; what `npm run bench` times. Null before.
   */
  readonly firstFramedMs: number | null;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
    __ATLAS_TEST_HOOK__?: boolean;
  }
}

/** How the body is shown: the camera view asked for and the one the camera reports, and the layers. */
import type { StateCreator } from 'zustand/vanilla';
import { PEEL_MAX, URL_DEFAULTS, type SkinMode, type View } from '../../core/url-state';
import type { AtlasStore } from '../store';

/**
 * A request for the camera: show `view`. `seq` grows with each request so the same view can be asked
 * again. With `frameSelection` the selected muscle is framed from that view rather than the whole body.
 */
export interface ViewRequest {
  view: View;
  seq: number;
  frameSelection: boolean;
}

export interface ViewSlice {
  viewRequest: ViewRequest;
  /** The preset view the camera is at, reported by the camera; null after free rotation. */
  cameraView: View | null;
  skin: SkinMode;
  bones: boolean;
  /** 0 shows all muscle layers; n hides layers 1..n (never the selected muscle). */
  peel: number;
  isolate: boolean;
  fade: boolean;
  /** Asks the camera for a view of the whole body (or of the selection, see ViewRequest). */
  requestView(view: View, frameSelection?: boolean): void;
  /** The camera reports where it is (the camera never writes the request). */
  reportCameraView(view: View | null): void;
  setSkin(skin: SkinMode): void;
  setBones(on: boolean): void;
  setPeel(n: number): void;
  setIsolate(on: boolean): void;
  setFade(on: boolean): void;
}

/** Initial values of the view slice (the URL's defaults). */
export function viewDefaults(): Pick<ViewSlice, 'viewRequest' | 'cameraView' | 'skin' | 'bones' | 'peel' | 'isolate' | 'fade'> {
  return {
    viewRequest: { view: URL_DEFAULTS.view, seq: 0, frameSelection: false },
    cameraView: null,
    skin: URL_DEFAULTS.skin,
    bones: URL_DEFAULTS.bones,
    peel: URL_DEFAULTS.peel,
    isolate: URL_DEFAULTS.isolate,
    fade: URL_DEFAULTS.fade,
  };
}

/** A peel value made whole and within 0..PEEL_MAX. */
export const clampPeel = (n: number): number => (Number.isFinite(n) ? Math.min(PEEL_MAX, Math.max(0, Math.round(n))) : 0);

/** The view slice of the atlas store. */
export const createViewSlice: StateCreator<AtlasStore, [['zustand/subscribeWithSelector', never]], [], ViewSlice> = (set, get) => ({
  ...viewDefaults(),
  requestView: (view, frameSelection = false) => set((s) => ({ viewRequest: { view, seq: s.viewRequest.seq + 1, frameSelection } })),
  reportCameraView: (cameraView) => {
    if (get().cameraView !== cameraView) set({ cameraView });
  },
  setSkin: (skin) => set({ skin }),
  setBones: (bones) => set({ bones }),
  setPeel: (n) => set({ peel: clampPeel(n) }),
  setIsolate: (isolate) => set({ isolate }),
  setFade: (fade) => set({ fade }),
});

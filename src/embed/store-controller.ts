/**
 * The AtlasController of the running app: state and actions through the atlas store (links through
 * its `applyLink`, as the URL sync applies them), camera and capture through the scene handle.
 */
import { indexDataset } from '../core/dataset/queries';
import { urlStateOf, type AtlasStoreApi } from '../state';
import { rankRegions, type RankedMuscle as PainRankedMuscle } from '../core/pain/rank';
import type { AtlasController, AtlasSnapshot, Capture, RankedMuscle } from './controller';

/** Width and height of a PNG data URL, read from its IHDR chunk. */
export function pngSize(dataUrl: string): { width: number; height: number } {
  const head = atob(dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 1 + 44));
  const u32 = (at: number) => ((head.charCodeAt(at) << 24) | (head.charCodeAt(at + 1) << 16) | (head.charCodeAt(at + 2) << 8) | head.charCodeAt(at + 3)) >>> 0;
  return { width: u32(16), height: u32(20) };
}

/** A ranked muscle as pain.rank returns it: its trigger points, and the regions they share with the pain by zone. */
export function toRankedMuscle(m: PainRankedMuscle): RankedMuscle {
  const essential = new Set<string>();
  const spillover = new Set<string>();
  for (const tp of m.triggerPoints) for (const o of tp.overlaps) (o.zone === 'essential' ? essential : spillover).add(o.regionId);
  for (const r of essential) spillover.delete(r);
  return {
    muscleId: m.muscleId,
    side: m.side,
    score: m.score,
    triggerPoints: m.triggerPoints.map((t) => t.triggerPointId),
    essential: [...essential],
    spillover: [...spillover],
  };
}

/** Resolves after `n` animation frames, or 200 ms at most (a hidden frame draws none). */
function nextFrames(n: number): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || n <= 0) return Promise.resolve();
  const frames = new Promise<void>((done) => requestAnimationFrame(() => void nextFrames(n - 1).then(done)));
  return Promise.race([frames, new Promise<void>((done) => setTimeout(done, 200))]);
}

/** Makes the controller over an app's store. */
export function createStoreController(store: AtlasStoreApi): AtlasController {
  const s = () => store.getState();
  return {
    snapshot(): AtlasSnapshot {
      const state = s();
      const data = state.dataset !== null;
      const drawn = state.webgl === 'ok' && state.scene !== null && state.model.firstFrameMs !== null && state.model.status === 'ready';
      // Without WebGL, or with a model that failed to load, the data methods still work: ready too.
      const settled = drawn || state.webgl === 'unavailable' || state.model.status === 'error';
      const url = urlStateOf(state);
      return { data, scene: drawn, ready: data && settled, url, hovered: state.hovered, view: url.view };
    },
    subscribe: (listener) => store.subscribe(() => listener()),
    index: () => {
      const dataset = s().dataset;
      return dataset ? indexDataset(dataset) : null;
    },
    applyLink(state, viewGiven, notices) {
      s().applyLink(state, viewGiven);
      if (notices.length > 0) s().showNotice(notices.join(' '));
    },
    selectMuscle: (muscleId, side) => s().selectMuscle(muscleId, side),
    clearSelection: () => s().clearSelection(),
    showTriggerPoint(triggerPointId, muscleId, side) {
      s().selectMuscle(muscleId, side);
      s().pinTriggerPoint(triggerPointId);
    },
    openCondition: (conditionId) => s().openCondition(conditionId),
    setView: (view) => s().requestView(view),
    setLayers(layers) {
      const a = s();
      if (layers.skin !== undefined) a.setSkin(layers.skin);
      if (layers.bones !== undefined) a.setBones(layers.bones);
      if (layers.peel !== undefined) a.setPeel(layers.peel);
      if (layers.isolate !== undefined) a.setIsolate(layers.isolate);
      if (layers.fade !== undefined) a.setFade(layers.fade);
    },
    getCamera: () => s().scene?.getCamera() ?? null,
    async setCamera(pose, animate) {
      const scene = s().scene;
      if (!scene) return null;
      scene.setCamera(pose, animate);
      if (animate) return pose;
      // The camera applies an instant move on its next frame, within its distance limits.
      await nextFrames(2);
      return s().scene?.getCamera() ?? null;
    },
    async capture(width, height): Promise<Capture> {
      const scene = s().scene;
      if (!scene) throw new Error('the 3D view is not shown');
      const dataUrl = await scene.capture(width, height);
      return { dataUrl, ...pngSize(dataUrl) };
    },
    rankPain(regions, side) {
      const state = s();
      if (!state.dataset) return [];
      // The pain finder's ranking, measured on the body surface when the scene has reported it.
      const surface = state.painSurface;
      return rankRegions(state.dataset, regions, side ?? 'left', surface ? { surface } : {}).map(toRankedMuscle);
    },
  };
}

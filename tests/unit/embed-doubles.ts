/** Test doubles of the embed API: a window that records posts, and the atlas state in plain objects. */
import { indexDataset, type DatasetIndex } from '../../src/core/dataset/queries';
import { URL_DEFAULTS, type UrlState } from '../../src/core/url-state';
import type { AtlasController, AtlasSnapshot, Capture } from '../../src/embed/controller';
import type { CameraPose, Layers } from '../../src/embed/protocol/common';
import { loadRealDataset } from '../fixtures/load-fixture';

/** The real dataset and its index. */
export const dataset = loadRealDataset();
export const realIndex = indexDataset(dataset);

/** A window double that records every post. */
export class FakeWindow {
  posted: { message: Record<string, unknown>; targetOrigin: string }[] = [];
  closed = false;
  postMessage(message: unknown, targetOrigin: string) {
    // Structured clone, as a real post does: a result that cannot be cloned fails here too.
    this.posted.push({ message: structuredClone(message) as Record<string, unknown>, targetOrigin });
  }
  last() {
    return this.posted.at(-1)?.message;
  }
}

/** The atlas state in plain objects, with the actions the API may call. */
export class MemoryController implements AtlasController {
  url: UrlState = { ...URL_DEFAULTS };
  hovered: AtlasSnapshot['hovered'] = null;
  view: UrlState['view'] = 'front';
  data = true;
  scene = true;
  camera: CameraPose = { position: [0, 1, 3], target: [0, 1, 0] };
  appliedNotices: string[] = [];
  rankPain?: AtlasController['rankPain'];
  private listeners = new Set<() => void>();

  snapshot(): AtlasSnapshot {
    return { data: this.data, scene: this.scene, ready: this.data && this.scene, url: this.url, hovered: this.hovered, view: this.view };
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  change(patch: Partial<UrlState>) {
    this.url = { ...this.url, ...patch };
    this.listeners.forEach((l) => l());
  }
  notify() {
    this.listeners.forEach((l) => l());
  }
  index(): DatasetIndex | null {
    return this.data ? realIndex : null;
  }
  viewRequests = 0;
  applyLink(state: UrlState, viewGiven: boolean, notices: readonly string[]) {
    this.appliedNotices = [...notices];
    if (viewGiven) this.viewRequests++;
    this.view = state.view;
    this.change(state);
  }
  selectMuscle(muscleId: string, side: 'left' | 'right') {
    this.change({ selected: { muscleId, side }, focusedTriggerPoint: null });
  }
  clearSelection() {
    this.change({ selected: null, focusedTriggerPoint: null });
  }
  showTriggerPoint(tp: string, muscleId: string, side: 'left' | 'right') {
    this.change({ selected: { muscleId, side }, focusedTriggerPoint: tp });
  }
  openCondition(conditionId: string) {
    this.change({ conditionId });
  }
  setView(view: UrlState['view']) {
    this.view = view;
    this.change({ view });
  }
  setLayers(layers: Partial<Layers>) {
    this.change(layers);
  }
  getCamera() {
    return this.scene ? this.camera : null;
  }
  setCamera(pose: CameraPose) {
    if (!this.scene) return Promise.resolve(null);
    this.camera = pose;
    return Promise.resolve(pose);
  }
  capture(width: number | undefined, height: number | undefined): Promise<Capture> {
    return Promise.resolve({ dataUrl: 'data:image/png;base64,iVBORw0KGgo=', width: width ?? 300, height: height ?? 150 });
  }
}


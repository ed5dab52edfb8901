/**
 * What the message API needs from the running atlas: a snapshot of its state, the actions a host may
 * take, and the camera and capture of the 3D view. The app implements it over its store and scene;
 * tests implement it with plain objects, so the API is tested without React.
 */
import type { DatasetIndex } from '../core/dataset/queries';
import type { Side } from '../core/frame';
import type { UrlState, View } from '../core/url-state';
import type { CameraPose, Layers, MuscleSide } from './protocol/common';
import type { z } from 'zod';
import type { RankedMuscleSchema } from './protocol/methods';

/** One muscle of a pain ranking (see pain.rank). */
export type RankedMuscle = z.infer<typeof RankedMuscleSchema>;

/** What the atlas shows now. */
export interface AtlasSnapshot {
  /** The dataset is loaded: data and state methods work. */
  data: boolean;
  /** The 3D view is drawn: camera and capture methods work. */
  scene: boolean;
  /** Everything that will load has loaded (the `ready` event): data, and the 3D view unless WebGL is unavailable. */
  ready: boolean;
  /** The link-mirrored state. */
  url: UrlState;
  /** The muscle under the pointer. */
  hovered: MuscleSide | null;
  /** The view the camera shows. */
  view: View;
}

/** A captured image of the 3D view. */
export interface Capture {
  dataUrl: string;
  width: number;
  height: number;
}

/** The running atlas as the message API sees it. */
export interface AtlasController {
  /** The current state; must be cheap (called on every store change). */
  snapshot(): AtlasSnapshot;
  /** Calls `listener` after any change that may change the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The dataset's lookups, null until it is loaded. */
  index(): DatasetIndex | null;
  /**
   * Applies a parsed link state exactly as opening that link does (a view request only when
   * `viewGiven`); `notices` are the parser's, shown as a link's would be.
   */
  applyLink(state: UrlState, viewGiven: boolean, notices: readonly string[]): void;
  selectMuscle(muscleId: string, side: Side): void;
  clearSelection(): void;
  /** Selects the trigger point's muscle on `side` and shows that trigger point alone. */
  showTriggerPoint(triggerPointId: string, muscleId: string, side: Side): void;
  openCondition(conditionId: string): void;
  /** Asks for a preset view (the whole body from that side). */
  setView(view: View): void;
  /** Changes the given layer switches, leaving the others. */
  setLayers(layers: Partial<Layers>): void;
  /** The camera now; null when the 3D view is not there. */
  getCamera(): CameraPose | null;
  /** Moves the camera (within the view's limits); resolves with where it ends up, or null without a 3D view. */
  setCamera(pose: CameraPose, animate: boolean): Promise<CameraPose | null>;
  /** A PNG of the 3D view (at the given size, or the view's own). Rejects when there is no 3D view. */
  capture(width: number | undefined, height: number | undefined): Promise<Capture>;
  /**
   * The pain finder's ranking of the muscles that refer pain to the regions; absent while the app
   * has no ranking function (pain.rank then answers not-ready).
   */
  rankPain?: ((regions: readonly string[], side: Side | undefined) => RankedMuscle[]) | undefined;
}

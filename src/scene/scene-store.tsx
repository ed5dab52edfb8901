/**
 * The scene-local store: what one <Canvas> knows that is not app state (the model index, the drawn
 * muscle meshes, the pick group, R3F's state getter, the painted zone bounds, the ghosted muscles,
 * the hover label's element). One per Viewer, provided by context as R3F keeps its own root state;
 * R3F bridges the context into the canvas.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import type * as THREE from 'three';
import type { RootState } from '@react-three/fiber';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ModelIndex } from './model/model-index';

export interface SceneState {
  index: ModelIndex | null;
  /** Drawn muscle meshes by muscle key (not reactive: a Map mutated in place by MuscleMesh). */
  muscleMeshes: Map<string, THREE.Mesh>;
  /** The group that holds every pickable muscle mesh. */
  pickGroup: THREE.Group | null;
  /** R3F's state getter, once the canvas exists. */
  getThree: (() => RootState) | null;
  /** World bounds of the essential pain zone painted for a selection key (see zoneKey). */
  zoneBounds: { key: string; box: THREE.Box3 } | null;
  /** Muscle keys drawn faint because they hide a selected deep muscle. */
  ghosts: ReadonlySet<string>;
  /** The hover label element and the element it is positioned in. */
  hoverLabel: { el: HTMLElement; host: HTMLElement } | null;
  /** True while the canvas pointer is over a muscle. */
  pointerOnMuscle: boolean;
  /** The model index the camera has been placed on (before that model's first frame). */
  cameraOn: ModelIndex | null;
}

export type SceneStore = StoreApi<SceneState>;

/** A fresh scene store. */
export function createSceneStore(): SceneStore {
  return createStore<SceneState>()(() => ({
    index: null,
    muscleMeshes: new Map(),
    pickGroup: null,
    getThree: null,
    zoneBounds: null,
    ghosts: new Set<string>(),
    hoverLabel: null,
    pointerOnMuscle: false,
    cameraOn: null,
  }));
}

/** The key zoneBounds are stored under. */
export function zoneKey(muscleId: string, side: string, triggerPointId: string | null): string {
  return `${muscleId}/${side}#${triggerPointId ?? ''}`;
}

const SceneStoreContext = createContext<SceneStore | null>(null);

/** Creates one scene store for its subtree (the viewer). */
export function SceneStoreProvider({ children, store }: { children: ReactNode; store?: SceneStore }) {
  const [own] = useState(() => store ?? createSceneStore());
  return <SceneStoreContext.Provider value={own}>{children}</SceneStoreContext.Provider>;
}

/** The nearest scene store; throws outside a SceneStoreProvider. */
export function useSceneStore(): SceneStore {
  const store = useContext(SceneStoreContext);
  if (!store) throw new Error('useSceneStore: no SceneStoreProvider above this component (it is created by the Viewer).');
  return store;
}

/** Reads a field of the scene store reactively. */
export function useScene<T>(selector: (s: SceneState) => T): T {
  return useStore(useSceneStore(), selector);
}

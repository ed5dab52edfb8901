/**
 * Module-level handles the scene shares with the camera rig and the test hook: the current model
 * index, the muscle meshes as drawn, the pick group, and the R3F root state. Not React state.
 */
import type * as THREE from 'three';
import type { RootState } from '@react-three/fiber';
import type { ModelIndex } from './model-index';

export interface SceneRegistry {
  index: ModelIndex | null;
  /** Drawn muscle meshes by muscle key. */
  muscleMeshes: Map<string, THREE.Mesh>;
  /** The group that holds every pickable muscle mesh. */
  pickGroup: THREE.Group | null;
  /** R3F's state getter, once the canvas exists. */
  getThree: (() => RootState) | null;
  /** World bounds of the essential pain zone painted for a selection key ("muscle/side#tp"). */
  zoneBounds: { key: string; box: THREE.Box3 } | null;
}

/** The key zoneBounds are stored under. */
export function zoneKey(muscleId: string, side: string, triggerPointId: string | null): string {
  return `${muscleId}/${side}#${triggerPointId ?? ''}`;
}

/** The one registry of the one viewer. */
export const sceneRegistry: SceneRegistry = {
  index: null,
  muscleMeshes: new Map(),
  pickGroup: null,
  getThree: null,
  zoneBounds: null,
};

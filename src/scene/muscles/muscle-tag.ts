/** The tag each drawn muscle mesh carries in userData, so a raycast hit names its muscle side. */
import type * as THREE from 'three';
import type { Side } from '../../core/frame';

export interface MuscleTag {
  key: string;
  muscleId: string;
  side: Side;
}

const TAG = 'atlasMuscle';

/** Marks a mesh as a muscle side. */
export function tagMuscle(mesh: THREE.Object3D, tag: MuscleTag): void {
  mesh.userData[TAG] = tag;
}

/** The muscle side a mesh draws, or null for anything else. */
export function readMuscleTag(obj: THREE.Object3D): MuscleTag | null {
  return (obj.userData[TAG] as MuscleTag | undefined) ?? null;
}

/** A raycast that never hits: for the see-through skin, bones and marks. */
export function noRaycast(): void {}

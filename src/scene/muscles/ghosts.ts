/**
 * Ghosted muscles: those lying between the camera and a selected deep muscle. They are drawn faint
 * on a layer the camera sees but rays ignore, so the selected muscle can be seen and clicked.
 * The ghosted set lives in the scene store (`ghosts`).
 */
import * as THREE from 'three';
import { readMuscleTag } from './muscle-tag';

/** Layer 0 is drawn and picked; GHOST_LAYER is drawn (the camera enables it) but never picked. */
export const GHOST_LAYER = 1;

const _ray = new THREE.Raycaster();
(_ray as THREE.Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
// Already ghosted muscles still count as occluders (a new selection may need them ghosted too).
_ray.layers.enable(GHOST_LAYER);
const _p = new THREE.Vector3();
const _dir = new THREE.Vector3();
const _hits: THREE.Intersection[] = [];
const SAMPLES = 64;

/**
 * The muscles (keys) of `group` hit in front of `target` on rays from `eye` to sampled vertices of it.
 * Each mesh reports its first hit only, so one pass per ray finds every occluder.
 */
export function occludersOf(group: THREE.Object3D | null, target: THREE.Mesh, eye: THREE.Vector3): Set<string> {
  const out = new Set<string>();
  const pos = target.geometry.getAttribute('position');
  if (!group || !pos) return out;
  target.updateWorldMatrix(true, false);
  const step = Math.max(1, Math.floor(pos.count / SAMPLES));
  for (let i = Math.floor(step / 2); i < pos.count; i += step) {
    _p.fromBufferAttribute(pos, i).applyMatrix4(target.matrixWorld);
    _dir.copy(_p).sub(eye);
    const dist = _dir.length();
    _ray.set(eye, _dir.divideScalar(dist));
    _ray.far = dist + 0.001;
    _hits.length = 0;
    _ray.intersectObject(group, true, _hits);
    let targetAt = Infinity;
    for (const h of _hits) if (h.object === target) targetAt = Math.min(targetAt, h.distance);
    for (const h of _hits) {
      if (h.object === target || h.distance >= targetAt) continue;
      const tag = readMuscleTag(h.object);
      if (tag) out.add(tag.key);
    }
  }
  _hits.length = 0;
  return out;
}

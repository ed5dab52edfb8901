/**
 * Raycasting against the muscles exactly as a click does: hidden muscles are off layer 0, the skin
 * and bones ignore rays, and the first hit wins. No allocation per call. Reads the scene store.
 */
import * as THREE from 'three';
import type { Side } from '../../core/frame';
import { readMuscleTag } from '../muscles/muscle-tag';
import type { SceneStore } from '../scene-store';

const _raycaster = new THREE.Raycaster();
(_raycaster as THREE.Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
const _ndc = new THREE.Vector2();
const _hits: THREE.Intersection[] = [];

/** Converts client px to normalised device coordinates of the canvas; false if outside it. */
export function clientToNdc(x: number, y: number, el: HTMLElement, out: THREE.Vector2): boolean {
  const r = el.getBoundingClientRect();
  if (x < r.left || x > r.right || y < r.top || y > r.bottom || r.width === 0) return false;
  out.set(((x - r.left) / r.width) * 2 - 1, -((y - r.top) / r.height) * 2 + 1);
  return true;
}

/** The first muscle hit along the camera ray through NDC (x, y), or null. */
export function firstMuscleHitAtNdc(scene: SceneStore, ndcX: number, ndcY: number): THREE.Intersection | null {
  const { pickGroup, getThree } = scene.getState();
  const three = getThree?.();
  if (!pickGroup || !three) return null;
  _ndc.set(ndcX, ndcY);
  _raycaster.setFromCamera(_ndc, three.camera);
  _hits.length = 0;
  _raycaster.intersectObject(pickGroup, true, _hits);
  let best: THREE.Intersection | null = null;
  for (const h of _hits) if (!best || h.distance < best.distance) best = h;
  _hits.length = 0;
  return best;
}

/** What a click at client (x, y) would select. */
export function pickAtClient(scene: SceneStore, x: number, y: number): { muscleId: string; side: Side } | null {
  const three = scene.getState().getThree?.();
  if (!three || !clientToNdc(x, y, three.gl.domElement, _ndc)) return null;
  const hit = firstMuscleHitAtNdc(scene, _ndc.x, _ndc.y);
  const tag = hit ? readMuscleTag(hit.object) : null;
  return tag ? { muscleId: tag.muscleId, side: tag.side } : null;
}

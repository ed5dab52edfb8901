/**
 * Screen positions on the model for the scene handle: a visible, clickable point of a muscle, and a
 * trigger point's node projected to the canvas. No allocation per sample.
 */
import * as THREE from 'three';
import type { Side } from '../../core/frame';
import { muscleKey } from '../../core/model-contract';
import { clientToNdc, firstMuscleHitAtNdc } from '../picking/picking';
import type { SceneStore } from '../scene-store';

const _v = new THREE.Vector3();
const _ndc = new THREE.Vector2();
const _toCam = new THREE.Vector3();
/** Vertices of the muscle tried per call, spread over its vertex list. */
const PROJECT_SAMPLES = 600;
/** Pixels to each side that must pick the same muscle as the returned point. */
const PROJECT_MARGIN = 3;
const NEIGHBOURS: readonly (readonly [number, number])[] = [[0, 0], [-1, 0], [1, 0], [0, -1], [0, 1]];

function hitsMesh(scene: SceneStore, mesh: THREE.Object3D, x: number, y: number, el: HTMLElement): boolean {
  if (!clientToNdc(x, y, el, _ndc)) return false;
  return firstMuscleHitAtNdc(scene, _ndc.x, _ndc.y)?.object === mesh;
}

/**
 * A whole-pixel client point well inside the muscle's visible area: sampled vertices are projected
 * and rounded; those a click would pick are kept, and the one nearest their screen centroid whose
 * four neighbours (PROJECT_MARGIN px away) pick the muscle too is returned. Null if none is seen.
 */
export function projectMuscle(scene: SceneStore, muscleId: string, side: Side): { x: number; y: number } | null {
  const { getThree, muscleMeshes } = scene.getState();
  const three = getThree?.();
  const mesh = muscleMeshes.get(muscleKey(muscleId, side));
  if (!three || !mesh || !mesh.visible) return null;
  const pos = mesh.geometry.getAttribute('position');
  if (!pos) return null;
  const el = three.gl.domElement;
  const rect = el.getBoundingClientRect();
  mesh.updateWorldMatrix(true, false);
  const step = Math.max(1, Math.floor(pos.count / PROJECT_SAMPLES));
  const seen: { x: number; y: number }[] = [];
  const keys = new Set<number>();
  let cx = 0;
  let cy = 0;
  for (let i = Math.floor(step / 2); i < pos.count; i += step) {
    _v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).project(three.camera);
    if (_v.z < -1 || _v.z > 1 || Math.abs(_v.x) > 0.98 || Math.abs(_v.y) > 0.98) continue;
    const x = Math.round(rect.left + ((_v.x + 1) / 2) * rect.width);
    const y = Math.round(rect.top + ((1 - _v.y) / 2) * rect.height);
    const key = x * 100000 + y;
    if (keys.has(key) || !hitsMesh(scene, mesh, x, y, el)) continue;
    keys.add(key);
    seen.push({ x, y });
    cx += x;
    cy += y;
  }
  if (seen.length === 0) return null;
  cx /= seen.length;
  cy /= seen.length;
  seen.sort((a, b) => (a.x - cx) ** 2 + (a.y - cy) ** 2 - ((b.x - cx) ** 2 + (b.y - cy) ** 2));
  for (const margin of [PROJECT_MARGIN, 1]) {
    for (const p of seen) {
      if (NEIGHBOURS.every(([dx, dy]) => hitsMesh(scene, mesh, p.x + dx * margin, p.y + dy * margin, el))) return p;
    }
  }
  return null;
}

/**
 * Client px of a trigger point's node (from the model file, not from a raycast), and whether its
 * surface faces the camera. Null when the model has no such node or the canvas is not there.
 */
export function projectTriggerPointNode(
  scene: SceneStore,
  triggerPointId: string,
  side: Side,
): { x: number; y: number; facing: boolean } | null {
  const { getThree, index } = scene.getState();
  const three = getThree?.();
  if (!three || !index) return null;
  for (const list of index.triggerPointsByMuscle.values()) {
    const node = list.find((p) => p.triggerPointId === triggerPointId && p.side === side);
    if (!node) continue;
    const rect = three.gl.domElement.getBoundingClientRect();
    _v.copy(node.position).project(three.camera);
    _toCam.copy(three.camera.position).sub(node.position);
    return {
      x: rect.left + ((_v.x + 1) / 2) * rect.width,
      y: rect.top + ((1 - _v.y) / 2) * rect.height,
      facing: _toCam.dot(node.normal) > 0,
    };
  }
  return null;
}

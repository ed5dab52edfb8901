/**
 * Camera geometry: the preset view directions, the distance that fits a box, and the side from which
 * a muscle shows most of itself (back muscles from behind, and so on).
 */
import * as THREE from 'three';
import type { View } from '../../core/url-state';
import { GHOST_LAYER, occludersOf } from '../muscles/ghosts';

/** Unit direction from the target to the camera for each preset (the body faces +Z, its left is +X). */
export const VIEW_DIRECTIONS: Record<View, THREE.Vector3> = {
  front: new THREE.Vector3(0, 0, 1),
  back: new THREE.Vector3(0, 0, -1),
  left: new THREE.Vector3(1, 0, 0),
  right: new THREE.Vector3(-1, 0, 0),
  top: new THREE.Vector3(0, 1, 0.08).normalize(),
};

/** Distance from the box centre at which a camera looking along -dir sees the whole box, with padding. */
export function fitDistance(box: THREE.Box3, dir: THREE.Vector3, fovDeg: number, aspect: number, padding = 1.08): number {
  const size = box.getSize(new THREE.Vector3());
  const horizontal = Math.abs(dir.y) > 0.9;
  // Extent across the view: height (or depth from the top) and the width seen from that side.
  const h = horizontal ? size.z : size.y;
  const w = Math.abs(dir.x) > Math.abs(dir.z) ? size.z : size.x;
  const depth = horizontal ? size.y : Math.abs(dir.x) > Math.abs(dir.z) ? size.x : size.z;
  const tanV = Math.tan(THREE.MathUtils.degToRad(fovDeg) / 2);
  const dist = Math.max((h / 2) * padding / tanV, (w / 2) * padding / (tanV * aspect));
  return dist + depth / 2;
}

/** The side preset (front, back, left or right) closest to a horizontal-ish direction. */
export function nearestView(dir: THREE.Vector3): View {
  if (Math.abs(dir.x) > Math.abs(dir.z)) return dir.x > 0 ? 'left' : 'right';
  return dir.z >= 0 ? 'front' : 'back';
}

/** For camera planning: sees ghosted muscles too. */
const _planner = new THREE.Raycaster();
(_planner as THREE.Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
_planner.layers.enable(GHOST_LAYER);
const _hits: THREE.Intersection[] = [];

/** The first muscle of `group` hit along a world ray (ghosted muscles count: this plans, it is not a click). */
function firstMuscleHitAlong(group: THREE.Object3D, origin: THREE.Vector3, dir: THREE.Vector3): THREE.Intersection | null {
  _planner.set(origin, dir);
  _hits.length = 0;
  _planner.intersectObject(group, true, _hits);
  let best: THREE.Intersection | null = null;
  for (const h of _hits) if (!best || h.distance < best.distance) best = h;
  _hits.length = 0;
  return best;
}

/** The preset a unit direction is within `maxDeg` of, or null (the camera was turned freely). */
export function presetViewAt(dir: THREE.Vector3, maxDeg = 12): View | null {
  const cos = Math.cos(THREE.MathUtils.degToRad(maxDeg));
  for (const [view, d] of Object.entries(VIEW_DIRECTIONS) as [View, THREE.Vector3][]) if (dir.dot(d) >= cos) return view;
  return null;
}

const AZIMUTHS = 8;
const SAMPLES = 48;
/** A sampled vertex counts as seen when the first muscle hit toward it lands this close to it. */
const SEEN_WITHIN = 0.012;
const _dir = new THREE.Vector3();
const _back = new THREE.Vector3();
const _p = new THREE.Vector3();
const _n = new THREE.Vector3();
const _c = new THREE.Vector3();
const _origin = new THREE.Vector3();
const _nm = new THREE.Matrix3();

/**
 * The horizontal direction (one of eight) from which the mesh shows the most surface: the sum over
 * sampled vertices that are really seen (first muscle hit) of how squarely they face the camera,
 * nudged toward the side the muscle lies on (so a back muscle is seen from behind) and toward where its
 * trigger points' surface faces (`marksFace`, horizontal, unit or zero). Front wins ties.
 * Returns a new unit vector with a slight elevation.
 */
export function bestViewDirection(group: THREE.Object3D, mesh: THREE.Mesh, marksFace?: THREE.Vector3): THREE.Vector3 {
  const pos = mesh.geometry.getAttribute('position');
  const nrm = mesh.geometry.getAttribute('normal');
  const best = new THREE.Vector3(0, 0.12, 1).normalize();
  if (!pos || !nrm) return best;
  mesh.updateWorldMatrix(true, false);
  _nm.getNormalMatrix(mesh.matrixWorld);
  mesh.geometry.computeBoundingBox();
  (mesh.geometry.boundingBox as THREE.Box3).getCenter(_c).applyMatrix4(mesh.matrixWorld);
  _c.y = 0;
  const off = _c.length();
  if (off > 1e-6) _c.divideScalar(off);
  const step = Math.max(1, Math.floor(pos.count / SAMPLES));
  let bestScore = 0;
  for (let a = 0; a < AZIMUTHS; a++) {
    const angle = (a / AZIMUTHS) * Math.PI * 2;
    _dir.set(Math.sin(angle), 0.12, Math.cos(angle)).normalize();
    _back.copy(_dir).negate();
    let score = 0;
    for (let i = Math.floor(step / 2); i < pos.count; i += step) {
      _n.fromBufferAttribute(nrm, i).applyMatrix3(_nm).normalize();
      const facing = _n.dot(_dir);
      if (facing <= 0.1) continue;
      _p.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
      _origin.copy(_p).addScaledVector(_dir, 3);
      const hit = firstMuscleHitAlong(group, _origin, _back);
      if (hit && hit.object === mesh && hit.point.distanceTo(_p) < SEEN_WITHIN) score += facing;
    }
    score *= 1 + 0.3 * Math.max(-1, Math.min(1, _c.x * _dir.x + _c.z * _dir.z));
    // Where the trigger points' surface faces: the marks must be seen, not looked at through the body.
    if (marksFace) score *= Math.max(0.1, 1 + 1.5 * (marksFace.x * _dir.x + marksFace.z * _dir.z));
    // Diagonals must clearly beat the four sides to win.
    if (a % 2 === 1) score *= 0.9;
    if (score > bestScore * 1.02) {
      bestScore = score;
      best.copy(_dir);
    }
  }
  // Hidden from every side (a deep muscle): look from where the fewest muscles lie in front of it,
  // from the side its centre lies on (never through the rest of the body); the camera rig ghosts them.
  if (bestScore === 0) {
    mesh.geometry.boundingBox?.getCenter(_p).applyMatrix4(mesh.matrixWorld);
    let fewest = Infinity;
    for (let a = 0; a < AZIMUTHS; a++) {
      const angle = (a / AZIMUTHS) * Math.PI * 2;
      _dir.set(Math.sin(angle), 0.12, Math.cos(angle)).normalize();
      _origin.copy(_p).addScaledVector(_dir, 1.5);
      // Looking from the far side means looking through the whole body: only as a last resort.
      const toward = _c.x * _dir.x + _c.z * _dir.z;
      const sideWeight = off < 0.02 ? 1 : toward < 0 ? 3 : 1 - 0.5 * toward;
      const marks = marksFace ? Math.max(0.2, 1 - 0.6 * (marksFace.x * _dir.x + marksFace.z * _dir.z)) : 1;
      const cost = (occludersOf(group, mesh, _origin).size + 1) * sideWeight * marks * (a % 2 === 1 ? 1.1 : 1);
      if (cost < fewest) {
        fewest = cost;
        best.copy(_dir);
      }
    }
  }
  return best;
}

/**
 * Framing a printed picture: an orthographic camera looking at the body from a direction, fitted to
 * the points that matter (trigger points and painted skin facing that way) with a margin and a
 * minimum size so the reader sees where on the body they are.
 */
import * as THREE from 'three';

/** Options of {@link frameOrthographic}. */
export interface FrameOptions {
  /** Picture width / height. */
  aspect: number;
  /** Smallest visible height, metres (default 0.55: enough body around a small zone). */
  minHeight?: number;
  /** Extra room around the points, as a fraction of their extent (default 0.18). */
  margin?: number;
}

const _right = new THREE.Vector3();
const _up = new THREE.Vector3();
const _p = new THREE.Vector3();

/**
 * An orthographic camera looking along -dir at the points, fitted to them; `bounds` (the whole body)
 * sets the near and far planes. With no points the body bounds are framed.
 */
export function frameOrthographic(points: readonly THREE.Vector3[], dir: THREE.Vector3, bounds: THREE.Box3, options: FrameOptions): THREE.OrthographicCamera {
  const d = dir.clone().normalize();
  _up.set(0, 1, 0);
  if (Math.abs(d.dot(_up)) > 0.95) _up.set(0, 0, -1);
  _right.crossVectors(_up, d).normalize();
  _up.crossVectors(d, _right).normalize();
  const list = points.length > 0 ? points : [bounds.min, bounds.max];
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of list) {
    const x = p.dot(_right);
    const y = p.dot(_up);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const margin = options.margin ?? 0.18;
  const minHeight = options.minHeight ?? 0.55;
  let halfH = Math.max(((maxY - minY) * (1 + 2 * margin)) / 2, minHeight / 2);
  let halfW = Math.max(((maxX - minX) * (1 + 2 * margin)) / 2, (minHeight * options.aspect) / 2);
  if (halfW / halfH > options.aspect) halfH = halfW / options.aspect;
  else halfW = halfH * options.aspect;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const center = bounds.getCenter(new THREE.Vector3());
  const depth = center.dot(d);
  const radius = bounds.getSize(_p).length();
  const target = new THREE.Vector3().addScaledVector(_right, cx).addScaledVector(_up, cy).addScaledVector(d, depth);
  const camera = new THREE.OrthographicCamera(-halfW, halfW, halfH, -halfH, 0.01, radius * 3);
  camera.position.copy(target).addScaledVector(d, radius * 1.5);
  camera.up.copy(_up);
  camera.lookAt(target);
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
  return camera;
}

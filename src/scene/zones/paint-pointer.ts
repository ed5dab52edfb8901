/**
 * Painting on the body with a pointer. A press that lands on the body starts a stroke and is kept from the
 * camera controls and from muscle picking (listeners in the capture phase on an ancestor of the canvas);
 * a press beside the body still turns the camera, so the user can paint from any side.
 */
import type * as THREE from 'three';
import type { Vec3 } from '../../core/frame';
import type { SurfacePicker } from './surface-picker';

/** What the painter needs from the scene and what it reports. */
export interface PaintPointerOptions {
  /** An ancestor of the canvas (events are caught there first). */
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  camera: () => THREE.Camera;
  picker: () => SurfacePicker | null;
  /** Painting is on (the panel's brush is active). */
  enabled: () => boolean;
  /** The stroke so far, while it is drawn (for a live preview). */
  onProgress?: (points: readonly Vec3[]) => void;
  /** The finished stroke (a tap gives one point). */
  onStroke: (points: readonly Vec3[]) => void;
}

/** Installs the painter; returns the function that removes it. */
export function installPaintPointer(o: PaintPointerOptions): () => void {
  let points: Vec3[] | null = null;
  let pointerId = -1;
  const sample = (e: PointerEvent) => o.picker()?.pick(e.clientX, e.clientY, o.canvas, o.camera()) ?? null;
  const down = (e: PointerEvent) => {
    if (!o.enabled() || e.button !== 0 || points !== null) return;
    if (!o.canvas.contains(e.target as Node) && e.target !== o.canvas) return;
    const hit = sample(e);
    if (!hit) return; // beside the body: let the camera turn
    e.stopPropagation();
    e.preventDefault();
    points = [hit.point];
    pointerId = e.pointerId;
    o.onProgress?.(points);
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
  };
  const move = (e: PointerEvent) => {
    if (points === null || e.pointerId !== pointerId) return;
    e.stopPropagation();
    const hit = sample(e);
    if (hit) {
      points.push(hit.point);
      o.onProgress?.(points);
    }
  };
  const up = (e: PointerEvent) => {
    if (points === null || e.pointerId !== pointerId) return;
    e.stopPropagation();
    const done = points;
    points = null;
    window.removeEventListener('pointermove', move, true);
    window.removeEventListener('pointerup', up, true);
    window.removeEventListener('pointercancel', up, true);
    if (e.type === 'pointerup') o.onStroke(done);
    else o.onProgress?.([]);
  };
  // A click after a stroke must not select the muscle under it.
  const click = (e: MouseEvent) => {
    if (o.enabled() && sampleClick(e)) e.stopPropagation();
  };
  const sampleClick = (e: MouseEvent) => o.picker()?.pick(e.clientX, e.clientY, o.canvas, o.camera()) != null;
  o.root.addEventListener('pointerdown', down, true);
  o.root.addEventListener('click', click, true);
  return () => {
    o.root.removeEventListener('pointerdown', down, true);
    o.root.removeEventListener('click', click, true);
    window.removeEventListener('pointermove', move, true);
    window.removeEventListener('pointerup', up, true);
    window.removeEventListener('pointercancel', up, true);
  };
}

/**
 * The scene handle (src/state/scene-handle.ts) over one viewer's scene store: projection and
 * picking, render stats and a picking benchmark, camera pose, and a PNG capture of the view.
 */
import type * as THREE from 'three';
import type { CameraControls } from '@react-three/drei';
import type { CameraPose, SceneHandle } from '../../state';
import { firstMuscleHitAtNdc, pickAtClient } from '../picking/picking';
import type { SceneStore } from '../scene-store';
import { projectMuscle, projectTriggerPointNode } from './project';

/** Picks per timed sample: performance.now() is coarse (0.1 ms), so each sample times a small batch. */
const BENCH_BATCH = 8;

/** Makes the handle the Viewer puts in the atlas store. */
export function createSceneHandle(scene: SceneStore): SceneHandle {
  const three = () => scene.getState().getThree?.() ?? null;
  return {
    project: (muscleId, side) => projectMuscle(scene, muscleId, side),
    projectTriggerPoint: (id, side) => projectTriggerPointNode(scene, id, side),
    pickAt: (x, y) => pickAtClient(scene, x, y),
    stats() {
      const t = three();
      if (!t) return { drawCalls: 0, triangles: 0, meshes: 0 };
      let meshes = 0;
      t.scene.traverseVisible((o) => {
        if ((o as THREE.Mesh).isMesh) meshes++;
      });
      return { drawCalls: t.gl.info.render.calls, triangles: t.gl.info.render.triangles, meshes };
    },
    pickBench(n) {
      if (!three() || n < 1) return NaN;
      const times: number[] = [];
      const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
      const rows = Math.ceil(n / cols);
      for (let i = 0; i < n; i++) {
        const x = ((i % cols) + 0.5) / cols;
        const y = (Math.floor(i / cols) + 0.5) / rows;
        const t0 = performance.now();
        for (let k = 0; k < BENCH_BATCH; k++) firstMuscleHitAtNdc(scene, x * 2 - 1 + k * 1e-4, 1 - y * 2);
        times.push((performance.now() - t0) / BENCH_BATCH);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? NaN;
    },
    frames: () => three()?.gl.info.render.frame ?? 0,
    getCamera(): CameraPose {
      const t = three();
      if (!t) return { position: [0, 0, 0], target: [0, 0, 0] };
      const controls = t.controls as unknown as CameraControls | null;
      const target = controls?.getTarget(t.camera.position.clone()) ?? t.camera.position.clone();
      const p = t.camera.position;
      return { position: [p.x, p.y, p.z], target: [target.x, target.y, target.z] };
    },
    setCamera(pose, animate = false) {
      const t = three();
      const controls = t?.controls as unknown as CameraControls | null;
      if (!t || !controls) return;
      const [px, py, pz] = pose.position;
      const [tx, ty, tz] = pose.target;
      void controls.setLookAt(px, py, pz, tx, ty, tz, animate);
      t.invalidate();
    },
    async capture(width, height) {
      const t = three();
      if (!t) throw new Error('The 3D view is not ready.');
      t.gl.render(t.scene, t.camera);
      const source = t.gl.domElement;
      if (!width && !height) return source.toDataURL('image/png');
      const w = Math.max(1, Math.round(width ?? (source.width * (height ?? source.height)) / source.height));
      const h = Math.max(1, Math.round(height ?? (source.height * w) / source.width));
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      // Another shape than the view's: take the middle of the view at that shape, not a squashed whole.
      const scale = Math.min(source.width / w, source.height / h);
      const sw = w * scale;
      const sh = h * scale;
      canvas.getContext('2d')?.drawImage(source, (source.width - sw) / 2, (source.height - sh) / 2, sw, sh, 0, 0, w, h);
      return canvas.toDataURL('image/png');
    },
  };
}

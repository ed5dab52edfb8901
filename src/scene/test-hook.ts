/**
 * `window.__atlas`, the test hook of docs/ARCHITECTURE.md, always installed in the built app:
 * the store, readiness, projecting a muscle to a visible client point, picking, render stats and
 * a picking benchmark.
 */
import * as THREE from 'three';
import type { StoreApi } from 'zustand/vanilla';
import type { Side } from '../core/frame';
import { muscleKey } from '../core/model-contract';
import { atlasStore, type AtlasStore } from '../state/store';
import { firstMuscleHitAtNdc, pickAtClient } from './picking';
import { sceneRegistry } from './scene-registry';

export interface AtlasTestHook {
  store: StoreApi<AtlasStore>;
  ready: boolean;
  firstFrameMs: number | null;
  project(muscleId: string, side: Side): { x: number; y: number } | null;
  pickAt(x: number, y: number): { muscleId: string; side: Side } | null;
  stats(): { drawCalls: number; triangles: number; meshes: number };
  pickBench(n: number): number;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

const _v = new THREE.Vector3();
const _n = new THREE.Vector3();
const _d = new THREE.Vector3();
const _nm = new THREE.Matrix3();
const PROJECT_SAMPLES = 96;

/** Tries vertices of the muscle (spread over its vertex list) whose first visible muscle hit is itself. */
function project(muscleId: string, side: Side): { x: number; y: number } | null {
  const three = sceneRegistry.getThree?.();
  const mesh = sceneRegistry.muscleMeshes.get(muscleKey(muscleId, side));
  if (!three || !mesh || !mesh.visible) return null;
  const pos = mesh.geometry.getAttribute('position');
  const nrm = mesh.geometry.getAttribute('normal');
  if (!pos) return null;
  const camera = three.camera;
  const rect = three.gl.domElement.getBoundingClientRect();
  mesh.updateWorldMatrix(true, false);
  _nm.getNormalMatrix(mesh.matrixWorld);
  const step = Math.max(1, Math.floor(pos.count / PROJECT_SAMPLES));
  // First pass: vertices turned toward the camera; second pass: any vertex.
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < pos.count; k += step) {
      const i = (k + Math.floor(step / 2)) % pos.count;
      _v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
      if (pass === 0 && nrm) {
        _n.fromBufferAttribute(nrm, i).applyMatrix3(_nm);
        if (_n.dot(_d.copy(_v).sub(camera.position)) >= 0) continue;
      }
      _v.project(camera);
      if (_v.z < -1 || _v.z > 1 || Math.abs(_v.x) > 0.98 || Math.abs(_v.y) > 0.98) continue;
      const hit = firstMuscleHitAtNdc(_v.x, _v.y);
      if (hit?.object !== mesh) continue;
      return { x: rect.left + ((_v.x + 1) / 2) * rect.width, y: rect.top + ((1 - _v.y) / 2) * rect.height };
    }
  }
  return null;
}

function stats(): { drawCalls: number; triangles: number; meshes: number } {
  const three = sceneRegistry.getThree?.();
  if (!three) return { drawCalls: 0, triangles: 0, meshes: 0 };
  let meshes = 0;
  three.scene.traverseVisible((o) => {
    if ((o as THREE.Mesh).isMesh) meshes++;
  });
  const r = three.gl.info.render;
  return { drawCalls: r.calls, triangles: r.triangles, meshes };
}

/** Picks per timed sample: performance.now() is coarse (0.1 ms), so each sample times a small batch. */
const BENCH_BATCH = 8;

function pickBench(n: number): number {
  const three = sceneRegistry.getThree?.();
  if (!three || n < 1) return NaN;
  const times: number[] = [];
  const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
  const rows = Math.ceil(n / cols);
  for (let i = 0; i < n; i++) {
    const x = ((i % cols) + 0.5) / cols;
    const y = (Math.floor(i / cols) + 0.5) / rows;
    const t0 = performance.now();
    // The same ray, jittered by a hair, a few times: one sample of one hover pick.
    for (let k = 0; k < BENCH_BATCH; k++) firstMuscleHitAtNdc(x * 2 - 1 + k * 1e-4, 1 - y * 2);
    times.push((performance.now() - t0) / BENCH_BATCH);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * Installs window.__atlas, keeping an object the entry script may have put there first (and its
 * `ready` flag), so there is only ever one hook object.
 */
export function installTestHook(): AtlasTestHook {
  const existing = (typeof window !== 'undefined' ? window.__atlas : undefined) as Partial<AtlasTestHook> | undefined;
  const hook = Object.assign(existing ?? {}, {
    store: atlasStore,
    ready: existing?.ready ?? false,
    firstFrameMs: existing?.firstFrameMs ?? null,
    project,
    pickAt: pickAtClient,
    stats,
    pickBench,
  }) as AtlasTestHook;
  if (typeof window !== 'undefined') window.__atlas = hook;
  return hook;
}

const hook = installTestHook();

/** Called right after the first frame that drew the model. */
export function markModelDrawn(): void {
  if (hook.ready) return;
  hook.firstFrameMs = performance.now();
  hook.ready = true;
}

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
import { clientToNdc, firstMuscleHitAtNdc, pickAtClient } from './picking';
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
const _ndc = new THREE.Vector2();
/** Vertices of the muscle tried per call, spread over its vertex list. */
const PROJECT_SAMPLES = 600;
/** Pixels to each side that must pick the same muscle as the returned point. */
const PROJECT_MARGIN = 3;
const NEIGHBOURS: readonly (readonly [number, number])[] = [[0, 0], [-1, 0], [1, 0], [0, -1], [0, 1]];

/** Whether a click at client (x, y) would hit this very mesh (ghosts and the skin let rays through). */
function hitsMesh(mesh: THREE.Object3D, x: number, y: number, el: HTMLElement): boolean {
  if (!clientToNdc(x, y, el, _ndc)) return false;
  return firstMuscleHitAtNdc(_ndc.x, _ndc.y)?.object === mesh;
}

/**
 * A whole-pixel client point well inside the muscle's visible area: sampled vertices are projected
 * and rounded; those a click would pick are kept, and the one nearest their screen centroid whose
 * four neighbours (PROJECT_MARGIN px away) pick the muscle too is returned. Null if none is seen.
 * Clicks pass through ghosted muscles and the skin, so those never block.
 */
function project(muscleId: string, side: Side): { x: number; y: number } | null {
  const three = sceneRegistry.getThree?.();
  const mesh = sceneRegistry.muscleMeshes.get(muscleKey(muscleId, side));
  if (!three || !mesh || !mesh.visible) return null;
  const pos = mesh.geometry.getAttribute('position');
  if (!pos) return null;
  const camera = three.camera;
  const el = three.gl.domElement;
  const rect = el.getBoundingClientRect();
  mesh.updateWorldMatrix(true, false);
  const step = Math.max(1, Math.floor(pos.count / PROJECT_SAMPLES));
  const seen: { x: number; y: number }[] = [];
  const keys = new Set<number>();
  let cx = 0;
  let cy = 0;
  for (let i = Math.floor(step / 2); i < pos.count; i += step) {
    _v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).project(camera);
    if (_v.z < -1 || _v.z > 1 || Math.abs(_v.x) > 0.98 || Math.abs(_v.y) > 0.98) continue;
    const x = Math.round(rect.left + ((_v.x + 1) / 2) * rect.width);
    const y = Math.round(rect.top + ((1 - _v.y) / 2) * rect.height);
    const key = x * 100000 + y;
    if (keys.has(key) || !hitsMesh(mesh, x, y, el)) continue;
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
      if (NEIGHBOURS.every(([dx, dy]) => hitsMesh(mesh, p.x + dx * margin, p.y + dy * margin, el))) return p;
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

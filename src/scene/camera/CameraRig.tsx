/**
 * The camera: damped orbit controls with zoom and angle limits and keyboard control; carries out
 * view requests from the store (whole body, or the selection from a given side) and frames a newly
 * selected muscle from the side it shows best. It reports the preset it is at (null after free
 * rotation) and never writes the request. Moves are instant under prefers-reduced-motion.
 * The controls load after the first framed view (./LazyCameraControls.tsx); until then the rig
 * places the camera directly and hands the pose over when they arrive.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { CameraControls } from '@react-three/drei';
import { LazyCameraControls } from './LazyCameraControls';
import type { Side } from '../../core/frame';
import { muscleKey } from '../../core/model-contract';
import type { ModelIndex } from '../model/model-index';
import { useAtlas, useAtlasStore, type MuscleSide, type View } from '../../state';
import { QUIZ_ZONE_KEY } from '../zones/ZoneField';
import { quizFrameKey } from '../quiz/quiz-frame';
import { useSceneStore, zoneKey } from '../scene-store';
import { occludersOf } from '../muscles/ghosts';
import { bestViewDirection, fitDistance, presetViewAt, VIEW_DIRECTIONS } from './camera-views';
import { useCameraKeys } from './use-camera-keys';

/** Closest and farthest camera distances from the target, in metres (the closest keeps the camera outside the body). */
export const MIN_DISTANCE = 0.4;
export const MAX_DISTANCE = 4;

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const _target = new THREE.Vector3();
const _box = new THREE.Box3();
const _union = new THREE.Box3();
const _eye = new THREE.Vector3();
const _size = new THREE.Vector3();
const _dir = new THREE.Vector3();
const _centre = new THREE.Vector3();
const NO_GHOSTS: ReadonlySet<string> = new Set();
const _marks = new THREE.Vector3();

/** The mean horizontal normal of a muscle side's trigger-point nodes (unit), or undefined if it has none. */
function marksFacing(index: ModelIndex | null, muscleId: string, side: Side): THREE.Vector3 | undefined {
  const nodes = index?.triggerPointsByMuscle.get(muscleKey(muscleId, side));
  if (!nodes?.length) return undefined;
  _marks.set(0, 0, 0);
  for (const n of nodes) _marks.add(n.normal);
  _marks.setY(0);
  return _marks.lengthSq() > 1e-6 ? _marks.normalize() : undefined;
}
/** Elevation added to a side view when it frames a selected muscle (a little from above). */
const SELECTION_ELEVATION = 0.12;
/** Largest extent (m) a muscle-plus-zone frame may have; beyond it the camera frames the muscle alone. */
const MAX_ZONE_FRAME = 0.8;

/** Camera controls plus the store-driven moves. `modelKey` changes when a new model is mounted. */
export function CameraRig({ modelKey }: { modelKey: string | null }) {
  const controls = useRef<CameraControls>(null);
  /** The pose set while the controls were not loaded yet, handed to them when they arrive. */
  const pose = useRef<{ eye: THREE.Vector3; target: THREE.Vector3 } | null>(null);
  const [loadControls, setLoadControls] = useState(false);
  const [ready, setReady] = useState<CameraControls | null>(null);
  const store = useAtlasStore();
  const scene = useSceneStore();
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const { seq, selected } = useAtlas((s) => ({ seq: s.viewRequest.seq, selected: s.selected }));
  const quizFrame = useAtlas((s) => (s.study ? quizFrameKey(s.quizStage) : null));
  const placed = useRef<string | null>(null);
  const seen = useRef<{ seq: number; selected: typeof selected }>({ seq: -1, selected: null });
  useCameraKeys(controls);

  const aspect = size.width / Math.max(1, size.height);

  /** Moves the camera to look at the box from dir; leaves the end position in _eye. */
  const lookFrom = (box: THREE.Box3, dir: THREE.Vector3, animate: boolean, padding?: number) => {
    const c = controls.current;
    box.getCenter(_target);
    const d = THREE.MathUtils.clamp(fitDistance(box, dir, camera.fov, aspect, padding), MIN_DISTANCE, MAX_DISTANCE);
    _eye.copy(_target).addScaledVector(dir, d);
    if (!c) {
      camera.position.copy(_eye);
      camera.lookAt(_target);
      camera.updateMatrixWorld();
      pose.current = { eye: _eye.clone(), target: _target.clone() };
      store.getState().reportCameraView(presetViewAt(dir));
      invalidate();
      return;
    }
    void c.setLookAt(_eye.x, _eye.y, _eye.z, _target.x, _target.y, _target.z, animate && !prefersReducedMotion());
    if (!animate || prefersReducedMotion()) store.getState().reportCameraView(presetViewAt(dir));
    invalidate();
  };

  /** Frames the selected muscle (or the quiz's, `quizTarget`) and its nearby zone from `from`, or from its best side. */
  const frameSelection = (animate: boolean, from: View | null, quizTarget: MuscleSide | null = null): boolean => {
    const s = store.getState();
    const sel = quizTarget ?? s.selected;
    const { muscleMeshes, zoneBounds, pickGroup } = scene.getState();
    const mesh = sel ? muscleMeshes.get(muscleKey(sel.muscleId, sel.side)) : undefined;
    if (!sel || !mesh || !pickGroup) return false;
    mesh.geometry.computeBoundingBox();
    _box.copy(mesh.geometry.boundingBox as THREE.Box3).applyMatrix4(mesh.matrixWorld);
    const tp = s.previewTriggerPoint ?? s.pinnedTriggerPoint;
    if (zoneBounds && !zoneBounds.box.isEmpty() && zoneBounds.key === (quizTarget ? QUIZ_ZONE_KEY : zoneKey(sel.muscleId, sel.side, tp))) {
      _union.copy(_box).union(zoneBounds.box);
      _union.getSize(_size);
      if (Math.max(_size.x, _size.y, _size.z) < MAX_ZONE_FRAME) _box.copy(_union);
    }
    _box.expandByScalar(0.03);
    if (from) {
      _dir.copy(VIEW_DIRECTIONS[from]);
      if (from !== 'top') _dir.setY(SELECTION_ELEVATION).normalize();
    } else _dir.copy(bestViewDirection(pickGroup, mesh, marksFacing(scene.getState().index, sel.muscleId, sel.side)));
    lookFrom(_box, _dir, animate, 1.3);
    // Ghost whatever still hides the muscle from there (a deep muscle under superficial ones).
    scene.setState({ ghosts: occludersOf(pickGroup, mesh, _eye) });
    return true;
  };

  const wholeBody = (v: View, animate: boolean) => {
    const index = scene.getState().index;
    if (index) lookFrom(index.bounds, VIEW_DIRECTIONS[v], animate, 1.04);
  };

  /** Study mode: frame the quiz's muscle, else its painted zone (seen from its side of the body), else the whole body. */
  const frameQuiz = (animate: boolean) => {
    const stage = store.getState().quizStage;
    const { index, zoneBounds } = scene.getState();
    if (stage?.focus && frameSelection(animate, null, stage.focus)) return;
    scene.setState({ ghosts: NO_GHOSTS });
    if (index && stage && stage.zones.essential.length && zoneBounds?.key === QUIZ_ZONE_KEY && !zoneBounds.box.isEmpty()) {
      _box.copy(zoneBounds.box).expandByScalar(0.12);
      _box.getCenter(_target);
      index.bounds.getCenter(_centre);
      _dir.set(_target.x - _centre.x, 0, _target.z - _centre.z);
      if (_dir.lengthSq() < 1e-6) _dir.set(0, 0, 1);
      _dir.normalize().setY(SELECTION_ELEVATION).normalize();
      lookFrom(_box, _dir, animate, 1.3);
    } else wholeBody(store.getState().cameraView ?? 'front', animate);
  };

  /** Carries out the pending request and selection change, each once. */
  const follow = (animate: boolean) => {
    const s = store.getState();
    const req = s.viewRequest;
    const last = seen.current;
    seen.current = { seq: req.seq, selected: s.selected };
    if (req.seq !== last.seq) {
      if (req.frameSelection && s.selected && frameSelection(animate, req.view)) return;
      scene.setState({ ghosts: NO_GHOSTS });
      wholeBody(req.view, animate);
      if (s.selected && last.seq === -1) frameSelection(animate, null);
      return;
    }
    if (s.selected === last.selected) return;
    if (s.selected) frameSelection(animate, null);
    else scene.setState({ ghosts: NO_GHOSTS });
  };

  // A new model: set the limits and place the camera in the commit that mounts the model (its
  // layout effects ran first), so its very first frame is drawn from there.
  useLayoutEffect(() => {
    const c = controls.current;
    const { index, pickGroup } = scene.getState();
    if (!index || !modelKey || placed.current === modelKey) return;
    placed.current = modelKey;
    c?.setBoundary(index.bounds.clone().expandByScalar(0.1));
    // World matrices are otherwise first computed by that frame's render; framing a linked muscle needs them.
    pickGroup?.updateWorldMatrix(true, true);
    seen.current = { seq: -1, selected: null };
    follow(false);
    if (store.getState().study) frameQuiz(false);
    scene.setState({ cameraOn: index });
    // Load the controls once that first framed view has been drawn (two frames on).
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setLoadControls(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modelKey]);

  /** The controls arrived (or left): take over the pose the rig set, with the model's boundary. */
  const onControls = useCallback(
    (c: CameraControls | null) => {
      controls.current = c;
      if (c) {
        const index = scene.getState().index;
        if (index) c.setBoundary(index.bounds.clone().expandByScalar(0.1));
        const p = pose.current;
        if (p) void c.setLookAt(p.eye.x, p.eye.y, p.eye.z, p.target.x, p.target.y, p.target.z, false);
        pose.current = null;
      }
      setReady(c);
    },
    [scene],
  );

  // Study mode: each new question or feedback frames what the quiz shows.
  useEffect(() => {
    if (placed.current && quizFrame !== null) frameQuiz(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quizFrame]);

  useEffect(() => {
    if (placed.current) follow(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq, selected]);

  // Report where the camera ends up after the user turns it.
  useEffect(() => {
    const c = ready;
    if (!c) return;
    const report = () => {
      c.getPosition(_eye);
      c.getTarget(_target);
      store.getState().reportCameraView(presetViewAt(_eye.sub(_target).normalize()));
    };
    c.addEventListener('rest', report);
    c.addEventListener('controlend', report);
    return () => {
      c.removeEventListener('rest', report);
      c.removeEventListener('controlend', report);
    };
  }, [store, ready]);

  if (!loadControls) return null;
  return (
    <LazyCameraControls
      ref={onControls}
      makeDefault
      minDistance={MIN_DISTANCE}
      maxDistance={MAX_DISTANCE}
      minPolarAngle={0.02}
      maxPolarAngle={Math.PI * 0.62}
      polarRotateSpeed={0.5}
      smoothTime={0.22}
      draggingSmoothTime={0.08}
    />
  );
}

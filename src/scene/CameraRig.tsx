/**
 * The camera: damped orbit controls with zoom and angle limits; preset views on request; selecting a
 * muscle frames it from the side it shows best. Moves are instant under prefers-reduced-motion.
 */
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import { CameraControls } from '@react-three/drei';
import { atlasStore, LINK_GIVES_VIEW, useAtlas, type View } from '../state/store';
import { muscleKey } from '../core/model-contract';
import { bestViewDirection, fitDistance, nearestView, VIEW_DIRECTIONS } from './camera-views';
import { sceneRegistry, zoneKey } from './scene-registry';
import { occludersOf, setGhosts } from './ghosts';

/** Closest and farthest camera distances, in metres. */
export const MIN_DISTANCE = 0.4;
export const MAX_DISTANCE = 4;

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const _target = new THREE.Vector3();
const _box = new THREE.Box3();
const _union = new THREE.Box3();
const _eye = new THREE.Vector3();
const NO_GHOSTS: ReadonlySet<string> = new Set();
const _size = new THREE.Vector3();
const _dir = new THREE.Vector3();
/** Elevation added to a side view when it frames a selected muscle (a little from above). */
const SELECTION_ELEVATION = 0.12;
/** Largest extent (m) a muscle-plus-zone frame may have; beyond it the camera frames the muscle alone. */
const MAX_ZONE_FRAME = 0.8;

/** Camera controls plus the store-driven moves. `modelKey` changes when a new model is ready. */
export function CameraRig({ modelKey }: { modelKey: string | null }) {
  const controls = useRef<CameraControls>(null);
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const { view, viewRequest, selected } = useAtlas((s) => ({ view: s.view, viewRequest: s.viewRequest, selected: s.selected }));
  const placed = useRef<string | null>(null);
  // A view given in the link is honoured once, for the first framed selection (the deep link).
  const linkView = useRef(LINK_GIVES_VIEW);

  const aspect = size.width / Math.max(1, size.height);

  /** Moves the camera to look at the box from dir; leaves the end position in _eye. */
  const lookFrom = (box: THREE.Box3, dir: THREE.Vector3, animate: boolean, padding?: number) => {
    const c = controls.current;
    if (!c) return;
    box.getCenter(_target);
    const d = THREE.MathUtils.clamp(fitDistance(box, dir, camera.fov, aspect, padding), MIN_DISTANCE, MAX_DISTANCE);
    _eye.copy(_target).addScaledVector(dir, d);
    void c.setLookAt(_eye.x, _eye.y, _eye.z, _target.x, _target.y, _target.z, animate && !prefersReducedMotion());
    invalidate();
  };

  const frameSelection = (animate: boolean): boolean => {
    const sel = atlasStore.getState().selected;
    const mesh = sel ? sceneRegistry.muscleMeshes.get(muscleKey(sel.muscleId, sel.side)) : undefined;
    if (!mesh) return false;
    mesh.geometry.computeBoundingBox();
    _box.copy(mesh.geometry.boundingBox as THREE.Box3).applyMatrix4(mesh.matrixWorld);
    // Take in the essential pain zone too when it lies near the muscle.
    const zone = sceneRegistry.zoneBounds;
    if (sel && zone && !zone.box.isEmpty() && zone.key === zoneKey(sel.muscleId, sel.side, atlasStore.getState().focusedTriggerPoint)) {
      _union.copy(_box).union(zone.box);
      _union.getSize(_size);
      if (Math.max(_size.x, _size.y, _size.z) < MAX_ZONE_FRAME) _box.copy(_union);
    }
    _box.expandByScalar(0.03);
    const state = atlasStore.getState();
    if (linkView.current) {
      // The link chose the view: frame the muscle from there and ghost what lies in front.
      linkView.current = false;
      _dir.copy(VIEW_DIRECTIONS[state.view]);
      if (state.view !== 'top') _dir.setY(SELECTION_ELEVATION).normalize();
    } else {
      // The camera chooses the side; the view buttons and the URL follow what it shows.
      _dir.copy(bestViewDirection(mesh));
      const shown = nearestView(_dir);
      if (shown !== state.view) atlasStore.setState({ view: shown });
    }
    lookFrom(_box, _dir, animate, 1.3);
    // Ghost whatever still hides the muscle from there (a deep muscle under superficial ones).
    setGhosts(occludersOf(mesh, _eye));
    return true;
  };

  const wholeBody = (v: View, animate: boolean) => {
    const index = sceneRegistry.index;
    if (index) lookFrom(index.bounds, VIEW_DIRECTIONS[v], animate, 1.04);
  };

  // A new model: set the limits and place the camera (whole body, or the deep-linked muscle).
  useEffect(() => {
    const c = controls.current;
    const index = sceneRegistry.index;
    if (!c || !index || !modelKey || placed.current === modelKey) return;
    placed.current = modelKey;
    c.setBoundary(index.bounds.clone().expandByScalar(0.1));
    wholeBody(atlasStore.getState().view, false);
    if (atlasStore.getState().selected) frameSelection(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modelKey]);

  // Preset views always show the whole body from that side (so Reset and Front mean the same).
  const lastRequest = useRef(viewRequest);
  useEffect(() => {
    if (lastRequest.current === viewRequest) return;
    lastRequest.current = viewRequest;
    wholeBody(view, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewRequest, view]);

  // Selecting a muscle frames it.
  useEffect(() => {
    if (!selected) setGhosts(NO_GHOSTS);
    if (selected && placed.current) frameSelection(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={MIN_DISTANCE}
      maxDistance={MAX_DISTANCE}
      minPolarAngle={0.02}
      maxPolarAngle={Math.PI * 0.62}
      smoothTime={0.22}
      draggingSmoothTime={0.08}
      dollyToCursor
    />
  );
}

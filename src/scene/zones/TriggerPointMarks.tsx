/**
 * X marks at the selected muscle side's trigger points (or the focused one alone): a dark red cross
 * over a white outline, laid flat on the surface by the node's normal, drawn on top of everything.
 * Marks on the far side of the body (normal facing away from the camera) are hidden.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { crossGeometry as cross } from './cross-geometry';
import { shownTriggerPoint, useAtlas } from '../../state';
import { muscleKey } from '../../core/model-contract';
import type { TriggerPointNode } from '../model/model-index';
import { noRaycast } from '../muscles/muscle-tag';

/** Arm length of the X, in metres. */
export const MARK_SIZE = 0.013;
const MARK_ORDER = 100;
const _toCam = new THREE.Vector3();
const _z = new THREE.Vector3(0, 0, 1);

let shared: { inner: THREE.BufferGeometry; outline: THREE.BufferGeometry; ink: THREE.Material; halo: THREE.Material } | null = null;
function markParts() {
  shared ??= {
    inner: cross(MARK_SIZE, MARK_SIZE * 0.2),
    outline: cross(MARK_SIZE * 1.25, MARK_SIZE * 0.2 + MARK_SIZE * 0.25),
    ink: new THREE.MeshBasicMaterial({ color: '#3d0606', depthTest: false, depthWrite: false, side: THREE.DoubleSide, transparent: true }),
    halo: new THREE.MeshBasicMaterial({ color: '#ffffff', depthTest: false, depthWrite: false, side: THREE.DoubleSide, transparent: true }),
  };
  return shared;
}

/** The X marks of the current selection. */
export function TriggerPointMarks({ byMuscle }: { byMuscle: ReadonlyMap<string, TriggerPointNode[]> }) {
  // In study mode the quiz stage names the one point to mark (or none).
  // The quiz's one mark is drawn even when its normal turns away: the question is about it.
  const { selected, focused, always } = useAtlas((s) =>
    s.study
      ? { selected: s.quizStage?.triggerPoint ?? null, focused: s.quizStage?.triggerPoint?.triggerPointId ?? null, always: true }
      : { selected: s.selected, focused: shownTriggerPoint(s), always: false },
  );
  const invalidate = useThree((s) => s.invalidate);
  const group = useRef<THREE.Group>(null);
  const parts = markParts();
  const selectedKey = selected ? muscleKey(selected.muscleId, selected.side) : null;
  const points = useMemo(() => {
    if (!selectedKey) return [];
    const all = byMuscle.get(selectedKey) ?? [];
    return focused ? all.filter((p) => p.triggerPointId === focused) : all;
  }, [byMuscle, selectedKey, focused]);

  useLayoutEffect(() => invalidate(), [points, invalidate]);

  useFrame(({ camera }) => {
    const g = group.current;
    if (!g) return;
    for (let i = 0; i < g.children.length; i++) {
      const mark = g.children[i] as THREE.Object3D;
      const p = points[i];
      if (!p) continue;
      _toCam.copy(camera.position).sub(p.position);
      mark.visible = always || _toCam.dot(p.normal) > -0.05 * _toCam.length();
    }
  });

  return (
    <group ref={group} name="trigger-point-marks">
      {points.map((p) => (
        <group
          key={p.triggerPointId}
          name={`trp-${p.triggerPointId}`}
          position={p.position.clone().addScaledVector(p.normal, 0.002)}
          quaternion={new THREE.Quaternion().setFromUnitVectors(_z, p.normal)}
        >
          <mesh geometry={parts.outline} material={parts.halo} renderOrder={MARK_ORDER} raycast={noRaycast} />
          <mesh geometry={parts.inner} material={parts.ink} renderOrder={MARK_ORDER + 1} raycast={noRaycast} />
        </group>
      ))}
    </group>
  );
}

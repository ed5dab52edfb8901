/** Study mode: a ring where the last tap landed (place the trigger point), drawn on top, facing the camera. */
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { useAtlas } from '../../state';
import { noRaycast } from '../muscles/muscle-tag';
import { MARK_SIZE } from '../zones/TriggerPointMarks';

const TAP_ORDER = 102;

/** The tapped point's ring, or nothing. */
export function QuizTapMark() {
  const tapped = useAtlas((s) => (s.study ? (s.quizStage?.tapped ?? null) : null));
  const invalidate = useThree((s) => s.invalidate);
  const ref = useRef<THREE.Mesh>(null);
  const geometry = useMemo(() => new THREE.RingGeometry(MARK_SIZE * 0.45, MARK_SIZE * 0.7, 32), []);
  const material = useMemo(
    () => new THREE.MeshBasicMaterial({ color: '#1a5fd0', depthTest: false, depthWrite: false, side: THREE.DoubleSide, transparent: true }),
    [],
  );
  useLayoutEffect(() => invalidate(), [tapped, invalidate]);
  useLayoutEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  useFrame(({ camera }) => {
    if (ref.current) ref.current.quaternion.copy(camera.quaternion);
  });
  if (!tapped) return null;
  return (
    <mesh
      ref={ref}
      name="quiz-tap"
      position={tapped as [number, number, number]}
      geometry={geometry}
      material={material}
      renderOrder={TAP_ORDER}
      raycast={noRaycast}
    />
  );
}

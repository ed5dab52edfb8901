/**
 * Draws the indexed body model (loaded and indexed outside the canvas by ./load-model.ts). Pointer
 * events live on the muscle group alone: the first hit wins, hover names the muscle, a click (not a
 * drag) selects it. Muscles raycast through BVHs built after the first framed view (../picking/lazy-bvh.ts).
 * That view is the first model frame: the camera rig places the camera in the commit that mounts the
 * model; once the GPU has finished it the store hears of it (markFirstFrame).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type * as THREE from 'three';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useAtlasStore } from '../../state';
import type { ModelIndex } from './model-index';
import { MuscleMesh } from '../muscles/MuscleMesh';
import { Skin } from './Skin';
import { Bones } from './Bones';
import { Tendons } from './Tendons';
import { ZoneField } from '../zones/ZoneField';
import { PainLayer } from '../zones/PainLayer';
import { TriggerPointMarks } from '../zones/TriggerPointMarks';
import { readMuscleTag } from '../muscles/muscle-tag';
import { hideHoverLabel, showHoverLabelAt } from '../picking/hover-pointer';
import { useSceneStore } from '../scene-store';
import { buildBvhsWhenIdle, lazyBvhRaycast } from '../picking/lazy-bvh';
import { answerOnBody, quizPointsOf } from '../quiz/answer-on-body';
import { QuizTapMark } from '../quiz/QuizTapMark';

/** Pixels a pointer may travel between down and up and still count as a click. */
const CLICK_SLOP = 3;

/** The loaded body: muscles (pickable), skin, bones, zones and trigger-point marks. */
export function BodyModel({ index }: { index: ModelIndex }) {
  const group = useRef<THREE.Group>(null);
  const gl = useThree((s) => s.gl);
  const store = useAtlasStore();
  const scene = useSceneStore();
  const raycaster = useThree((s) => s.raycaster);
  const drawn = useRef(false);

  useLayoutEffect(() => {
    // Each muscle reports its nearest hit only; the nearest of those wins (as drei's <Bvh firstHitOnly> did).
    (raycaster as THREE.Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
  }, [raycaster]);

  useLayoutEffect(() => {
    // MuscleMesh registered every muscle in this commit (children's layout effects run first).
    for (const mesh of scene.getState().muscleMeshes.values()) mesh.raycast = lazyBvhRaycast;
    scene.setState({ index, pickGroup: group.current });
    return () => {
      if (scene.getState().index === index) scene.setState({ index: null, pickGroup: null });
    };
  }, [index, scene]);

  useEffect(() => {
    store.getState().setModelStatus('ready');
  }, [index, store]);

  // Study mode scores taps by distance to the model's trigger points: publish where they lie.
  useEffect(() => {
    store.getState().setQuizPoints(quizPointsOf(index));
    return () => store.getState().setQuizPoints(null);
  }, [index, store]);

  useFrame(() => {
    if (drawn.current || scene.getState().cameraOn !== index) return;
    drawn.current = true;
    // useFrame runs just before the render of this frame; the microtask runs right after it. A
    // 1-pixel read waits until the GPU has finished the frame, so the time is when it can be seen.
    queueMicrotask(() => {
      const ctx = gl.getContext();
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, new Uint8Array(4));
      store.getState().markFirstFrame(performance.now());
      buildBvhsWhenIdle(() => scene.getState().muscleMeshes.values());
    });
  });

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    const tag = readMuscleTag(e.object);
    if (!tag) return;
    // Study mode names nothing on hover (the name may be the answer).
    if (store.getState().study) {
      gl.domElement.style.cursor = store.getState().quizStage?.pick ? 'crosshair' : '';
      return;
    }
    store.getState().hoverMuscle({ muscleId: tag.muscleId, side: tag.side });
    showHoverLabelAt(scene, e.nativeEvent.clientX, e.nativeEvent.clientY);
    gl.domElement.style.cursor = 'pointer';
  };
  const onPointerOut = () => {
    store.getState().hoverMuscle(null);
    hideHoverLabel(scene);
    gl.domElement.style.cursor = '';
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > CLICK_SLOP) return;
    const tag = readMuscleTag(e.object);
    if (!tag) return;
    const s = store.getState();
    if (s.study) answerOnBody(s, tag, e.point, e.intersections);
    else s.selectMuscle(tag.muscleId, tag.side);
  };

  return (
    <group name="body">
      <group ref={group} name="muscles" onPointerMove={onPointerMove} onPointerOut={onPointerOut} onClick={onClick}>
        {index.muscles.map((m) => (
          <MuscleMesh key={m.key} part={m} />
        ))}
      </group>
      <Bones parts={index.bones} />
      <Tendons parts={index.tendons} muscleParts={index.tissueMuscles} />
      {index.skin && <Skin part={index.skin} />}
      <ZoneField index={index} />
      <PainLayer index={index} />
      <TriggerPointMarks byMuscle={index.triggerPointsByMuscle} />
      <QuizTapMark />
    </group>
  );
}

/**
 * Draws the indexed body model (loaded and indexed outside the canvas by ./load-model.ts). Pointer events live on the muscle group alone: the first hit wins,
 * hover names the muscle, a click (not a drag) selects it.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type * as THREE from 'three';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { Bvh } from '@react-three/drei';
import { atlasStore } from '../state/store';
import type { ModelIndex } from './model-index';
import { MuscleMesh } from './MuscleMesh';
import { Skin } from './Skin';
import { Bones } from './Bones';
import { ReferredPainZones } from './ReferredPainZones';
import { TriggerPointMarks } from './TriggerPointMarks';
import { readMuscleTag } from './muscle-tag';
import { hideHoverLabel, showHoverLabelAt } from './hover-pointer';
import { sceneRegistry } from './scene-registry';
import { markModelDrawn } from './test-hook';

/** Pixels a pointer may travel between down and up and still count as a click. */
const CLICK_SLOP = 3;

/** The loaded body: muscles (pickable), skin, bones, zones and trigger-point marks. */
export function BodyModel({ index }: { index: ModelIndex }) {
  const group = useRef<THREE.Group>(null);
  const gl = useThree((s) => s.gl);
  const drawn = useRef(false);

  useLayoutEffect(() => {
    sceneRegistry.index = index;
    sceneRegistry.pickGroup = group.current;
    return () => {
      if (sceneRegistry.index === index) {
        sceneRegistry.index = null;
        sceneRegistry.pickGroup = null;
      }
    };
  }, [index]);

  useEffect(() => {
    atlasStore.getState().setModelStatus('ready');
  }, [index]);

  useFrame(() => {
    if (drawn.current) return;
    drawn.current = true;
    // useFrame runs just before the render of this frame; the microtask runs right after it.
    queueMicrotask(markModelDrawn);
  });

  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    const tag = readMuscleTag(e.object);
    if (!tag) return;
    const s = atlasStore.getState();
    if (s.hovered?.muscleId !== tag.muscleId || s.hovered.side !== tag.side) s.hoverMuscle({ muscleId: tag.muscleId, side: tag.side });
    showHoverLabelAt(e.nativeEvent.clientX, e.nativeEvent.clientY);
    gl.domElement.style.cursor = 'pointer';
  };
  const onPointerOut = () => {
    atlasStore.getState().hoverMuscle(null);
    hideHoverLabel();
    gl.domElement.style.cursor = '';
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > CLICK_SLOP) return;
    const tag = readMuscleTag(e.object);
    if (tag) atlasStore.getState().selectMuscle(tag.muscleId, tag.side);
  };

  return (
    <group name="body">
      <Bvh firstHitOnly>
        <group ref={group} name="muscles" onPointerMove={onPointerMove} onPointerOut={onPointerOut} onClick={onClick}>
          {index.muscles.map((m) => (
            <MuscleMesh key={m.key} part={m} />
          ))}
        </group>
      </Bvh>
      <Bones parts={index.bones} />
      {index.skin && <Skin part={index.skin} />}
      {index.skin && <ReferredPainZones skin={index.skin} landmarks={index.landmarks} />}
      <TriggerPointMarks byMuscle={index.triggerPointsByMuscle} />
    </group>
  );
}

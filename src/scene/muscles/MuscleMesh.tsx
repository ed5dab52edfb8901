/**
 * One muscle side: its own material, recoloured by a per-mesh store selector. Hidden muscles stay
 * mounted but invisible and off layer 0, so rays pass them by.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import { useAtlas } from '../../state';
import type { MusclePart } from '../model/model-index';
import { useScene, useSceneStore } from '../scene-store';
import { muscleLook } from './muscle-look';
import { applyLook, createMuscleMaterial } from './muscle-material';
import { tagMuscle } from './muscle-tag';
import { GHOST_LAYER } from './ghosts';

/** Draws one muscle mesh of the model. */
export function MuscleMesh({ part }: { part: MusclePart }) {
  const ref = useRef<THREE.Mesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => createMuscleMaterial(), []);
  const stateLook = useAtlas((s) => muscleLook(s, part.muscleId, part.side, part.layer));
  const scene = useSceneStore();
  const ghost = useScene((s) => s.ghosts.has(part.key));
  const look = ghost && stateLook !== 'hidden' && stateLook !== 'selected' ? 'ghost' : stateLook;
  const hidden = look === 'hidden';

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    tagMuscle(mesh, { key: part.key, muscleId: part.muscleId, side: part.side });
    mesh.name = part.name;
    const meshes = scene.getState().muscleMeshes;
    meshes.set(part.key, mesh);
    return () => {
      if (meshes.get(part.key) === mesh) meshes.delete(part.key);
    };
  }, [part, scene]);

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    applyLook(material, look);
    mesh.visible = !hidden;
    // Hidden: on no layer. Ghost: drawn (the camera sees GHOST_LAYER) but rays pass it by.
    if (hidden) mesh.layers.disableAll();
    else mesh.layers.set(look === 'ghost' ? GHOST_LAYER : 0);
    // Translucent (faded, ghost) muscles draw after the opaque ones, before the see-through skin.
    mesh.renderOrder = look === 'faded' || look === 'ghost' ? 1 : 0;
    invalidate();
  }, [look, hidden, material, invalidate]);

  useEffect(() => () => material.dispose(), [material]);

  return <mesh ref={ref} geometry={part.geometry} material={material} matrix={part.matrix} matrixAutoUpdate={false} />;
}

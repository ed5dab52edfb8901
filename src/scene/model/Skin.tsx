/**
 * The skin: opaque, see-through (drawn after the muscles without writing depth) or hidden.
 * It never takes rays, so clicks reach the muscles beneath.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import { useAtlas } from '../../state';
import type { MeshPart } from './model-index';
import { noRaycast } from '../muscles/muscle-tag';

/** Opacity of the see-through skin. */
export const SEE_THROUGH_OPACITY = 0.4;
/** Render order of the see-through skin (after muscles; the zones draw after it). */
export const SKIN_RENDER_ORDER = 10;

/** Draws the model's skin mesh in the store's skin mode. */
export function Skin({ part }: { part: MeshPart }) {
  const ref = useRef<THREE.Mesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const mode = useAtlas((s) => (s.isolate && s.selected ? 'hidden' : s.skin));
  const material = useMemo(
    () => new THREE.MeshStandardMaterial({ color: '#e2b8a0', roughness: 0.75, metalness: 0, side: THREE.FrontSide }),
    [],
  );

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const seeThrough = mode === 'see-through';
    mesh.visible = mode !== 'hidden';
    material.transparent = seeThrough;
    material.opacity = seeThrough ? SEE_THROUGH_OPACITY : 1;
    material.depthWrite = !seeThrough;
    material.needsUpdate = true;
    mesh.renderOrder = seeThrough ? SKIN_RENDER_ORDER : 0;
    invalidate();
  }, [mode, material, invalidate]);

  useEffect(() => () => material.dispose(), [material]);

  return (
    <mesh
      ref={ref}
      name="skin"
      geometry={part.geometry}
      material={material}
      matrix={part.matrix}
      matrixAutoUpdate={false}
      raycast={noRaycast}
    />
  );
}

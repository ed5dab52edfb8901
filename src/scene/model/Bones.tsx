/**
 * The skeleton: ivory bone and paler costal cartilage, merged into one draw call the first time it is shown (not at load), on or off
 * with the store's `bones` flag; never takes rays.
 */
import { useEffect, useMemo, useState } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import { useAtlas } from '../../state';
import type { BonePart } from './model-index';
import { mergeParts } from './merge-parts';
import { tinted } from './bone-colors';
import { noRaycast } from '../muscles/muscle-tag';

/** Draws every bone mesh of the model as one mesh. */
export function Bones({ parts }: { parts: BonePart[] }) {
  const on = useAtlas((s) => s.bones);
  const [wanted, setWanted] = useState(on);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (on) setWanted(true);
  }, [on]);
  const geometry = useMemo(() => (wanted ? tinted(mergeParts(parts, ['_cartilage'])) : null), [parts, wanted]);
  const material = useMemo(() => new THREE.MeshStandardMaterial({ color: '#ffffff', vertexColors: true, roughness: 0.8, metalness: 0 }), []);
  useEffect(() => invalidate(), [on, geometry, invalidate]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!geometry) return null;
  return <mesh name="bones" visible={on} geometry={geometry} material={material} raycast={noRaycast} />;
}

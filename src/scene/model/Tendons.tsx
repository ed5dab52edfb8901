/**
 * The stand-alone connective tissue (fasciae, aponeuroses, retinacula): one merged mesh in the
 * tendon colour, drawn with the muscles but never taking rays, so a click goes to the muscle beneath.
 * It joins the scene once the first framed view is drawn: its material is one more shader program,
 * and compiling it would hold up that frame for a part too small to change what the view shows.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { MeshPart } from './model-index';
import { mergeParts } from './merge-parts';
import { noRaycast } from '../muscles/muscle-tag';
import { TENDON_COLOR } from '../muscles/muscle-material';
import { useAtlas } from '../../state';

/** Draws every connective-tissue mesh of the model as one mesh. */
export function Tendons({ parts }: { parts: MeshPart[] }) {
  const invalidate = useThree((s) => s.invalidate);
  const framed = useAtlas((s) => s.model.firstFrameMs !== null);
  const geometry = useMemo(() => (framed ? mergeParts(parts) : null), [framed, parts]);
  const material = useMemo(() => new THREE.MeshStandardMaterial({ color: TENDON_COLOR, roughness: 0.45, metalness: 0 }), []);
  useEffect(() => invalidate(), [geometry, invalidate]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!geometry) return null;
  return <mesh name="tendons" geometry={geometry} material={material} raycast={noRaycast} />;
}

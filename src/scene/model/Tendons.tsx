/**
 * The stand-alone connective tissue (fasciae, aponeuroses, retinacula): one merged mesh in the
 * tendon colour, drawn with the muscles but never taking rays, so a click goes to the muscle beneath.
 * Tissue with the muscle look (muscles the dataset does not list: the infrahyoid straps) is a second
 * merged mesh in the muscle material, with its fibres and tendon weight, and takes no rays either.
 * Both join the scene once the first framed view is drawn: their materials are more shader programs,
 * and compiling them would hold up that frame for parts too small to change what the view shows.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { MeshPart } from './model-index';
import { mergeParts } from './merge-parts';
import { noRaycast } from '../muscles/muscle-tag';
import { createMuscleMaterial, TENDON_COLOR } from '../muscles/muscle-material';
import { useAtlas } from '../../state';

/** The vertex attributes the muscle shader reads, carried through the merge. */
const MUSCLE_ATTRIBUTES = ['uv', 'tangent', '_tendon'];

/** Draws every connective-tissue mesh of the model as one mesh, and the tissue muscles as another. */
export function Tendons({ parts, muscleParts = [] }: { parts: MeshPart[]; muscleParts?: MeshPart[] }) {
  const invalidate = useThree((s) => s.invalidate);
  const framed = useAtlas((s) => s.model.firstFrameMs !== null);
  const geometry = useMemo(() => (framed ? mergeParts(parts) : null), [framed, parts]);
  const muscleGeometry = useMemo(() => (framed ? mergeParts(muscleParts, MUSCLE_ATTRIBUTES) : null), [framed, muscleParts]);
  const material = useMemo(() => new THREE.MeshStandardMaterial({ color: TENDON_COLOR, roughness: 0.45, metalness: 0 }), []);
  const muscleMaterial = useMemo(() => createMuscleMaterial(), []);
  useEffect(() => invalidate(), [geometry, muscleGeometry, invalidate]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => muscleMaterial.dispose(), [muscleMaterial]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => muscleGeometry?.dispose(), [muscleGeometry]);
  return (
    <>
      {geometry && <mesh name="tendons" geometry={geometry} material={material} raycast={noRaycast} />}
      {muscleGeometry && <mesh name="tissue-muscles" geometry={muscleGeometry} material={muscleMaterial} raycast={noRaycast} />}
    </>
  );
}

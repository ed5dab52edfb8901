/**
 * The stand-alone connective tissue (fasciae, aponeuroses, retinacula): merged meshes in the tendon
 * colour, one per peel layer, drawn with the muscles but never taking rays, so a click goes to the
 * muscle beneath. Tissue with the muscle look (muscles the dataset does not list: the infrahyoid
 * straps, the small thenar and hypothenar muscles) is merged the same way in the muscle material, with
 * its fibres and tendon weight. A layer's meshes hide when that layer is peeled or a muscle is
 * isolated (tissueShown). They join the scene once the first framed view is drawn: their materials
 * are more shader programs, and compiling them would hold up that frame for parts too small to change
 * what the view shows.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { TissuePart } from './model-index';
import { mergeParts } from './merge-parts';
import { noRaycast } from '../muscles/muscle-tag';
import { createMuscleMaterial, TENDON_COLOR } from '../muscles/muscle-material';
import { tissueShown } from '../muscles/muscle-look';
import { useAtlas } from '../../state';

/** The vertex attributes the muscle shader reads, carried through the merge. */
const MUSCLE_ATTRIBUTES = ['uv', 'tangent', '_tendon'];

/** Parts grouped by peel layer, shallowest first. */
function byLayer(parts: TissuePart[]): [number, TissuePart[]][] {
  const groups = new Map<number, TissuePart[]>();
  for (const p of parts) {
    const group = groups.get(p.layer);
    if (group) group.push(p);
    else groups.set(p.layer, [p]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]);
}

/** Draws every connective-tissue mesh of the model, and the tissue muscles, merged per peel layer. */
export function Tendons({ parts, muscleParts = [] }: { parts: TissuePart[]; muscleParts?: TissuePart[] }) {
  const framed = useAtlas((s) => s.model.firstFrameMs !== null);
  const material = useMemo(() => new THREE.MeshStandardMaterial({ color: TENDON_COLOR, roughness: 0.45, metalness: 0 }), []);
  const muscleMaterial = useMemo(() => createMuscleMaterial(), []);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => muscleMaterial.dispose(), [muscleMaterial]);
  const tendonLayers = useMemo(() => byLayer(parts), [parts]);
  const muscleLayers = useMemo(() => byLayer(muscleParts), [muscleParts]);
  if (!framed) return null;
  return (
    <>
      {tendonLayers.map(([layer, group]) => (
        <TissueLayer key={`t${layer}`} name={`tendons-layer-${layer}`} layer={layer} parts={group} material={material} />
      ))}
      {muscleLayers.map(([layer, group]) => (
        <TissueLayer key={`m${layer}`} name={`tissue-muscles-layer-${layer}`} layer={layer} parts={group} material={muscleMaterial} attributes={MUSCLE_ATTRIBUTES} />
      ))}
    </>
  );
}

function TissueLayer({ name, layer, parts, material, attributes }: { name: string; layer: number; parts: TissuePart[]; material: THREE.Material; attributes?: string[] }) {
  const invalidate = useThree((s) => s.invalidate);
  const shown = useAtlas((s) => tissueShown(s, layer));
  const geometry = useMemo(() => mergeParts(parts, attributes), [parts, attributes]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => invalidate(), [geometry, shown, invalidate]);
  if (!geometry) return null;
  return <mesh name={name} geometry={geometry} material={material} raycast={noRaycast} visible={shown} />;
}

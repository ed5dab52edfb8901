/**
 * Paints the selected muscle's referred-pain zones on the skin: weights are recomputed only when the
 * selection or the focused trigger point changes, written into two vertex attributes of the skin
 * geometry, and drawn by an overlay that shows even when the skin itself is hidden.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import { shownTriggerPoint, useAtlas } from '../../state';
import { computeZoneWeights, zonesForSelection } from '../../core/zones';
import type { Vec3 } from '../../core/frame';
import { worldVertices, type MeshPart } from '../model/model-index';
import { noRaycast } from '../muscles/muscle-tag';
import { SKIN_RENDER_ORDER } from '../model/Skin';
import { useSceneStore, zoneKey } from '../scene-store';
import { createZoneMaterial, ZONE_ATTRIBUTES } from './zone-material';

function ensureAttribute(geometry: THREE.BufferGeometry, name: string, count: number): THREE.BufferAttribute {
  const existing = geometry.getAttribute(name);
  if (existing instanceof THREE.BufferAttribute && existing.count === count) return existing;
  const attr = new THREE.BufferAttribute(new Float32Array(count), 1);
  geometry.setAttribute(name, attr);
  return attr;
}

/** Bounds of the vertices painted at least half strength (empty when none are). */
function paintedBounds(positions: Float32Array, weights: Float32Array): THREE.Box3 {
  const box = new THREE.Box3();
  const v = new THREE.Vector3();
  for (let i = 0; i < weights.length; i++) if ((weights[i] as number) >= 0.5) box.expandByPoint(v.fromArray(positions, i * 3));
  return box;
}

/** The referred-pain overlay on the skin mesh. */
export function ReferredPainZones({ skin, landmarks }: { skin: MeshPart; landmarks: ReadonlyMap<string, Vec3> }) {
  const ref = useRef<THREE.Mesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const scene = useSceneStore();
  const { dataset, selected, tp } = useAtlas((s) => ({ dataset: s.dataset, selected: s.selected, tp: shownTriggerPoint(s) }));
  const material = useMemo(() => createZoneMaterial(), []);
  const world = useMemo(() => worldVertices(skin), [skin]);

  useLayoutEffect(() => {
    const count = world.positions.length / 3;
    const ess = ensureAttribute(skin.geometry, ZONE_ATTRIBUTES.essential, count);
    const spill = ensureAttribute(skin.geometry, ZONE_ATTRIBUTES.spillover, count);
    let any = false;
    if (dataset && selected) {
      const zones = zonesForSelection(dataset, selected.muscleId, selected.side, tp);
      const w = computeZoneWeights({ ...world, landmarks, regions: dataset.regions, ...zones });
      if (w.missing.length) console.warn(`Referred-pain zones: the model lacks ${w.missing.join(', ')}; those patches are not painted`);
      (ess.array as Float32Array).set(w.essential);
      (spill.array as Float32Array).set(w.spillover);
      any = w.essential.some((x) => x > 0) || w.spillover.some((x) => x > 0);
      scene.setState({ zoneBounds: { key: zoneKey(selected.muscleId, selected.side, tp), box: paintedBounds(world.positions, w.essential) } });
    } else {
      (ess.array as Float32Array).fill(0);
      (spill.array as Float32Array).fill(0);
    }
    ess.needsUpdate = true;
    spill.needsUpdate = true;
    if (ref.current) ref.current.visible = any;
    invalidate();
  }, [dataset, selected, tp, skin, world, landmarks, invalidate, scene]);

  useEffect(() => () => material.dispose(), [material]);

  return (
    <mesh
      ref={ref}
      name="referred-pain-zones"
      geometry={skin.geometry}
      material={material}
      matrix={skin.matrix}
      matrixAutoUpdate={false}
      renderOrder={SKIN_RENDER_ORDER + 1}
      raycast={noRaycast}
      visible={false}
    />
  );
}

/**
 * Draws referred-pain zones and the pain drawing as a distance field (./zone-field-material.ts) on the
 * outermost visible surface: over the skin when it is drawn, over the visible muscles when it is hidden,
 * never in mid-air. With "Where it hurts" open it shows the drawing and the chosen result's zones over it;
 * otherwise the selected muscle's zones. Capsules change only with the selection or the drawing.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { shownTriggerPoint, useAtlas } from '../../state';
import { regionCapsules, selectionCapsules, zonesForSelection, type ZoneCapsule } from '../../core/zones';
import { drawingCapsules } from '../../core/pain/drawing';
import { regionTree } from '../../core/pain/region-tree';
import type { MeshPart, ModelIndex } from '../model/model-index';
import { noRaycast } from '../muscles/muscle-tag';
import { SKIN_RENDER_ORDER } from '../model/Skin';
import { useSceneStore, zoneKey } from '../scene-store';
import { createZoneFieldMaterial, disposeZoneFieldMaterial, setFieldCapsules, type FieldCapsules } from './zone-field-material';

/** The zone-bounds key of what a quiz paints (the camera frames it). */
export const QUIZ_ZONE_KEY = 'quiz';

/** How far (m) zones are widened on muscles, which lie a little under the skin the zones are drawn for. */
const MUSCLE_GROW = 0.008;

/** Bounds of capsules, radii included (empty for none). */
export function capsuleBounds(capsules: readonly ZoneCapsule[]): THREE.Box3 {
  const box = new THREE.Box3();
  const v = new THREE.Vector3();
  for (const c of capsules) {
    const r = Math.max(c.ra, c.rb);
    box.expandByPoint(v.set(c.a[0] - r, c.a[1] - r, c.a[2] - r)).expandByPoint(v.set(c.a[0] + r, c.a[1] + r, c.a[2] + r));
    box.expandByPoint(v.set(c.b[0] - r, c.b[1] - r, c.b[2] - r)).expandByPoint(v.set(c.b[0] + r, c.b[1] + r, c.b[2] + r));
  }
  return box;
}

function partBounds(part: MeshPart): THREE.Box3 {
  if (!part.geometry.boundingBox) part.geometry.computeBoundingBox();
  return (part.geometry.boundingBox as THREE.Box3).clone().applyMatrix4(part.matrix);
}

/** The zones and drawing overlay for one loaded model. */
export function ZoneField({ index }: { index: ModelIndex }) {
  const invalidate = useThree((s) => s.invalidate);
  const scene = useSceneStore();
  const { dataset, selected, tp, panel, sketch, preview, choice, skinMode, quizZones } = useAtlas((s) => ({
    dataset: s.dataset,
    // In study mode the quiz stage says what to paint (nothing of the selection or the pain drawing).
    quizZones: s.study ? (s.quizStage?.zones ?? null) : null,
    selected: s.study ? null : s.selected,
    tp: shownTriggerPoint(s),
    panel: s.panel,
    sketch: s.painSketch,
    preview: s.painPreview,
    choice: s.painChoice,
    skinMode: s.isolate && s.selected ? 'hidden' : s.skin,
  }));
  const skinMaterial = useMemo(() => createZoneFieldMaterial(), []);
  const muscleMaterial = useMemo(() => createZoneFieldMaterial({ grow: MUSCLE_GROW }), []);
  const tree = useMemo(() => (dataset ? regionTree(dataset.regions) : null), [dataset]);

  const field: FieldCapsules = useMemo(() => {
    if (!dataset) return {};
    const landmarks = index.landmarks;
    if (quizZones) {
      const quiz = selectionCapsules(dataset.regions, quizZones, landmarks);
      return { essential: quiz.essential, spillover: quiz.spillover, drawing: [] };
    }
    const painOpen = panel === 'pain';
    const shown = painOpen ? choice : selected ? { muscleId: selected.muscleId, side: selected.side, triggerPointId: tp } : null;
    const zones = shown ? selectionCapsules(dataset.regions, zonesForSelection(dataset, shown.muscleId, shown.side, shown.triggerPointId), landmarks) : null;
    if (zones?.missing.length) console.warn(`Referred-pain zones: the model lacks ${zones.missing.join(', ')}; those pieces are not drawn`);
    let drawing: ZoneCapsule[] = [];
    if (painOpen && tree) {
      const byId = new Map(dataset.regions.map((r) => [r.id as string, r]));
      drawing = [
        ...drawingCapsules([...sketch.marks]),
        ...drawingCapsules([...preview]),
        ...sketch.regions.flatMap(({ regionId, side }) => {
          const region = byId.get(regionId);
          return region ? regionCapsules(region, side, landmarks, { byId, inside: tree.inside, descendants: true }).capsules : [];
        }),
      ];
    }
    return { essential: zones?.essential ?? [], spillover: zones?.spillover ?? [], drawing };
  }, [dataset, index, panel, choice, selected, tp, sketch, preview, tree, quizZones]);

  const count = (field.essential?.length ?? 0) + (field.spillover?.length ?? 0) + (field.drawing?.length ?? 0);
  const all = useMemo(() => [...(field.essential ?? []), ...(field.spillover ?? []), ...(field.drawing ?? [])], [field]);
  const bounds = useMemo(() => capsuleBounds(all), [all]);

  useLayoutEffect(() => {
    setFieldCapsules(skinMaterial, field);
    setFieldCapsules(muscleMaterial, field);
    if (quizZones) scene.setState({ zoneBounds: { key: QUIZ_ZONE_KEY, box: capsuleBounds(field.essential ?? []) } });
    else if (selected && panel !== 'pain')
      scene.setState({ zoneBounds: { key: zoneKey(selected.muscleId, selected.side, tp), box: capsuleBounds(field.essential ?? []) } });
    invalidate();
  }, [field, skinMaterial, muscleMaterial, selected, tp, panel, scene, invalidate, quizZones]);

  useEffect(
    () => () => {
      disposeZoneFieldMaterial(skinMaterial);
      disposeZoneFieldMaterial(muscleMaterial);
    },
    [skinMaterial, muscleMaterial],
  );

  const onSkin = skinMode !== 'hidden' && count > 0;
  // With the skin hidden, only muscles near the shapes carry the overlay (a few draw calls, not hundreds).
  const near = useMemo(() => {
    if (skinMode !== 'hidden' || count === 0) return [];
    const grown = bounds.clone().expandByScalar(MUSCLE_GROW);
    return index.muscles.filter((m) => partBounds(m).intersectsBox(grown));
  }, [skinMode, count, bounds, index]);

  return (
    <>
      {index.skin && (
        <mesh
          name="referred-pain-zones"
          geometry={index.skin.geometry}
          material={skinMaterial}
          matrix={index.skin.matrix}
          matrixAutoUpdate={false}
          renderOrder={SKIN_RENDER_ORDER + 1}
          raycast={noRaycast}
          visible={onSkin}
        />
      )}
      {near.map((m) => (
        <MuscleOverlay key={m.key} part={m} muscleKey={m.key} material={muscleMaterial} />
      ))}
    </>
  );
}

/** The zone overlay on one muscle, shown only while that muscle is drawn. */
function MuscleOverlay({ part, muscleKey, material }: { part: MeshPart; muscleKey: string; material: THREE.ShaderMaterial }) {
  const ref = useRef<THREE.Mesh>(null);
  const scene = useSceneStore();
  useFrame(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const muscle = scene.getState().muscleMeshes.get(muscleKey);
    // Not on ghosts (drawn faint on their own layer) nor on hidden muscles.
    mesh.visible = muscle?.visible === true && muscle.layers.isEnabled(0);
  });
  return (
    <mesh
      ref={ref}
      name={`referred-pain-zones-${muscleKey}`}
      geometry={part.geometry}
      material={material}
      matrix={part.matrix}
      matrixAutoUpdate={false}
      renderOrder={SKIN_RENDER_ORDER + 1}
      raycast={noRaycast}
    />
  );
}

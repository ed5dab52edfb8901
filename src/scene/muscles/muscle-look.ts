/**
 * How one muscle side should look for the current store state: a single string, so a per-mesh
 * selector re-renders that mesh only when its own look changes.
 */
import type { Dataset } from '../../core/dataset/schema';
import type { Side } from '../../core/frame';
import type { AtlasState } from '../../state';

/** 'ghost' is never returned here: the scene applies it to muscles in front of a selected deep one. */
export type MuscleLook = 'hidden' | 'normal' | 'hover' | 'selected' | 'condition' | 'faded' | 'ghost';

const conditionCache = new WeakMap<Dataset, Map<string, ReadonlySet<string>>>();

/** The condition ids linked to a muscle id (cached per dataset). */
export function conditionsOf(dataset: Dataset | null, muscleId: string): ReadonlySet<string> | undefined {
  if (!dataset) return undefined;
  let map = conditionCache.get(dataset);
  if (!map) {
    map = new Map(dataset.muscles.map((m) => [m.id as string, new Set<string>(m.conditions)]));
    conditionCache.set(dataset, map);
  }
  return map.get(muscleId);
}

/**
 * The look of a muscle side: peel and isolate hide, selection and hover light up, fade and condition
 * view recolour. The selected muscle is never peeled away (its marks and zones would float).
 */
export function muscleLook(s: AtlasState, muscleId: string, side: Side, layer: number): MuscleLook {
  if (s.study) return studyLook(s, muscleId, side, layer);
  const sel = s.selected;
  const isSelected = sel !== null && sel.muscleId === muscleId && sel.side === side;
  if (isSelected) return 'selected';
  if (s.peel >= layer) return 'hidden';
  if (s.isolate && sel && !isSelected) return 'hidden';
  const h = s.hovered;
  if (h !== null && h.muscleId === muscleId && h.side === side) return 'hover';
  if (s.conditionId !== null && conditionsOf(s.dataset, muscleId)?.has(s.conditionId)) return 'condition';
  if (s.fade && sel) return 'faded';
  return 'normal';
}

/**
 * Whether connective tissue or a tissue muscle of peel `layer` is drawn: peeling its layer hides it
 * with the muscles of that layer, and isolating a selected muscle hides it as it hides the other muscles.
 */
export function tissueShown(s: AtlasState, layer: number): boolean {
  if (s.peel >= layer) return false;
  return s.study || !(s.isolate && s.selected !== null);
}

/**
 * Study mode: the quiz stage decides (the asked or correct muscle lit up, a wrong answer in the
 * condition colour); the selection and hover are ignored, so nothing gives the answer away.
 */
function studyLook(s: AtlasState, muscleId: string, side: Side, layer: number): MuscleLook {
  const stage = s.quizStage;
  const is = (m: { muscleId: string; side: Side } | null | undefined) => m?.muscleId === muscleId && m.side === side;
  if (is(stage?.highlight)) return 'selected';
  if (s.peel >= layer) return 'hidden';
  if (is(stage?.wrong)) return 'condition';
  return 'normal';
}

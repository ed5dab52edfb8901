/** What is selected and shown: the muscle side, hover, trigger points, condition, side panel tab and About. */
import type { StateCreator } from 'zustand/vanilla';
import type { Side } from '../../core/frame';
import type { AtlasStore } from '../store';

/** One side of one muscle. */
export interface MuscleSide {
  muscleId: string;
  side: Side;
}
/** The side panel's tab. 'pain' is "Where it hurts". */
export type Panel = 'muscle' | 'condition' | 'pain' | 'list';
export const PANELS: readonly Panel[] = ['muscle', 'condition', 'pain', 'list'];

export interface SelectionSlice {
  selected: MuscleSide | null;
  hovered: MuscleSide | null;
  /** A trigger point shown alone for a moment (hover or focus in the list); never in the URL. */
  previewTriggerPoint: string | null;
  /** A trigger point pinned to be shown alone (the `tp` link parameter). */
  pinnedTriggerPoint: string | null;
  /** Condition view: the scene highlights its muscles. */
  conditionId: string | null;
  panel: Panel;
  aboutOpen: boolean;
  selectMuscle(muscleId: string, side: Side): void;
  clearSelection(): void;
  hoverMuscle(m: MuscleSide | null): void;
  previewTriggerPointOf(id: string | null): void;
  /** Pins a trigger point of the selected muscle (null unpins). */
  pinTriggerPoint(id: string | null): void;
  openCondition(id: string | null): void;
  openPanel(panel: Panel): void;
  setAboutOpen(open: boolean): void;
}

/** Initial values of the selection slice. */
export function selectionDefaults(): Pick<
  SelectionSlice,
  'selected' | 'hovered' | 'previewTriggerPoint' | 'pinnedTriggerPoint' | 'conditionId' | 'panel' | 'aboutOpen'
> {
  return { selected: null, hovered: null, previewTriggerPoint: null, pinnedTriggerPoint: null, conditionId: null, panel: 'list', aboutOpen: false };
}

/** Whether two muscle sides are the same (null equals null). */
export const sameMuscleSide = (a: MuscleSide | null, b: MuscleSide | null): boolean =>
  a === b || (a !== null && b !== null && a.muscleId === b.muscleId && a.side === b.side);

/** The trigger point shown alone right now: the preview, else the pinned one. */
export const shownTriggerPoint = (s: Pick<SelectionSlice, 'previewTriggerPoint' | 'pinnedTriggerPoint'>): string | null =>
  s.previewTriggerPoint ?? s.pinnedTriggerPoint;

/** The selection slice of the atlas store. */
export const createSelectionSlice: StateCreator<AtlasStore, [['zustand/subscribeWithSelector', never]], [], SelectionSlice> = (set, get) => ({
  ...selectionDefaults(),
  selectMuscle: (muscleId, side) => {
    const prev = get().selected;
    const same = sameMuscleSide(prev, { muscleId, side });
    set({
      selected: same ? prev : { muscleId, side },
      previewTriggerPoint: null,
      pinnedTriggerPoint: same ? get().pinnedTriggerPoint : null,
      panel: 'muscle',
    });
  },
  clearSelection: () => set({ selected: null, previewTriggerPoint: null, pinnedTriggerPoint: null }),
  hoverMuscle: (m) => {
    if (!sameMuscleSide(get().hovered, m)) set({ hovered: m });
  },
  previewTriggerPointOf: (previewTriggerPoint) => {
    if (get().previewTriggerPoint !== previewTriggerPoint) set({ previewTriggerPoint });
  },
  pinTriggerPoint: (pinnedTriggerPoint) => {
    if (get().pinnedTriggerPoint !== pinnedTriggerPoint) set({ pinnedTriggerPoint });
  },
  openCondition: (conditionId) => set(conditionId === null ? { conditionId } : { conditionId, panel: 'condition' }),
  openPanel: (panel) => set({ panel }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
});

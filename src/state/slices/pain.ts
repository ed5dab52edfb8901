/**
 * "Where it hurts": the user's pain drawing (painted marks and chosen regions, with undo), the brush,
 * the result chosen to show over the drawing, and what the scene reports for it (the body surface the
 * ranking measures on, and the zone under the pointer). The drawing is mirrored in the link (`pain`).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Side } from '../../core/frame';
import { addMarks, clearSketch, EMPTY_SKETCH, toggleRegion, type PainSketch } from '../../core/pain/drawing';
import type { PaintMark } from '../../core/pain/rank';
import type { BodySurface } from '../../core/pain/surface';
import type { ZoneHit } from '../../core/pain/zone-locator';
import type { RegionOnSide } from '../../core/zones';
import type { AtlasStore } from '../store';

/** A ranked result shown over the drawing: a muscle side, or one of its trigger points. */
export interface PainChoice {
  muscleId: string;
  side: Side;
  triggerPointId: string | null;
}

/** Brush radii the panel offers, in metres. */
export const PAIN_BRUSH = { min: 0.01, max: 0.06, initial: 0.025 } as const;
/** How many edits Undo remembers. */
const UNDO_DEPTH = 50;

export interface PainSlice {
  painSketch: PainSketch;
  /** Earlier sketches, newest last (Undo pops one). */
  painUndo: PainSketch[];
  /** Brush radius in metres. */
  painBrush: number;
  /** The brush is active: a press on the body paints instead of turning the camera or picking. */
  painting: boolean;
  /** The stroke being drawn right now (a live preview), empty between strokes. */
  painPreview: readonly PaintMark[];
  painChoice: PainChoice | null;
  /** The skin as the ranking measures it; set by the scene once the model is drawn. */
  painSurface: BodySurface | null;
  /** The regions and referring trigger points under the pointer, while "Where it hurts" is open. */
  painHover: ZoneHit | null;
  setPainting(on: boolean): void;
  setPainBrush(radius: number): void;
  setPainPreview(marks: readonly PaintMark[]): void;
  /** Adds a finished stroke (undoable). */
  addPainMarks(marks: readonly PaintMark[]): void;
  /** Adds or removes a region on a side (undoable). */
  togglePainRegion(region: RegionOnSide): void;
  /** Clears one side of the body, or all (undoable). */
  clearPain(side?: Side): void;
  undoPain(): void;
  /** Replaces the drawing without an undo step (a link). */
  setPainSketch(sketch: PainSketch): void;
  choosePain(choice: PainChoice | null): void;
  setPainSurface(surface: BodySurface | null): void;
  setPainHover(hit: ZoneHit | null): void;
}

/** Initial values of the pain slice. */
export function painDefaults(): Pick<PainSlice, 'painSketch' | 'painUndo' | 'painBrush' | 'painting' | 'painPreview' | 'painChoice' | 'painSurface' | 'painHover'> {
  return { painSketch: EMPTY_SKETCH, painUndo: [], painBrush: PAIN_BRUSH.initial, painting: false, painPreview: [], painChoice: null, painSurface: null, painHover: null };
}

/** The pain slice of the atlas store. */
export const createPainSlice: StateCreator<AtlasStore, [['zustand/subscribeWithSelector', never]], [], PainSlice> = (set, get) => {
  const edit = (next: PainSketch) => {
    const prev = get().painSketch;
    if (next === prev) return;
    set({ painSketch: next, painUndo: [...get().painUndo, prev].slice(-UNDO_DEPTH) });
  };
  return {
    ...painDefaults(),
    setPainting: (painting) => set(painting ? { painting } : { painting, painPreview: [] }),
    setPainBrush: (r) => set({ painBrush: Number.isFinite(r) ? Math.min(PAIN_BRUSH.max, Math.max(PAIN_BRUSH.min, r)) : PAIN_BRUSH.initial }),
    setPainPreview: (painPreview) => set({ painPreview }),
    addPainMarks: (marks) => {
      set({ painPreview: [] });
      edit(addMarks(get().painSketch, marks));
    },
    togglePainRegion: (region) => edit(toggleRegion(get().painSketch, region)),
    clearPain: (side) => {
      const s = get().painSketch;
      if (s.marks.length === 0 && s.regions.length === 0) return;
      edit(clearSketch(s, side));
    },
    undoPain: () => {
      const undo = get().painUndo;
      const prev = undo[undo.length - 1];
      if (prev) set({ painSketch: prev, painUndo: undo.slice(0, -1) });
    },
    setPainSketch: (painSketch) => set({ painSketch }),
    choosePain: (painChoice) => set({ painChoice }),
    setPainSurface: (painSurface) => set({ painSurface }),
    setPainHover: (painHover) => set({ painHover }),
  };
};

/** The shapes of what the app's test hook and the floor page expose to the bench. */

/** The part of the app's `window.__atlas` the bench reads. */
export interface AtlasHookView {
  ready: boolean;
  firstFrameMs: number | null;
  /** performance.now() once the first framed view (camera on the model) has been drawn and finished by the GPU. */
  firstFramedMs?: number | null;
  store: {
    getState(): {
      dataset: { muscles: { id: string; triggerPoints: unknown[] }[] } | null;
      selectMuscle(muscleId: string, side: 'left' | 'right'): void;
      clearSelection(): void;
    };
  };
  stats(): { drawCalls: number; triangles: number; meshes: number };
  pickBench(n: number): number;
}

/** The window of a page under the bench. */
export interface BenchWindow {
  __atlas?: AtlasHookView;
  __floor?: { framedMs: number | null; error: string | null };
  __benchFrames?: { end: number; draws: number }[];
}

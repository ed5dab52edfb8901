/**
 * The pain drawing in the link: `pain=<encoded drawing>` (see src/core/pain/drawing-link.ts). Read once
 * the dataset is loaded (opening "Where it hurts"), then written with replaceState as the drawing changes.
 * Lives beside the main URL sync, which keeps keys it does not own.
 */
import { decodeDrawing, encodeDrawing } from '../core/pain/drawing-link';
import type { AtlasStoreApi } from './store';

/** The link parameter the drawing lives in. */
export const PAIN_KEY = 'pain';

/**
 * Applies a `pain` parameter to the store (opening "Where it hurts" unless `openPanel` is false);
 * returns the notices for what could not be read.
 */
export function applyPainParam(store: AtlasStoreApi, search: string, openPanel = true): string[] {
  const s = store.getState();
  const text = new URLSearchParams(search).get(PAIN_KEY);
  if (text === null || !s.dataset) return [];
  const ids = new Set(s.dataset.regions.map((r) => r.id as string));
  const { drawing, problems } = decodeDrawing(text.slice(0, 20_000), (id) => ids.has(id));
  s.setPainSketch({ marks: drawing.marks, regions: drawing.regions });
  if (openPanel) s.openPanel('pain');
  return problems.length > 0 ? [`Part of the pain drawing in the link could not be read (${problems.join('; ')}).`] : [];
}

/** The search string with the drawing written in (or removed when empty). */
export function searchWithPain(search: string, encoded: string): string {
  const params = new URLSearchParams(search);
  if (encoded) params.set(PAIN_KEY, encoded);
  else params.delete(PAIN_KEY);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Applies the link's drawing, then mirrors the drawing into the URL; call once the dataset is loaded
 * (Back and Forward re-apply it through applyPainParam, from the main URL sync). Returns a stop function.
 */
export function startPainUrlSync(store: AtlasStoreApi, win: Window): () => void {
  const notices = applyPainParam(store, win.location.search);
  if (notices.length > 0) store.getState().showNotice(notices.join(' '));
  const stopStore = store.subscribe(
    (s) => s.painSketch,
    (sketch) => {
      const search = searchWithPain(win.location.search, encodeDrawing(sketch));
      if (search !== win.location.search) win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
    },
  );
  return stopStore;
}

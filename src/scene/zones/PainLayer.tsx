/**
 * The scene side of "Where it hurts": gives the store the body surface the ranking measures on, paints
 * on the skin with the pointer while the brush is on, and reports the zone under the pointer (which
 * trigger points refer there) while the panel is open.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { useAtlas, useAtlasStore } from '../../state';
import { strokeMarks } from '../../core/pain/drawing';
import { bodySurface, vertexAreas } from '../../core/pain/surface';
import { zoneLocator, type ZoneHit } from '../../core/pain/zone-locator';
import { worldVertices, type ModelIndex } from '../model/model-index';
import { installPaintPointer } from './paint-pointer';
import { createSurfacePicker } from './surface-picker';

const sameHit = (a: ZoneHit | null, b: ZoneHit | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.regions.map((r) => `${r.regionId}/${r.side}`).join() === b.regions.map((r) => `${r.regionId}/${r.side}`).join());

/** Mounted with the model; draws nothing itself. */
export function PainLayer({ index }: { index: ModelIndex }) {
  const store = useAtlasStore();
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const dataset = useAtlas((s) => s.dataset);
  const skin = index.skin;
  const picker = useMemo(() => (skin ? createSurfacePicker(skin.geometry, skin.matrix) : null), [skin]);
  const locate = useMemo(() => (dataset ? zoneLocator(dataset, index.landmarks) : null), [dataset, index]);

  useEffect(() => {
    if (!skin) return;
    const { positions, normals } = worldVertices(skin);
    const idx = skin.geometry.index;
    const areas = idx ? vertexAreas(positions, idx.array) : undefined;
    store.getState().setPainSurface(bodySurface({ positions, normals, ...(areas ? { areas } : {}), landmarks: index.landmarks }));
    return () => store.getState().setPainSurface(null);
  }, [skin, index, store]);

  useEffect(() => {
    const canvas = gl.domElement;
    const root = (canvas.closest('[data-testid="viewer"]') as HTMLElement | null) ?? canvas.parentElement?.parentElement ?? canvas;
    const remove = installPaintPointer({
      root,
      canvas,
      camera: () => get().camera,
      picker: () => picker,
      // Not in study mode: there a click answers the quiz.
      enabled: () => !store.getState().study && store.getState().painting && store.getState().panel === 'pain',
      onProgress: (points) => store.getState().setPainPreview(strokeMarks(points, store.getState().painBrush)),
      onStroke: (points) => store.getState().addPainMarks(strokeMarks(points, store.getState().painBrush)),
    });
    // Hover: which trigger points refer to the spot under the pointer (once a frame at most).
    let frame = 0;
    let last: PointerEvent | null = null;
    const hover = () => {
      frame = 0;
      const e = last;
      const s = store.getState();
      if (!e || s.study || s.panel !== 'pain' || !picker || !locate) return;
      const hit = picker.pick(e.clientX, e.clientY, canvas, get().camera);
      const next = hit ? locate(hit.point, hit.normal) : null;
      const shown = next && next.regions.length > 0 ? next : null;
      if (!sameHit(s.painHover, shown)) s.setPainHover(shown);
    };
    const onMove = (e: PointerEvent) => {
      last = e;
      if (!frame && store.getState().panel === 'pain') frame = requestAnimationFrame(hover);
    };
    const onLeave = () => {
      last = null;
      if (store.getState().painHover) store.getState().setPainHover(null);
    };
    root.addEventListener('pointermove', onMove);
    root.addEventListener('pointerleave', onLeave);
    return () => {
      remove();
      if (frame) cancelAnimationFrame(frame);
      root.removeEventListener('pointermove', onMove);
      root.removeEventListener('pointerleave', onLeave);
    };
  }, [gl, get, picker, locate, store]);

  return null;
}

/** A small label by the pointer naming the hovered muscle and side; plain text, never HTML. */
import { useLayoutEffect, useRef } from 'react';
import { useAtlas } from '../../state';
import { useSceneStore } from '../scene-store';

/** The hover label; render it inside the viewer's positioned wrapper (within the SceneStoreProvider). */
export function HoverLabel() {
  const ref = useRef<HTMLDivElement>(null);
  const scene = useSceneStore();
  const text = useAtlas((s) => {
    const h = s.hovered;
    if (!h) return null;
    const name = s.dataset?.muscles.find((m) => m.id === h.muscleId)?.name ?? h.muscleId;
    return `${name} (${h.side})`;
  });
  useLayoutEffect(() => {
    const el = ref.current;
    const host = el?.parentElement ?? null;
    scene.setState({ hoverLabel: el && host ? { el, host } : null });
    return () => scene.setState({ hoverLabel: null });
  }, [scene]);
  useLayoutEffect(() => {
    if (ref.current) ref.current.style.visibility = text && scene.getState().pointerOnMuscle ? 'visible' : 'hidden';
  }, [text, scene]);
  return (
    <div
      ref={ref}
      className="hover-label"
      aria-hidden="true"
      style={{
        position: 'absolute',
        left: 0,
        top: 0,
        pointerEvents: 'none',
        visibility: 'hidden',
        padding: '2px 8px',
        borderRadius: 4,
        background: 'rgba(20, 24, 32, 0.82)',
        color: '#fff',
        font: '12px/1.5 system-ui, sans-serif',
        whiteSpace: 'nowrap',
        zIndex: 2,
      }}
    >
      {text}
    </div>
  );
}

/** A muscle's trigger points: hover or focus shows one alone on the body, a click pins it. */
import { useEffect, useRef, useState } from 'react';
import type { TriggerPoint } from '../core/dataset/schema';
import { atlasStore, useAtlas } from '../state/store';

/** The list of trigger points with show-alone-on-hover and click-to-pin behaviour. */
export function TriggerPointList({ triggerPoints }: { triggerPoints: readonly TriggerPoint[] }) {
  const focused = useAtlas((s) => s.focusedTriggerPoint);
  const [pinned, setPinned] = useState<string | null>(focused);
  const hovering = useRef<string | null>(null);

  // A focus set elsewhere (the URL, the body) while nothing here is hovered counts as pinned.
  useEffect(() => {
    if (hovering.current === null) setPinned(focused);
  }, [focused]);

  const enter = (id: string) => {
    hovering.current = id;
    atlasStore.getState().focusTriggerPoint(id);
  };
  const leave = () => {
    hovering.current = null;
    atlasStore.getState().focusTriggerPoint(pinned);
  };
  const toggle = (id: string) => {
    const next = pinned === id ? null : id;
    setPinned(next);
    atlasStore.getState().focusTriggerPoint(next ?? (hovering.current === id ? id : null));
  };

  return (
    <ol className="tp-list">
      {triggerPoints.map((tp, i) => (
        <li key={tp.id}>
          <button
            type="button"
            className="tp-item"
            aria-pressed={pinned === tp.id}
            onMouseEnter={() => enter(tp.id)}
            onMouseLeave={leave}
            onFocus={() => enter(tp.id)}
            onBlur={leave}
            onClick={() => toggle(tp.id)}
          >
            <span className="tp-mark" aria-hidden="true">
              ×<sub>{i + 1}</sub>
            </span>
            <span className="tp-text">
              <span className="tp-label">{tp.label}</span>
              <span className="tp-location">{tp.location}</span>
              {tp.notes && <span className="tp-notes">{tp.notes}</span>}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/**
 * A muscle's trigger points: hover or focus previews one alone on the body (never in the link),
 * a click pins it (the `tp` link parameter) and a second click unpins it.
 */
import type { TriggerPoint } from '../../core/dataset/schema';
import { useAtlas, useAtlasStore } from '../../state';

/** The list of trigger points with preview-on-hover and click-to-pin behaviour. */
export function TriggerPointList({ triggerPoints }: { triggerPoints: readonly TriggerPoint[] }) {
  const store = useAtlasStore();
  const pinned = useAtlas((s) => s.pinnedTriggerPoint);
  const preview = (id: string | null) => store.getState().previewTriggerPointOf(id);
  const toggle = (id: string) => store.getState().pinTriggerPoint(pinned === id ? null : id);

  return (
    <ol className="tp-list">
      {triggerPoints.map((tp, i) => (
        <li key={tp.id}>
          <button
            type="button"
            className="tp-item"
            aria-pressed={pinned === tp.id}
            onMouseEnter={() => preview(tp.id)}
            onMouseLeave={() => preview(null)}
            onFocus={() => preview(tp.id)}
            onBlur={() => preview(null)}
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

/** The brush: paint on or off, its size, undo and clear (per side of the body or all). */
import { useId } from 'react';
import { sketchSides } from '../../core/pain/drawing';
import { PAIN_BRUSH, useAtlas, useAtlasStore } from '../../state';

/** Paint controls of the pain finder. */
export function PaintControls() {
  const store = useAtlasStore();
  const { painting, brush, canUndo, sketch } = useAtlas((s) => ({
    painting: s.painting,
    brush: s.painBrush,
    canUndo: s.painUndo.length > 0,
    sketch: s.painSketch,
  }));
  const sides = sketchSides(sketch);
  const sizeId = useId();
  const cm = Math.round(brush * 100);
  const a = store.getState();
  return (
    <div className="paint-controls" role="group" aria-label="Pain drawing">
      <button type="button" className={`button${painting ? ' primary' : ''}`} aria-pressed={painting} onClick={() => a.setPainting(!painting)}>
        {painting ? 'Painting: on' : 'Paint on the body'}
      </button>
      <label className="paint-size" htmlFor={sizeId}>
        <span>Brush {cm} cm</span>
        <input
          id={sizeId}
          type="range"
          min={PAIN_BRUSH.min * 100}
          max={PAIN_BRUSH.max * 100}
          step={0.5}
          value={brush * 100}
          onChange={(e) => a.setPainBrush(Number(e.target.value) / 100)}
        />
      </label>
      <div className="paint-actions">
        <button type="button" className="button ghost" disabled={!canUndo} onClick={() => a.undoPain()}>
          Undo
        </button>
        <button type="button" className="button ghost" disabled={sides.left === 0} onClick={() => a.clearPain('left')}>
          Clear left side
        </button>
        <button type="button" className="button ghost" disabled={sides.right === 0} onClick={() => a.clearPain('right')}>
          Clear right side
        </button>
        <button type="button" className="button ghost" disabled={sides.left + sides.right === 0} onClick={() => a.clearPain()}>
          Clear all
        </button>
      </div>
    </div>
  );
}

/** "Peel layers": a 0..PEEL_MAX slider with a live label. */
import { useId } from 'react';
import { PEEL_MAX, useAtlasStore, useAtlas } from '../../state';
import { peelLabel } from '../common/labels';

/** Hides muscle layers 1..n. */
export function PeelControl() {
  const store = useAtlasStore();
  const peel = useAtlas((s) => s.peel);
  const id = useId();
  return (
    <div className="peel">
      <label htmlFor={id} className="tool-caption">
        Peel layers
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={PEEL_MAX}
        step={1}
        value={peel}
        aria-valuetext={peelLabel(peel)}
        onChange={(e) => store.getState().setPeel(Number(e.target.value))}
      />
      <output htmlFor={id} className="peel-label" aria-live="polite">
        {peelLabel(peel)}
      </output>
    </div>
  );
}

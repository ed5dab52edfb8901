/** Left/Right buttons for the selected muscle's side. */
import { SIDES, type Side } from '../core/frame';
import { atlasStore } from '../state/store';
import { SIDE_LABELS } from './labels';

/** Switches the selection to the other side of the same muscle. */
export function SideToggle({ muscleId, side }: { muscleId: string; side: Side }) {
  return (
    <div className="segmented" role="group" aria-label="Side">
      {SIDES.map((s) => (
        <button
          key={s}
          type="button"
          className="seg-button"
          aria-pressed={s === side}
          onClick={() => atlasStore.getState().selectMuscle(muscleId, s)}
        >
          {SIDE_LABELS[s]}
        </button>
      ))}
    </div>
  );
}

/** Left/Right buttons for the selected muscle's side. */
import { SIDES, type Side } from '../../core/frame';
import { useAtlasStore } from '../../state';
import { SIDE_LABELS } from '../common/labels';

/** Switches the selection to the other side of the same muscle. */
export function SideToggle({ muscleId, side }: { muscleId: string; side: Side }) {
  const store = useAtlasStore();
  return (
    <div className="segmented" role="group" aria-label="Side">
      {SIDES.map((s) => (
        <button
          key={s}
          type="button"
          className="seg-button"
          aria-pressed={s === side}
          onClick={() => store.getState().selectMuscle(muscleId, s)}
        >
          {SIDE_LABELS[s]}
        </button>
      ))}
    </div>
  );
}

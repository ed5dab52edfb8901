/** The header's entry to study mode: a toggle button "Study". */
import { useAtlas, useAtlasStore } from '../../state';

/** Turns study mode on (the menu) or off (back to the atlas). */
export function StudyButton() {
  const store = useAtlasStore();
  const study = useAtlas((s) => s.study);
  return (
    <button
      type="button"
      className="button study-button"
      aria-pressed={study}
      onClick={() => (study ? store.getState().closeStudy() : store.getState().openStudy())}
    >
      Study
    </button>
  );
}

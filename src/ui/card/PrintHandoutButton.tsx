/** The card's "Print handout" button: opens the print-ready handout of this muscle side in a new tab, keeping the current view in its link back. */
import type { Side } from '../../core/frame';

/** The handout link for a muscle side, carrying the current view's parameters (pure, for tests). */
export function handoutHref(currentSearch: string, muscleId: string, side: Side): string {
  const p = new URLSearchParams(currentSearch);
  p.delete('muscles');
  p.set('muscle', muscleId);
  p.set('side', side);
  p.set('handout', '1');
  return `?${p.toString()}`;
}

/** The button. */
export function PrintHandoutButton({ muscleId, side }: { muscleId: string; side: Side }) {
  return (
    <a className="button print-handout" href={handoutHref(window.location.search, muscleId, side)} target="_blank" rel="noopener" onClick={(e) => {
      // The link's href is computed at render; refresh it so it carries the view as it is now.
      e.currentTarget.href = handoutHref(window.location.search, muscleId, side);
    }}>
      Print handout
    </a>
  );
}

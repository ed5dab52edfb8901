/** Moves keyboard focus to an element once React has rendered it (next frame). */

/** The id of the muscle card's heading (focus goes there after a muscle is chosen from a list). */
export const CARD_HEADING_ID = 'muscle-card-heading';

/** Focuses the element with this id on the next frame, if it is there then. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

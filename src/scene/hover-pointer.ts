/**
 * Where the pointer is while it hovers a muscle on the canvas, passed from the canvas's pointer
 * events to the hover label's DOM element without React renders. A hover that comes from elsewhere
 * (a panel highlighting a muscle) shows no label.
 */

let label: HTMLElement | null = null;
let host: HTMLElement | null = null;
let onMuscle = false;

/** The hover label registers its element and the element it is positioned in. */
export function attachHoverLabel(el: HTMLElement | null, container: HTMLElement | null): void {
  label = el;
  host = container;
}

/** True while the canvas pointer is over a muscle. */
export function pointerOnMuscle(): boolean {
  return onMuscle;
}

/** Moves the hover label next to client point (x, y) and shows it if it has text. */
export function showHoverLabelAt(x: number, y: number): void {
  onMuscle = true;
  if (!label || !host) return;
  const r = host.getBoundingClientRect();
  label.style.transform = `translate(${Math.round(x - r.left + 14)}px, ${Math.round(y - r.top + 12)}px)`;
  label.style.visibility = label.textContent ? 'visible' : 'hidden';
}

/** Hides the hover label (the pointer left the muscles). */
export function hideHoverLabel(): void {
  onMuscle = false;
  if (label) label.style.visibility = 'hidden';
}

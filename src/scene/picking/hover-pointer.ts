/**
 * Moves the hover label with the pointer while it is over a muscle, straight on the DOM element kept
 * in the scene store (no React render per pointer move). A hover that comes from elsewhere (a panel
 * highlighting a muscle) shows no label.
 */
import type { SceneStore } from '../scene-store';

/** Moves the hover label next to client point (x, y) and shows it if it has text. */
export function showHoverLabelAt(scene: SceneStore, x: number, y: number): void {
  const s = scene.getState();
  if (!s.pointerOnMuscle) scene.setState({ pointerOnMuscle: true });
  const label = s.hoverLabel;
  if (!label) return;
  const r = label.host.getBoundingClientRect();
  label.el.style.transform = `translate(${Math.round(x - r.left + 14)}px, ${Math.round(y - r.top + 12)}px)`;
  label.el.style.visibility = label.el.textContent ? 'visible' : 'hidden';
}

/** Hides the hover label (the pointer left the muscles). */
export function hideHoverLabel(scene: SceneStore): void {
  const s = scene.getState();
  if (s.pointerOnMuscle) scene.setState({ pointerOnMuscle: false });
  if (s.hoverLabel) s.hoverLabel.el.style.visibility = 'hidden';
}

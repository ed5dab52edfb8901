/**
 * A muscle's surface cut into a 3 × 3 grid of (along, across) cells: the list alternative of
 * "place the trigger point" for keyboard and screen-reader users, scored by cell.
 */
import type { Choice } from './types';

const ALONG_WORDS = ['close to its origin', 'midway along it', 'close to its insertion'] as const;
const ACROSS_WORDS = ['toward its medial or upper edge', 'in the middle of its width', 'toward its lateral or lower edge'] as const;

/** A cell's distance from a trigger point (in along/across units) must be at least this for a distractor. */
export const CELL_MARGIN = 0.15;

/** Which third of 0..1 a fraction falls in. */
function third(f: number): number {
  return Math.min(2, Math.max(0, Math.floor(f * 3)));
}

/** The id of the cell holding a position, e.g. `cell-1-0`. */
export function cellOf(position: { along: number; across: number }): string {
  return `cell-${third(position.along)}-${third(position.across)}`;
}

/** Every cell as a choice, in reading order. */
export function allCells(): Choice[] {
  const out: Choice[] = [];
  for (let a = 0; a < 3; a++)
    for (let c = 0; c < 3; c++) out.push({ id: `cell-${a}-${c}`, label: `${capital(ALONG_WORDS[a] ?? '')}, ${ACROSS_WORDS[c] ?? ''}` });
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** How far a position lies from a cell's rectangle (0 inside it), in along/across units. */
export function distanceToCell(cellId: string, position: { along: number; across: number }): number {
  const m = /^cell-(\d)-(\d)$/.exec(cellId);
  if (!m) return Infinity;
  const a = Number(m[1]);
  const c = Number(m[2]);
  const gap = (f: number, i: number) => Math.max(i / 3 - f, f - (i + 1) / 3, 0);
  return Math.hypot(gap(position.along, a), gap(position.across, c));
}

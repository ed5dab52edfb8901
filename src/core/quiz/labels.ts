/** Words the quiz uses for muscles, sides and regions. */
import type { Side } from '../frame';

/** "left" → "Left". */
export function sideWord(side: Side): string {
  return side === 'left' ? 'Left' : 'Right';
}

/** A muscle on a side as a label: ("left", "Upper trapezius") → "Left upper trapezius". */
export function sidedName(side: Side, name: string): string {
  return `${sideWord(side)} ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/** A name inside a sentence: "Upper trapezius" → "upper trapezius". */
export function inSentence(name: string): string {
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/** The hint for a muscle that lies under others, or null for a surface muscle. */
export function layerHint(layer: number): string | null {
  if (layer <= 1) return null;
  const n = layer - 1;
  return `A deeper muscle (layer ${layer}): peel ${n} ${n === 1 ? 'layer' : 'layers'} to reach it.`;
}

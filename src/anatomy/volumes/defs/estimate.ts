/** Volumes where no published series was at hand: flagged as estimates in their source, with a wide tolerance. */
import type { CitedVolume } from '../types';

/** An estimated volume in cm³ and why it is that size; `tolerance` defaults to ±45 %. */
export function estimate(cm3: number, why: string, tolerance = 0.45): CitedVolume {
  return { cm3, source: `estimate: ${why}`, tolerance };
}

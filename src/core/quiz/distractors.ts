/**
 * Plausible wrong answers: muscles of the same body region first, then of the neighbouring regions,
 * then of the same layer, then any; regions of the same area first. The caller says what must be
 * excluded (anything that would also be right by the data).
 */
import type { Muscle, Region } from '../dataset/schema';
import { BODY_REGIONS, type BodyRegion } from '../muscle-ids';
import type { Rng } from './prng';

function neighbours(region: string): Set<string> {
  const i = BODY_REGIONS.indexOf(region as BodyRegion);
  return new Set([BODY_REGIONS[i - 1], BODY_REGIONS[i + 1]].filter((r): r is BodyRegion => r !== undefined));
}

/** Takes up to `n` items from tiers in order, each tier shuffled, skipping repeats. */
function fromTiers<T extends { id: string }>(tiers: T[][], rng: Rng, n: number): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const tier of tiers) {
    for (const item of rng.shuffle(tier)) {
      if (out.length >= n) return out;
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

/** Up to `n` muscles that look like `target` (same region, nearby, same layer) and pass `allowed`. */
export function plausibleMuscles(
  all: readonly Muscle[],
  target: Muscle,
  allowed: (m: Muscle) => boolean,
  rng: Rng,
  n: number,
): Muscle[] {
  const pool = all.filter((m) => m.id !== target.id && allowed(m));
  const near = neighbours(target.bodyRegion);
  return fromTiers(
    [
      pool.filter((m) => m.bodyRegion === target.bodyRegion),
      pool.filter((m) => near.has(m.bodyRegion)),
      pool.filter((m) => m.layer === target.layer),
      pool,
    ],
    rng,
    n,
  );
}

/** Up to `n` regions near `target` (same area, then neighbouring areas, then any) that pass `allowed`. */
export function plausibleRegions(
  all: readonly Region[],
  target: Region,
  allowed: (r: Region) => boolean,
  rng: Rng,
  n: number,
): Region[] {
  const pool = all.filter((r) => r.id !== target.id && allowed(r));
  const near = neighbours(target.area);
  return fromTiers([pool.filter((r) => r.area === target.area), pool.filter((r) => near.has(r.area)), pool], rng, n);
}

/**
 * The hierarchy of pain regions: which finer regions lie within a coarser one (`within` in the dataset).
 * Pure; tolerant of cycles and unknown ids (the schema reports those), so it never loops or throws.
 */

/** The least a region needs to take part in the hierarchy. */
export interface RegionLink {
  id: string;
  within?: readonly string[] | undefined;
}

/** Lookups over the region hierarchy. */
export interface RegionTree {
  /** Regions lying directly within `id`. */
  inside(id: string): readonly string[];
  /** `id` itself and every region lying within it, at any depth (no repeats). */
  withDescendants(id: string): readonly string[];
  /** Every region `id` lies within, at any depth (not `id` itself). */
  ancestors(id: string): readonly string[];
}

function closure(start: string, next: (id: string) => readonly string[]): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++)
    for (const n of next(queue[i] as string))
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
  return queue;
}

/** Builds the lookups for a dataset's regions. */
export function regionTree(regions: readonly RegionLink[]): RegionTree {
  const known = new Set(regions.map((r) => r.id));
  const inside = new Map<string, string[]>();
  const up = new Map<string, string[]>();
  for (const r of regions) {
    const parents = (r.within ?? []).filter((w) => w !== r.id && known.has(w));
    up.set(r.id, parents);
    for (const p of parents) inside.set(p, [...(inside.get(p) ?? []), r.id]);
  }
  const down = new Map<string, string[]>();
  const anc = new Map<string, string[]>();
  return {
    inside: (id) => inside.get(id) ?? [],
    withDescendants(id) {
      let got = down.get(id);
      if (!got) down.set(id, (got = closure(id, (x) => inside.get(x) ?? [])));
      return got;
    },
    ancestors(id) {
      let got = anc.get(id);
      if (!got) anc.set(id, (got = closure(id, (x) => up.get(x) ?? []).slice(1)));
      return got;
    },
  };
}

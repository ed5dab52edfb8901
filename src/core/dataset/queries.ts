/**
 * Read-only lookups over a parsed dataset. `createIndex` builds every map once; the getters are
 * then constant-time. Ids are looked up as plain strings so URL and UI input can be passed as is.
 */
import { BODY_REGIONS, MUSCLES_BY_REGION, type BodyRegion } from '../muscle-ids';
import type { Condition, Dataset, Muscle, Reference, Region, TriggerPoint } from './schema';

/** Which zone of a trigger point's referred pain a region belongs to. */
export type Zone = 'essential' | 'spillover';

/** A muscle that refers pain to a region, with the trigger points that do so. */
export interface ReferringMuscle {
  muscle: Muscle;
  /** 'essential' when at least one of its trigger points has the region in its essential zone. */
  zone: Zone;
  triggerPoints: TriggerPoint[];
}

/** The dataset with its lookups, built once by `createIndex`. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  muscleById(id: string): Muscle | undefined;
  conditionById(id: string): Condition | undefined;
  regionById(id: string): Region | undefined;
  referenceById(id: string): Reference | undefined;
  /** A trigger point with the muscle it belongs to. */
  triggerPointById(id: string): { triggerPoint: TriggerPoint; muscle: Muscle } | undefined;
  /** Muscles of one body region, in the order of src/core/muscle-ids.ts (unlisted ones last). */
  musclesByRegion(region: BodyRegion): Muscle[];
  /** Every body region that has muscles, in atlas order, with its muscles. */
  muscleGroups(): { region: BodyRegion; muscles: Muscle[] }[];
  /** Muscles that list the condition (derived back-links), in atlas order. */
  musclesOfCondition(conditionId: string): Muscle[];
  conditionsOfMuscle(muscleId: string): Condition[];
  /** Muscles whose trigger points refer pain to the region: essential first, then spillover. */
  musclesReferringTo(regionId: string): ReferringMuscle[];
  /** Pain regions grouped by body area, in atlas order, names sorted within an area. */
  regionsByArea(): { area: BodyRegion; regions: Region[] }[];
}

const ATLAS_ORDER: ReadonlyMap<string, number> = new Map(
  BODY_REGIONS.flatMap((r) => MUSCLES_BY_REGION[r] as readonly string[]).map((id, i) => [id, i]),
);

function atlasRank(id: string): number {
  return ATLAS_ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
}

function byAtlasOrder(a: Muscle, b: Muscle): number {
  return atlasRank(a.id) - atlasRank(b.id) || a.name.localeCompare(b.name);
}

function mapById<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

/** Builds the lookups of a dataset. Cheap enough to call once per loaded dataset. */
export function createIndex(dataset: Dataset): DatasetIndex {
  const muscles = mapById(dataset.muscles);
  const conditions = mapById(dataset.conditions);
  const regions = mapById(dataset.regions);
  const references = mapById(dataset.references);
  const triggerPoints = new Map<string, { triggerPoint: TriggerPoint; muscle: Muscle }>();
  const byRegion = new Map<BodyRegion, Muscle[]>();
  const byCondition = new Map<string, Muscle[]>();
  const referring = new Map<string, Map<string, ReferringMuscle>>();

  const ordered = [...dataset.muscles].sort(byAtlasOrder);
  for (const muscle of ordered) {
    const region = muscle.bodyRegion as BodyRegion;
    byRegion.set(region, [...(byRegion.get(region) ?? []), muscle]);
    for (const c of muscle.conditions) byCondition.set(c, [...(byCondition.get(c) ?? []), muscle]);
    for (const tp of muscle.triggerPoints) {
      triggerPoints.set(tp.id, { triggerPoint: tp, muscle });
      for (const zone of ['essential', 'spillover'] as const) {
        for (const regionId of tp.referredPain[zone]) {
          const perMuscle = referring.get(regionId) ?? new Map<string, ReferringMuscle>();
          referring.set(regionId, perMuscle);
          const entry = perMuscle.get(muscle.id) ?? { muscle, zone, triggerPoints: [] };
          if (zone === 'essential') entry.zone = 'essential';
          if (!entry.triggerPoints.includes(tp)) entry.triggerPoints.push(tp);
          perMuscle.set(muscle.id, entry);
        }
      }
    }
  }

  const referringCache = new Map<string, ReferringMuscle[]>();
  const groups = BODY_REGIONS.filter((r) => byRegion.has(r)).map((region) => ({
    region,
    muscles: byRegion.get(region) ?? [],
  }));
  const areas = BODY_REGIONS.map((area) => ({
    area,
    regions: dataset.regions.filter((r) => r.area === area).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.regions.length > 0);

  return {
    dataset,
    muscleById: (id) => muscles.get(id),
    conditionById: (id) => conditions.get(id),
    regionById: (id) => regions.get(id),
    referenceById: (id) => references.get(id),
    triggerPointById: (id) => triggerPoints.get(id),
    musclesByRegion: (region) => byRegion.get(region) ?? [],
    muscleGroups: () => groups,
    musclesOfCondition: (id) => byCondition.get(id) ?? [],
    conditionsOfMuscle: (id) =>
      (muscles.get(id)?.conditions ?? []).flatMap((c) => {
        const found = conditions.get(c);
        return found ? [found] : [];
      }),
    musclesReferringTo: (regionId) => {
      const cached = referringCache.get(regionId);
      if (cached) return cached;
      const list = [...(referring.get(regionId)?.values() ?? [])].sort(
        (a, b) => (a.zone === b.zone ? 0 : a.zone === 'essential' ? -1 : 1) || byAtlasOrder(a.muscle, b.muscle),
      );
      referringCache.set(regionId, list);
      return list;
    },
    regionsByArea: () => areas,
  };
}

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built on first use and remembered for that dataset object. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    index = createIndex(dataset);
    indexCache.set(dataset, index);
  }
  return index;
}

/** A muscle's referred-pain regions over all its trigger points, essential and spillover apart. */
export function referredRegions(
  index: DatasetIndex,
  triggerPoints: readonly TriggerPoint[],
): { essential: Region[]; spillover: Region[] } {
  const essential = new Set<string>();
  const spillover = new Set<string>();
  for (const tp of triggerPoints) {
    for (const r of tp.referredPain.essential) essential.add(r);
    for (const r of tp.referredPain.spillover) spillover.add(r);
  }
  for (const r of essential) spillover.delete(r);
  const resolve = (ids: Set<string>) =>
    [...ids].flatMap((id) => {
      const region = index.regionById(id);
      return region ? [region] : [];
    });
  return { essential: resolve(essential), spillover: resolve(spillover) };
}

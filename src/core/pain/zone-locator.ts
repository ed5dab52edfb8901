/**
 * Which trigger points refer pain to a point on the body: for hovering a zone on the body.
 * Region shapes are resolved once per dataset and model; each query then tests a handful of capsules.
 */
import type { Side, Vec3 } from '../frame';
import type { Dataset, Region } from '../dataset/schema';
import { capsuleDistance, facingWeight, regionCapsules, type ZoneCapsule } from '../zones';
import { regionTree } from './region-tree';
import type { ZoneKind } from './rank';

/** A trigger point whose zone covers the queried point. */
export interface ReferringPoint {
  muscleId: string;
  muscleName: string;
  /** The side of the trigger point (which, with referralSide, may differ from the point's side). */
  side: Side;
  triggerPointId: string;
  label: string;
  regionId: string;
  zone: ZoneKind;
}

/** The regions at a point and the trigger points referring there, essential first. */
export interface ZoneHit {
  regions: { regionId: string; name: string; side: Side }[];
  referring: ReferringPoint[];
}

/** Builds the lookup for a dataset on a model's landmarks. */
export function zoneLocator(dataset: Dataset, landmarks: ReadonlyMap<string, Vec3>): (point: Vec3, normal?: Vec3) => ZoneHit {
  const byId = new Map(dataset.regions.map((r) => [r.id as string, r]));
  const tree = regionTree(dataset.regions);
  const shapes: { region: Region; side: Side; capsules: ZoneCapsule[] }[] = [];
  // Coarse regions without a shape of their own are not zones; their finer regions answer instead.
  for (const region of dataset.regions.filter((r) => r.patches.length > 0))
    for (const side of region.midline ? (['left'] as const) : (['left', 'right'] as const))
      shapes.push({ region, side, capsules: regionCapsules(region, side, landmarks, { byId, inside: tree.inside }).capsules });
  return (point, normal) => {
    const regions: ZoneHit['regions'] = [];
    const onSide = new Map<string, Side | 'both'>();
    for (const { region, side, capsules } of shapes) {
      const hit = capsules.some(
        (c) => capsuleDistance(c, point[0], point[1], point[2]) < 0 && (!normal || facingWeight(c, normal[0], normal[1], normal[2]) >= 0.5),
      );
      if (!hit) continue;
      regions.push({ regionId: region.id, name: region.name, side });
      onSide.set(region.id, region.midline ? 'both' : side);
    }
    const referring: ReferringPoint[] = [];
    for (const m of dataset.muscles)
      for (const tp of m.triggerPoints)
        for (const zone of ['essential', 'spillover'] as const)
          for (const regionId of tp.referredPain[zone]) {
            const where = onSide.get(regionId);
            if (where === undefined) continue;
            const sides: Side[] =
              where === 'both'
                ? ['left', 'right']
                : tp.referralSide === 'same'
                  ? [where]
                  : tp.referralSide === 'opposite'
                    ? [where === 'left' ? 'right' : 'left']
                    : ['left', 'right'];
            for (const side of sides)
              if (!referring.some((r) => r.triggerPointId === tp.id && r.side === side))
                referring.push({ muscleId: m.id, muscleName: m.name, side, triggerPointId: tp.id, label: tp.label, regionId, zone });
          }
    referring.sort((a, b) => (a.zone === b.zone ? a.muscleName.localeCompare(b.muscleName) : a.zone === 'essential' ? -1 : 1));
    return { regions, referring };
  };
}

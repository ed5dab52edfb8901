/**
 * "Where it hurts" → which muscles: ranks muscles and their trigger points by how well their referred-pain
 * zones match a pain drawing. One pure function serves the panel and the embed API.
 *
 * A drawing is a set of regions on a side and/or painted marks on the body. With a body surface (skin
 * samples and landmarks) everything is measured as area on the skin; without one, regions are matched
 * by name through the region hierarchy (a coarse choice finds the finer zones within it).
 *
 * Score of a trigger point = 0.75 × (share of the drawing its zones cover) + 0.25 × (share of its zones
 * the drawing covers), the essential zone counting fully and the spillover zone half. A muscle scores as
 * its best trigger point; its side honours each trigger point's `referralSide`.
 */
import { otherSide, type Side, type Vec3 } from '../frame';
import type { Dataset, Region, TriggerPoint } from '../dataset/schema';
import { regionCapsules, type RegionOnSide } from '../zones';
import { regionTree, type RegionTree } from './region-tree';
import type { BodySurface } from './surface';

/** A dab of paint on the body: its centre (body frame, metres) and brush radius (metres). */
export interface PaintMark {
  p: Vec3;
  r: number;
}

/** What the user marked as painful. */
export interface PainDrawing {
  regions?: readonly RegionOnSide[];
  marks?: readonly PaintMark[];
}

export type ZoneKind = 'essential' | 'spillover';

/** Why a trigger point ranks: one of its zones that overlaps the drawing. */
export interface ZoneOverlap {
  regionId: string;
  side: Side;
  zone: ZoneKind;
  /** 0..1: the share of the drawing this zone covers. */
  share: number;
}

/** One trigger point's match. */
export interface RankedTriggerPoint {
  triggerPointId: string;
  label: string;
  score: number;
  /** 0..1: how much of the drawing its zones cover (spillover counting half). */
  drawingCovered: number;
  /** 0..1: how much of its zones the drawing covers (spillover counting half). */
  zoneCovered: number;
  /** The overlapping zones, essential first, largest share first. */
  overlaps: ZoneOverlap[];
}

/** One muscle on one side, with its matching trigger points best first. */
export interface RankedMuscle {
  muscleId: string;
  name: string;
  side: Side;
  score: number;
  triggerPoints: RankedTriggerPoint[];
}

export interface RankOptions {
  /** Measure on this body surface (needed for painted marks); without it regions are matched by name. */
  surface?: BodySurface;
  /** Keep at most this many muscles (all that match when left out). */
  limit?: number;
}

const WEIGHT: Record<ZoneKind, number> = { essential: 1, spillover: 0.5 };
const DRAWING_SHARE = 0.75;
const SIDES: readonly Side[] = ['left', 'right'];

function sidesFor(referralSide: TriggerPoint['referralSide'], side: Side): Side[] {
  if (referralSide === 'same') return [side];
  if (referralSide === 'opposite') return [otherSide(side)];
  return [side, otherSide(side)];
}

interface ZoneItem {
  regionId: string;
  side: Side;
  zone: ZoneKind;
}

function zoneItems(tp: TriggerPoint, side: Side, midline: ReadonlySet<string>): ZoneItem[] {
  const items = new Map<string, ZoneItem>();
  for (const zone of ['essential', 'spillover'] as const)
    for (const s of sidesFor(tp.referralSide, side))
      for (const regionId of tp.referredPain[zone]) {
        const onSide = midline.has(regionId) ? side : s;
        const key = `${regionId}/${onSide}`;
        if (!items.has(key)) items.set(key, { regionId, side: onSide, zone });
      }
  return [...items.values()];
}

const finish = (tp: TriggerPoint, drawingCovered: number, zoneCovered: number, overlaps: ZoneOverlap[]): RankedTriggerPoint => ({
  triggerPointId: tp.id,
  label: tp.label,
  score: DRAWING_SHARE * drawingCovered + (1 - DRAWING_SHARE) * zoneCovered,
  drawingCovered,
  zoneCovered,
  overlaps: overlaps.sort((a, b) => (a.zone === b.zone ? b.share - a.share : a.zone === 'essential' ? -1 : 1)),
});

/** Matching by name: a drawn region matches a zone that is the same region, lies within it, or contains it. */
function byName(dataset: Dataset, drawn: readonly RegionOnSide[], tree: RegionTree, midline: ReadonlySet<string>) {
  const known = new Set(dataset.regions.map((r) => r.id as string));
  const items = drawn.filter((d) => known.has(d.regionId));
  const sameSide = (a: RegionOnSide, b: ZoneItem) => a.side === b.side || midline.has(a.regionId) || midline.has(b.regionId);
  // How well zone z covers drawn d (for the drawing) and d covers z (for the zone).
  const fit = (d: RegionOnSide, z: ZoneItem): { draw: number; zone: number } => {
    if (!sameSide(d, z)) return { draw: 0, zone: 0 };
    if (d.regionId === z.regionId) return { draw: 1, zone: 1 };
    if (tree.withDescendants(d.regionId).includes(z.regionId)) return { draw: 0.5, zone: 1 }; // a finer zone inside a coarse choice
    if (tree.withDescendants(z.regionId).includes(d.regionId)) return { draw: 1, zone: 0.5 }; // the zone contains what was drawn
    return { draw: 0, zone: 0 };
  };
  return (tp: TriggerPoint, side: Side): RankedTriggerPoint | null => {
    if (items.length === 0) return null;
    const zones = zoneItems(tp, side, midline);
    let drawSum = 0;
    const shares = new Map<ZoneItem, number>();
    for (const d of items) {
      let best = 0;
      for (const z of zones) {
        const f = fit(d, z);
        if (f.draw > 0) shares.set(z, (shares.get(z) ?? 0) + f.draw / items.length);
        best = Math.max(best, f.draw * WEIGHT[z.zone]);
      }
      drawSum += best;
    }
    let zoneSum = 0, zoneTotal = 0;
    for (const z of zones) {
      zoneTotal += WEIGHT[z.zone];
      zoneSum += WEIGHT[z.zone] * Math.max(0, ...items.map((d) => fit(d, z).zone));
    }
    if (drawSum <= 0) return null;
    const overlaps = [...shares].map(([z, share]) => ({ regionId: z.regionId, side: z.side, zone: z.zone, share: Math.min(1, share) }));
    return finish(tp, drawSum / items.length, zoneTotal > 0 ? zoneSum / zoneTotal : 0, overlaps);
  };
}

/** Samples (index → 1) the drawing covers on the surface. */
function drawingSamples(surface: BodySurface, drawing: PainDrawing, byId: ReadonlyMap<string, Region>, tree: RegionTree): Set<number> {
  const hit = new Set<number>();
  for (const { regionId, side } of drawing.regions ?? []) {
    const region = byId.get(regionId);
    if (!region) continue;
    const { capsules } = regionCapsules(region, side, surface.landmarks, { byId, inside: tree.inside, descendants: true });
    for (const i of surface.inside(capsules)) hit.add(i);
  }
  const n = surface.normals;
  for (const m of drawing.marks ?? []) {
    if (!(m.r > 0) || !m.p.every(Number.isFinite)) continue;
    const c = surface.nearest(m.p);
    if (c < 0) continue;
    const gx = (surface.positions[3 * c] as number) - m.p[0], gy = (surface.positions[3 * c + 1] as number) - m.p[1], gz = (surface.positions[3 * c + 2] as number) - m.p[2];
    if (gx * gx + gy * gy + gz * gz > m.r * m.r) continue; // paint off the body
    const cx = n[3 * c] as number, cy = n[3 * c + 1] as number, cz = n[3 * c + 2] as number;
    for (const i of surface.near(m.p, m.r))
      if ((n[3 * i] as number) * cx + (n[3 * i + 1] as number) * cy + (n[3 * i + 2] as number) * cz > 0.3) hit.add(i);
  }
  return hit;
}

/** Matching by area on the skin. */
function byArea(dataset: Dataset, drawing: PainDrawing, surface: BodySurface, tree: RegionTree, midline: ReadonlySet<string>) {
  const byId = new Map(dataset.regions.map((r) => [r.id as string, r]));
  const drawn = drawingSamples(surface, drawing, byId, tree);
  let drawnArea = 0;
  for (const i of drawn) drawnArea += surface.areas[i] as number;
  const cache = new Map<string, { area: number; overlap: number; samples: number[] }>();
  const regionOn = (regionId: string, side: Side) => {
    const key = `${regionId}/${side}`;
    let got = cache.get(key);
    if (!got) {
      const region = byId.get(regionId);
      const samples = region ? surface.inside(regionCapsules(region, side, surface.landmarks, { byId, inside: tree.inside }).capsules) : [];
      let area = 0, overlap = 0;
      for (const i of samples) {
        area += surface.areas[i] as number;
        if (drawn.has(i)) overlap += surface.areas[i] as number;
      }
      cache.set(key, (got = { area, overlap, samples }));
    }
    return got;
  };
  return (tp: TriggerPoint, side: Side): RankedTriggerPoint | null => {
    if (drawnArea <= 0) return null;
    const zones = zoneItems(tp, side, midline);
    if (!zones.some((z) => regionOn(z.regionId, z.side).overlap > 0)) return null;
    // Per sample, the heaviest zone that covers it.
    const weight = new Map<number, number>();
    for (const z of zones) for (const i of regionOn(z.regionId, z.side).samples) weight.set(i, Math.max(weight.get(i) ?? 0, WEIGHT[z.zone]));
    let covered = 0, zoneArea = 0, zoneCovered = 0;
    for (const [i, w] of weight) {
      const a = surface.areas[i] as number;
      zoneArea += a * w;
      if (drawn.has(i)) {
        covered += a * w;
        zoneCovered += a * w;
      }
    }
    const overlaps = zones
      .map((z) => ({ regionId: z.regionId, side: z.side, zone: z.zone, share: regionOn(z.regionId, z.side).overlap / drawnArea }))
      .filter((o) => o.share > 0);
    return finish(tp, covered / drawnArea, zoneArea > 0 ? zoneCovered / zoneArea : 0, overlaps);
  };
}

/**
 * Ranks muscles (per side) and their trigger points against a pain drawing, best first.
 * Unknown region ids are ignored; an empty drawing ranks nothing.
 */
export function rankPain(dataset: Dataset, drawing: PainDrawing, options: RankOptions = {}): RankedMuscle[] {
  const tree = regionTree(dataset.regions);
  const midline = new Set(dataset.regions.filter((r) => r.midline).map((r) => r.id as string));
  const score = options.surface
    ? byArea(dataset, drawing, options.surface, tree, midline)
    : byName(dataset, drawing.regions ?? [], tree, midline);
  const out: RankedMuscle[] = [];
  for (const muscle of dataset.muscles)
    for (const side of SIDES) {
      const tps = muscle.triggerPoints.map((tp) => score(tp, side)).filter((t): t is RankedTriggerPoint => t !== null);
      if (tps.length === 0) continue;
      tps.sort((a, b) => b.score - a.score);
      out.push({ muscleId: muscle.id, name: muscle.name, side, score: (tps[0] as RankedTriggerPoint).score, triggerPoints: tps });
    }
  out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || (a.side === 'left' ? -1 : 1));
  return options.limit === undefined ? out : out.slice(0, Math.max(0, options.limit));
}

/** The embed API's form: region ids on one side (left unless given). */
export function rankRegions(dataset: Dataset, regionIds: readonly string[], side: Side = 'left', options: RankOptions = {}): RankedMuscle[] {
  return rankPain(dataset, { regions: regionIds.map((regionId) => ({ regionId, side })) }, options);
}

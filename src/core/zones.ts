/**
 * Referred-pain zones as per-vertex weights on the skin.
 * A region is a union of patches (blobs around an anchor, strokes along a segment, or paths of tapered
 * strokes), each resolved to capsules; `facing` keeps only skin turned that way. Pure: no three.js, no DOM.
 */
import { otherSide, sideSign, type Side, type Vec3 } from './frame';
import { landmarkNodeKey, type LandmarkId } from './landmarks';
import type { Anchor, Dataset, Facing, Patch, Region } from './dataset/schema';
import { regionTree, type RegionTree } from './pain/region-tree';

/** One region painted on one side of the body. */
export interface RegionOnSide {
  regionId: string;
  side: Side;
}

/** The regions a selection paints: the essential zone and the spillover zone (never overlapping). */
export interface ZoneSelection {
  essential: RegionOnSide[];
  spillover: RegionOnSide[];
}

export interface ZoneWeightsInput {
  /** Skin vertex positions, xyz per vertex, in the body frame. */
  positions: ArrayLike<number>;
  /** Skin vertex normals (unit), xyz per vertex, in the body frame. */
  normals: ArrayLike<number>;
  /** Landmark positions by node key (`<id>-left`, `<id>-right`, or a midline id). */
  landmarks: ReadonlyMap<string, Vec3>;
  regions: readonly Region[];
  essential: readonly RegionOnSide[];
  spillover: readonly RegionOnSide[];
}

export interface ZoneWeights {
  /** 0..1 per vertex. */
  essential: Float32Array;
  /** 0..1 per vertex. */
  spillover: Float32Array;
  /** Anchors a patch needed but the model lacks, as "<landmark key> (region <id>)"; those patches are skipped. */
  missing: string[];
}

/** The fraction of a patch radius, from the rim inward, over which the weight fades to 0. */
export const SOFT_EDGE = 0.3;
/** A vertex is kept by `facing` when its normal's dot with the facing direction exceeds this. */
export const FACING_MIN_DOT = 0.2;
const FACING_SOFT = 0.1;

/** Resolves a dataset anchor on a side to a point, or null when a landmark is missing from the model. */
export function resolveAnchor(anchor: Anchor, side: Side, landmarks: ReadonlyMap<string, Vec3>): Vec3 | null {
  if (typeof anchor === 'string') return landmarks.get(landmarkNodeKey(anchor as LandmarkId, side)) ?? null;
  const [a, b] = anchor.between;
  const pa = landmarks.get(landmarkNodeKey(a as LandmarkId, side));
  const pb = landmarks.get(landmarkNodeKey(b as LandmarkId, side));
  if (!pa || !pb) return null;
  const t = anchor.t;
  return [pa[0] + (pb[0] - pa[0]) * t, pa[1] + (pb[1] - pa[1]) * t, pa[2] + (pb[2] - pa[2]) * t];
}

/** The unit direction a `facing` names on a side: lateral points away from the midline, medial toward it. */
export function facingDirection(facing: Facing, side: Side): Vec3 {
  const s = sideSign(side);
  switch (facing) {
    case 'anterior':
      return [0, 0, 1];
    case 'posterior':
      return [0, 0, -1];
    case 'superior':
      return [0, 1, 0];
    case 'inferior':
      return [0, -1, 0];
    case 'lateral':
      return [s, 0, 0];
    case 'medial':
      return [-s, 0, 0];
  }
}

function anchorName(anchor: Anchor, side: Side): string {
  if (typeof anchor === 'string') return landmarkNodeKey(anchor as LandmarkId, side);
  return anchor.between.map((a) => landmarkNodeKey(a as LandmarkId, side)).join('…');
}

/** Smooth 0→1 ramp between e0 and e1. */
function smooth(e0: number, e1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/**
 * One piece of a zone's shape resolved on the body: a segment a→b whose radius runs from ra to rb
 * (a blob has a = b), kept only on skin facing `facing` when that is given. Body frame, metres.
 */
export interface ZoneCapsule {
  a: Vec3;
  b: Vec3;
  ra: number;
  rb: number;
  facing: Vec3 | null;
}

const add3 = (p: Vec3, o: Vec3): Vec3 => [p[0] + o[0], p[1] + o[1], p[2] + o[2]];

/**
 * The capsules one patch of a region resolves to on a side, or the name of the anchor the model lacks.
 * Offsets are mirrored so that +x points away from the midline on either side.
 */
export function patchCapsules(patch: Patch, side: Side, landmarks: ReadonlyMap<string, Vec3>): ZoneCapsule[] | string {
  const s = sideSign(side);
  const mirror = (o: readonly [number, number, number] | undefined): Vec3 => (o ? [o[0] * s, o[1], o[2]] : [0, 0, 0]);
  const base = mirror(patch.offset);
  const facing = patch.facing ? facingDirection(patch.facing, side) : null;
  const point = (anchor: Anchor, extra?: readonly [number, number, number]): Vec3 | string => {
    const p = resolveAnchor(anchor, side, landmarks);
    return p ? add3(add3(p, base), mirror(extra)) : anchorName(anchor, side);
  };
  if (patch.path !== undefined) {
    const pts: { p: Vec3; r: number }[] = [];
    for (const q of patch.path) {
      const p = point(q.at, q.offset);
      if (typeof p === 'string') return p;
      pts.push({ p, r: q.radius });
    }
    const out: ZoneCapsule[] = [];
    for (let i = 1; i < pts.length; i++) {
      const u = pts[i - 1] as { p: Vec3; r: number };
      const v = pts[i] as { p: Vec3; r: number };
      out.push({ a: u.p, b: v.p, ra: u.r, rb: v.r, facing });
    }
    return out;
  }
  const r = patch.radius ?? 0;
  if (patch.at !== undefined) {
    const p = point(patch.at);
    return typeof p === 'string' ? p : [{ a: p, b: p, ra: r, rb: r, facing }];
  }
  if (patch.from !== undefined && patch.to !== undefined) {
    const p = point(patch.from);
    if (typeof p === 'string') return p;
    const q = point(patch.to);
    if (typeof q === 'string') return q;
    return [{ a: p, b: q, ra: r, rb: r, facing }];
  }
  return [];
}

/**
 * The capsules of a whole region on a side (both sides for a midline region), and the anchors the model
 * lacks. A coarse region without patches of its own takes the shapes of the regions within it, which
 * `inside` lists (see regionTree); with `descendants` true every region within it is added even when it
 * has its own shape (a drawing's coarse choice covers its finer zones).
 */
export function regionCapsules(
  region: Region,
  side: Side,
  landmarks: ReadonlyMap<string, Vec3>,
  lookup?: { byId: ReadonlyMap<string, Region>; inside: (id: string) => readonly string[]; descendants?: boolean },
): { capsules: ZoneCapsule[]; missing: string[] } {
  const capsules: ZoneCapsule[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const walk = (r: Region) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    const sides: readonly Side[] = r.midline ? ['left', 'right'] : [side];
    for (const sd of sides)
      for (const patch of r.patches) {
        const got = patchCapsules(patch, sd, landmarks);
        if (typeof got === 'string') missing.push(`${got} (region ${r.id})`);
        else capsules.push(...got);
      }
    if (!lookup || (r.patches.length > 0 && !lookup.descendants)) return;
    for (const id of lookup.inside(r.id)) {
      const child = lookup.byId.get(id);
      if (child) walk(child);
    }
  };
  walk(region);
  return { capsules, missing };
}

/**
 * Signed distance from a point to a capsule's surface (negative inside), in metres.
 * The radius is interpolated along the segment; for radii that change slowly along it this is the true
 * distance, and it is what the zone shader evaluates per fragment.
 */
export function capsuleDistance(c: ZoneCapsule, px: number, py: number, pz: number): number {
  const dx = c.b[0] - c.a[0], dy = c.b[1] - c.a[1], dz = c.b[2] - c.a[2];
  const len2 = dx * dx + dy * dy + dz * dz;
  let t = 0;
  if (len2 > 0) t = Math.min(1, Math.max(0, ((px - c.a[0]) * dx + (py - c.a[1]) * dy + (pz - c.a[2]) * dz) / len2));
  const cx = c.a[0] + dx * t - px, cy = c.a[1] + dy * t - py, cz = c.a[2] + dz * t - pz;
  return Math.sqrt(cx * cx + cy * cy + cz * cz) - (c.ra + (c.rb - c.ra) * t);
}

/** 0..1: how far a surface normal passes a capsule's facing test (1 when it has none). */
export function facingWeight(c: ZoneCapsule, nx: number, ny: number, nz: number): number {
  if (!c.facing) return 1;
  const dot = nx * c.facing[0] + ny * c.facing[1] + nz * c.facing[2];
  return smooth(FACING_MIN_DOT - FACING_SOFT / 2, FACING_MIN_DOT + FACING_SOFT / 2, dot);
}

/** Paints one capsule into `out` (max-combined) with a soft rim SOFT_EDGE of its radius wide. */
function paintCapsule(c: ZoneCapsule, input: ZoneWeightsInput, out: Float32Array): void {
  const { positions, normals } = input;
  const n = Math.floor(positions.length / 3);
  const rMax = Math.max(c.ra, c.rb);
  for (let i = 0; i < n; i++) {
    const px = positions[3 * i] as number, py = positions[3 * i + 1] as number, pz = positions[3 * i + 2] as number;
    const d = capsuleDistance(c, px, py, pz);
    if (d >= 0) continue;
    let w = 1 - smooth(-SOFT_EDGE * rMax, 0, d);
    if (c.facing) w *= facingWeight(c, normals[3 * i] as number, normals[3 * i + 1] as number, normals[3 * i + 2] as number);
    if (w > (out[i] as number)) out[i] = w;
  }
}

function paintRegions(list: readonly RegionOnSide[], input: ZoneWeightsInput, byId: ReadonlyMap<string, Region>, tree: RegionTree, out: Float32Array, missing: Set<string>): void {
  for (const { regionId, side } of list) {
    const region = byId.get(regionId);
    if (!region) {
      missing.add(`region ${regionId} (not in the dataset)`);
      continue;
    }
    const got = regionCapsules(region, side, input.landmarks, { byId, inside: tree.inside });
    got.missing.forEach((m) => missing.add(m));
    for (const c of got.capsules) paintCapsule(c, input, out);
  }
}

/**
 * Per-vertex essential and spillover weights (0..1) for the given regions on the skin.
 * Runs once per selection change, never per frame.
 */
export function computeZoneWeights(input: ZoneWeightsInput): ZoneWeights {
  const n = Math.floor(input.positions.length / 3);
  if (input.normals.length < n * 3)
    throw new Error(`computeZoneWeights: ${n} positions but only ${Math.floor(input.normals.length / 3)} normals; give the skin vertex normals`);
  const byId = new Map(input.regions.map((r) => [r.id as string, r]));
  const essential = new Float32Array(n);
  const spillover = new Float32Array(n);
  const missing = new Set<string>();
  const tree = regionTree(input.regions);
  paintRegions(input.essential, input, byId, tree, essential, missing);
  paintRegions(input.spillover, input, byId, tree, spillover, missing);
  return { essential, spillover, missing: [...missing] };
}

function sidesFor(referralSide: 'same' | 'both' | 'opposite', side: Side): Side[] {
  if (referralSide === 'same') return [side];
  if (referralSide === 'opposite') return [otherSide(side)];
  return [side, otherSide(side)];
}

/**
 * The regions painted for a muscle side: every trigger point's zones, or the focused one's alone.
 * Midline regions are listed once (on the selection's side). A region on a side that is essential for
 * any trigger point is never also listed as spillover.
 */
export function zonesForSelection(dataset: Dataset, muscleId: string, side: Side, triggerPointId: string | null): ZoneSelection {
  const muscle = dataset.muscles.find((m) => m.id === muscleId);
  if (!muscle) return { essential: [], spillover: [] };
  const midline = new Set(dataset.regions.filter((r) => r.midline).map((r) => r.id as string));
  const points = triggerPointId === null ? muscle.triggerPoints : muscle.triggerPoints.filter((tp) => tp.id === triggerPointId);
  const essential = new Map<string, RegionOnSide>();
  const spillover = new Map<string, RegionOnSide>();
  const add = (into: Map<string, RegionOnSide>, regionId: string, s: Side) => {
    const onSide = midline.has(regionId) ? side : s;
    const key = `${regionId}/${onSide}`;
    if (!into.has(key)) into.set(key, { regionId, side: onSide });
  };
  for (const tp of points) {
    for (const s of sidesFor(tp.referralSide, side)) {
      for (const r of tp.referredPain.essential) add(essential, r, s);
      for (const r of tp.referredPain.spillover) add(spillover, r, s);
    }
  }
  for (const key of essential.keys()) spillover.delete(key);
  return { essential: [...essential.values()], spillover: [...spillover.values()] };
}

/** The capsules a zone selection resolves to, essential and spillover apart (what the zone shader draws). */
export interface SelectionCapsules {
  essential: ZoneCapsule[];
  spillover: ZoneCapsule[];
  /** Anchors the model lacks and regions the dataset lacks; those pieces are left out. */
  missing: string[];
}

/** Resolves a zone selection (see zonesForSelection) to capsules on the body. Pure. */
export function selectionCapsules(regions: readonly Region[], selection: ZoneSelection, landmarks: ReadonlyMap<string, Vec3>): SelectionCapsules {
  const byId = new Map(regions.map((r) => [r.id as string, r]));
  const tree = regionTree(regions);
  const missing = new Set<string>();
  const resolve = (list: readonly RegionOnSide[]) =>
    list.flatMap(({ regionId, side }) => {
      const region = byId.get(regionId);
      if (!region) {
        missing.add(`region ${regionId} (not in the dataset)`);
        return [];
      }
      const got = regionCapsules(region, side, landmarks, { byId, inside: tree.inside });
      got.missing.forEach((m) => missing.add(m));
      return got.capsules;
    });
  return { essential: resolve(selection.essential), spillover: resolve(selection.spillover), missing: [...missing] };
}

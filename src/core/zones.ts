/**
 * Referred-pain zones as per-vertex weights on the skin.
 * A region is a union of patches (blobs around an anchor, or strokes along a segment), each with a
 * soft edge; `facing` keeps only skin turned that way. Pure: no three.js, no DOM.
 */
import { otherSide, sideSign, type Side, type Vec3 } from './frame';
import { landmarkNodeKey, type LandmarkId } from './landmarks';
import type { Anchor, Dataset, Facing, Patch, Region } from './dataset/schema';

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

/** Paints one patch on one side into `out` (max-combined). Returns a missing-anchor name, or null. */
function paintPatch(patch: Patch, side: Side, input: ZoneWeightsInput, out: Float32Array, regionId: string): string | null {
  const { positions, normals, landmarks } = input;
  const s = sideSign(side);
  const off = patch.offset ?? [0, 0, 0];
  const ox = off[0] * s;
  const oy = off[1];
  const oz = off[2];
  let ax: number, ay: number, az: number;
  let bx: number, by: number, bz: number;
  if (patch.at !== undefined) {
    const p = resolveAnchor(patch.at, side, landmarks);
    if (!p) return `${anchorName(patch.at, side)} (region ${regionId})`;
    ax = bx = p[0] + ox;
    ay = by = p[1] + oy;
    az = bz = p[2] + oz;
  } else if (patch.from !== undefined && patch.to !== undefined) {
    const p = resolveAnchor(patch.from, side, landmarks);
    const q = resolveAnchor(patch.to, side, landmarks);
    if (!p) return `${anchorName(patch.from, side)} (region ${regionId})`;
    if (!q) return `${anchorName(patch.to, side)} (region ${regionId})`;
    ax = p[0] + ox; ay = p[1] + oy; az = p[2] + oz;
    bx = q[0] + ox; by = q[1] + oy; bz = q[2] + oz;
  } else {
    return null;
  }
  const dx = bx - ax, dy = by - ay, dz = bz - az;
  const len2 = dx * dx + dy * dy + dz * dz;
  const r = patch.radius;
  const inner = r * (1 - SOFT_EDGE);
  const dir = patch.facing ? facingDirection(patch.facing, side) : null;
  const n = Math.floor(positions.length / 3);
  for (let i = 0; i < n; i++) {
    const px = positions[3 * i] as number, py = positions[3 * i + 1] as number, pz = positions[3 * i + 2] as number;
    let t = 0;
    if (len2 > 0) t = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy + (pz - az) * dz) / len2));
    const cx = ax + dx * t - px, cy = ay + dy * t - py, cz = az + dz * t - pz;
    const d2 = cx * cx + cy * cy + cz * cz;
    if (d2 >= r * r) continue;
    let w = 1 - smooth(inner, r, Math.sqrt(d2));
    if (dir) {
      const dot = (normals[3 * i] as number) * dir[0] + (normals[3 * i + 1] as number) * dir[1] + (normals[3 * i + 2] as number) * dir[2];
      w *= smooth(FACING_MIN_DOT - FACING_SOFT / 2, FACING_MIN_DOT + FACING_SOFT / 2, dot);
    }
    if (w > (out[i] as number)) out[i] = w;
  }
  return null;
}

function paintRegions(list: readonly RegionOnSide[], input: ZoneWeightsInput, byId: ReadonlyMap<string, Region>, out: Float32Array, missing: Set<string>): void {
  for (const { regionId, side } of list) {
    const region = byId.get(regionId);
    if (!region) {
      missing.add(`region ${regionId} (not in the dataset)`);
      continue;
    }
    const sides: readonly Side[] = region.midline ? ['left', 'right'] : [side];
    for (const s of sides)
      for (const patch of region.patches) {
        const gap = paintPatch(patch, s, input, out, regionId);
        if (gap) missing.add(gap);
      }
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
  paintRegions(input.essential, input, byId, essential, missing);
  paintRegions(input.spillover, input, byId, spillover, missing);
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

/**
 * Pain drawings as data: brush strokes turned into marks, marks into capsules for the field shader, and
 * the edits the panel offers (add a stroke, clear a side). Pure and immutable.
 */
import type { Side, Vec3 } from '../frame';
import type { RegionOnSide, ZoneCapsule } from '../zones';
import type { PainDrawing, PaintMark } from './rank';

/** A drawing the panel edits: painted marks and chosen regions. */
export interface PainSketch {
  marks: readonly PaintMark[];
  regions: readonly RegionOnSide[];
}

/** The empty sketch. */
export const EMPTY_SKETCH: PainSketch = { marks: [], regions: [] };

/** The side of the body a mark lies on (the body's left is +x). */
export function markSide(mark: PaintMark): Side {
  return mark.p[0] >= 0 ? 'left' : 'right';
}

const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * Brush dabs along a stroke's surface points, evenly `spacing` × radius apart along the path (the first
 * and last point always kept), so that a quick drag and a slow one give the same drawing.
 */
export function strokeMarks(points: readonly Vec3[], radius: number, spacing = 0.6): PaintMark[] {
  const pts = points.filter((p) => p.every(Number.isFinite));
  const first = pts[0];
  if (first === undefined) return [];
  const step = Math.max(1e-4, radius * spacing);
  const out: PaintMark[] = [{ p: [first[0], first[1], first[2]], r: radius }];
  let carried = 0; // path length since the last dab
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] as Vec3, b = pts[i] as Vec3;
    const len = dist(a, b);
    let t = step - carried;
    while (t <= len) {
      const f = t / len;
      out.push({ p: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f], r: radius });
      t += step;
    }
    carried = len - (t - step);
  }
  const last = pts[pts.length - 1] as Vec3;
  const prev = out[out.length - 1] as PaintMark;
  if (dist(prev.p, last) > step * 0.25) out.push({ p: [last[0], last[1], last[2]], r: radius });
  return out;
}

/** Adds a stroke's marks to a sketch. */
export function addMarks(sketch: PainSketch, marks: readonly PaintMark[]): PainSketch {
  return marks.length === 0 ? sketch : { ...sketch, marks: [...sketch.marks, ...marks] };
}

/** Adds or removes a region on a side. */
export function toggleRegion(sketch: PainSketch, region: RegionOnSide): PainSketch {
  const has = sketch.regions.some((r) => r.regionId === region.regionId && r.side === region.side);
  return {
    ...sketch,
    regions: has ? sketch.regions.filter((r) => !(r.regionId === region.regionId && r.side === region.side)) : [...sketch.regions, region],
  };
}

/** Clears one side of the body (marks on it and regions chosen on it), or everything. */
export function clearSketch(sketch: PainSketch, side?: Side): PainSketch {
  if (side === undefined) return EMPTY_SKETCH;
  return { marks: sketch.marks.filter((m) => markSide(m) !== side), regions: sketch.regions.filter((r) => r.side !== side) };
}

/** How many marks and regions a sketch has on each side. */
export function sketchSides(sketch: PainSketch): Record<Side, number> {
  const count: Record<Side, number> = { left: 0, right: 0 };
  for (const m of sketch.marks) count[markSide(m)]++;
  for (const r of sketch.regions) count[r.side]++;
  return count;
}

/** True when the sketch has nothing in it. */
export function isEmptySketch(sketch: PainDrawing): boolean {
  return (sketch.marks?.length ?? 0) === 0 && (sketch.regions?.length ?? 0) === 0;
}

/**
 * Capsules that draw painted marks: successive marks close enough to touch are joined into one tapered
 * stroke, so a brush stroke reads as a smooth band; a lone mark is a disc.
 */
export function drawingCapsules(marks: readonly PaintMark[]): ZoneCapsule[] {
  const out: ZoneCapsule[] = [];
  let prev: PaintMark | null = null;
  let joined = false;
  for (const m of marks) {
    if (prev && dist(prev.p, m.p) <= 1.6 * Math.max(prev.r, m.r)) {
      out.push({ a: prev.p, b: m.p, ra: prev.r, rb: m.r, facing: null });
      joined = true;
    } else {
      if (prev && !joined) out.push({ a: prev.p, b: prev.p, ra: prev.r, rb: prev.r, facing: null });
      joined = false;
    }
    prev = m;
  }
  if (prev && !joined) out.push({ a: prev.p, b: prev.p, ra: prev.r, rb: prev.r, facing: null });
  return out;
}

/**
 * Choosing the camera directions for a handout's pictures: the views that face the trigger points
 * and the painted zones best, picked greedily so the second picture shows what the first misses.
 * Pure: the caller supplies surface normals (body frame: +Z forward, +X the body's left).
 */
import type { Vec3 } from '../frame';

/** A direction the handout may picture the body from. */
export interface HandoutView {
  id: 'front' | 'front-left' | 'left' | 'back-left' | 'back' | 'back-right' | 'right' | 'front-right';
  /** Caption, from the viewer's point of view. */
  label: string;
  /** Unit vector from the body toward the camera. */
  dir: Vec3;
  /** How much what this view shows counts (1 for the plain front, back and sides; less for the turned views, which read less easily). */
  bias: number;
}

const D = Math.SQRT1_2;
/** The candidate views, front first (ties go to the earlier one). */
export const HANDOUT_VIEWS: readonly HandoutView[] = [
  { id: 'front', label: 'Front', dir: [0, 0, 1], bias: 1 },
  { id: 'back', label: 'Back', dir: [0, 0, -1], bias: 1 },
  { id: 'left', label: 'Left side', dir: [1, 0, 0], bias: 1 },
  { id: 'right', label: 'Right side', dir: [-1, 0, 0], bias: 1 },
  { id: 'front-left', label: 'Front, from the left side', dir: [D, 0, D], bias: 0.75 },
  { id: 'front-right', label: 'Front, from the right side', dir: [-D, 0, D], bias: 0.75 },
  { id: 'back-left', label: 'Back, from the left side', dir: [D, 0, -D], bias: 0.75 },
  { id: 'back-right', label: 'Back, from the right side', dir: [-D, 0, -D], bias: 0.75 },
];

/** A surface direction to be seen, with how much it matters. */
export interface ViewSample {
  normal: Vec3;
  weight: number;
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** How well a view shows a surface turned `facing` (cosine) toward it: squared, so grazing views count little. */
const seen = (facing: number) => (facing > 0 ? facing * facing : 0);

/**
 * The `count` views that together show the samples best: every combination of candidates at least
 * `minAngleDeg` apart is tried, each sample counting by how squarely its best view faces it. The
 * result is ordered by what each view shows on its own, best first. With no samples: front and back.
 */
export function chooseViews(samples: readonly ViewSample[], count = 2, minAngleDeg = 60, candidates: readonly HandoutView[] = HANDOUT_VIEWS): HandoutView[] {
  const unit = samples.flatMap((s) => {
    const l = Math.sqrt(dot(s.normal, s.normal));
    if (!(s.weight > 0) || !Number.isFinite(l) || l < 1e-9) return [];
    return [{ n: [s.normal[0] / l, s.normal[1] / l, s.normal[2] / l] as Vec3, w: s.weight }];
  });
  const maxDot = Math.cos((minAngleDeg * Math.PI) / 180) + 1e-9;
  const alone = candidates.map((v) => unit.reduce((sum, s) => sum + s.w * v.bias * seen(dot(s.n, v.dir)), 0));
  let best: { picks: number[]; score: number } | null = null;
  const picks: number[] = [];
  const search = (from: number) => {
    if (picks.length === count) {
      const score = unit.reduce((sum, s) => sum + s.w * Math.max(...picks.map((i) => candidates[i]!.bias * seen(dot(s.n, candidates[i]!.dir)))), 0);
      if (!best || score > best.score + 1e-9) best = { picks: [...picks], score };
      return;
    }
    for (let i = from; i < candidates.length; i++) {
      const v = candidates[i]!;
      if (picks.some((j) => dot(candidates[j]!.dir, v.dir) > maxDot)) continue;
      picks.push(i);
      search(i + 1);
      picks.pop();
    }
  };
  search(0);
  const found = (best as { picks: number[] } | null)?.picks ?? [];
  return [...found].sort((a, b) => (alone[b] ?? 0) - (alone[a] ?? 0) || a - b).map((i) => candidates[i]!);
}

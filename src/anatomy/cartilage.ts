/**
 * Which vertices of the rib meshes are costal cartilage, as a weight per vertex (0 bone, 1 cartilage;
 * written as the glTF attribute _CARTILAGE and drawn in a cartilage colour). The ribs are polygonized
 * with their cartilages as one smooth field (bones/thorax.ts), so the weight is read back from the
 * cartilages' own axes: a vertex near the axis of cartilage n and past its costochondral junction is
 * cartilage. It is computed on the cached mesh at build time, so it costs no rebuild of the bones.
 * The larynx (thyroid and cricoid cartilages) and the trachea are cartilage throughout (weight 1); the
 * hyoid is bone.
 */
import { curvePoints } from './curve';
import type { MeshData } from './mesh';
import { cartilagePoints } from './bones/thorax';
import { dot, smoothstep, sub, type V3 } from './vec';

/** Bones that are cartilage throughout: every vertex has weight 1. */
export const CARTILAGE_BONES: ReadonlySet<string> = new Set(['larynx', 'trachea']);

/** A bone mesh with its cartilage weight per vertex (0 bone, 1 cartilage), written as _CARTILAGE. */
export type CartilageMesh = MeshData & { cartilage?: Float32Array };

/** A vertex this near a cartilage's axis (m) is cartilage… */
const NEAR = 0.0105;
/** …fading to bone by this distance (farther is the neighbouring rib or the sternum). */
const FAR = 0.0135;
/** Past the costochondral junction the colour turns over this length of the axis (m). */
const TURN = 0.004;

interface Axis {
  points: V3[];
  /** Arc length at each point, from the costochondral junction. */
  at: number[];
}

let axes: Axis[] | null = null;

/** The left cartilages' axes (ribs 1–10), sampled as their sweeps are. */
function cartilageAxes(): Axis[] {
  axes ??= Array.from({ length: 10 }, (_, i) => {
    const points = curvePoints(cartilagePoints(i + 1), 6);
    const at = [0];
    for (let k = 1; k < points.length; k++) {
      const d = sub(points[k]!, points[k - 1]!);
      at.push(at[k - 1]! + Math.hypot(d[0], d[1], d[2]));
    }
    return { points, at };
  });
  return axes;
}

/** Distance from p to an axis and the arc length of the nearest point on it. */
function nearestOnAxis(p: V3, a: Axis): { d: number; s: number } {
  let best = { d: Infinity, s: 0 };
  for (let k = 0; k + 1 < a.points.length; k++) {
    const p0 = a.points[k]!, seg = sub(a.points[k + 1]!, p0);
    const l2 = dot(seg, seg);
    const t = l2 > 0 ? Math.min(1, Math.max(0, dot(sub(p, p0), seg) / l2)) : 0;
    const q: V3 = [p0[0] + seg[0] * t, p0[1] + seg[1] * t, p0[2] + seg[2] * t];
    const d = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
    if (d < best.d) best = { d, s: a.at[k]! + (a.at[k + 1]! - a.at[k]!) * t };
  }
  return best;
}

/** The cartilage weight of a point of the left rib cage (mirror x for the right side first). */
export function cartilageWeight(p: V3): number {
  let w = 0;
  for (const a of cartilageAxes()) {
    const { d, s } = nearestOnAxis(p, a);
    if (d >= FAR) continue;
    w = Math.max(w, (1 - smoothstep(NEAR, FAR, d)) * smoothstep(0, TURN, s));
  }
  return w;
}

/** Cartilage weights of a rib mesh's vertices; `mirrored` for the right side's mesh. */
export function cartilageWeights(positions: Float32Array, mirrored = false): Float32Array {
  const out = new Float32Array(positions.length / 3);
  for (let i = 0; i < out.length; i++) {
    const x = positions[i * 3]!;
    out[i] = cartilageWeight([mirrored ? -x : x, positions[i * 3 + 1]!, positions[i * 3 + 2]!]);
  }
  return out;
}

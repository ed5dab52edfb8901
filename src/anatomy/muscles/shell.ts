/**
 * Flat muscles, fans and caps: a sheet of fibre curves from an origin line to an insertion line,
 * laid on the skin (superficial) or on bone (deep), then thickened into a closed lens-shaped solid.
 */
import type { BuildContext, Field } from '../context';
import { computeNormals, flipWinding, type MeshData } from '../mesh';
import { add, cross, dot, lerp, scale, smoothstep, sub, type V3 } from '../vec';
import { alongPolyline, anchorPoint } from './anchors';
import { gradient, projectToLevel } from './field-ops';
import { constrain, type ConstrainOptions, type MuscleShape, type SurfacePoint } from './shape';
import type { ShellDef } from './types';

/** Options of the shell step, with defaults. */
export interface ShellOptions extends ConstrainOptions {
  segments: [number, number];
  /** Fraction of the length at each end over which fibres leave their ground for the attachment. */
  endBlend: number;
}
/** Samples per laid fibre (a power of two). */
const FIBRE_STEPS = 64;

export const SHELL_DEFAULTS: ShellOptions = { segments: [20, 10], endBlend: 0.14, skinMargin: 0.0015, boneClearance: 0.002 };

function fibre(o: V3, via: V3 | null, ins: V3, u: number): V3 {
  if (!via) return add(scale(o, 1 - u), scale(ins, u));
  // quadratic Bézier passing through `via` at u = 0.5
  const c: V3 = [2 * via[0] - (o[0] + ins[0]) / 2, 2 * via[1] - (o[1] + ins[1]) / 2, 2 * via[2] - (o[2] + ins[2]) / 2];
  const a = (1 - u) * (1 - u), b = 2 * u * (1 - u), d = u * u;
  return [a * o[0] + b * c[0] + d * ins[0], a * o[1] + b * c[1] + d * ins[1], a * o[2] + b * c[2] + d * ins[2]];
}

/** Relative thickness over the sheet: thin tendons at the ends, thinning to the edges. */
export function shellThickness(u: number, v: number, tendon: [number, number]): number {
  const belly = smoothstep(0, tendon[0] + 0.12, u) * smoothstep(1, 1 - tendon[1] - 0.12, u);
  const edge = Math.sqrt(Math.max(0, 1 - (2 * v - 1) ** 2));
  return Math.max(0.12, belly) * Math.max(0.25, edge);
}

/** Builds a shell muscle (left side). */
export function buildShell(def: ShellDef, ctx: BuildContext, opts: Partial<ShellOptions> = {}): MuscleShape {
  const o: ShellOptions = { ...SHELL_DEFAULTS, ...opts, ...(def.segments ? { segments: def.segments } : {}) };
  if (def.skinMargin !== undefined) o.skinMargin = def.skinMargin;
  if (def.clearBones === false) o.boneClearance = 0;
  const origin = def.origin.map(anchorPoint);
  const insertion = def.insertion.map(anchorPoint);
  const via = def.via?.map(anchorPoint) ?? null;
  const tendon = def.tendon ?? [0.05, 0.1];
  const ground: Field | null =
    def.ground.on === 'skin' ? ctx.skin : def.ground.on === 'bone' ? ctx.bone(def.ground.bones) : null;

  const level = def.ground.on === 'skin' ? -def.ground.depth : def.ground.on === 'bone' ? def.ground.height : 0;
  const columns = new Map<number, V3[]>();
  /**
   * One fibre laid on its ground, finely sampled. Points are placed by halving: each midpoint starts
   * between its two laid neighbours (plus the raw curve's bend) before projection, so the fibre hugs
   * the surface through hollows (the side of the neck, the armpit) instead of bridging them.
   */
  const laidFibre = (v: number): V3[] => {
    const hit = columns.get(v);
    if (hit) return hit;
    const o0 = alongPolyline(origin, v), v0 = via ? alongPolyline(via, v) : null, i0 = alongPolyline(insertion, v);
    const raw = Array.from({ length: FIBRE_STEPS + 1 }, (_, k) => fibre(o0, v0, i0, k / FIBRE_STEPS));
    const laid: V3[] = new Array<V3>(FIBRE_STEPS + 1);
    laid[0] = projectToLevel(ground!, raw[0]!, level);
    laid[FIBRE_STEPS] = projectToLevel(ground!, raw[FIBRE_STEPS]!, level);
    const fill = (a: number, b: number): void => {
      if (b - a < 2) return;
      const m = (a + b) >> 1;
      const bend = sub(raw[m]!, lerp(raw[a]!, raw[b]!, (m - a) / (b - a)));
      laid[m] = projectToLevel(ground!, add(lerp(laid[a]!, laid[b]!, (m - a) / (b - a)), bend), level);
      fill(a, m);
      fill(m, b);
    };
    fill(0, FIBRE_STEPS);
    columns.set(v, laid);
    return laid;
  };
  const laidAt = (u: number, v: number): V3 => {
    const col = laidFibre(v);
    const f = u * FIBRE_STEPS, k = Math.min(FIBRE_STEPS - 1, Math.floor(f));
    return projectToLevel(ground!, lerp(col[k]!, col[k + 1]!, f - k), level, 3);
  };

  /** Outer and inner points of the sheet at (u, v). */
  const sample = (u: number, v: number): { outer: V3; inner: V3; normal: V3 } => {
    const raw = fibre(alongPolyline(origin, v), via ? alongPolyline(via, v) : null, alongPolyline(insertion, v), u);
    const t = def.thickness * shellThickness(u, v, tendon);
    let outer: V3, inner: V3, normal: V3;
    // fibres follow their ground over the belly and dive to their attachments at the ends
    const w = smoothstep(0, o.endBlend, u) * smoothstep(1, 1 - o.endBlend, u);
    if (def.ground.on === 'skin' && ground) {
      const laid = laidAt(u, v);
      normal = gradient(ground, laid);
      outer = lerp(raw, laid, w);
      inner = sub(outer, scale(normal, t));
    } else if (def.ground.on === 'bone' && ground) {
      const laid = laidAt(u, v);
      normal = gradient(ground, laid);
      inner = lerp(raw, laid, w);
      outer = add(inner, scale(normal, t));
    } else {
      normal = gradient(ctx.skin, raw);
      outer = add(raw, scale(normal, t / 2));
      inner = sub(raw, scale(normal, t / 2));
    }
    return { outer: constrain(ctx, outer, o), inner: constrain(ctx, inner, { ...o, skinMargin: o.skinMargin + 0.001 }), normal };
  };

  const [nu, nv] = o.segments;
  const cols = nu + 1, rows = nv + 1, n = cols * rows;
  const positions = new Float32Array(n * 2 * 3);
  const uvs = new Float32Array(n * 2 * 2);
  const normalsAt: V3[] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const u = i / nu, v = j / nv, k = j * cols + i;
      const s = sample(u, v);
      positions.set(s.outer, k * 3);
      positions.set(s.inner, (n + k) * 3);
      uvs.set([u, v], k * 2);
      uvs.set([u, v], (n + k) * 2);
      normalsAt.push(s.normal);
    }
  }
  const idx: number[] = [];
  const O = (i: number, j: number) => j * cols + i;
  const I = (i: number, j: number) => n + j * cols + i;
  for (let j = 0; j < nv; j++)
    for (let i = 0; i < nu; i++) {
      idx.push(O(i, j), O(i + 1, j), O(i + 1, j + 1), O(i, j), O(i + 1, j + 1), O(i, j + 1));
      idx.push(I(i, j), I(i + 1, j + 1), I(i + 1, j), I(i, j), I(i, j + 1), I(i + 1, j + 1));
    }
  for (let i = 0; i < nu; i++) {
    idx.push(O(i, 0), I(i + 1, 0), O(i + 1, 0), O(i, 0), I(i, 0), I(i + 1, 0));
    idx.push(O(i, nv), O(i + 1, nv), I(i + 1, nv), O(i, nv), I(i + 1, nv), I(i, nv));
  }
  for (let j = 0; j < nv; j++) {
    idx.push(O(0, j), O(0, j + 1), I(0, j + 1), O(0, j), I(0, j + 1), I(0, j));
    idx.push(O(nu, j), I(nu, j + 1), O(nu, j + 1), O(nu, j), I(nu, j), I(nu, j + 1));
  }
  // orient: the outer face's winding must agree with the outward normal at the centre
  const ci = Math.floor(nu / 2), cj = Math.floor(nv / 2);
  const P = (k: number): V3 => [positions[k * 3]!, positions[k * 3 + 1]!, positions[k * 3 + 2]!];
  const du = sub(P(O(ci + 1, cj)), P(O(ci, cj))), dv = sub(P(O(ci, cj + 1)), P(O(ci, cj)));
  if (dot(cross(du, dv), normalsAt[cj * cols + ci]!) < 0) flipWinding(idx);
  const indices = Uint32Array.from(idx);
  const mesh: MeshData = { positions, normals: computeNormals(positions, indices), indices, uvs };
  return {
    mesh,
    surface(along: number, across: number): SurfacePoint {
      const s = sample(along, across);
      return { position: s.outer, normal: s.normal };
    },
  };
}

/**
 * Fusiform muscles: elliptical sections swept along a curve from origin to insertion with
 * parallel-transport frames (no twist), a belly profile with tendon tapers, laid under the skin or on bone.
 */
import type { BuildContext } from '../context';
import { computeNormals, flipWinding, type MeshData } from '../mesh';
import { add, cross, dot, lerp, norm, scale, smoothstep, sub, type V3 } from '../vec';
import { smoothCurve } from '../curve';
import { anchorPoint } from './anchors';
import { gradient, projectToLevel } from './field-ops';
import { constrain, type ConstrainOptions, type MuscleShape } from './shape';
import type { LoftDef } from './types';

/** Options of the loft step, with defaults. */
export interface SpindleOptions extends ConstrainOptions {
  /** Sections along the path and vertices around each section. */
  segments: [number, number];
}
export const SPINDLE_DEFAULTS: SpindleOptions = { segments: [22, 12], skinMargin: 0.0015, boneClearance: 0.002 };

/** Relative section size along the path: tendon-thin at the ends, fullest at `bellyAt`. */
export function loftProfile(s: number, tendon: [number, number], bellyAt: number): number {
  const a = tendon[0], b = 1 - tendon[1];
  if (s <= a || s >= b) return 0.14;
  const t = (s - a) / (b - a);
  const m = (bellyAt - a) / (b - a);
  const k = t < m ? Math.sin((Math.PI / 2) * (t / m)) : Math.sin((Math.PI / 2) * ((1 - t) / (1 - m)));
  return 0.14 + 0.86 * Math.pow(Math.max(0, k), 0.75);
}

/** Builds a loft muscle (left side). */
export function buildSpindle(def: LoftDef, ctx: BuildContext, opts: Partial<SpindleOptions> = {}): MuscleShape {
  const o: SpindleOptions = { ...SPINDLE_DEFAULTS, ...opts, ...(def.segments ? { segments: def.segments } : {}) };
  if (def.skinMargin !== undefined) o.skinMargin = def.skinMargin;
  if (def.clearBones === false) o.boneClearance = 0;
  const [ns, nr] = o.segments;
  const axis = smoothCurve(def.path.map(anchorPoint));
  const tendon = def.tendon ?? [0.08, 0.12];
  const bellyAt = def.bellyAt ?? 0.5;
  const depthRatio = def.depthRatio ?? 0.7;
  const groundField =
    def.ground.on === 'skin' ? ctx.skin : def.ground.on === 'bone' ? ctx.bone(def.ground.bones) : null;

  // centre line, pulled towards its ground in the middle while the ends stay on their attachments
  const centres: V3[] = [];
  const halfDepth: number[] = [];
  for (let i = 0; i <= ns; i++) {
    const s = i / ns;
    const raw = axis(s);
    const hd = def.width * depthRatio * loftProfile(s, tendon, bellyAt);
    halfDepth.push(hd);
    let c = raw;
    if (groundField && def.ground.on !== 'free') {
      const level = def.ground.on === 'skin' ? -(def.ground.depth + hd) : def.ground.height + hd;
      const target = projectToLevel(groundField, raw, level);
      c = lerp(raw, target, smoothstep(0, 0.3, s) * smoothstep(1, 0.7, s));
    }
    centres.push(c);
  }
  // parallel-transport frames: W across the muscle (lateral where it can be), D out of the body
  const tangents = centres.map((_, i) => norm(sub(centres[Math.min(i + 1, ns)]!, centres[Math.max(i - 1, 0)]!)));
  const mid = centres[Math.floor(ns / 2)]!;
  const outward = gradient(ctx.skin, mid);
  let w = def.widthAxis ? norm(def.widthAxis) : norm(cross(tangents[Math.floor(ns / 2)]!, outward));
  if (!def.widthAxis && w[0] < 0) w = scale(w, -1);
  // carry the mid frame back to the first section so the frame is set where the belly is
  for (let i = Math.floor(ns / 2); i > 0; i--) w = norm(sub(w, scale(tangents[i - 1]!, dot(w, tangents[i - 1]!))));
  const W: V3[] = [], D: V3[] = [];
  for (let i = 0; i <= ns; i++) {
    const t = tangents[i]!;
    w = norm(sub(w, scale(t, dot(w, t))));
    W.push(w);
    D.push(norm(cross(t, w)));
  }
  const dSign = dot(D[Math.floor(ns / 2)]!, outward) < 0 ? -1 : 1;

  const point = (i: number, theta: number): V3 => {
    const s = i / ns;
    const a = def.width * loftProfile(s, tendon, bellyAt);
    const b = halfDepth[i]!;
    return add(add(centres[i]!, scale(W[i]!, a * Math.cos(theta))), scale(D[i]!, dSign * b * Math.sin(theta)));
  };

  const ring = nr;
  const positions = new Float32Array(((ns + 1) * ring + 2) * 3);
  const uvs = new Float32Array(((ns + 1) * ring + 2) * 2);
  for (let i = 0; i <= ns; i++)
    for (let r = 0; r < ring; r++) {
      const theta = (r / ring) * Math.PI * 2;
      positions.set(constrain(ctx, point(i, theta), o), (i * ring + r) * 3);
      uvs.set([i / ns, 0.5 + 0.5 * Math.cos(theta)], (i * ring + r) * 2);
    }
  const capA = (ns + 1) * ring, capB = capA + 1;
  positions.set(constrain(ctx, centres[0]!, o), capA * 3);
  positions.set(constrain(ctx, centres[ns]!, o), capB * 3);
  uvs.set([0, 0.5], capA * 2);
  uvs.set([1, 0.5], capB * 2);
  const idx: number[] = [];
  for (let i = 0; i < ns; i++)
    for (let r = 0; r < ring; r++) {
      const a = i * ring + r, b = i * ring + ((r + 1) % ring), c = a + ring, d = b + ring;
      idx.push(a, c, b, b, c, d);
    }
  for (let r = 0; r < ring; r++) {
    idx.push(capA, r, (r + 1) % ring);
    idx.push(capB, ns * ring + ((r + 1) % ring), ns * ring + r);
  }
  // orient outward: compare a side face's normal with its radial direction at mid-length
  const mi = Math.floor(ns / 2);
  const pa = point(mi, 0), pb = point(mi, (2 * Math.PI) / ring), pc = point(mi + 1, 0);
  if (dot(cross(sub(pc, pa), sub(pb, pa)), sub(pa, centres[mi]!)) < 0) flipWinding(idx);
  const indices = Uint32Array.from(idx);
  const mesh: MeshData = { positions, normals: computeNormals(positions, indices), indices, uvs };
  return {
    mesh,
    surface(along, across) {
      const i = Math.round(along * ns);
      const theta = Math.PI / 2 - (across - 0.5) * 2 * (70 * Math.PI) / 180;
      // theta measured so that pi/2 faces outward; the sign of D is folded into point()
      const p = constrain(ctx, point(i, theta), o);
      const normal = norm(sub(p, centres[i]!));
      return { position: p, normal };
    },
  };
}

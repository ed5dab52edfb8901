/** What every muscle generator returns: a closed mesh and a way to find points on its outer face. */
import type { BuildContext } from '../context';
import { mergeMeshes, type MeshData } from '../mesh';
import { type V3 } from '../vec';
import { gradient, keepInside, keepOutside } from './field-ops';

export interface SurfacePoint {
  position: V3;
  normal: V3;
}

export interface MuscleShape {
  mesh: MeshData;
  /** A point on the outer (visible) face at `along` (origin 0 → insertion 1) and `across` (0 → 1). */
  surface(along: number, across: number): SurfacePoint;
}

export interface ConstrainOptions {
  /** Minimum depth under the skin (m). */
  skinMargin: number;
  /** Minimum clearance outside bone (m); 0 or less skips the bone check. */
  boneClearance: number;
}

/** Keeps a muscle point out of bone and under the skin (the skin wins where both cannot hold). */
export function constrain(ctx: BuildContext, p: V3, o: ConstrainOptions): V3 {
  let q = p;
  if (o.boneClearance > 0) q = keepOutside(ctx.bones, q, o.boneClearance);
  return keepInside(ctx.skin, q, -o.skinMargin);
}

/** The outward direction at a point: away from the nearest bone and towards the skin. */
export function outwardAt(ctx: BuildContext, p: V3): V3 {
  return gradient(ctx.skin, p);
}

/** One shape from several: meshes merged, `along` split evenly over the parts in order. */
export function mergeShapes(shapes: readonly MuscleShape[]): MuscleShape {
  const n = shapes.length;
  return {
    mesh: mergeMeshes(shapes.map((s) => s.mesh)),
    surface(along, across) {
      const k = Math.min(n - 1, Math.floor(along * n));
      return shapes[k]!.surface(Math.min(1, along * n - k), across);
    },
  };
}

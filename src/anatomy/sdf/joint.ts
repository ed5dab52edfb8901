/**
 * A joint between two bones as a pair of matching blocks: one surface (a plane patch through the
 * joint's centre, facing along its normal) split by a thin joint space, each bone filling its own
 * side up to it, so the two articular faces meet by construction whatever the bones around them.
 */
import type { Vec3 } from '../../core/frame';
import { add, dot, scale, sub, type V3 } from '../vec';
import { ellipsoid, frame, intersect, smoothUnion, sphere, subtract, type Prim } from './primitives';

/** A plane joint: where it is, which way its face looks, how large it is, how wide its space. */
export interface PlaneJoint {
  /** A point in the middle of the joint space. */
  centre: Vec3;
  /** Unit normal, pointing from the `below` bone to the `above` bone. */
  normal: Vec3;
  /** A direction in the face along its long axis (projected off the normal). */
  long: Vec3;
  /** Half-sizes of the articular face: along `long` and across it, metres. */
  half: [number, number];
  /** Width of the joint space, metres. */
  space: number;
  /** How far each block reaches back into its bone from the face, metres. */
  depth: number;
}

/**
 * One bone's block of a plane joint: a half-ellipsoid whose flat face is the articular surface, on
 * the side the normal points to (`side` 1, the `above` bone) or away from (`side` -1).
 */
export function jointBlock(j: PlaneJoint, side: 1 | -1): Prim {
  const [n, l, t] = frame(j.normal, j.long);
  const off = j.space / 2;
  // an ellipsoid centred behind the face whose section at the face has the given half-sizes
  const k = 0.55;
  const rn = j.depth / (1 + k);
  const s = 1 / Math.sqrt(1 - k * k);
  const c: V3 = add(j.centre as V3, scale(n as V3, side * (off + k * rn)));
  const e = ellipsoid(c, [rn, j.half[0] * s, j.half[1] * s], [n, l, t]);
  const cx = j.centre[0], cy = j.centre[1], cz = j.centre[2];
  const [nx, ny, nz] = n;
  return intersect(e, (x, y, z) => off - side * ((x - cx) * nx + (y - cy) * ny + (z - cz) * nz));
}

/** Points on a plane joint's face (a grid over the ellipse), for tests and probes. */
export function jointFacePoints(j: PlaneJoint, steps = 5): V3[] {
  const [, l, t] = frame(j.normal, j.long);
  const out: V3[] = [];
  for (let i = -steps; i <= steps; i++)
    for (let k = -steps; k <= steps; k++) {
      const a = i / steps, b = k / steps;
      if (a * a + b * b > 0.8) continue;
      out.push(add(add(j.centre as V3, scale(l as V3, a * j.half[0])), scale(t as V3, b * j.half[1])));
    }
  return out;
}

/** Signed offset of a point from a plane joint's mid-surface along its normal. */
export function jointOffset(j: PlaneJoint, p: Vec3): number {
  return dot(sub(p as V3, j.centre as V3), j.normal as V3);
}

/**
 * A bone fitted to its side of a plane joint: whatever of it crosses the joint space within `reach`
 * of the centre is cut away, and its block is blended in (by `blend` metres).
 */
export function fitToJoint(bone: Prim, j: PlaneJoint, side: 1 | -1, reach = 0.04, blend = 0.004): Prim {
  const n = j.normal, c = j.centre, off = j.space / 2;
  const beyond = intersect(sphere(c, reach), (x, y, z) => side * ((x - c[0]) * n[0] + (y - c[1]) * n[1] + (z - c[2]) * n[2]) - off);
  // cut again after blending: the blend must not bulge into the joint space
  return subtract(smoothUnion([subtract(bone, beyond, 0.001), jointBlock(j, side)], blend), beyond);
}

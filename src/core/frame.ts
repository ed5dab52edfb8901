/**
 * The body frame shared by the model, the dataset's region shapes and the viewer.
 * Metres, +Y up, feet on y = 0, the body faces +Z, and the body's LEFT is +X.
 * Left-side geometry is authored with x > 0; the right side is its mirror (x -> -x).
 */
export const STATURE_M = 1.75;

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

/** The sign of x on a side: left is +X, right is -X. */
export function sideSign(side: Side): 1 | -1 {
  return side === 'left' ? 1 : -1;
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

export type Vec3 = readonly [number, number, number];

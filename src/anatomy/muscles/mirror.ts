/** Mirrors left-side geometry to the right side (x → -x), keeping faces outward. */
import type { V3 } from '../vec';

export { mirrorMesh } from '../mesh';

/** A point's mirror image in the plane x = 0. */
export const mirrorPoint = (p: V3): V3 => [-p[0], p[1], p[2]];

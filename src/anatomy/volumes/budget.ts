/**
 * The triangle budget of the volume muscles. The whole model may hold 450 000 triangles: the skin's
 * 110 000 (DEFAULT_BUILD_OPTIONS in ../build.ts) and the bones' 116 500 leave 223 500 for the muscle
 * and tendon meshes of both sides; more muscles need the skin or the bones to give some back. A
 * muscle's default share follows its size: so many triangles per square centimetre of its polygonized
 * surface, within a floor (small muscles stay round) and a ceiling (large sheets do not eat the
 * budget). Regions keep to their shares per side (REGION_SHARES) by this rule or by `triangles`.
 */

/** Triangles per cm² of a muscle's surface before simplification. */
export const TRIANGLES_PER_CM2 = 5;
/** The fewest triangles a muscle is simplified to. */
export const MIN_TRIANGLES = 300;
/** The most triangles a muscle keeps by default. */
export const MAX_TRIANGLES = 2400;
/** Muscle and tendon triangles of the whole model, both sides. */
export const MUSCLE_TRIANGLE_BUDGET = 223_500;

/** Each region's share of the muscle budget, per side (triangles). */
export const REGION_SHARES = {
  'head and neck': 18_000,
  'back and shoulder': 22_000,
  'front of the trunk': 16_000,
  'arm, forearm and hand': 26_000,
  'leg, hip and foot': 32_000,
} as const;

/** The default triangle count of a muscle whose surface (before simplification) has this area in m². */
export function trianglesForArea(areaM2: number): number {
  const n = Math.round((areaM2 * 1e4 * TRIANGLES_PER_CM2) / 10) * 10;
  return Math.min(MAX_TRIANGLES, Math.max(MIN_TRIANGLES, n));
}

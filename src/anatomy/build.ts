/**
 * The model build as named steps: skin → bones → muscles → landmark nodes → collected parts.
 * Each step is a function with options and defaults, so tests can run a small, fast build.
 */
import { clampMusclesToSkin } from './muscles/skin-clamp';
import { mirrorMesh } from './mesh';
import type { Dataset } from '../core/dataset/schema';
import { landmarkNodeName } from '../core/model-contract';
import { allBones, boneField, skeletonField } from './bones';
import type { BuildContext, Field } from './context';
import { allLandmarks } from './landmarks';
import type { ModelPart, ModelPoint } from './mesh';
import { buildMuscles } from './muscles';
import { polygonize, simplifyMesh } from './polygonize';
import { skinBounds, skinField } from './skin';

export interface BuildOptions {
  /** Skin grid cell in metres (default 0.005). */
  skinCell: number;
  /** Skin triangle budget after simplification (default 80 000). */
  skinTriangles: number;
  /** Multiplies every bone's cell size (default 1; larger is coarser and faster). */
  boneCellScale: number;
  /** Multiplies every bone's triangle budget (default 1). */
  boneTriangleScale: number;
  /** Only these bone ids (default: all). */
  bones: readonly string[] | null;
  /** Skip the muscle step (default false). */
  skipMuscles: boolean;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  skinCell: 0.005,
  skinTriangles: 80_000,
  boneCellScale: 1,
  boneTriangleScale: 1,
  bones: null,
  skipMuscles: false,
};

/** Step 1: the skin as one mesh. */
export async function buildSkin(opts: BuildOptions): Promise<{ field: Field; part: ModelPart }> {
  const field = skinField();
  const raw = polygonize(field, skinBounds(), { cell: opts.skinCell, largestOnly: true, smooth: 4, project: 2 });
  const mesh = await simplifyMesh(raw, opts.skinTriangles, field, opts.skinCell * 0.25);
  return { field, part: { name: 'skin', mesh, extras: { kind: 'skin' }, material: 'skin' } };
}

export { mirrorMesh } from './mesh';

/** Step 2: every bone, the right side mirrored from the left. */
export async function buildBones(opts: BuildOptions): Promise<ModelPart[]> {
  const parts: ModelPart[] = [];
  for (const b of allBones()) {
    if (opts.bones && !opts.bones.includes(b.boneId)) continue;
    if (b.side === 'right') continue;
    const cell = b.cell * opts.boneCellScale;
    const raw = polygonize(b.field, b.bounds, { cell, smooth: 2, project: 2, minPiece: 20 });
    const mesh = await simplifyMesh(raw, Math.round(b.triangles * opts.boneTriangleScale), b.field, cell * 0.25);
    if (b.side === undefined) {
      parts.push({ name: `bone_${b.boneId}`, mesh, extras: { kind: 'bone', boneId: b.boneId }, material: 'bone' });
    } else {
      parts.push({ name: `bone_${b.boneId}_left`, mesh, extras: { kind: 'bone', boneId: b.boneId, side: 'left' }, material: 'bone' });
      parts.push({ name: `bone_${b.boneId}_right`, mesh: mirrorMesh(mesh), extras: { kind: 'bone', boneId: b.boneId, side: 'right' }, material: 'bone' });
    }
  }
  return parts;
}

/** The fields muscles are laid on. */
export function makeContext(skin: Field): BuildContext {
  return { skin, bones: skeletonField(), bone: boneField };
}

/** Step 3: the muscles and their trigger-point nodes. */
export function buildMuscleStep(ctx: BuildContext, dataset: Dataset, opts: BuildOptions): { parts: ModelPart[]; points: ModelPoint[] } {
  if (opts.skipMuscles) return { parts: [], points: [] };
  return buildMuscles(ctx, dataset);
}

/** Step 4: an empty node for every contract landmark. */
export function buildLandmarkNodes(): ModelPoint[] {
  return allLandmarks().map((l) => ({
    name: landmarkNodeName(l.key),
    position: l.position,
    extras: { kind: 'landmark', landmarkId: l.key },
  }));
}

/** Runs every step and collects the parts (skin, bones, muscles) and points (landmarks, trigger points). */
export async function buildModel(dataset: Dataset, options: Partial<BuildOptions> = {}): Promise<{ parts: ModelPart[]; points: ModelPoint[] }> {
  const opts: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const skin = await buildSkin(opts);
  const bones = await buildBones(opts);
  const muscles = buildMuscleStep(makeContext(skin.field), dataset, opts);
  clampMusclesToSkin(skin.part.mesh, muscles.parts, muscles.points);
  const landmarks = buildLandmarkNodes();
  return { parts: [skin.part, ...bones, ...muscles.parts], points: [...landmarks, ...muscles.points] };
}

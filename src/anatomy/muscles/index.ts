/** The muscle step of the model build: every dataset muscle on both sides, with its trigger points. */
import type { Dataset } from '../../core/dataset/schema';
import { isLandmarkId } from '../../core/landmarks';
import { isBoneId, muscleNodeName, triggerPointNodeName, type MuscleExtras, type TriggerPointExtras } from '../../core/model-contract';
import type { BuildContext } from '../context';
import type { BuildPart, ModelPoint } from '../mesh';
import { add, scale } from '../vec';
import { MUSCLE_DEFS } from './defs';
import { mirrorMesh, mirrorPoint } from './mirror';
import { mergeShapes, type MuscleShape } from './shape';
import { buildShell } from './shell';
import { buildSpindle } from './spindle';
import type { AnchorDef, CompoundDef, Ground, LoftDef, MuscleDef, ShellDef } from './types';

/** Builds one muscle definition on the left side. */
export function buildMuscleShape(def: MuscleDef, ctx: BuildContext): MuscleShape {
  if (def.kind === 'shell') return buildShell(def, ctx);
  if (def.kind === 'loft') return buildSpindle(def, ctx);
  const shapes = def.parts.map((p) => buildMuscleShape({ ...p, id: def.id } as MuscleDef, ctx));
  return mergeShapes(shapes);
}

type DatasetMuscle = Dataset['muscles'][number];

/** One muscle's nodes: its left and right meshes and its trigger points on both sides. */
export interface MuscleBuild {
  parts: BuildPart[];
  points: ModelPoint[];
}

/** Builds one dataset muscle from its definition, both sides. */
export function buildMuscle(def: MuscleDef, muscle: DatasetMuscle, ctx: BuildContext): MuscleBuild {
  const shape = buildMuscleShape(def, ctx);
  const parts: BuildPart[] = [];
  const points: ModelPoint[] = [];
  for (const side of ['left', 'right'] as const) {
    const extras: MuscleExtras = { kind: 'muscle', muscleId: muscle.id, side, layer: muscle.layer };
    parts.push({ name: muscleNodeName(muscle.id, side), mesh: side === 'left' ? shape.mesh : mirrorMesh(shape.mesh), extras: { ...extras }, material: 'muscle' });
  }
  for (const tp of muscle.triggerPoints) {
    const s = shape.surface(tp.position.along, tp.position.across);
    const left = add(s.position, scale(s.normal, 0.0005));
    for (const side of ['left', 'right'] as const) {
      const normal = side === 'left' ? s.normal : mirrorPoint(s.normal);
      const extras: TriggerPointExtras = { kind: 'trigger-point', triggerPointId: tp.id, muscleId: muscle.id, side, normal: [normal[0], normal[1], normal[2]] };
      points.push({ name: triggerPointNodeName(tp.id, side), position: side === 'left' ? left : mirrorPoint(left), extras: { ...extras } });
    }
  }
  return { parts, points };
}

function anchorLandmarks(a: AnchorDef): string[] {
  if (typeof a === 'string') return [a];
  if ('lm' in a) return [a.lm];
  if ('between' in a) return [...a.between];
  return [];
}

/** The landmark and bone ids a definition names (all parts of a compound). */
function namesOf(def: Omit<ShellDef, 'id'> | Omit<LoftDef, 'id'> | CompoundDef): { landmarks: string[]; bones: string[] } {
  const grounds: Ground[] = [];
  const anchors: AnchorDef[] = [];
  if (def.kind === 'compound') {
    const parts = def.parts.map((p) => namesOf(p));
    return { landmarks: parts.flatMap((p) => p.landmarks), bones: parts.flatMap((p) => p.bones) };
  }
  if (def.kind === 'shell') anchors.push(...def.origin, ...def.insertion, ...(def.via ?? []));
  else anchors.push(...def.path);
  grounds.push(def.ground);
  return {
    landmarks: anchors.flatMap(anchorLandmarks),
    bones: grounds.flatMap((g) => (g.on === 'bone' ? [...g.bones] : [])),
  };
}

/**
 * Every problem that stops the muscle step: dataset muscles without a definition, definitions that
 * name an unknown landmark or bone, and muscles defined twice. Empty when the step can run.
 */
export function muscleDefinitionProblems(dataset: Dataset, defs: readonly MuscleDef[] = MUSCLE_DEFS): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const def of defs) {
    if (seen.has(def.id)) problems.push(`muscle "${def.id}" is defined twice`);
    seen.add(def.id);
    const { landmarks, bones } = namesOf(def);
    for (const l of landmarks) if (!isLandmarkId(l)) problems.push(`muscle "${def.id}" names unknown landmark "${l}"`);
    for (const b of bones) if (!isBoneId(b)) problems.push(`muscle "${def.id}" names unknown bone "${b}"`);
  }
  for (const m of dataset.muscles) if (!seen.has(m.id)) problems.push(`dataset muscle "${m.id}" has no definition in src/anatomy/muscles/defs/`);
  return problems;
}

/** The definition of every dataset muscle, in dataset order; throws listing every problem found. */
export function musclePlan(dataset: Dataset, defs: readonly MuscleDef[] = MUSCLE_DEFS): { def: MuscleDef; muscle: DatasetMuscle }[] {
  const problems = muscleDefinitionProblems(dataset, defs);
  if (problems.length > 0) throw new Error(`the muscle definitions do not match the dataset:\n  ${problems.join('\n  ')}`);
  const byId = new Map(defs.map((d) => [d.id as string, d]));
  return dataset.muscles.map((muscle) => ({ def: byId.get(muscle.id)!, muscle }));
}

/** Builds every muscle of the dataset on both sides, with its trigger-point nodes. */
export function buildMuscles(ctx: BuildContext, dataset: Dataset): MuscleBuild {
  const parts: BuildPart[] = [];
  const points: ModelPoint[] = [];
  for (const { def, muscle } of musclePlan(dataset)) {
    const b = buildMuscle(def, muscle, ctx);
    parts.push(...b.parts);
    points.push(...b.points);
  }
  return { parts, points };
}

/** The muscle step of the model build: every dataset muscle on both sides, with its trigger points. */
import type { Dataset } from '../../core/dataset/schema';
import { muscleNodeName, triggerPointNodeName, type MuscleExtras, type TriggerPointExtras } from '../../core/model-contract';
import type { BuildContext } from '../context';
import type { ModelPart, ModelPoint } from '../mesh';
import { add, scale } from '../vec';
import { MUSCLE_DEFS } from './defs';
import { buildLoft } from './loft';
import { mirrorMesh, mirrorPoint } from './mirror';
import { mergeShapes, type MuscleShape } from './shape';
import { buildShell } from './shell';
import type { MuscleDef } from './types';

/** Builds one muscle definition on the left side. */
export function buildMuscleShape(def: MuscleDef, ctx: BuildContext): MuscleShape {
  if (def.kind === 'shell') return buildShell(def, ctx);
  if (def.kind === 'loft') return buildLoft(def, ctx);
  const shapes = def.parts.map((p) => buildMuscleShape({ ...p, id: def.id } as MuscleDef, ctx));
  return mergeShapes(shapes);
}

export interface MuscleStepResult {
  parts: ModelPart[];
  points: ModelPoint[];
  /** Dataset muscles that have no definition yet. */
  missing: string[];
}

/** Builds every muscle of the dataset on both sides, with its trigger-point nodes. */
export function buildMuscles(ctx: BuildContext, dataset: Dataset): MuscleStepResult {
  const defs = new Map(MUSCLE_DEFS.map((d) => [d.id as string, d]));
  const parts: ModelPart[] = [];
  const points: ModelPoint[] = [];
  const missing: string[] = [];
  for (const muscle of dataset.muscles) {
    const def = defs.get(muscle.id);
    if (!def) {
      missing.push(muscle.id);
      continue;
    }
    const shape = buildMuscleShape(def, ctx);
    for (const side of ['left', 'right'] as const) {
      const extras: MuscleExtras = { kind: 'muscle', muscleId: muscle.id, side, layer: muscle.layer };
      parts.push({
        name: muscleNodeName(muscle.id, side),
        mesh: side === 'left' ? shape.mesh : mirrorMesh(shape.mesh),
        extras: { ...extras },
        material: 'muscle',
      });
    }
    for (const tp of muscle.triggerPoints) {
      const s = shape.surface(tp.position.along, tp.position.across);
      const left = add(s.position, scale(s.normal, 0.0005));
      for (const side of ['left', 'right'] as const) {
        const normal = side === 'left' ? s.normal : mirrorPoint(s.normal);
        const extras: TriggerPointExtras = {
          kind: 'trigger-point',
          triggerPointId: tp.id,
          muscleId: muscle.id,
          side,
          normal: [normal[0], normal[1], normal[2]],
        };
        points.push({
          name: triggerPointNodeName(tp.id, side),
          position: side === 'left' ? left : mirrorPoint(left),
          extras: { ...extras },
        });
      }
    }
  }
  return { parts, points, missing };
}

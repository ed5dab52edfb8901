/**
 * The methods of protocol version 1: each one's params schema and result schema, by method name.
 * Features that add methods (study mode) add a table of their own next to this one.
 */
import { z } from 'zod';
import { MuscleSchema } from '../../core/dataset/schema';
import {
  CameraPoseSchema,
  IdParam,
  LayersSchema,
  LinkStatePatchSchema,
  LinkStateSchema,
  MuscleSideSchema,
  SideSchema,
  SkinSchema,
  ViewSchema,
} from './common';
import { EventNameSchema, ReadyDataSchema } from './events';
import { PEEL_MAX } from '../../core/url-state';

const NoParams = z.object({}).strict();
const Empty = z.object({}).strict();

/** One method's params and result. */
export interface MethodSchemas {
  params: z.ZodType;
  result: z.ZodType;
}

/** A muscle of the data.muscles list. */
export const MuscleSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    latinName: z.string(),
    layer: z.number().int(),
    bodyRegion: z.string(),
    bilateral: z.boolean(),
    triggerPoints: z.array(z.object({ id: z.string(), label: z.string() }).strict()),
    conditions: z.array(z.string()),
  })
  .strict()
  .meta({ id: 'MuscleSummary', description: 'A muscle: ids, names, layer, body region, trigger points, conditions.' });

/** One muscle of a pain.rank result: why it ranks where it does. */
export const RankedMuscleSchema = z
  .object({
    muscleId: z.string(),
    side: SideSchema,
    score: z.number(),
    triggerPoints: z.array(z.string()),
    essential: z.array(z.string()),
    spillover: z.array(z.string()),
  })
  .strict()
  .meta({
    id: 'RankedMuscle',
    description: 'A muscle that may cause the pain: its score, its trigger points and the regions they share with the pain (essential, spillover).',
  });

/** Each core method's schemas, by method name (protocol version 1). */
export const METHOD_SCHEMAS = {
  'atlas.info': {
    params: NoParams,
    result: ReadyDataSchema.extend({ ready: z.boolean(), quizKinds: z.array(z.string()).optional() }).strict(),
  },
  'events.subscribe': {
    params: z.object({ events: z.array(EventNameSchema).max(32).optional() }).strict(),
    result: z.object({ events: z.array(EventNameSchema) }).strict(),
  },
  'state.get': { params: NoParams, result: LinkStateSchema },
  'state.set': {
    params: LinkStatePatchSchema,
    result: z.object({ state: LinkStateSchema, notices: z.array(z.string()) }).strict(),
  },
  'muscle.select': {
    params: z.object({ muscleId: IdParam, side: SideSchema.optional() }).strict(),
    result: MuscleSideSchema,
  },
  'muscle.clear': { params: NoParams, result: Empty },
  'triggerPoint.show': {
    params: z.object({ triggerPointId: IdParam, side: SideSchema.optional() }).strict(),
    result: z.object({ triggerPointId: z.string(), muscleId: z.string(), side: SideSchema }).strict(),
  },
  'condition.open': {
    params: z.object({ conditionId: IdParam }).strict(),
    result: z.object({ conditionId: z.string(), muscles: z.array(z.string()) }).strict(),
  },
  'view.set': {
    params: z.object({ view: ViewSchema }).strict(),
    result: z.object({ view: ViewSchema }).strict(),
  },
  'camera.get': { params: NoParams, result: CameraPoseSchema },
  'camera.set': {
    params: CameraPoseSchema.extend({ animate: z.boolean().optional() }).strict(),
    result: CameraPoseSchema,
  },
  'layers.set': {
    params: z
      .object({
        skin: SkinSchema.optional(),
        bones: z.boolean().optional(),
        peel: z.number().int().min(0).max(PEEL_MAX).optional(),
        isolate: z.boolean().optional(),
        fade: z.boolean().optional(),
      })
      .strict(),
    result: LayersSchema,
  },
  'pain.rank': {
    params: z.object({ regions: z.array(IdParam).min(1).max(64), side: SideSchema.optional() }).strict(),
    result: z.object({ muscles: z.array(RankedMuscleSchema) }).strict(),
  },
  'view.capture': {
    params: z
      .object({ width: z.number().int().min(16).max(2048).optional(), height: z.number().int().min(16).max(2048).optional() })
      .strict(),
    result: z
      .object({ dataUrl: z.string().startsWith('data:image/png;base64,'), width: z.number().int(), height: z.number().int() })
      .strict(),
  },
  'data.muscles': { params: NoParams, result: z.object({ muscles: z.array(MuscleSummarySchema) }).strict() },
  'data.muscle': {
    params: z.object({ muscleId: IdParam }).strict(),
    result: z.object({ muscle: MuscleSchema }).strict(),
  },
} as const satisfies Record<string, MethodSchemas>;

export type CoreMethodName = keyof typeof METHOD_SCHEMAS;
/** Every core method name, in documentation order. */
export const CORE_METHOD_NAMES = Object.keys(METHOD_SCHEMAS) as CoreMethodName[];
/** What a core method accepts. */
export type MethodParams<M extends CoreMethodName> = z.infer<(typeof METHOD_SCHEMAS)[M]['params']>;
/** What a core method returns. */
export type MethodResult<M extends CoreMethodName> = z.infer<(typeof METHOD_SCHEMAS)[M]['result']>;

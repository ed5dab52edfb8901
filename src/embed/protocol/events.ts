/** The events the atlas posts: their names and the schema of each one's `data`. */
import { z } from 'zod';
import { LinkStateSchema, MuscleSideSchema, ViewSchema } from './common';
import { PROTOCOL_VERSION } from './version';
import { QUIZ_KINDS } from '../../core/quiz/types';

/** The ready event's data, also part of atlas.info's result. */
export const ReadyDataSchema = z
  .object({
    version: z.literal(PROTOCOL_VERSION),
    methods: z.array(z.string()),
    events: z.array(z.string()),
  })
  .strict()
  .meta({ id: 'ReadyData', description: 'The protocol version and the methods and events this atlas has.' });

/** Each event's data schema, by event name (protocol version 1). */
export const EVENT_SCHEMAS = {
  ready: ReadyDataSchema,
  'muscle.selected': MuscleSideSchema,
  'muscle.cleared': z.object({}).strict(),
  'muscle.hovered': MuscleSideSchema.nullable(),
  'view.changed': z.object({ view: ViewSchema }).strict(),
  'state.changed': z.object({ state: LinkStateSchema }).strict(),
  'quiz.answered': z
    .object({
      index: z.number().int().min(0),
      correct: z.boolean(),
      points: z.number(),
      score: z.number(),
      kind: z.enum(QUIZ_KINDS),
      seed: z.number().int(),
      itemKey: z.string(),
    })
    .strict(),
  'quiz.finished': z.object({ score: z.number(), length: z.number().int(), kind: z.enum(QUIZ_KINDS), seed: z.number().int() }).strict(),
} as const;

export type EventName = keyof typeof EVENT_SCHEMAS;
/** Every event name, in documentation order. */
export const EVENT_NAMES = Object.keys(EVENT_SCHEMAS) as EventName[];
export const EventNameSchema = z.enum(EVENT_NAMES as [EventName, ...EventName[]]);
/** The data of one event. */
export type EventData<E extends EventName> = z.infer<(typeof EVENT_SCHEMAS)[E]>;

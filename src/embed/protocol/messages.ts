/**
 * The message envelopes of protocol version 1: host → atlas requests, atlas → host replies and
 * events. `RequestEnvelopeSchema` is what the dispatcher checks first; the per-method unions are the
 * full shapes, for the JSON Schema and for tests.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { EVENT_SCHEMAS, type EventName } from './events';
import { METHOD_SCHEMAS, type CoreMethodName } from './methods';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, PROTOCOL_VERSION } from './version';

/** A request id: the host's own, echoed in the reply. */
export const RequestIdSchema = z
  .union([z.string().min(1).max(MAX_ID_LENGTH), z.number()])
  .meta({ id: 'RequestId', description: 'The host chooses it; the reply carries the same id.' });

/** `namespace.verb`, e.g. `muscle.select`. */
export const METHOD_NAME = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;
export const MethodNameSchema = z.string().max(MAX_NAME_LENGTH).regex(METHOD_NAME);

/** A request before its method is known: the dispatcher checks this, then the method's own params. */
export const RequestEnvelopeSchema = z.object({
  atlas: z.literal(PROTOCOL_VERSION),
  id: RequestIdSchema.optional(),
  method: MethodNameSchema,
  params: z.unknown().optional(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;

export const ErrorCodeSchema = z.enum(ERROR_CODES);

/** A successful reply. */
export const ResultReplySchema = z
  .object({ atlas: z.literal(PROTOCOL_VERSION), id: RequestIdSchema, result: z.unknown() })
  .strict()
  .meta({ id: 'ResultReply', description: "A method's answer; `result` is described by the method's result schema." });

/** An error reply. */
export const ErrorReplySchema = z
  .object({
    atlas: z.literal(PROTOCOL_VERSION),
    id: RequestIdSchema,
    error: z.object({ code: ErrorCodeSchema, message: z.string() }).strict(),
  })
  .strict()
  .meta({ id: 'ErrorReply', description: 'A request that was refused: a code for programs and a message for people.' });

export type ResultReply = z.infer<typeof ResultReplySchema>;
export type ErrorReply = z.infer<typeof ErrorReplySchema>;
export type Reply = ResultReply | ErrorReply;

const pascal = (name: string) =>
  name
    .split('.')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

/** Every core request, one object schema per method. */
export const RequestMessageSchema = z
  .union(
    (Object.keys(METHOD_SCHEMAS) as CoreMethodName[]).map((method) =>
      z
        .object({
          atlas: z.literal(PROTOCOL_VERSION),
          id: RequestIdSchema.optional(),
          method: z.literal(method),
          params: METHOD_SCHEMAS[method].params.optional(),
        })
        .strict()
        .meta({ id: `${pascal(method)}Request` }),
    ),
  )
  .meta({ id: 'Request', description: 'Host → atlas. Without an id, the atlas acts but does not reply.' });

/** Every core result, one schema per method (the `result` of a ResultReply). */
export const ResultSchemas = Object.fromEntries(
  (Object.keys(METHOD_SCHEMAS) as CoreMethodName[]).map((method) => [
    method,
    METHOD_SCHEMAS[method].result.meta({ id: `${pascal(method)}Result`, description: `The result of ${method}.` }),
  ]),
);

/** Every event message, one object schema per event. */
export const EventMessageSchema = z
  .union(
    (Object.keys(EVENT_SCHEMAS) as EventName[]).map((event) =>
      z
        .object({ atlas: z.literal(PROTOCOL_VERSION), event: z.literal(event), data: EVENT_SCHEMAS[event] })
        .strict()
        .meta({ id: `${pascal(event)}Event` }),
    ),
  )
  .meta({ id: 'Event', description: 'Atlas → host: ready to the parent window, the others to subscribed windows.' });

/** Any message of protocol version 1. */
export const MessageSchema = z.union([RequestMessageSchema, ResultReplySchema, ErrorReplySchema, EventMessageSchema]);

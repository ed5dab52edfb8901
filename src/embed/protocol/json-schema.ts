/** The JSON Schema of every protocol message, generated from the zod schemas (docs/embed-messages.schema.json). */
import { z } from 'zod';
import { EVENT_NAMES } from './events';
import { MessageSchema, ResultSchemas } from './messages';
import { CORE_METHOD_NAMES } from './methods';
import { PROTOCOL_VERSION } from './version';

const pascal = (name: string) =>
  name
    .split('.')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

/**
 * The messages' JSON Schema (draft 2020-12) as an object. A message is valid when it matches one
 * of `anyOf`; `x-methods` maps each method to its request and result definitions, `x-events` each
 * event to its message definition.
 */
export function buildMessagesJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(z.object({ message: MessageSchema, results: z.object(ResultSchemas) }), {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }) as unknown as { $schema: string; properties: { message: { anyOf: unknown[] } }; $defs: Record<string, unknown> };
  const ref = (id: string) => ({ $ref: `#/$defs/${id}` });
  return {
    $schema: generated.$schema,
    title: `Trigger-point atlas embed messages, protocol version ${PROTOCOL_VERSION}`,
    description:
      'Messages between a host page and a framed atlas (window.postMessage). See docs/EMBED.md. ' +
      'Generated from src/embed/protocol/ by scripts/build-embed-schema.ts; do not edit by hand.',
    anyOf: generated.properties.message.anyOf,
    'x-methods': Object.fromEntries(
      CORE_METHOD_NAMES.map((m) => [m, { request: ref(`${pascal(m)}Request`), result: ref(`${pascal(m)}Result`) }]),
    ),
    'x-events': Object.fromEntries(EVENT_NAMES.map((e) => [e, ref(`${pascal(e)}Event`)])),
    $defs: generated.$defs,
  };
}

/** The schema file's text: pretty-printed JSON with a trailing newline. */
export function buildMessagesJsonSchemaText(): string {
  return `${JSON.stringify(buildMessagesJsonSchema(), null, 2)}\n`;
}

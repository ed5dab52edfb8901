/**
 * Writes docs/embed-messages.schema.json, the JSON Schema of the embed protocol's messages, from the
 * zod schemas in src/embed/protocol/. Run with `npm run build:embed-schema` after changing them.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMessagesJsonSchemaText } from '../src/embed/protocol/json-schema';

/** Where the schema file lives, next to docs/EMBED.md. */
export const EMBED_SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/embed-messages.schema.json');

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  writeFileSync(EMBED_SCHEMA_PATH, buildMessagesJsonSchemaText());
  console.log(`wrote ${EMBED_SCHEMA_PATH}`);
}

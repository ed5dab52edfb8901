/**
 * Writes data/trigger-points.schema.json, the JSON Schema of the dataset, from DatasetSchema.
 * Run with `npm run build:schema` after changing src/core/dataset/schema.ts.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DatasetSchema, LandmarkRefSchema } from '../src/core/dataset/schema';
import { BILATERAL_LANDMARKS, MIDLINE_LANDMARKS } from '../src/core/landmarks';

/** Where the schema file lives, next to the dataset it describes. */
export const SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../data/trigger-points.schema.json');

/**
 * The dataset's JSON Schema as text (pretty-printed, trailing newline).
 * Cross-reference checks (ids that must exist, uniqueness) are code, not JSON Schema, so they are
 * left out; `parseDataset` still enforces them. Landmark references become an enum of the contract ids.
 */
export function buildSchemaText(): string {
  const schema = z.toJSONSchema(DatasetSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    // A landmark reference is checked by a function in zod; in JSON Schema it is the list of ids.
    override: (ctx) => {
      if (ctx.zodSchema === LandmarkRefSchema) ctx.jsonSchema.enum = [...MIDLINE_LANDMARKS, ...BILATERAL_LANDMARKS];
    },
  });
  const described = {
    ...schema,
    title: 'Trigger-point atlas dataset',
    description:
      'Muscles, their myofascial trigger points and referred-pain zones, body regions, conditions and references. ' +
      'Generated from src/core/dataset/schema.ts by scripts/build-schema.ts; run `npm run validate:data` for the full checks.',
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  writeFileSync(SCHEMA_PATH, buildSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}

/** The checked-in data/trigger-points.schema.json must match what scripts/build-schema.ts generates now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemaText, SCHEMA_PATH } from '../../scripts/build-schema';

describe('data/trigger-points.schema.json', () => {
  it('is up to date with DatasetSchema (run `npm run build:schema` if this fails)', () => {
    const onDisk = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as unknown;
    expect(onDisk).toEqual(JSON.parse(buildSchemaText()));
  });

  it('lists the contract landmarks for anchors and requires the essential fields', () => {
    const text = buildSchemaText();
    expect(text).toContain('"temporal-fossa"');
    const schema = JSON.parse(text) as { required?: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'license', 'regions', 'muscles']));
  });
});

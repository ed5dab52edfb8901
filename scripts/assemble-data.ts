/**
 * Builds data/trigger-points.json from its parts in data/parts/ (meta, regions, conditions,
 * references and the two muscle files), then validates the result with parseDataset.
 * Exits 1, naming every problem by JSON path, if a part is missing or the dataset is invalid.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, parseDataset } from '../src/core/dataset/parse';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = resolve(ROOT, 'data/parts');
const OUT = resolve(ROOT, 'data/trigger-points.json');

/** The array-valued parts, in the order their contents appear in the dataset. */
const ARRAY_PARTS = {
  regions: ['regions.json'],
  conditions: ['conditions.json'],
  references: ['references.json'],
  muscles: ['muscles-upper.json', 'muscles-lower.json'],
} as const;

function readPart(file: string): unknown {
  const path = resolve(PARTS, file);
  if (!existsSync(path)) throw new Error(`missing part ${relative(ROOT, path)}: create it (see scripts/assemble-data.ts)`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${relative(ROOT, path)} is not valid JSON: ${(err as Error).message}`);
  }
}

function readArray(file: string): unknown[] {
  const value = readPart(file);
  if (!Array.isArray(value)) throw new Error(`data/parts/${file} must hold a JSON array`);
  return value;
}

/** Merges the parts into one dataset object, `$schema` first. */
export function assemble(): Record<string, unknown> {
  const meta = readPart('meta.json');
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta))
    throw new Error('data/parts/meta.json must hold a JSON object');
  const dataset: Record<string, unknown> = { $schema: './trigger-points.schema.json', ...meta };
  for (const [key, files] of Object.entries(ARRAY_PARTS)) dataset[key] = files.flatMap(readArray);
  return dataset;
}

function main(): number {
  let dataset: Record<string, unknown>;
  try {
    dataset = assemble();
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  writeFileSync(OUT, `${JSON.stringify(dataset, null, 2)}\n`);
  console.log(`wrote ${relative(ROOT, OUT)}`);
  const result = parseDataset(dataset);
  if (!result.ok) {
    console.error(formatProblems(result.problems));
    console.error(`${result.problems.length} problem(s) in ${relative(ROOT, OUT)}`);
    return 1;
  }
  const d = result.data;
  const tps = d.muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
  console.log(
    `ok: ${d.muscles.length} muscles, ${tps} trigger points, ${d.regions.length} regions, ` +
      `${d.conditions.length} conditions, ${d.references.length} references`,
  );
  return 0;
}

process.exitCode = main();

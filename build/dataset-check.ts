/**
 * A Vite build plugin that validates the shipped dataset (data/trigger-points.json) with the full
 * schema and fails the build on any problem, listing each by JSON path. The build ships the
 * validated output (defaults filled in, unknown keys dropped) and tells the app its SHA-256 as
 * `import.meta.env.ATLAS_DATASET_SHA256`, so the load path can trust a fetched text with that
 * digest after a cheap check, and fully validates anything else (a changed or user-supplied file).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as ParseModule from '../src/core/dataset/parse.ts';

/** The project's dataset parser, loaded through Vite (the config bundle stays free of app code). */
type Parser = typeof ParseModule;
const loadParser = async (): Promise<Parser> =>
  (await runnerImport<Parser>(resolve(import.meta.dirname, '../src/core/dataset/parse.ts'), { configFile: false, logLevel: 'warn' })).module;

/** The shipped dataset, relative to the project root. */
export const DATASET_FILE = 'data/trigger-points.json';

/** Hex SHA-256 of a text's UTF-8 bytes (what the browser's crypto.subtle.digest gives for it). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Validates a dataset text; returns the text to ship (the validated data as JSON) or throws with
 * every problem. The shipped text must validate to itself, or the app's trusted path would differ.
 */
export async function validatedDatasetText(text: string, file: string): Promise<string> {
  const { formatProblems, parseDatasetText } = await loadParser();
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error(`${file} is not a valid dataset (${result.problems.length} problem(s)):\n${formatProblems(result.problems)}`);
  const shipped = JSON.stringify(result.data);
  const again = parseDatasetText(shipped);
  if (!again.ok || JSON.stringify(again.data) !== shipped) throw new Error(`${file}: the validated dataset does not validate to itself; the schema must not transform values`);
  return shipped;
}

/** The plugin (build only; the dev server serves the file as it is and the app validates it fully). */
export function datasetCheckPlugin(): Plugin {
  let shipped = '';
  let file = '';
  return {
    name: 'atlas-dataset-check',
    apply: 'build',
    async config(config) {
      file = resolve(config.root ?? process.cwd(), DATASET_FILE);
      shipped = await validatedDatasetText(readFileSync(file, 'utf8'), file);
      return { define: { 'import.meta.env.ATLAS_DATASET_SHA256': JSON.stringify(sha256Hex(shipped)) } };
    },
    generateBundle(_options, bundle) {
      const asset = Object.values(bundle).find(
        (f) => f.type === 'asset' && f.originalFileNames.some((n) => n.replace(/\\/g, '/').endsWith(DATASET_FILE)),
      );
      if (!asset || asset.type !== 'asset') {
        this.error(`atlas-dataset-check: ${DATASET_FILE} was not emitted; is it still imported with ?url?`);
      }
      asset.source = shipped;
    },
  };
}

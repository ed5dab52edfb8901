/**
 * `npm run validate:data [file]`: validates a dataset file (default data/trigger-points.json).
 * Prints every problem as `<JSON path>: <reason>` and a one-line summary; exits 1 on problems.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, parseDatasetText } from '../src/core/dataset/parse';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(argv: readonly string[]): number {
  const file = resolve(argv[0] ?? resolve(ROOT, 'data/trigger-points.json'));
  if (!existsSync(file)) {
    console.error(`${file}: no such file (pass the path of a dataset file)`);
    return 1;
  }
  const result = parseDatasetText(readFileSync(file, 'utf8'));
  if (!result.ok) {
    console.error(formatProblems(result.problems));
    console.error(`${file}: ${result.problems.length} problem(s)`);
    return 1;
  }
  const d = result.data;
  const tps = d.muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
  console.log(
    `${file}: valid — ${d.muscles.length} muscles, ${tps} trigger points, ${d.regions.length} regions, ` +
      `${d.conditions.length} conditions, ${d.references.length} references`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));

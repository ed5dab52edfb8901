/**
 * The hash of every input of the model build: the contents of each file under src/anatomy/ and
 * src/core/ and the dataset, in sorted path order. Stored in the GLB's asset extras so a test can
 * tell when the committed model is older than its sources.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** sha256 over (relative path, contents) of src/anatomy/**, src/core/** and the dataset file, sorted by path. */
export function computeInputsHash(root: string, datasetPath = join(root, 'data', 'trigger-points.json')): string {
  const files = [...filesUnder(join(root, 'src', 'anatomy')), ...filesUnder(join(root, 'src', 'core')), datasetPath]
    .map((p) => ({ p, rel: relative(root, p).split(sep).join('/') }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const h = createHash('sha256');
  for (const { p, rel } of files) {
    h.update(rel);
    h.update('\0');
    h.update(readFileSync(p));
    h.update('\0');
  }
  return h.digest('hex');
}

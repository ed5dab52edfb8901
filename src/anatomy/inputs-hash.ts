/**
 * The hash of every input of the model build: the generator's sources (src/anatomy/ and the core
 * files it uses) and the parts of the dataset the model depends on (muscle ids and layers, trigger
 * point ids and positions). Stored in the GLB's asset extras so a test can tell when the committed
 * model is older than its sources; editing a muscle's prose does not make it stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Core files the build imports (the rest of src/core serves the app only). */
const CORE_INPUTS = ['frame.ts', 'landmarks.ts', 'muscle-ids.ts', 'model-contract.ts', 'dataset/schema.ts', 'dataset/parse.ts'];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (!name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** The dataset fields the model is built from, as canonical JSON. */
export function modelFacingData(datasetText: string): string {
  const d = JSON.parse(datasetText) as {
    muscles?: { id: string; layer: number; triggerPoints?: { id: string; position: unknown }[] }[];
  };
  return JSON.stringify(
    (d.muscles ?? []).map((m) => [m.id, m.layer, (m.triggerPoints ?? []).map((t) => [t.id, t.position])]),
  );
}

/** sha256 over (path, contents) of the generator's sources, sorted by path, then the model-facing data. */
export function computeInputsHash(root: string, datasetPath = join(root, 'data', 'trigger-points.json')): string {
  const files = [...filesUnder(join(root, 'src', 'anatomy')), ...CORE_INPUTS.map((f) => join(root, 'src', 'core', f))]
    .map((p) => ({ p, rel: relative(root, p).split(sep).join('/') }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const h = createHash('sha256');
  for (const { p, rel } of files) {
    h.update(rel);
    h.update('\0');
    h.update(readFileSync(p));
    h.update('\0');
  }
  h.update(modelFacingData(readFileSync(datasetPath, 'utf8')));
  return h.digest('hex');
}

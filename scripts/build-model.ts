/**
 * `npm run build:model`: reads and validates the dataset, builds the procedural body and writes
 * assets/models/body.glb, then prints per-step timings, bytes, meshes, triangles and vertices.
 * Skin, bones and muscles are cached in .cache/model/ by a hash of their own inputs, so only what
 * changed is rebuilt. `-- --muscle <id>` (repeatable) rebuilds that muscle (both sides) even when cached;
 * `-- --clean` empties the cache first; `-- --grown-skin` shows the skin grown over the muscles (src/anatomy/skin-grown.ts,
 * experimental) instead of the authored one. MODEL_DATASET=<path> builds from another dataset file,
 * MODEL_OUT=<path> writes elsewhere, MODEL_CACHE=<dir> moves the cache (MODEL_CACHE=off disables it).
 * A build of the committed model also rewrites docs/muscle-table.md (scripts/model-table/).
 * With the cache on and two or more cores, a helper process builds bones and volume muscles from the
 * other end of the build order into the shared cache while this one builds (./model-build/parallel.ts);
 * MODEL_SERIAL=1 builds in one process.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, parseDatasetText } from '../src/core/dataset/parse';
import { STATURE_M } from '../src/core/frame';
import type { ModelAssetExtras } from '../src/core/model-contract';
import { buildModel, warmModel } from '../src/anatomy/build';
import { SharedCache } from '../src/anatomy/cache/shared-cache';
import { startParallelBuild } from './model-build/parallel';
import { glbByteReport } from '../src/anatomy/gltf/byte-report';
import { maxPositionError, POSITION_STEPS } from '../src/anatomy/gltf/quantize-positions';
import { writeGlb } from '../src/anatomy/gltf/write-glb';
import { computeInputsHash } from '../src/anatomy/inputs-hash';
import { MeshCache } from '../src/anatomy/cache/mesh-cache';
import { MUSCLE_TRIANGLE_BUDGET } from '../src/anatomy/volumes/budget';
import { MUSCLE_TABLE_PATH, muscleTableOfModel } from './model-table/from-model';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasetPath = process.env['MODEL_DATASET'] ? resolve(process.env['MODEL_DATASET']) : join(root, 'data', 'trigger-points.json');
const outPath = process.env['MODEL_OUT'] ? resolve(process.env['MODEL_OUT']) : join(root, 'assets', 'models', 'body.glb');
const cacheEnv = process.env['MODEL_CACHE'];
const cacheDir = cacheEnv === 'off' ? null : cacheEnv ? resolve(cacheEnv) : join(root, '.cache', 'model');
const args = parseArgs({ options: { muscle: { type: 'string', multiple: true }, clean: { type: 'boolean' }, 'grown-skin': { type: 'boolean' }, warm: { type: 'boolean' } }, allowPositionals: false }).values;
if (args.clean && cacheDir) rmSync(cacheDir, { recursive: true, force: true });

if (!existsSync(datasetPath)) {
  console.error(
    `build:model: no dataset at ${datasetPath}.\n` +
      'The dataset (data/trigger-points.json) is written separately; create it first, or point MODEL_DATASET at a dataset file to try the build.',
  );
  process.exit(1);
}
const parsed = parseDatasetText(readFileSync(datasetPath, 'utf8'));
if (!parsed.ok) {
  console.error(`build:model: the dataset at ${datasetPath} is not valid:\n${formatProblems(parsed.problems)}`);
  process.exit(1);
}

// the helper process of a parallel build (./model-build/parallel.ts): warm the shared cache and exit
if (args.warm) {
  const claims = process.env['MODEL_CLAIMS'];
  if (!cacheDir || !claims) throw new Error('build:model --warm is the helper of a parallel build; it needs the cache and MODEL_CLAIMS');
  const c = await warmModel(parsed.data, { cache: new SharedCache(cacheDir, claims) });
  console.log(`build:model helper: ${c.built} built, ${c.cached} cached`);
  process.exit(0);
}

const t0 = performance.now();
const parallel = startParallelBuild(cacheDir, { rebuilding: (args.muscle ?? []).length > 0 });
const cache = parallel ? parallel.cache : new MeshCache(cacheDir);
const { parts, points, timings } = await buildModel(parsed.data, { cache, rebuildMuscles: args.muscle ?? [], growSkin: args['grown-skin'] ?? false });
parallel?.finish();
const tWrite = performance.now();
const assetExtras: ModelAssetExtras = {
  generator: 'trigger-point-atlas procedural body',
  inputsHash: computeInputsHash(root, datasetPath),
  frame: 'metres, +Y up, feet on y=0, facing +Z, body left = +X',
  stature: STATURE_M,
};
const glb = await writeGlb(parts, points, assetExtras);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, glb);
// the per-muscle table in docs/ describes the committed model, so only a build of it rewrites the table
if (!process.env['MODEL_OUT'] && !process.env['MODEL_DATASET']) writeFileSync(MUSCLE_TABLE_PATH, await muscleTableOfModel());
timings.push({ step: 'write glb', seconds: (performance.now() - tWrite) / 1000, built: 1, cached: 0 });
const seconds = (performance.now() - t0) / 1000;

const groups = new Map<string, { meshes: number; triangles: number; vertices: number }>();
for (const p of parts) {
  const g = groups.get(p.material) ?? { meshes: 0, triangles: 0, vertices: 0 };
  g.meshes += 1;
  g.triangles += p.mesh.indices.length / 3;
  g.vertices += p.mesh.positions.length / 3;
  groups.set(p.material, g);
}
const total = [...groups.values()].reduce((a, g) => ({ meshes: a.meshes + g.meshes, triangles: a.triangles + g.triangles, vertices: a.vertices + g.vertices }), { meshes: 0, triangles: 0, vertices: 0 });
console.log(`wrote ${outPath}`);
console.table(Object.fromEntries(timings.map((t) => [t.step, { seconds: t.seconds.toFixed(2), built: t.built, cached: t.cached }])));
console.table({
  'build seconds': seconds.toFixed(1),
  bytes: glb.byteLength,
  meshes: total.meshes,
  triangles: total.triangles,
  vertices: total.vertices,
  points: points.length,
});
console.table(Object.fromEntries(groups));
console.log('bytes by part of the GLB (JSON by section, binary by compressed buffer view):');
console.table(Object.fromEntries(glbByteReport(glb).map((r) => [r.part, r.bytes])));
console.log(
  `positions on steps of ${Object.entries(POSITION_STEPS).map(([m, s]) => `${m} ${(s * 1000).toFixed(2)} mm (max error ${(maxPositionError(s) * 1000).toFixed(3)} mm)`).join(', ')}`,
);
const muscleTriangles = (groups.get('muscle')?.triangles ?? 0) + (groups.get('tendon')?.triangles ?? 0);
console.log(`muscles and tendons: ${muscleTriangles} triangles of ${MUSCLE_TRIANGLE_BUDGET} (${muscleTriangles > MUSCLE_TRIANGLE_BUDGET ? 'OVER BUDGET' : 'within budget'})`);

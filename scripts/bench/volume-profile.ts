/**
 * `tsx scripts/bench/volume-profile.ts [id …]`: builds the volume muscles (all, or the named ones with
 * those they lie over) without the muscle cache (bone and skin samples from it; EXACT=1 evaluates the
 * exact fields) and prints the seconds each took, its grid and its triangles.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { boneField, skeletonField } from '../../src/anatomy/bones';
import { DEFAULT_BUILD_OPTIONS, sampledFields } from '../../src/anatomy/build';
import { MeshCache } from '../../src/anatomy/cache/mesh-cache';
import { skinField } from '../../src/anatomy/skin';
import type { Field } from '../../src/anatomy/context';
import { volumeBuildOrder } from '../../src/anatomy/volumes';
import { buildVolume } from '../../src/anatomy/volumes/build-volume';
import { gridField } from '../../src/anatomy/volumes/grid';

const only = process.argv.slice(2);
// EXACT=1 evaluates the bone and skin fields themselves instead of their cached samples
const exact = process.env['EXACT'] === '1';
const sampled = sampledFields({ ...DEFAULT_BUILD_OPTIONS, cache: new MeshCache(join(process.cwd(), '.cache', 'model')) });
const tLoad = performance.now();
sampled.bones(0, 1, 0);
sampled.skin(0, 1, 0);
console.log(`samples ready in ${((performance.now() - tLoad) / 1000).toFixed(1)} s`);
const bones = exact ? skeletonField() : sampled.bones;
const skin = exact ? skinField() : sampled.skin;
const fields = new Map<string, Field>();
const rows: Record<string, Record<string, string | number>> = {};
const t0 = performance.now();
for (const { def, tissue } of volumeBuildOrder()) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const below = [...def.over, ...(def.overTissues ?? []).map((t) => `tissue:${t}`)];
  const known = (ids: readonly string[]) => ids.map((o) => fields.get(o)).filter((f): f is Field => f !== undefined);
  const b = buildVolume(def, { bones, bone: boneField, skin, under: known(below), cut: known(def.cutBy ?? []) });
  fields.set(tissue ? `tissue:${def.id}` : def.id, gridField(b.grid));
  rows[tissue ? `${def.id} (tissue)` : def.id] = {
    seconds: ((performance.now() - t) / 1000).toFixed(2),
    'cpu s': ((process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6).toFixed(2),
    cell: b.grid.cell,
    cells: b.grid.nx * b.grid.ny * b.grid.nz,
    triangles: b.mesh.indices.length / 3,
    'volume cm³': b.measures.volumeCm3.toFixed(0),
    'cited cm³': def.volume?.cm3 ?? '—',
  };
  if (only.length && only.every((id) => fields.has(id))) break;
}
console.table(rows);
console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s, cpu ${(process.cpuUsage().user / 1e6).toFixed(1)} s`);

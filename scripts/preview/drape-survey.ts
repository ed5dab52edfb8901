/**
 * `npm run drape-survey [-- <reach>]`: for every volume muscle laid on other volumes, how many points of
 * its fibre axes its drape leaves within its skin margin of the skin (or beyond it), as it is built and
 * held at most `reach` metres off the ground (default 0.004; see VolumeShape.drapeReach). A volume
 * beneath reports its distance only 3 cells out, so a belly draped by a larger radius is pushed on
 * towards the skin; the muscles this prints are the ones that happens to. Reads the grids of the muscles
 * beneath from the model cache (.cache/model, newest entry of each): run `npm run build:model` first.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext } from '../../src/anatomy/build';
import { MeshCache } from '../../src/anatomy/cache/mesh-cache';
import { REPO_ROOT } from '../../src/anatomy/cache/source-hash';
import type { Field } from '../../src/anatomy/context';
import { anchorPoint } from '../../src/anatomy/muscles/anchors';
import { skinField } from '../../src/anatomy/skin';
import { VOLUME_DEFS } from '../../src/anatomy/volumes';
import { fibreRadii, SKIN_MARGIN } from '../../src/anatomy/volumes/build-volume';
import { drape, fibreCurves, footprintLine } from '../../src/anatomy/volumes/fibres';
import { gridField, type Grid } from '../../src/anatomy/volumes/grid';

const reach = Number(process.argv[2] ?? 0.004);
if (!Number.isFinite(reach) || reach <= 0) {
  console.error('usage: npm run drape-survey [-- <reach in metres>]');
  process.exit(1);
}
const dir = join(REPO_ROOT, '.cache', 'model');
const cache = new MeshCache(dir);
const files = readdirSync(dir);
const fields = new Map<string, Field | null>();
/** The grid field of the newest cached build of a volume muscle, or null. */
function fieldOf(id: string): Field | null {
  if (!fields.has(id)) {
    const name = files.filter((f) => f.startsWith(`volume-${id}-`)).sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs)[0];
    const entry = name ? cache.get<{ grid: Omit<Grid, 'values'> }>(name.replace(/\.bin$/, '')) : null;
    fields.set(id, entry ? gridField({ ...entry.json.grid, values: entry.arrays['grid'] as Float32Array }) : null);
  }
  return fields.get(id) ?? null;
}

const ctx = makeContext(skinField());
const SAMPLES = 24;
const rows: { id: string; built: number; held: number; of: number; radius: number }[] = [];
for (const def of VOLUME_DEFS) {
  // sheets and muscles draped on the skin are laid another way (sheet.ts, VolumeShape.underSkin)
  if (def.over.length === 0 || def.sheet === true || def.underSkin !== undefined || def.skinDepth !== undefined) continue;
  const under = def.over.map(fieldOf).filter((f): f is Field => f !== null);
  const ground: Field = (x, y, z) => Math.min(ctx.bones(x, y, z), ...under.map((f) => f(x, y, z)));
  const origin = footprintLine(def.origin, ctx.bone, ctx.skin);
  const insertion = footprintLine(def.insertion, ctx.bone, ctx.skin);
  const via = (def.via ?? []).map((line) => line.map((a) => anchorPoint(a)));
  const margin = def.skinMargin ?? SKIN_MARGIN;
  let built = 0, held = 0, of = 0;
  for (const c of fibreCurves(origin, insertion, via, Math.min(def.fibres ?? 6, 8), SAMPLES)) {
    const radii = fibreRadii(def, c.v, 1, SAMPLES);
    const a = drape(c.points, radii, ground, def.hug, def.lift ?? 0, def.steadyDrape === true, def.drapeReach);
    const b = drape(c.points, radii, ground, def.hug, def.lift ?? 0, true, reach);
    for (let i = 2; i < SAMPLES - 2; i++) {
      of++;
      if (ctx.skin(...a[i]!) > -margin) built++;
      if (ctx.skin(...b[i]!) > -margin) held++;
    }
  }
  if (built > held) rows.push({ id: def.id, built, held, of, radius: def.thickness / 2 });
}
rows.sort((a, b) => b.built - b.held - (a.built - a.held));
console.table(rows.map((r) => ({ muscle: r.id, 'belly radius mm': Math.round(r.radius * 1000), 'as built': `${r.built} of ${r.of}`, [`held ${reach * 1000} mm`]: `${r.held} of ${r.of}` })));

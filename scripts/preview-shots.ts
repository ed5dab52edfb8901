/**
 * Renders the preview page (scripts/preview/) in headless Chromium and writes PNGs to shots/ (git-ignored):
 * front, back, left side (skin faint), skin only, skin hidden (muscles on bones), plus close-ups.
 * Run after `npm run build:model`.
 * `-- --muscle <id>` renders that muscle alone from the front, back, left and right;
 * `-- --bones` (npm run preview:bones) renders the skeleton alone: whole from four sides and close-ups
 * of skull, thorax, pelvis, shoulder, hand and foot; `-- --bone <id>[,<id>…]` builds just those bones
 * (left side and midline, through the model cache) into shots/preview-bones.glb and renders them
 * framed from the front, back, left and above, without rebuilding the model; `-- --skin-box
 * x0,y0,z0,x1,y1,z1` polygonizes just that box of the skin on the model's own skin cell (or PREVIEW_SKIN_CELL
 * metres; not simplified) the same way, so small features show as they will ship.
 * PREVIEW_ONLY=<comma-separated shot names> renders a subset; PREVIEW_PORT picks the dev server's port (default 5199).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { buildBones, DEFAULT_BUILD_OPTIONS } from '../src/anatomy/build';
import { MeshCache } from '../src/anatomy/cache/mesh-cache';
import { writeGlb } from '../src/anatomy/gltf/write-glb';
import { polygonize } from '../src/anatomy/polygonize';
import { skinField } from '../src/anatomy/skin';
import { BONE_IDS, isBoneId, type BoneId } from '../src/core/model-contract';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'shots');
mkdirSync(outDir, { recursive: true });

const args = parseArgs({ options: { muscle: { type: 'string' }, bones: { type: 'boolean' }, bone: { type: 'string' }, 'skin-box': { type: 'string' } } }).values;
const PREVIEW_EXTRAS = { generator: 'preview', inputsHash: '', frame: 'metres, +Y up, feet on y=0, facing +Z, body left = +X', stature: 1.75 } as const;

if (args.bone) {
  const ids = args.bone.split(',');
  for (const id of ids) if (!isBoneId(id)) throw new Error(`unknown bone "${id}"; known: ${BONE_IDS.join(', ')}`);
  const parts = (await buildBones({ ...DEFAULT_BUILD_OPTIONS, cache: new MeshCache(join(root, '.cache', 'model')), bones: ids as BoneId[] })).filter((p) => p.extras['side'] !== 'right');
  writeFileSync(join(outDir, 'preview-bones.glb'), await writeGlb(parts, [], PREVIEW_EXTRAS));
}

if (args['skin-box']) {
  // the skin alone in a box, polygonized finely and not simplified: seconds instead of a model build
  const v = args['skin-box'].split(',').map(Number);
  if (v.length !== 6 || v.some((x) => !Number.isFinite(x))) throw new Error('--skin-box wants x0,y0,z0,x1,y1,z1 in metres');
  const box = { min: [v[0]!, v[1]!, v[2]!] as [number, number, number], max: [v[3]!, v[4]!, v[5]!] as [number, number, number] };
  const cell = Number(process.env['PREVIEW_SKIN_CELL'] ?? DEFAULT_BUILD_OPTIONS.skinCell);
  if (!(cell > 0)) throw new Error('PREVIEW_SKIN_CELL wants a cell size in metres, e.g. 0.0025');
  const mesh = polygonize(skinField(), box, { cell, minPieceSize: 0.01, smooth: 2, project: 2 });
  writeFileSync(join(outDir, 'preview-bones.glb'), await writeGlb([{ name: 'skin', mesh, extras: { kind: 'skin' }, material: 'skin' }], [], PREVIEW_EXTRAS));
}

/** The skeleton alone: the views an atlas shows. */
const BONE_SHOTS: Record<string, string> = {
  'bones-front': 'view=front&skin=0&muscles=0&target=0,0.88,0&dist=4.2',
  'bones-back': 'view=back&skin=0&muscles=0&target=0,0.88,0&dist=4.2',
  'bones-left': 'view=left&skin=0&muscles=0&target=0,0.88,0&dist=4.2',
  'bones-top': 'view=top&skin=0&muscles=0&target=0,0.9,0&dist=4',
  'skull-left': 'view=left&skin=0&muscles=0&target=0,1.62,0.01&dist=0.75',
  'skull-front': 'view=front&skin=0&muscles=0&target=0,1.62,0&dist=0.75',
  'thorax-oblique': 'dir=0.6,0.15,0.8&skin=0&muscles=0&target=0,1.25,0&dist=1.6',
  'pelvis-front': 'view=front&skin=0&muscles=0&target=0,0.94,0&dist=1.1',
  'pelvis-top': 'view=top&skin=0&muscles=0&target=0,0.94,0&dist=1.1&clip=1.075',
  'shoulder-back': 'view=back&skin=0&muscles=0&target=0.12,1.33,-0.05&dist=0.9',
  'hand': 'view=front&skin=0&muscles=0&target=0.36,0.78,0.03&dist=0.6',
  'foot': 'dir=0.7,0.45,0.55&skin=0&muscles=0&target=0.1,0.05,0.06&dist=0.75',
};

const MUSCLE_VIEWS = ['front', 'back', 'left', 'right'] as const;

const DEFAULT_SHOTS: Record<string, string> = {
  front: 'view=front&skin=0.3&bones=1',
  back: 'view=back&skin=0.3&bones=1',
  left: 'view=left&skin=0.3&bones=1',
  skin: 'view=front&skin=1&bones=0',
  'skin-back': 'view=back&skin=1&bones=0',
  'skin-left': 'view=left&skin=1&bones=0',
  'skin-hidden': 'view=front&skin=0&bones=1',
  'skin-hidden-back': 'view=back&skin=0&bones=1',
  'skin-hidden-left': 'view=left&skin=0&bones=1',
  'head-skin-hidden': 'view=front&skin=0&bones=1&target=0,1.6,0&dist=0.9',
  'head-skin-hidden-left': 'view=left&skin=0&bones=1&target=0,1.6,0&dist=0.9',
  'head-skin': 'view=front&skin=1&bones=0&target=0,1.62,0&dist=0.9',
  'thorax-skin-hidden': 'view=front&skin=0&bones=1&target=0,1.15,0&dist=1.5',
  'thorax-skin-hidden-back': 'view=back&skin=0&bones=1&target=0,1.15,0&dist=1.5',
  'hand-muscles': 'view=front&skin=0.3&bones=1&target=0.38,0.78,0&dist=0.7',
  'foot-muscles': 'view=left&skin=0.3&bones=1&target=0.1,0.08,0.06&dist=0.7',
  'gluteal-skin-hidden': 'view=back&skin=0&bones=1&target=0.05,0.92,-0.05&dist=1.0',
  'gluteal-skin-hidden-left': 'dir=0.8,0.1,-0.6&skin=0&bones=1&target=0.08,0.9,-0.03&dist=1.0',
};

const BONE_VIEWS = { front: 'view=front', back: 'view=back', left: 'view=left', top: 'view=top', oblique: 'dir=0.7,0.3,0.65' } as const;
const SHOTS: Record<string, string> = args.bone
  ? Object.fromEntries(Object.entries(BONE_VIEWS).map(([v, q]) => [`bone-${v}`, `${q}&fit=1&model=/shots/preview-bones.glb`]))
  : args['skin-box']
  ? Object.fromEntries(Object.entries(BONE_VIEWS).map(([v, q]) => [`skin-box-${v}`, `${q}&fit=1&skin=1&model=/shots/preview-bones.glb`]))
  : args.muscle
  ? Object.fromEntries(MUSCLE_VIEWS.map((v) => [`muscle-${args.muscle}-${v}`, `view=${v}&skin=0&bones=0&only=${encodeURIComponent(args.muscle!)}`]))
  : args.bones
    ? BONE_SHOTS
    : DEFAULT_SHOTS;
const only = process.env['PREVIEW_ONLY']?.split(',');
if (process.env['PREVIEW_QUERY']) SHOTS['custom'] = process.env['PREVIEW_QUERY'];
const port = Number(process.env['PREVIEW_PORT'] ?? '5199');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { port, strictPort: true } });
await server.listen();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const [name, query] of Object.entries(SHOTS)) {
    if (only && !only.includes(name)) continue;
    await page.goto(`http://localhost:${port}/scripts/preview/index.html?${query}`);
    await page.waitForFunction(() => (window as unknown as { __previewReady?: boolean }).__previewReady === true, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const file = join(outDir, `preview-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * `npm run bench`: the app against a floor page of plain three.js that shows the same body.glb,
 * in real Chromium with software WebGL. Builds both, loads them interleaved (fresh browser context
 * per load), and prints the medians of the first framed view and their ratio, the JS+CSS (gzip)
 * each page loaded before that view, the model and render figures, hover picking, select → painted
 * zones, the embed client's size and the JS heap. Exits 1 when a figure is over its budget.
 *
 * Options: `--json` (machine output), `--loads N` (timed loads of each page, default 7),
 * `--no-build` (use dist/ as it is), `--profile` or `--profile=<file.cpuprofile>` (also a CPU profile of one app load, from a build
 * with hidden source maps; see scripts/bench/profile.ts). ATLAS_DIST=<folder> measures another build instead of dist/.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from './ensure-dist';
import { startStaticServer } from './serve-static';
import { findChromium, launchChromium } from '../tests/browser/launch';
import { measureAppFigures } from './bench/app-figures';
import { benchTmp, buildApp, buildFloor } from './bench/build-pages';
import { gzipSizeOfFile, gzipSizes } from './bench/gzip-size';
import { inspectGlb } from './bench/inspect-glb';
import { loadApp, loadFloor, type LoadResult } from './bench/measure-load';
import { formatProfile, profileAppLoad } from './bench/profile';
import { BUDGETS, formatTable, row, type Row } from './bench/report';
import { median } from './bench/stats';

const KB = 1024;
const args = process.argv.slice(2);
const json = args.includes('--json');
const profileOutArg = args.find((a) => a.startsWith('--profile='));
const profileOut = profileOutArg ? resolve(profileOutArg.slice('--profile='.length)) : null;
const wantProfile = args.includes('--profile') || profileOut !== null;
const loadsArg = args.indexOf('--loads');
const LOADS = loadsArg >= 0 ? Number(args[loadsArg + 1]) : 7;
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error(`--loads needs a whole number ≥ 1, got ${args[loadsArg + 1]}`);
const log = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

const tmp = benchTmp();
const dist = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : DIST;
if (!process.env.ATLAS_DIST && !args.includes('--no-build')) {
  log('building the app (vite build)…');
  await buildApp(DIST);
}
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the app first (npm run build).`);
log('building the floor page…');
const floorDir = await buildFloor(join(tmp, 'floor'));

const appServer = await startStaticServer({ root: dist });
const floorServer = await startStaticServer({ root: floorDir });
const browser = await launchChromium(findChromium());
const floorLoads: LoadResult[] = [];
const appLoads: LoadResult[] = [];
let profileText: string | null = null;
let profileSummary: unknown = null;
let figures;
try {
  log('warm-up load of the app (stats, picking, selection, heap)…');
  figures = await measureAppFigures(browser, appServer.url);
  if (figures.timing === 'probe') log('the app reports no firstFramedMs yet: timing its second drawn frame (the first after the camera moved onto the model)');
  await loadFloor(browser, floorServer.url, figures.canvas);
  for (let i = 0; i < LOADS; i++) {
    // Alternate the order (floor-app, app-floor, …) so a drift in machine load hits both alike.
    const order = i % 2 === 0 ? (['floor', 'app'] as const) : (['app', 'floor'] as const);
    for (const which of order) {
      if (which === 'floor') floorLoads.push(await loadFloor(browser, floorServer.url, figures.canvas));
      else appLoads.push(await loadApp(browser, appServer.url, figures.timing));
    }
    log(`load ${i + 1}/${LOADS}: floor ${floorLoads[i]!.framedMs.toFixed(0)} ms, app ${appLoads[i]!.framedMs.toFixed(0)} ms`);
  }
  if (wantProfile) {
    // ATLAS_DIST is profiled as it is (built with `--sourcemap hidden`, its functions get their names).
    log('CPU profile of one app load…');
    const profDir = process.env.ATLAS_DIST ? dist : await buildApp(join(tmp, 'profile-app'), true);
    const profServer = await startStaticServer({ root: profDir });
    try {
      const summary = await profileAppLoad(browser, profServer.url, profDir, figures.timing, profileOut);
      profileSummary = summary;
      profileText = formatProfile(summary);
    } finally {
      await profServer.close();
    }
  }
} finally {
  await browser.close();
  await appServer.close();
  await floorServer.close();
}

const glbFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.glb'));
if (glbFiles.length !== 1) throw new Error(`expected one .glb in ${dist}/assets, found ${glbFiles.length}`);
const glbPath = join(dist, 'assets', glbFiles[0]!);
const glbBytes = readFileSync(glbPath);
const glb = await inspectGlb(new Uint8Array(glbBytes));

const floorMs = median(floorLoads.map((l) => l.framedMs));
const appMs = median(appLoads.map((l) => l.framedMs));
const pairedRatio = median(appLoads.map((l, i) => l.framedMs / floorLoads[i]!.framedMs));
// Files loaded before the framed view, over all loads (a file that arrived in time once counts).
const appBefore = gzipSizes(dist, appLoads.flatMap((l) => l.scriptsAndStyles));
const floorBefore = gzipSizes(floorDir, floorLoads.flatMap((l) => l.scriptsAndStyles));
const embedPath = join(dist, 'atlas-embed.js');
const embed = existsSync(embedPath) ? gzipSizeOfFile(embedPath) : null;

const rows: Row[] = [
  row(`first framed view, floor (median of ${LOADS})`, floorMs / 1000, 's', null),
  row(`first framed view, app (median of ${LOADS})`, appMs / 1000, 's', null),
  row('first framed view, app ÷ floor', appMs / floorMs, '×', BUDGETS.framedRatio),
  // Each pair of loads ran back to back, under the same load of the machine: a steadier read.
  row('  median of paired ratios (for reading)', pairedRatio, '×', null),
  row('JS+CSS before it, floor (gzip)', floorBefore.gzip / KB, 'KB', null),
  row('JS+CSS before it, app (gzip)', appBefore.gzip / KB, 'KB', BUDGETS.scriptsAndStylesKB),
  // decimal megabytes (10⁶ bytes), the stricter reading of the 2.5 MB budget
  row('model bytes', glbBytes.length / 1e6, 'MB', BUDGETS.modelMB),
  row('triangles (GLB)', glb.triangles, '', BUDGETS.triangles),
  row('  of which bones', glb.trianglesByKind['bone'] ?? 0, '', BUDGETS.boneTriangles),
  row('  of which skin', glb.trianglesByKind['skin'] ?? 0, '', null),
  row('  of which muscles and tendons', (glb.trianglesByKind['muscle'] ?? 0) + (glb.trianglesByKind['tendon'] ?? 0), '', null),
  row('triangles (drawn)', figures.stats.triangles, '', BUDGETS.triangles),
  row('meshes (GLB mesh nodes)', glb.meshNodes, '', BUDGETS.meshes),
  row('meshes (scene)', figures.stats.meshes, '', BUDGETS.meshes),
  row('draw calls (default view)', figures.stats.drawCalls, '', BUDGETS.drawCalls),
  row('hover pick (median of 200)', figures.pickMs, 'ms', BUDGETS.hoverPickMs),
  row(`select → painted zones, main thread (median of ${figures.select.length})`, figures.selectMainMs, 'ms', BUDGETS.selectZonesMs),
  ...(embed ? [row('embed client atlas-embed.js (gzip)', embed.gzip / KB, 'KB', BUDGETS.embedClientKB)] : []),
  row('JS heap after load', figures.heapBytes / KB / KB, 'MB', null),
];
const over = rows.filter((r) => r.status === 'OVER');

if (json) {
  console.log(
    JSON.stringify(
      {
        rows,
        over: over.map((r) => r.figure),
        framedTiming: figures.timing,
        canvas: figures.canvas,
        floorFramedMs: floorLoads.map((l) => l.framedMs),
        appFramedMs: appLoads.map((l) => l.framedMs),
        appFilesBeforeFramed: appBefore.files,
        floorFilesBeforeFramed: floorBefore.files,
        model: { file: glbFiles[0], bytes: glbBytes.length, ...glb },
        select: figures.select,
        embedClient: embed,
        profile: profileSummary,
        renderer: 'headless Chromium, SwiftShader (software WebGL)',
      },
      null,
      2,
    ),
  );
} else {
  console.log(formatTable(rows));
  console.log(`\napp files before the framed view: ${appBefore.files.map((f) => `${f.path} ${(f.gzip / KB).toFixed(1)} KB`).join(', ')}`);
  console.log(`floor files before the framed view: ${floorBefore.files.map((f) => `${f.path} ${(f.gzip / KB).toFixed(1)} KB`).join(', ')}`);
  console.log(`canvas ${figures.canvas.width}×${figures.canvas.height} px for both pages; app framed view timed by ${figures.timing === 'hook' ? '__atlas.firstFramedMs' : 'the frame probe (second drawn frame)'}.`);
  console.log('timings are from software WebGL (SwiftShader) on this machine; a GPU is much faster, the ratio is what counts.');
  if (profileText) console.log(`\n${profileText}`);
  if (over.length) console.log(`\nOVER budget: ${over.map((r) => r.figure).join('; ')}`);
}
rmSync(tmp, { recursive: true, force: true });
process.exitCode = over.length ? 1 : 0;

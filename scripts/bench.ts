/**
 * `npm run bench` (`--json` for machine output): measures the built app in real Chromium against
 * its budgets — initial JS+CSS (gzip), model bytes, triangles, meshes, draw calls, time to first
 * model frame (median of 5 cold loads at 1280×800), hover-pick time and JS heap. Prints OK/OVER;
 * it reports, it does not fail (software WebGL timings are not the user's timings).
 * ATLAS_DIST=<folder> measures another build instead of dist/.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer/decoder';
import { ensureDist } from './ensure-dist';
import { startStaticServer } from './serve-static';
import { enableTestHook, findChromium, launchChromium } from '../tests/browser/launch';

const LOADS = 5;
const KB = 1024;

interface Atlas {
  ready: boolean;
  firstFrameMs: number | null;
  stats(): { drawCalls: number; triangles: number; meshes: number };
  pickBench(n: number): number;
}

interface Load {
  firstFrameMs: number;
  initial: { url: string; bytes: number; gzip: number }[];
  model: { url: string; bytes: number }[];
  stats?: { drawCalls: number; triangles: number; meshes: number };
  pickMs?: number;
  heapBytes?: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** One cold load in a fresh context; the first load also measures stats, picking and heap. */
async function measureLoad(browser: Browser, url: string, full: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await enableTestHook(context);
  const page = await context.newPage();
  const bodies: Promise<{ url: string; kind: 'initial' | 'model'; body: Buffer } | null>[] = [];
  let ready = false;
  page.on('response', (r: Response) => {
    const path = new URL(r.url()).pathname;
    const kind: 'initial' | 'model' | null = /\.(m?js|css)$/.test(path) ? 'initial' : path.endsWith('.glb') ? 'model' : null;
    if (!kind || (kind === 'initial' && ready)) return;
    bodies.push(r.body().then((body) => ({ url: path, kind, body })).catch(() => null));
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __atlas?: Atlas }).__atlas?.ready === true, null, {
    timeout: 120_000,
    polling: 100,
  }).catch((e: unknown) => {
    throw new Error(`the model never drew (__atlas.ready stayed false): ${String(e)}; page errors: ${errors.join(' | ')}`);
  });
  ready = true;
  const firstFrameMs = await page.evaluate(() => (window as unknown as { __atlas: Atlas }).__atlas.firstFrameMs);
  if (typeof firstFrameMs !== 'number') throw new Error('__atlas.firstFrameMs is not a number after ready');
  const got = (await Promise.all(bodies)).filter((b) => b !== null);
  const load: Load = {
    firstFrameMs,
    initial: got.filter((b) => b.kind === 'initial').map((b) => ({ url: b.url, bytes: b.body.length, gzip: gzipSync(b.body, { level: 9 }).length })),
    model: got.filter((b) => b.kind === 'model').map((b) => ({ url: b.url, bytes: b.body.length })),
  };
  if (full) {
    await page.waitForTimeout(500);
    load.stats = await page.evaluate(() => (window as unknown as { __atlas: Atlas }).__atlas.stats());
    load.pickMs = await page.evaluate(() => (window as unknown as { __atlas: Atlas }).__atlas.pickBench(200));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    load.heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  }
  await context.close();
  return load;
}

/** Triangles and meshes in the GLB, read with glTF-Transform (meshopt decoded). */
async function inspectGlb(bytes: Uint8Array): Promise<{ triangles: number; meshes: number; meshNodes: number }> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  let triangles = 0;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== 4) continue;
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0;
      triangles += count / 3;
    }
  }
  const meshNodes = doc.getRoot().listNodes().filter((n) => n.getMesh()).length;
  return { triangles, meshes: doc.getRoot().listMeshes().length, meshNodes };
}

const json = process.argv.includes('--json');
const dist = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : await ensureDist();
const server = await startStaticServer({ root: dist });
const browser = await launchChromium(findChromium());
const loads: Load[] = [];
try {
  for (let i = 0; i < LOADS; i++) {
    loads.push(await measureLoad(browser, server.url, i === 0));
    if (!json) process.stderr.write(`load ${i + 1}/${LOADS}: first model frame ${loads[i]!.firstFrameMs.toFixed(0)} ms\n`);
  }
} finally {
  await browser.close();
}
const first = loads[0]!;
const modelUrl = first.model[0]?.url;
if (!modelUrl) throw new Error('the page loaded no .glb model');
const glbBytes = new Uint8Array(await (await fetch(new URL(modelUrl, server.url))).arrayBuffer());
await server.close();
const glb = await inspectGlb(glbBytes);

const initialGzip = first.initial.reduce((s, f) => s + f.gzip, 0);
const rows = [
  { figure: 'initial JS+CSS (gzip)', value: initialGzip / KB, unit: 'KB', budget: 450 },
  { figure: 'model bytes', value: glbBytes.length / KB / KB, unit: 'MB', budget: 2.5 },
  { figure: 'triangles (GLB)', value: glb.triangles, unit: '', budget: 450_000 },
  { figure: 'triangles (drawn)', value: first.stats!.triangles, unit: '', budget: 450_000 },
  { figure: 'meshes (GLB mesh nodes)', value: glb.meshNodes, unit: '', budget: 400 },
  { figure: 'meshes (scene)', value: first.stats!.meshes, unit: '', budget: 400 },
  { figure: 'draw calls (default view)', value: first.stats!.drawCalls, unit: '', budget: 400 },
  { figure: `first model frame (median of ${LOADS})`, value: median(loads.map((l) => l.firstFrameMs)) / 1000, unit: 's', budget: 3 },
  { figure: 'hover pick (median of 200)', value: first.pickMs!, unit: 'ms', budget: 1 },
  { figure: 'JS heap after load', value: first.heapBytes! / KB / KB, unit: 'MB', budget: null },
].map((r) => ({ ...r, status: r.budget === null ? '—' : r.value <= r.budget ? 'OK' : 'OVER' }));

if (json) {
  console.log(JSON.stringify({
    rows,
    initialFiles: first.initial,
    model: { url: modelUrl, bytes: glbBytes.length, ...glb },
    firstFrameMs: loads.map((l) => l.firstFrameMs),
    renderer: 'headless Chromium, SwiftShader (software WebGL)',
  }, null, 2));
} else {
  const fmt = (v: number, unit: string) => (unit === '' ? Math.round(v).toLocaleString('en') : `${v.toFixed(unit === 'ms' ? 3 : 2)} ${unit}`);
  const table = rows.map((r) => [r.figure, fmt(r.value, r.unit), r.budget === null ? '—' : `≤ ${fmt(r.budget, r.unit)}`, r.status]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...[['figure', 'value', 'budget', ''], ...table].map((row) => row[c]!.length)));
  for (const row of [['figure', 'value', 'budget', ''], ...table]) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  console.log(`\ninitial files: ${first.initial.map((f) => `${f.url} ${(f.gzip / KB).toFixed(1)} KB gz`).join(', ')}`);
  console.log('timings are from software WebGL (SwiftShader) on this machine; a GPU is much faster.');
}

/**
 * `npm run shots`: screenshots of the built app in real Chromium (software WebGL) for a human to
 * look at: the four views, skin hidden, muscles peeled, selected muscles with their zones, and the
 * phone layout. Writes PNGs to shots/ (git-ignored) and prints the list.
 * `-- --trigger-points` instead shows each of the 22 muscles linked to the most conditions alone on
 * the bones with its trigger points marked (shots/tp-<id>.png), to check by eye that they lie where
 * the literature places them. SHOTS_ONLY=<comma-separated shot names> takes a subset, and
 * SHOTS_QUERY=<name>=<query>;… shoots any links instead (e.g. `ut=?muscle=upper-trapezius&view=front`); SHOTS_SCALE=2 (or 3)
 * takes the desktop shots at that many device pixels per CSS pixel, for a close look. The app is built
 * first (so the shots show the current model and code) unless `-- --no-build` is given.
 */
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureDist, ROOT } from './ensure-dist';
import { startStaticServer } from './serve-static';
import { enableTestHook, findChromium, keepMultisampling, launchChromium } from '../tests/browser/launch';
import { decodePng, diffShare } from '../tests/browser/pixels';
import dataset from '../data/trigger-points.json' with { type: 'json' };

interface Shot {
  name: string;
  query: string;
  phone?: boolean;
}

const SHOTS: Shot[] = [
  { name: 'view-front', query: '?view=front' },
  { name: 'view-back', query: '?view=back' },
  { name: 'view-left', query: '?view=left' },
  { name: 'view-right', query: '?view=right' },
  { name: 'skin-hidden-front', query: '?skin=hidden&view=front' },
  { name: 'skin-hidden-back', query: '?skin=hidden&view=back' },
  { name: 'peel1-front', query: '?skin=hidden&peel=1&view=front' },
  { name: 'peel1-back', query: '?skin=hidden&peel=1&view=back' },
  { name: 'selected-upper-trapezius-back', query: '?muscle=upper-trapezius&view=back' },
  { name: 'selected-infraspinatus-back', query: '?muscle=infraspinatus&view=back' },
  { name: 'selected-gluteus-minimus-side', query: '?muscle=gluteus-minimus&view=left' },
  { name: 'selected-subscapularis-peel', query: '?muscle=subscapularis&peel=2&view=front' },
  { name: 'selected-pectoralis-major-front', query: '?muscle=pectoralis-major&view=front' },
  { name: 'phone-upper-trapezius', query: '?muscle=upper-trapezius', phone: true },
];

/** The view that faces a muscle best, for the muscles looked at from elsewhere than the front. */
const FACING: Record<string, string> = {
  'upper-trapezius': 'front', 'lower-trapezius': 'back', 'middle-trapezius': 'back', suboccipitals: 'back', multifidus: 'back',
  'quadratus-lumborum': 'back', 'gluteus-maximus': 'back', 'gluteus-minimus': 'left', 'gluteus-medius': 'left', piriformis: 'back',
  'splenius-cervicis': 'back', 'splenius-capitis': 'back', 'semispinalis-capitis': 'back', 'levator-scapulae': 'back',
  soleus: 'back', gastrocnemius: 'back', temporalis: 'left', masseter: 'left', sternocleidomastoid: 'left', 'anterior-scalene': 'left',
  'vastus-lateralis': 'left', infraspinatus: 'back', supraspinatus: 'back',
};

/** The 22 muscles linked to the most conditions (ties: more trigger points first), each alone on the bones. */
function triggerPointShots(): Shot[] {
  const ranked = [...dataset.muscles].sort((a, b) => b.conditions.length - a.conditions.length || b.triggerPoints.length - a.triggerPoints.length);
  return ranked.slice(0, 22).map((m) => ({ name: `tp-${m.id}`, query: `?muscle=${m.id}&side=left&isolate=1&bones=1&view=${FACING[m.id] ?? 'front'}` }));
}

/** Waits for the model, then for the picture to stop changing (camera moves done). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as { __atlas?: { ready?: boolean } }).__atlas?.ready === true, null, {
    timeout: 90_000,
    polling: 250,
  });
  let prev = decodePng(await page.screenshot());
  let still = 0;
  const end = Date.now() + 20_000;
  while (Date.now() < end && still < 2) {
    await page.waitForTimeout(300);
    const next = decodePng(await page.screenshot());
    still = diffShare(prev, next) < 0.001 ? still + 1 : 0;
    prev = next;
  }
}

const dist = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : await ensureDist(!process.argv.includes('--no-build'));
/** Device pixels per CSS pixel of the desktop shots (SHOTS_SCALE, default 1): 2 or 3 for close looks. */
const SCALE = Number(process.env.SHOTS_SCALE ?? 1) || 1;
const outDir = resolve(ROOT, 'shots');
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: dist });
const browser = await launchChromium(findChromium());
const written: string[] = [];
const failed: string[] = [];
try {
  const only = process.env.SHOTS_ONLY?.split(',');
  // SHOTS_QUERY=<name>=<query>[;<name>=<query>…] takes shots of any links instead of the list
  const extra = process.env.SHOTS_QUERY?.split(';').map((s): Shot => ({ name: s.slice(0, s.indexOf('=')), query: s.slice(s.indexOf('=') + 1) }));
  const all = extra ?? (process.argv.includes('--trigger-points') ? triggerPointShots() : SHOTS);
  for (const shot of only ? all.filter((s) => only.includes(s.name)) : all) {
    const context = await browser.newContext(
      shot.phone
        ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }
        : { viewport: { width: 1280, height: 800 }, deviceScaleFactor: SCALE },
    );
    await enableTestHook(context);
    await keepMultisampling(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(new URL(shot.query, server.url).href);
      await settle(page);
      const file = resolve(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      if (errors.length) console.warn(`  ${shot.name}: console/page errors: ${errors.join(' | ')}`);
    } catch (error) {
      failed.push(`${shot.name} (${shot.query}): ${String(error).split('\n')[0]}`);
      await page.screenshot({ path: resolve(outDir, `${shot.name}.FAILED.png`) }).catch(() => undefined);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const file of written) console.log(`${file}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
if (failed.length) {
  console.error(`\n${failed.length} shot(s) failed:\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}

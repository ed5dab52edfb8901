/**
 * The untimed warm-up load of the app, which measures what a timed load should not be slowed by:
 * the canvas size (the floor draws the same pixels), render stats, hover picking, the JS heap,
 * and selecting a muscle through to the frame that shows its painted zones (main-thread time).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { median } from './stats';
import { openApp, waitForAppFramed, type FramedTiming } from './measure-load';
import type { BenchWindow } from './page-hooks';

/** Muscles selected (left side) to time select → painted zones. */
const SELECTIONS = 5;
/** A frame-free stretch that counts as the scene having settled. */
const QUIET_MS = 400;

/** What the warm-up load measured. */
export interface AppFigures {
  timing: FramedTiming;
  canvas: { width: number; height: number };
  stats: { drawCalls: number; triangles: number; meshes: number };
  pickMs: number;
  heapBytes: number;
  /** Per selection: main-thread busy ms (CDP TaskDuration) and wall ms to the painted frame. */
  select: { muscleId: string; mainMs: number; wallMs: number }[];
  selectMainMs: number;
}

/** Resolves once no frame has been drawn for QUIET_MS (the camera and damping have settled). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const frames = (window as unknown as BenchWindow).__benchFrames ?? [];
      const last = frames[frames.length - 1]?.end ?? 0;
      return performance.now() - last > quiet;
    },
    QUIET_MS,
    { timeout: 30_000, polling: 100 },
  );
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === 'TaskDuration');
  if (!m) throw new Error('Chromium reported no TaskDuration metric');
  return m.value;
}

/** Selects one muscle and resolves with the wall ms to the end of the first frame drawn after React committed it. */
function selectAndWaitForFrame(page: Page, muscleId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const w = window as unknown as BenchWindow;
    const frames = w.__benchFrames!;
    const t0 = performance.now();
    w.__atlas!.store.getState().selectMuscle(id, 'left');
    // The store notifies React synchronously; React commits (zones are computed in a layout
    // effect) in a microtask, before this timer; the frame after that shows the zones.
    await new Promise((r) => setTimeout(r, 0));
    const n = frames.length;
    while (frames.length <= n) await new Promise((r) => requestAnimationFrame(r));
    return frames[n]!.end - t0;
  }, muscleId);
}

/** Runs the warm-up load. */
export async function measureAppFigures(browser: Browser, url: string): Promise<AppFigures> {
  const { context, page, errors } = await openApp(browser, url, 0);
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__atlas?.ready === true, null, { timeout: 120_000, polling: 100 }).catch((e: unknown) => {
      throw new Error(`the model never drew (__atlas.ready stayed false): ${String(e)}; page errors: ${errors.join(' | ') || 'none'}`);
    });
    const timing: FramedTiming = (await page.evaluate(() => 'firstFramedMs' in (window as unknown as BenchWindow).__atlas!)) ? 'hook' : 'probe';
    await waitForAppFramed(page, timing, errors);
    await settle(page);
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('[data-testid="viewer"] canvas');
      if (!(c instanceof HTMLCanvasElement)) throw new Error('no canvas inside [data-testid="viewer"]');
      return { width: c.clientWidth, height: c.clientHeight };
    });
    const stats = await page.evaluate(() => (window as unknown as BenchWindow).__atlas!.stats());
    const pickMs = await page.evaluate(() => (window as unknown as BenchWindow).__atlas!.pickBench(200));

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const muscles = await page.evaluate(
      (n) => ((window as unknown as BenchWindow).__atlas!.store.getState().dataset?.muscles ?? []).filter((m) => m.triggerPoints.length > 0).slice(0, n).map((m) => m.id),
      SELECTIONS,
    );
    if (muscles.length === 0) throw new Error('the dataset has no muscle with trigger points to select');
    const select: AppFigures['select'] = [];
    for (const muscleId of muscles) {
      const before = await taskSeconds(cdp);
      const wallMs = await selectAndWaitForFrame(page, muscleId);
      const mainMs = ((await taskSeconds(cdp)) - before) * 1000;
      select.push({ muscleId, mainMs, wallMs });
      await settle(page);
      await page.evaluate(() => (window as unknown as BenchWindow).__atlas!.store.getState().clearSelection());
      await settle(page);
    }

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    if (errors.length) throw new Error(`page errors during the warm-up load: ${errors.join(' | ')}`);
    return { timing, canvas, stats, pickMs, heapBytes, select, selectMainMs: median(select.map((s) => s.mainMs)) };
  } finally {
    await context.close();
  }
}

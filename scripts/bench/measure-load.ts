/**
 * One cold load of the floor page or the app in a fresh browser context: the time of the first
 * framed view (after the GPU finished it) and the JS+CSS files that had arrived by then.
 */
import type { Browser, Page } from 'playwright-core';
import { enableTestHook } from '../../tests/browser/launch';
import { frameProbe } from './frame-probe';
import type { BenchWindow } from './page-hooks';

/** The viewport every load uses. */
export const VIEWPORT = { width: 1280, height: 800 } as const;
/** How long one load may take before the bench gives up on it. */
const LOAD_TIMEOUT_MS = 120_000;

/**
 * How the app's first framed view is timed: 'hook' reads `__atlas.firstFramedMs`; 'probe' (an app
 * whose hook predates it) takes the second drawn frame — the first is drawn from the default
 * camera, the next one after the camera moved onto the model — and waits for the GPU after it.
 */
export type FramedTiming = 'hook' | 'probe';

/** What one load measured. */
export interface LoadResult {
  framedMs: number;
  /** Paths of the JS and CSS files whose response had ended by the framed view. */
  scriptsAndStyles: string[];
}

/** Paths of the .js/.mjs/.css resources that had fully arrived by time t (page clock). */
async function scriptsAndStylesBy(page: Page, t: number): Promise<string[]> {
  return page.evaluate((until) => {
    const out: string[] = [];
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const path = new URL(e.name).pathname;
      if (/\.(m?js|css)$/.test(path) && e.responseEnd <= until) out.push(path);
    }
    return out;
  }, t);
}

/** Loads the floor page at the given canvas size. */
export async function loadFloor(browser: Browser, url: string, canvas: { width: number; height: number }): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?w=${canvas.width}&h=${canvas.height}`);
    await page.waitForFunction(() => {
      const f = (window as unknown as BenchWindow).__floor;
      if (f?.error) throw new Error(`the floor page failed: ${f.error}`);
      return typeof f?.framedMs === 'number';
    }, null, { timeout: LOAD_TIMEOUT_MS, polling: 50 });
    const framedMs = await page.evaluate(() => (window as unknown as BenchWindow).__floor!.framedMs!);
    return { framedMs, scriptsAndStyles: await scriptsAndStylesBy(page, framedMs) };
  } finally {
    await context.close();
  }
}

/** Waits for the app's first framed view and returns its time (page clock). */
export async function waitForAppFramed(page: Page, timing: FramedTiming, errors: readonly string[]): Promise<number> {
  const handle = await page
    .waitForFunction(
      (mode) => {
        const w = window as unknown as BenchWindow;
        if (mode === 'hook') return typeof w.__atlas?.firstFramedMs === 'number' ? w.__atlas.firstFramedMs : false;
        return w.__atlas?.ready === true && (w.__benchFrames?.length ?? 0) >= 2 ? w.__benchFrames![1]!.end : false;
      },
      timing,
      { timeout: LOAD_TIMEOUT_MS, polling: 50 },
    )
    .catch((e: unknown) => {
      throw new Error(`the app never showed its framed view (${timing}): ${String(e)}; page errors: ${errors.join(' | ') || 'none'}`);
    });
  return (await handle.jsonValue()) as number;
}

/** Opens the app in a fresh context (with the frame probe when asked); the caller closes the context. */
export async function openApp(browser: Browser, url: string, probeReadAt: number | null) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await enableTestHook(context);
  if (probeReadAt !== null) await context.addInitScript(frameProbe, probeReadAt);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** One timed cold load of the app. */
export async function loadApp(browser: Browser, url: string, timing: FramedTiming): Promise<LoadResult> {
  const { context, page, errors } = await openApp(browser, url, timing === 'probe' ? 2 : null);
  try {
    await page.goto(url);
    const framedMs = await waitForAppFramed(page, timing, errors);
    return { framedMs, scriptsAndStyles: await scriptsAndStylesBy(page, framedMs) };
  } finally {
    await context.close();
  }
}

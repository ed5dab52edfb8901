/**
 * The browser-test harness: one Chromium per test file, a fresh context and page per test, every
 * console error, page error and failed request collected, and helpers built on `window.__atlas`.
 */
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { enableTestHook, launchChromium } from './launch';
import { decodePng } from './pixels';
import type { Rgba } from './pixels';
import type { AtlasTestHook } from '../../src/testing/hook-types';

export type Side = 'left' | 'right';
/** The parts of the store state the tests read (see docs/ARCHITECTURE.md). */
export interface AtlasStateView {
  selected: { muscleId: string; side: Side } | null;
  view: string;
  skin: string;
  peel: number;
  notice: string | null;
  webgl: string;
  model: { status: string; error?: string; attempt: number };
  panel: string | null;
  conditionId: string | null;
  datasetProblems: unknown;
}
/** The window as the tests see it. */
export type AtlasWindow = { __atlas?: AtlasTestHook; __pwned?: unknown };
export type { AtlasTestHook };

/** How long software WebGL may take to show the model. */
export const READY_TIMEOUT = 90_000;

/** Launches one Chromium for the file (beforeAll) and closes it after; returns a getter. */
export function useChromium(extraArgs: readonly string[] = []): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium(inject('chromiumPath'), extraArgs);
  });
  afterEach(async () => {
    await Promise.all(openContexts.splice(0).map((c) => c.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useChromium: the browser is not launched yet (call the getter inside a test)');
    return browser;
  };
}

const openContexts: BrowserContext[] = [];

/** Everything that went wrong on a page. */
export interface Problems {
  console: string[];
  page: string[];
  requests: string[];
}

/** A page of the app with its collected problems. */
export interface AppPage {
  page: Page;
  problems: Problems;
  /** Fails the test if any console error, uncaught page error or failed request was seen. */
  expectNoErrors(): void;
  /** Fails the test on uncaught page errors only (for tests that break things on purpose). */
  expectNoPageErrors(): void;
}

/** Options of {@link openApp}. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
  /** Base URL to load (defaults to the plain server). */
  base?: string;
  /** Runs before navigation: add routes and init scripts here. */
  before?: (page: Page) => Promise<unknown>;
  /** Skip navigation (the test will call page.goto itself). */
  noNavigate?: boolean;
  /**
   * Let the camera ease between views (default false: the context prefers reduced motion, so the app
   * moves the camera at once and a test waits for one frame instead of an eased move's dozens).
   */
  motion?: boolean;
}

/** Opens the app at `query` (e.g. "?muscle=iliacus") in a fresh context of `browser`. */
export async function openApp(browser: Browser, query = '', options: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1024, height: 700 },
    deviceScaleFactor: 1,
    isMobile: options.isMobile ?? false,
    hasTouch: options.hasTouch ?? false,
    reducedMotion: options.motion ? 'no-preference' : 'reduce',
  });
  openContexts.push(context);
  await enableTestHook(context);
  const page = await context.newPage();
  const problems: Problems = { console: [], page: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(`${m.text()} @ ${m.location().url}:${m.location().lineNumber}`);
  });
  page.on('pageerror', (e) => problems.page.push(`${e.name}: ${e.message}\n${e.stack ?? ''}`));
  page.on('requestfailed', (r) => {
    const failure = r.failure()?.errorText ?? 'unknown';
    // A request aborted by navigation or an AbortController is not a failure of the app.
    if (failure !== 'net::ERR_ABORTED') problems.requests.push(`${r.method()} ${r.url()}: ${failure}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.requests.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
  });
  page.on('dialog', (d) => {
    problems.page.push(`unexpected ${d.type()} dialog: ${d.message()}`);
    void d.dismiss();
  });
  if (options.before) await options.before(page);
  if (!options.noNavigate) await page.goto(new URL(query, options.base ?? inject('baseUrl')).href);
  return {
    page,
    problems,
    expectNoErrors() {
      expect({ consoleErrors: problems.console, pageErrors: problems.page, failedRequests: problems.requests }).toEqual({
        consoleErrors: [],
        pageErrors: [],
        failedRequests: [],
      });
    },
    expectNoPageErrors() {
      expect(problems.page, 'uncaught page errors').toEqual([]);
    },
  };
}

/** Waits for `window.__atlas` to exist (the app has started). */
export async function waitForHook(page: Page, timeout = 30_000): Promise<void> {
  await page
    .waitForFunction(() => (window as unknown as AtlasWindow).__atlas?.store !== undefined, null, { timeout })
    .catch(async (error: unknown) => {
      throw new Error(`window.__atlas.store never appeared (is the test hook installed in the built app?): ${String(error)}`);
    });
}

/** Waits until the model has been drawn (`__atlas.ready`); on timeout says what state the app was in. */
export async function waitForAtlasReady(page: Page, timeout = READY_TIMEOUT): Promise<void> {
  try {
    await page.waitForFunction(() => (window as unknown as AtlasWindow).__atlas?.ready === true, null, { timeout, polling: 250 });
  } catch (error) {
    const state = await page
      .evaluate(() => {
        const a = (window as unknown as AtlasWindow).__atlas;
        if (!a) return 'window.__atlas is missing';
        const s = a.store.getState();
        return JSON.stringify({ model: s.model, webgl: s.webgl, datasetProblems: s.datasetProblems });
      })
      .catch((e: unknown) => `could not read state: ${String(e)}`);
    throw new Error(`__atlas.ready never became true within ${timeout} ms; app state: ${state}; ${String(error)}`, { cause: error });
  }
}

/** The parts of the store state the tests read, copied out of the page. */
export function atlasState(page: Page): Promise<AtlasStateView> {
  return page.evaluate(() => {
    const s = (window as unknown as AtlasWindow).__atlas!.store.getState();
    return JSON.parse(
      JSON.stringify({
        selected: s.selected, view: s.cameraView ?? s.viewRequest.view, skin: s.skin, peel: s.peel, notice: s.notice, webgl: s.webgl,
        model: s.model, panel: s.panel, conditionId: s.conditionId, datasetProblems: s.datasetProblems,
      }),
    ) as AtlasStateView;
  });
}

/** Calls a store action by name with JSON arguments, e.g. `act(page, 'setView', 'back')`. */
export async function act(page: Page, action: string, ...args: unknown[]): Promise<void> {
  await page.evaluate(
    ([name, params]) => {
      const fn = (window as unknown as AtlasWindow).__atlas!.store.getState()[name as keyof ReturnType<AtlasTestHook['store']['getState']>];
      if (typeof fn !== 'function') throw new Error(`store has no action ${String(name)}`);
      (fn as (...a: unknown[]) => void)(...(params as unknown[]));
    },
    [action, args] as const,
  );
}

/**
 * Where a muscle is on screen once the camera has settled: polls `__atlas.project` until three
 * samples agree within a pixel. Returns null if the muscle stays hidden or off screen, or never comes
 * to rest within `timeout` (a point taken while the camera still moves would be clicked in the wrong place).
 */
export async function projectStable(page: Page, muscleId: string, side: Side, timeout = 20_000) {
  const end = Date.now() + timeout;
  let last: { x: number; y: number } | null = null;
  let same = 0;
  while (Date.now() < end) {
    const p = await page.evaluate(([m, s]) => (window as unknown as AtlasWindow).__atlas!.project(m, s), [muscleId, side] as const);
    if (p && last && Math.abs(p.x - last.x) <= 1 && Math.abs(p.y - last.y) <= 1) {
      if (++same >= 2) return p;
    } else same = 0;
    last = p;
    await page.waitForTimeout(200);
  }
  return null;
}

/** The viewer wrapper (`data-testid="viewer"`). */
export function viewer(page: Page): Locator {
  return page.getByTestId('viewer');
}

/** A screenshot of the viewer, decoded. */
export async function viewerShot(page: Page): Promise<Rgba> {
  return decodePng(await viewer(page).screenshot({ animations: 'disabled', caret: 'hide' }));
}

/** How long the frame count must stay the same for the view to count as still. */
const QUIET_MS = 400;

/**
 * Waits until the view is still: no frame drawn for {@link QUIET_MS}. The frame loop runs on demand,
 * so any change to the picture (an easing camera included) draws a frame.
 */
export async function waitForStill(page: Page, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  let count = -1;
  let since = Date.now();
  const seen: string[] = [];
  while (Date.now() < end) {
    const f = await page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.frames());
    seen.push(String(f));
    if (f !== count) {
      count = f;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the viewer kept drawing for ${timeout} ms (camera or animation never settled; frames seen: ${seen.slice(-30).join(' ')})`);
}

/** A screenshot of the viewer once it is still ({@link waitForStill}). */
export async function stillViewerShot(page: Page, timeout = 20_000): Promise<Rgba> {
  await waitForStill(page, timeout);
  return viewerShot(page);
}

/** The muscle card region. */
export function muscleCard(page: Page): Locator {
  return page.getByRole('region', { name: 'Muscle card' });
}

/** The search combobox. */
export function searchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Search muscles' });
}

/**
 * Where a trigger point's node (from the model file, not a raycast) is on screen once the camera has
 * settled: polls `__atlas.projectTriggerPoint` until three samples agree within a pixel.
 */
export async function projectTriggerPointStable(
  page: Page,
  triggerPointId: string,
  side: Side,
  timeout = 20_000,
): Promise<{ x: number; y: number; facing: boolean } | null> {
  const end = Date.now() + timeout;
  let last: { x: number; y: number; facing: boolean } | null = null;
  let same = 0;
  while (Date.now() < end) {
    const p = await page.evaluate(
      ([id, s]) => (window as unknown as AtlasWindow).__atlas!.projectTriggerPoint(id, s),
      [triggerPointId, side] as const,
    );
    if (p && last && Math.abs(p.x - last.x) <= 1 && Math.abs(p.y - last.y) <= 1) {
      if (++same >= 2) return p;
    } else same = 0;
    last = p;
    await page.waitForTimeout(200);
  }
  return null;
}

/**
 * Clicks the canvas with the real mouse where the model puts a trigger point's node, once the view is
 * still. Fails when the model lacks the node, when its surface faces away from the camera, or when it lies off the canvas.
 */
export async function clickTriggerPoint(page: Page, triggerPointId: string, side: Side): Promise<{ x: number; y: number }> {
  // The picture, not only the node's projection, must be still: the camera may be easing in.
  await stillViewerShot(page);
  const p = await projectTriggerPointStable(page, triggerPointId, side);
  if (!p) throw new Error(`__atlas.projectTriggerPoint('${triggerPointId}', '${side}') found no such node in the model`);
  if (!p.facing) throw new Error(`trigger point ${triggerPointId} (${side}) faces away from the camera; choose a view that shows it`);
  const box = await viewer(page).locator('canvas').boundingBox();
  if (!box || p.x < box.x || p.y < box.y || p.x > box.x + box.width || p.y > box.y + box.height) {
    throw new Error(`trigger point ${triggerPointId} (${side}) projects to (${p.x}, ${p.y}), off the canvas ${JSON.stringify(box)}`);
  }
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  await page.mouse.click(x, y);
  return { x, y };
}

/** Reads one field of the store's state, copied out of the page. */
export function storeField<K extends keyof ReturnType<AtlasTestHook['store']['getState']>>(
  page: Page,
  key: K,
): Promise<ReturnType<AtlasTestHook['store']['getState']>[K]> {
  return page.evaluate((k) => JSON.parse(JSON.stringify((window as unknown as AtlasWindow).__atlas!.store.getState()[k] ?? null)), key);
}

/** A screenshot of the page in a square of `radius` px around client point (x, y), decoded. */
export async function shotAround(page: Page, x: number, y: number, radius: number): Promise<Rgba> {
  const size = radius * 2 + 1;
  return decodePng(await page.screenshot({ clip: { x: Math.round(x) - radius, y: Math.round(y) - radius, width: size, height: size }, animations: 'disabled', caret: 'hide' }));
}

/**
 * Pixels of the X marks' ink (a very dark red, #3d0606 before tone mapping): dark, with red above
 * green and blue. Skin, muscles, zones and the light background never come this dark.
 */
export function countInk(img: Rgba): number {
  const { data } = img;
  let n = 0;
  for (let o = 0; o < data.length; o += 4) {
    const r = data[o] ?? 255;
    const g = data[o + 1] ?? 255;
    const b = data[o + 2] ?? 255;
    if (r < 110 && g < 45 && b < 45 && r > g + 12) n++;
  }
  return n;
}

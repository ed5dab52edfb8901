/**
 * The app degrades gently: without WebGL, after a lost GPU context, with a corrupt model or a broken
 * dataset; dataset text is never run as HTML; and it runs under its own Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import {
  act, atlasState, muscleCard, openApp, searchBox, stillViewerShot, useChromium, waitForAtlasReady, waitForHook,
} from './harness';
import type { AtlasWindow } from './harness';
import { NO_WEBGL_ARGS } from './launch';
import { coverage } from './pixels';

const browser = useChromium();
const noWebglBrowser = useChromium(NO_WEBGL_ARGS);

const isModel = (url: URL) => url.pathname.endsWith('.glb');
const isDataset = (url: URL) => /\/trigger-points[^/]*\.json$/.test(url.pathname);

/** Routes the dataset through `change` (which edits the parsed JSON); returns a hit counter. */
async function alterDataset(page: Page, change: (data: Record<string, unknown>) => void): Promise<{ hits: number }> {
  const counter = { hits: 0 };
  await page.route(isDataset, async (route: Route) => {
    counter.hits++;
    const response = await route.fetch();
    const data = (await response.json()) as Record<string, unknown>;
    change(data);
    await route.fulfill({ response, body: JSON.stringify(data), contentType: 'application/json' });
  });
  return counter;
}

type MuscleJson = { id: string; name: string; triggerPoints: unknown; conditions?: string[] };

/** The first condition the dataset on disk links to a muscle. */
function conditionOf(muscleId: string): { id: string; name: string } | null {
  const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/trigger-points.json'), 'utf8')) as {
    muscles: MuscleJson[];
    conditions: { id: string; name: string }[];
  };
  const id = data.muscles.find((m) => m.id === muscleId)?.conditions?.[0];
  return data.conditions.find((c) => c.id === id) ?? null;
}

describe('without WebGL', () => {
  test('the muscle list, a card and conditions work, and a note says 3D is unavailable', async () => {
    const app = await openApp(noWebglBrowser());
    const { page } = app;
    await waitForHook(page);
    await expect.poll(async () => (await atlasState(page)).webgl, { timeout: 15_000 }).toBe('unavailable');
    const note = page.getByText(/(3D|WebGL)[^.]{0,80}(unavailable|not available|not supported|cannot|can't|can’t|isn't|isn’t|disabled)/i);
    await expect.poll(() => note.first().isVisible(), { timeout: 10_000 }).toBe(true);

    const nav = page.getByRole('navigation', { name: 'Muscle list' });
    if (!(await nav.isVisible())) await act(page, 'openPanel', 'list');
    await nav.waitFor({ state: 'visible', timeout: 10_000 });
    await nav.getByRole('button', { name: /upper trapezius/i }).first().click();
    const card = muscleCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe('Upper trapezius');

    const condition = conditionOf('upper-trapezius');
    expect(condition, 'the dataset links upper trapezius to at least one condition').not.toBeNull();
    const link = card.getByRole('button', { name: condition!.name }).or(card.getByRole('link', { name: condition!.name }));
    await link.first().click();
    await expect.poll(async () => (await atlasState(page)).conditionId, { timeout: 10_000 }).toBe(condition!.id);
    await expect.poll(() => page.getByRole('heading', { name: condition!.name }).first().isVisible()).toBe(true);
    app.expectNoErrors();
  });
});

describe('broken things', () => {
  test('a lost WebGL context is recovered', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await waitForAtlasReady(page);
    await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="viewer"] canvas');
      if (!canvas) throw new Error('no canvas in the viewer');
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('WEBGL_lose_context is not available');
      (window as unknown as { __loseExt: WEBGL_lose_context }).__loseExt = ext;
      const lost = new Promise((ok) => canvas.addEventListener('webglcontextlost', ok, { once: true }));
      ext.loseContext();
      await lost;
    });
    await page.waitForTimeout(500);
    const restored = await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="viewer"] canvas')!;
      const back = new Promise<boolean>((ok) => {
        canvas.addEventListener('webglcontextrestored', () => ok(true), { once: true });
        setTimeout(() => ok(false), 10_000);
      });
      (window as unknown as { __loseExt: WEBGL_lose_context }).__loseExt.restoreContext();
      return back;
    });
    expect(restored, 'webglcontextrestored fired (the app prevents the default of webglcontextlost)').toBe(true);
    await waitForAtlasReady(page);
    const shot = await stillViewerShot(page);
    expect(coverage(shot).foregroundShare, 'the body is drawn again after the context came back').toBeGreaterThan(0.05);
    app.expectNoErrors();
  });

  test('a corrupt model shows an error with Retry, and Retry loads the real model', async () => {
    let hits = 0;
    const app = await openApp(browser(), '', {
      before: (page) =>
        page.route(isModel, async (route) => {
          hits++;
          await route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: Buffer.from('glTF\u0002garbage'.repeat(64)) });
        }),
    });
    const { page } = app;
    await waitForHook(page);
    const alert = page.getByRole('alert').filter({ has: page.getByRole('button', { name: /retry/i }) });
    await alert.first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(hits, 'the model request went through the corrupting route').toBeGreaterThan(0);
    expect((await atlasState(page)).model.status).toBe('error');
    await page.unrouteAll({ behavior: 'wait' });
    await alert.first().getByRole('button', { name: /retry/i }).click();
    await waitForAtlasReady(page);
    expect((await atlasState(page)).model.status).toBe('ready');
    expect(await alert.count(), 'the error is gone after a good load').toBe(0);
    app.expectNoPageErrors();
  });

  test('a dataset that breaks the schema shows an error listing the JSON path', async () => {
    let counter = { hits: 0 };
    const app = await openApp(browser(), '', {
      before: async (page) => {
        counter = await alterDataset(page, (data) => {
          (data.muscles as MuscleJson[])[0]!.triggerPoints = 'none';
        });
      },
    });
    const { page } = app;
    await waitForHook(page);
    const alert = page.getByRole('alert').filter({ hasText: /muscles(\[0\]|\.0|\/0|\s*›\s*0|\s*>\s*0)\]?\s*(\.|\/|›|>)?\s*triggerPoints/ });
    await expect.poll(() => alert.first().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(counter.hits, 'the dataset is fetched as a trigger-points*.json file').toBeGreaterThan(0);
    const text = await page.evaluate(() => document.body.innerText.trim());
    expect(text.length, 'not a blank page').toBeGreaterThan(40);
    app.expectNoPageErrors();
  });

  test('dataset text is shown as text, never run as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    let counter = { hits: 0 };
    const app = await openApp(browser(), '?muscle=upper-trapezius', {
      before: async (page) => {
        counter = await alterDataset(page, (data) => {
          const m = (data.muscles as MuscleJson[]).find((x) => x.id === 'upper-trapezius')!;
          m.name = `Upper trapezius ${payload}`;
          const tps = m.triggerPoints as { location: string }[];
          tps[0]!.location = `${tps[0]!.location} ${payload}`;
        });
      },
    });
    const { page } = app;
    await waitForAtlasReady(page);
    expect(counter.hits, 'the dataset is fetched as a trigger-points*.json file').toBeGreaterThan(0);
    const card = muscleCard(page);
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe(`Upper trapezius ${payload}`);
    await searchBox(page).fill('upper trap');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').first().textContent(), { timeout: 10_000 }).toContain(payload);
    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count(), 'no <img> element made from dataset text').toBe(0);
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).__pwned)).toBeUndefined();
    app.expectNoErrors();
  });

  test('under its Content-Security-Policy header the app loads and works without violations', async () => {
    expect(inject('cspError'), 'the CSP test server started').toBe('');
    const app = await openApp(browser(), '', {
      base: inject('cspUrl'),
      noNavigate: true,
      before: (page) =>
        page.addInitScript(() => {
          const w = window as unknown as { __csp: string[] };
          w.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
        }),
    });
    const { page } = app;
    const response = await page.goto(inject('cspUrl'));
    expect(response?.headers()['content-security-policy'], 'the page came with the CSP header').toBe(inject('cspPolicy'));
    await waitForAtlasReady(page);
    await searchBox(page).fill('infraspinatus');
    await searchBox(page).press('Enter');
    await expect.poll(() => muscleCard(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 }).toBe('Infraspinatus');
    await stillViewerShot(page);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    app.expectNoErrors();
  });
});

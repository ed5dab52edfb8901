/**
 * The embed API end to end: a host page on another origin (a second server on another port) frames
 * the built atlas and drives it with atlas-embed.js, as a course page would. Also the embed layout
 * at small frame sizes (screenshots in shots/), and the copy-paste example of docs/EMBED.md.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/serve-static';
import { decodePng, diffShare } from './pixels';
import { atlasState, openApp, projectStable, useChromium, waitForAtlasReady, waitForStill, type AppPage, type AtlasWindow, type Side } from './harness';

const browser = useChromium();
const DIST = resolve(process.env.ATLAS_DIST ?? resolve(import.meta.dirname, '../../dist'));
const SHOTS = resolve(import.meta.dirname, '../../shots');

/** The host origin: the same build served on another port, so the atlas is cross-origin. */
let host: StaticServer;
beforeAll(async () => {
  host = await startStaticServer({ root: DIST });
});
afterAll(async () => {
  await host?.close();
});

const atlasBase = () => inject('baseUrl');

/** What the demo page exposes on `window.demo`. */
type DemoWindow = {
  demo: {
    frames: {
      atlas: {
        call(method: string, params?: unknown): Promise<unknown>;
        info: { version: number; methods: string[]; events: string[] };
      } | null;
      log: string[];
    }[];
  };
};

/** Opens the demo on the host origin framing the atlas; waits until every frame is connected. */
async function openDemo(frames = 1, viewport = { width: 1100, height: 900 }): Promise<AppPage> {
  expect(new URL(host.url).origin).not.toBe(new URL(atlasBase()).origin);
  const app = await openApp(browser(), `embed-demo.html?frames=${frames}&atlas=${encodeURIComponent(atlasBase())}`, {
    base: host.url,
    viewport,
  });
  await app.page.waitForFunction(
    (n) => {
      const d = (window as unknown as DemoWindow).demo;
      return d?.frames.length === n && d.frames.every((f) => f.atlas !== null);
    },
    frames,
    { timeout: 120_000, polling: 250 },
  );
  return app;
}

/** Calls a method through the client in the host page; returns `{ result }` or `{ error: { code, message } }`. */
function call(page: Page, method: string, params?: unknown, frame = 0): Promise<{ result?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ([m, p, i]) => {
      const atlas = (window as unknown as DemoWindow).demo.frames[i as number]!.atlas!;
      try {
        return { result: await atlas.call(m as string, p) };
      } catch (e) {
        const err = e as { code: string; message: string };
        return { error: { code: err.code, message: err.message } };
      }
    },
    [method, params, frame] as const,
  );
}

async function result<T = Record<string, unknown>>(page: Page, method: string, params?: unknown, frame = 0): Promise<T> {
  const reply = await call(page, method, params, frame);
  if (reply.error) throw new Error(`${method} failed: ${reply.error.code}: ${reply.error.message}`);
  return reply.result as T;
}

/** The demo's event log of a frame. */
function log(page: Page, frame = 0): Promise<string[]> {
  return page.evaluate((i) => [...(window as unknown as DemoWindow).demo.frames[i]!.log], frame);
}

/** The atlas's own frame inside the host page. */
function atlasFrame(page: Page, n = 0): Frame {
  const frames = page.frames().filter((f) => f.url().startsWith(atlasBase()));
  const f = frames[n];
  if (!f) throw new Error(`no atlas frame #${n} (frames: ${page.frames().map((x) => x.url()).join(', ')})`);
  return f;
}

/** Waits until the framed atlas has drawn its model. */
async function frameReady(page: Page, n = 0): Promise<Frame> {
  const f = atlasFrame(page, n);
  await f.waitForFunction(() => (window as unknown as AtlasWindow).__atlas?.ready === true, null, { timeout: 120_000, polling: 250 });
  return f;
}

describe('embed API from another origin', () => {
  test('ready arrives, every method replies, selection moves the atlas and fires muscle.selected', async () => {
    const app = await openDemo();
    const { page } = app;
    const info = await page.evaluate(() => (window as unknown as DemoWindow).demo.frames[0]!.atlas!.info);
    expect(info.version).toBe(1);
    expect(info.methods).toEqual(expect.arrayContaining(['atlas.info', 'muscle.select', 'state.set', 'view.capture', 'camera.set']));
    expect(info.events).toEqual(['ready', 'muscle.selected', 'muscle.cleared', 'muscle.hovered', 'view.changed', 'state.changed', 'quiz.answered', 'quiz.finished']);
    await frameReady(page);

    const before = await result<{ position: number[]; target: number[] }>(page, 'camera.get');
    const selected = await result(page, 'muscle.select', { muscleId: 'infraspinatus', side: 'right' });
    expect(selected).toEqual({ muscleId: 'infraspinatus', side: 'right' });
    await expect.poll(() => log(page), { timeout: 10_000 }).toContain('muscle.selected {"muscleId":"infraspinatus","side":"right"}');
    await expect.poll(async () => {
      const now = await result<{ position: number[] }>(page, 'camera.get');
      return Math.hypot(...now.position.map((v, i) => v - before.position[i]!));
    }, { timeout: 10_000, message: 'the camera moved to frame the muscle' }).toBeGreaterThan(0.2);
    expect((await atlasState(atlasFrame(page) as unknown as Page)).selected).toEqual({ muscleId: 'infraspinatus', side: 'right' });

    // Every method answers (pain.rank only where listed).
    const params: Record<string, unknown> = {
      'atlas.info': {}, 'events.subscribe': { events: ['muscle.selected', 'state.changed'] }, 'state.get': {}, 'state.set': { skin: 'opaque' },
      'muscle.select': { muscleId: 'deltoid' }, 'muscle.clear': {}, 'triggerPoint.show': { triggerPointId: 'upper-trapezius-1' },
      'condition.open': { conditionId: 'tension-type-headache' }, 'view.set': { view: 'back' }, 'camera.get': {},
      'camera.set': { position: [0, 1.4, 2.6], target: [0, 1.2, 0] }, 'layers.set': { bones: true }, 'pain.rank': { regions: ['temple'] },
      'view.capture': { width: 64, height: 48 }, 'data.muscles': {}, 'data.muscle': { muscleId: 'deltoid' },
    };
    for (const method of info.methods.filter((m) => !m.startsWith('quiz.'))) {
      const reply = await call(page, method, params[method] ?? {});
      expect(reply.error, `${method} replied with an error`).toBeUndefined();
      expect(reply.result, `${method} replied`).toBeDefined();
    }
    // Study mode's methods, in the order a host uses them: start, read the question, answer it.
    expect(info.methods).toEqual(expect.arrayContaining(['quiz.start', 'quiz.state', 'quiz.answer']));
    const started = await result<{ kind: string; seed: number; length: number }>(page, 'quiz.start', { kind: 'name-muscle', seed: 7, length: 3 });
    expect(started).toEqual({ kind: 'name-muscle', seed: 7, length: 3 });
    const state = await result<{ index: number; question: { choices?: { id: string }[] } | null }>(page, 'quiz.state');
    expect(state.index).toBe(0);
    const choice = state.question?.choices?.[0]?.id;
    expect(choice, 'a name-muscle question offers choices').toBeTypeOf('string');
    const answered = await result<{ correct: boolean; expected: unknown }>(page, 'quiz.answer', { choice });
    expect(typeof answered.correct).toBe('boolean');
    const err = await call(page, 'muscle.select', { muscleId: 'no-such-muscle' });
    expect(err.error?.code).toBe('not-found');
    app.expectNoErrors();
  });

  test('a click inside the frame fires muscle.selected to the host', async () => {
    const app = await openDemo();
    const { page } = app;
    const frame = await frameReady(page);
    await result(page, 'view.set', { view: 'back' });
    const target: { muscleId: string; side: Side } = { muscleId: 'gluteus-maximus', side: 'left' };
    const project = () => frame.evaluate(([m, s]) => (window as unknown as AtlasWindow).__atlas!.project(m, s), [target.muscleId, target.side] as const);
    // the camera eases to the new view: click only once the muscle stands still on screen (a loaded
    // machine draws the easing slowly)
    let inFrame = await project();
    await expect
      .poll(async () => {
        await page.waitForTimeout(400);
        const now = await project();
        const still = now !== null && inFrame !== null && now.x === inFrame.x && now.y === inFrame.y;
        inFrame = now;
        return still;
      }, { timeout: 30_000 })
      .toBe(true);
    expect(inFrame, 'the muscle is visible in the frame').not.toBeNull();
    const box = (await page.locator('iframe').first().boundingBox())!;
    await page.mouse.click(box.x + inFrame!.x, box.y + inFrame!.y);
    await expect.poll(() => log(page), { timeout: 10_000 }).toContain(`muscle.selected ${JSON.stringify(target)}`);
    app.expectNoErrors();
  });

  test('state.set gives the same state as following the same link', async () => {
    const app = await openDemo();
    const { page } = app;
    await frameReady(page);
    const patch = { muscle: 'upper-trapezius', side: 'right', tp: 'upper-trapezius-1', view: 'back', skin: 'hidden', bones: true, peel: 0 };
    const set = await result<{ state: Record<string, unknown>; notices: string[] }>(page, 'state.set', patch);
    expect(set.notices).toEqual([]);
    expect(set.state).toMatchObject({ muscle: 'upper-trapezius', side: 'right', tp: 'upper-trapezius-1', skin: 'hidden', bones: true });
    const framed = await atlasState(atlasFrame(page) as unknown as Page);

    const direct = await openApp(browser(), '?embed=1&muscle=upper-trapezius&side=right&tp=upper-trapezius-1&view=back&skin=hidden&bones=1', {
      viewport: { width: 640, height: 420 },
    });
    await waitForAtlasReady(direct.page);
    const linked = await atlasState(direct.page);
    for (const key of ['selected', 'skin', 'conditionId', 'peel'] as const) expect(framed[key], key).toEqual(linked[key]);

    // A bad value is dropped with the link's own notice, shown in the frame too.
    const bad = await result<{ notices: string[] }>(page, 'state.set', { view: 'sideways' });
    expect(bad.notices).toEqual(['Unknown view "sideways" in the link was ignored.']);
    app.expectNoErrors();
    direct.expectNoErrors();
  });

  test('view.capture returns a PNG of the view', async () => {
    const app = await openDemo();
    const { page } = app;
    await frameReady(page);
    const shot = await result<{ dataUrl: string; width: number; height: number }>(page, 'view.capture', { width: 320, height: 240 });
    expect(shot.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    const png = decodePng(Buffer.from(shot.dataUrl.slice('data:image/png;base64,'.length), 'base64'));
    expect([png.width, png.height]).toEqual([320, 240]);
    expect([shot.width, shot.height]).toEqual([320, 240]);
    // Not a blank image: the body differs from the background.
    const px = (x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    const corner = px(2, 2);
    let differing = 0;
    for (let y = 0; y < png.height; y += 4) for (let x = 0; x < png.width; x += 4) {
      const p = px(x, y);
      if (Math.abs(p[0]! - corner[0]!) + Math.abs(p[1]! - corner[1]!) + Math.abs(p[2]! - corner[2]!) > 60) differing++;
    }
    expect(differing, 'pixels of the body in the capture').toBeGreaterThan(200);
    app.expectNoErrors();
  });

  test('junk messages of every kind leave the atlas working, with no console error', async () => {
    const app = await openDemo();
    const { page } = app;
    await frameReady(page);
    await page.evaluate((origin) => {
      const w = document.querySelector('iframe')!.contentWindow!;
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      const junk: unknown[] = [
        null, 0, 'atlas.info', '{"atlas":1,"id":1,"method":"muscle.clear"}', [], {}, { atlas: 2 }, { atlas: '1', id: 1, method: 'atlas.info' },
        { atlas: 1 }, { atlas: 1, id: 1 }, { atlas: 1, id: 2, method: 42 }, { atlas: 1, id: 3, method: 'nope.nope' },
        { atlas: 1, id: 4, method: 'muscle.select', params: 'deltoid' }, { atlas: 1, id: 5, method: 'muscle.select', params: { muscleId: '<img src=x onerror=alert(1)>' } },
        { atlas: 1, id: 6, method: 'state.set', params: { muscle: 'x'.repeat(70_000) } }, { atlas: 1, id: 7, method: 'layers.set', params: cycle },
        { atlas: 1, id: { x: 1 }, method: 'atlas.info' }, { atlas: 1, id: 8, method: 'camera.set', params: { position: [NaN, 0, 0], target: [0, 0, 0] } },
        { atlas: 1, id: 9, method: 'view.capture', params: { width: 1e9 } }, { atlas: 1, id: 10, method: 'data.muscle', params: { muscleId: null } },
        new Map([['atlas', 1]]), new Uint8Array(1024), new Blob(['x']), { atlas: 1, event: 'ready', data: {} }, { atlas: 1, id: 11, result: {} },
      ];
      for (const j of junk) w.postMessage(j, origin);
      for (let i = 0; i < 200; i++) w.postMessage({ atlas: 1, id: `flood-${i}`, method: 'atlas.info', params: { junk: i } }, origin);
    }, new URL(atlasBase()).origin);
    await page.waitForTimeout(500);
    expect((await result<{ ready: boolean }>(page, 'atlas.info')).ready).toBe(true);
    expect(await result(page, 'muscle.select', { muscleId: 'deltoid' })).toEqual({ muscleId: 'deltoid', side: 'left' });
    await expect.poll(() => log(page)).toContain('muscle.selected {"muscleId":"deltoid","side":"left"}');
    app.expectNoErrors();
  });

  test('two frames on one page stay independent', async () => {
    const app = await openDemo(2, { width: 1400, height: 900 });
    const { page } = app;
    await frameReady(page, 0);
    await frameReady(page, 1);
    await result(page, 'muscle.select', { muscleId: 'deltoid', side: 'right' }, 0);
    await result(page, 'layers.set', { skin: 'hidden' }, 1);
    await expect.poll(() => log(page, 0)).toContain('muscle.selected {"muscleId":"deltoid","side":"right"}');
    const a = await result<Record<string, unknown>>(page, 'state.get', {}, 0);
    const b = await result<Record<string, unknown>>(page, 'state.get', {}, 1);
    expect(a).toMatchObject({ muscle: 'deltoid', side: 'right', skin: 'see-through' });
    expect(b).toMatchObject({ muscle: null, skin: 'hidden' });
    expect((await log(page, 1)).some((l) => l.startsWith('muscle.selected'))).toBe(false);
    app.expectNoErrors();
  });
});

describe('embed layout', () => {
  // one frame resized through the three sizes (a frame's layout follows its size; one load, not three)
  test('at 320×240, 480×360 and 640×420 the 3D view stays usable', async () => {
    const sizes = [
      { width: 320, height: 240 },
      { width: 480, height: 360 },
      { width: 640, height: 420 },
    ];
    const app = await openApp(browser(), '?embed=1&muscle=upper-trapezius', { viewport: sizes[0]!, hasTouch: true });
    const { page } = app;
    await waitForAtlasReady(page);
    mkdirSync(SHOTS, { recursive: true });
    for (const size of sizes) {
      await page.setViewportSize(size);
      const label = `${size.width}×${size.height}`;
      // the view re-frames the selected muscle for the new size: wait until it is on screen and at rest
      const p = await projectStable(page, 'upper-trapezius', 'left');
      await page.screenshot({ path: resolve(SHOTS, `embed-${size.width}x${size.height}.png`) });
      expect(await page.locator('.app-header').count(), `no header in a frame (${label})`).toBe(0);
      const viewer = (await page.getByTestId('viewer').boundingBox())!;
      expect(viewer.height, `3D view height (${label})`).toBeGreaterThanOrEqual(size.height * 0.55);
      expect(viewer.width, `3D view width (${label})`).toBeGreaterThanOrEqual(size.width * 0.55);
      // Nothing scrolls: the frame is the layout.
      const overflow = await page.evaluate(() => ({ x: document.documentElement.scrollWidth - innerWidth, y: document.documentElement.scrollHeight - innerHeight }));
      expect(overflow, label).toEqual({ x: 0, y: 0 });
      // The attribution link opens the same view in the full app.
      const link = page.getByRole('link', { name: /open in the full atlas/i });
      const href = new URL((await link.getAttribute('href'))!, page.url());
      expect(href.searchParams.get('embed')).toBeNull();
      expect(href.searchParams.get('muscle')).toBe('upper-trapezius');
      expect(await link.getAttribute('target')).toBe('_blank');
      // The selected muscle is on screen, inside the 3D view.
      expect(p, `the selected muscle is visible (${label})`).not.toBeNull();
      expect(p!.x >= viewer.x && p!.x <= viewer.x + viewer.width && p!.y >= viewer.y && p!.y <= viewer.y + viewer.height, `inside the view (${label})`).toBe(true);
    }
    app.expectNoErrors();
  });

  test('a tap on the body selects a muscle in a 480×360 frame', async () => {
    const app = await openApp(browser(), '?embed=1&view=back', { viewport: { width: 480, height: 360 }, hasTouch: true, isMobile: true });
    const { page } = app;
    await waitForAtlasReady(page);
    const p = await projectStable(page, 'gluteus-maximus', 'right');
    expect(p, 'gluteus maximus is visible from the back').not.toBeNull();
    await page.touchscreen.tap(Math.round(p!.x), Math.round(p!.y));
    await expect.poll(async () => (await atlasState(page)).selected, { timeout: 10_000 }).toEqual({ muscleId: 'gluteus-maximus', side: 'right' });
    await expect.poll(() => page.getByRole('region', { name: 'Muscle card' }).getByRole('heading', { level: 2 }).textContent()).toBe('Gluteus maximus');
    app.expectNoErrors();
  });

  test('ui-panel=0 and ui-toolbar=0 leave the 3D view alone; the keyboard still turns it', async () => {
    const app = await openApp(browser(), '?embed=1&ui-panel=0&ui-toolbar=0', { viewport: { width: 480, height: 360 } });
    const { page } = app;
    await waitForAtlasReady(page);
    const viewer = (await page.getByTestId('viewer').boundingBox())!;
    expect(viewer.width * viewer.height).toBeGreaterThanOrEqual(480 * 360 * 0.85);
    expect(await page.getByRole('region', { name: 'Muscle card' }).count()).toBe(0);
    const before = decodePng(await page.screenshot());
    await page.getByTestId('viewer').locator('canvas').focus().catch(() => page.getByTestId('viewer').focus());
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForStill(page);
    const after = decodePng(await page.screenshot());
    expect(diffShare(before, after), 'arrow keys turned the body').toBeGreaterThan(0.005);
    app.expectNoErrors();
  });
});

describe('docs/EMBED.md', () => {
  test('the complete example works as written from another origin', async () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/EMBED.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## A complete example'));
    const html = /```html\n([\s\S]*?)```/.exec(section)?.[1];
    expect(html, 'the example block').toBeDefined();
    // The one edit the docs ask for: the atlas's address; the page sits next to a copy of atlas-embed.js.
    const dir = mkdtempSync(resolve(tmpdir(), 'atlas-lesson-'));
    writeFileSync(resolve(dir, 'lesson.html'), html!.replaceAll('https://atlas.example.org/', atlasBase()));
    copyFileSync(resolve(DIST, 'atlas-embed.js'), resolve(dir, 'atlas-embed.js'));
    // A course site has its own icon; without one the browser's request would log a 404.
    writeFileSync(resolve(dir, 'favicon.ico'), '');
    const lesson = await startStaticServer({ root: dir });
    try {
      expect(new URL(lesson.url).origin).not.toBe(new URL(atlasBase()).origin);
      const app = await openApp(browser(), 'lesson.html', { base: lesson.url, viewport: { width: 900, height: 700 } });
      await frameReady(app.page);
      await app.page.getByRole('button', { name: 'Show the upper trapezius' }).click();
      await expect.poll(() => app.page.locator('#choice').textContent(), { timeout: 20_000 }).toBe('You chose upper-trapezius (left).');
      app.expectNoErrors();
    } finally {
      await lesson.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('share dialog', () => {
  test('copies a link with the camera, iframe code in embed mode, and saves a PNG', async () => {
    const app = await openApp(browser(), '?muscle=deltoid&side=right&skin=opaque', { viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await waitForAtlasReady(page);
    // the selection's framing done first, or it would take the camera back
    await waitForStill(page);
    // A camera the link alone would not give: the shared link must carry it.
    await page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.store.getState().scene!.setCamera({ position: [1.3, 1.1, 1.7], target: [0.1, 1.2, 0] }));
    await waitForStill(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor({ state: 'visible' });
    const link = new URL(await dialog.getByLabel(/^Link/).inputValue());
    expect(link.searchParams.get('muscle')).toBe('deltoid');
    expect(link.searchParams.get('side')).toBe('right');
    expect(link.searchParams.get('skin')).toBe('opaque');
    const cam = link.searchParams.get('cam')!.split(',').map(Number);
    expect(cam).toHaveLength(6);
    cam.forEach((v, i) => expect(v, `cam[${i}]`).toBeCloseTo([1.3, 1.1, 1.7, 0.1, 1.2, 0][i]!, 1));
    const code = await dialog.getByLabel(/^Embed code/).inputValue();
    expect(code).toMatch(/^<iframe src="[^"]*embed=1[^"]*" title="Trigger point atlas" width="640" height="420" style="border:0" allow="fullscreen"/);
    await dialog.getByLabel('Width').fill('480');
    expect(await dialog.getByLabel(/^Embed code/).inputValue()).toContain('width="480"');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save view as PNG' }).click()]);
    const png = decodePng(readFileSync((await download.path())!));
    expect(png.width).toBeGreaterThan(100);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Following the link shows the same muscle, from the same camera.
    const again = await openApp(browser(), link.href.slice(link.origin.length + 1), { viewport: { width: 1024, height: 700 } });
    await waitForAtlasReady(again.page);
    await expect
      .poll(
        async () => {
          const pose = await again.page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.store.getState().scene!.getCamera());
          return Math.max(...[...pose.position, ...pose.target].map((v, i) => Math.abs(v - cam[i]!)));
        },
        { timeout: 10_000, message: 'the shared camera is restored' },
      )
      .toBeLessThan(0.01);
    expect((await atlasState(again.page)).selected).toEqual({ muscleId: 'deltoid', side: 'right' });
    expect(new URL(again.page.url()).searchParams.has('cam'), 'the camera leaves the address bar once applied').toBe(false);
    app.expectNoErrors();
    again.expectNoErrors();
  });
});

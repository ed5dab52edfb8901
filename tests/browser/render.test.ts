/** The canvas draws the body in a real browser, within the draw-call budget. */
import { describe, expect, test } from 'vitest';
import { act, openApp, stillViewerShot, useChromium, viewer, waitForAtlasReady } from './harness';
import type { AtlasWindow } from './harness';
import { coverage, diffShare } from './pixels';
import { keepMultisampling } from './launch';

const browser = useChromium();

describe('rendering', () => {
  test('the default view draws the body in the centre of the viewer', async () => {
    const app = await openApp(browser());
    await waitForAtlasReady(app.page);
    expect(await viewer(app.page).locator('canvas').count(), 'one canvas inside data-testid="viewer"').toBe(1);
    const shot = await stillViewerShot(app.page);
    expect(shot.width * shot.height, 'viewer size').toBeGreaterThan(300 * 300);
    const c = coverage(shot);
    // A standing adult seen whole fills a clear share of the viewer, and its midline runs down the centre.
    expect(c.foregroundShare, 'share of viewer pixels that are not background').toBeGreaterThan(0.05);
    expect(c.centreColumnShare, 'share of the centre column covered by the body').toBeGreaterThan(0.4);
    app.expectNoErrors();
  });

  test('draw calls, triangles and meshes are within budget', async () => {
    const app = await openApp(browser());
    await waitForAtlasReady(app.page);
    const stats = await app.page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.stats());
    expect(stats.drawCalls, 'draw calls at the default view').toBeGreaterThan(0);
    expect(stats.drawCalls, 'draw calls at the default view').toBeLessThanOrEqual(400);
    expect(stats.triangles).toBeGreaterThan(1000);
    expect(stats.triangles).toBeLessThanOrEqual(450_000);
    expect(stats.meshes).toBeGreaterThan(0);
    expect(stats.meshes).toBeLessThanOrEqual(400);
    const first = await app.page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.firstFrameMs);
    expect(typeof first, '__atlas.firstFrameMs is a number once ready').toBe('number');
    app.expectNoErrors();
  });

  test('the back view shows a different picture of the body', async () => {
    const app = await openApp(browser());
    await waitForAtlasReady(app.page);
    const front = await stillViewerShot(app.page);
    await act(app.page, 'requestView', 'back');
    const back = await stillViewerShot(app.page);
    expect(coverage(back).foregroundShare, 'body drawn from the back').toBeGreaterThan(0.05);
    expect(diffShare(front, back), 'front and back pictures differ').toBeGreaterThan(0.01);
    app.expectNoErrors();
  });

  /** Whether the viewer's WebGL context multisamples, and what renderer draws it. */
  const contextOf = (app: Awaited<ReturnType<typeof openApp>>) =>
    app.page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('[data-testid="viewer"] canvas')!.getContext('webgl2')!;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return { antialias: gl.getContextAttributes()!.antialias, renderer: String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) };
    });

  test('on a software renderer the viewer draws without multisampling, unless the page asks for it', async () => {
    const plain = await openApp(browser());
    await waitForAtlasReady(plain.page);
    const soft = await contextOf(plain);
    expect(soft.renderer, 'this machine renders WebGL in software').toMatch(/swiftshader/i);
    expect(soft.antialias, 'no multisampling on SwiftShader').toBe(false);
    plain.expectNoErrors();
    const kept = await openApp(browser(), '', { before: (page) => keepMultisampling(page.context()) });
    await waitForAtlasReady(kept.page);
    expect((await contextOf(kept)).antialias, 'window.__ATLAS_MSAA__ keeps it').toBe(true);
    expect(coverage(await stillViewerShot(kept.page)).foregroundShare, 'the multisampled view draws the body').toBeGreaterThan(0.05);
    kept.expectNoErrors();
  });
});

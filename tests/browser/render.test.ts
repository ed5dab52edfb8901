/** The canvas draws the body in a real browser, within the draw-call budget. */
import { describe, expect, test } from 'vitest';
import { act, openApp, stillViewerShot, useChromium, viewer, waitForAtlasReady } from './harness';
import type { AtlasWindow } from './harness';
import { coverage, diffShare } from './pixels';

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
});

/**
 * Referred-pain zones of key muscles drawn by the field material, with the skin opaque and hidden:
 * each shot must show the zone's red (on the skin, or on the muscles when the skin is hidden), and is
 * saved to shots/zones/ for a look beside the manual's drawings (a few are kept in docs/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { act, openApp, stillViewerShot, useChromium, viewer, waitForAtlasReady } from './harness';
import { countRed, decodePng } from './pixels';

const browser = useChromium();
const OUT = new URL('../../shots/zones/', import.meta.url);

/** Key muscles and the view that shows their zones best. */
const MUSCLES: [string, 'front' | 'back' | 'left' | 'right'][] = [
  ['upper-trapezius', 'left'],
  ['sternocleidomastoid', 'left'],
  ['temporalis', 'left'],
  ['levator-scapulae', 'back'],
  ['supraspinatus', 'left'],
  ['infraspinatus', 'front'],
  ['subscapularis', 'back'],
  ['pectoralis-major', 'front'],
  ['extensor-carpi-radialis-longus', 'back'],
  ['quadratus-lumborum', 'back'],
  ['psoas-major', 'front'],
  ['gluteus-medius', 'back'],
  ['gluteus-minimus', 'left'],
  ['piriformis', 'back'],
  ['gastrocnemius', 'back'],
  ['soleus', 'back'],
  ['tibialis-anterior', 'front'],
];

async function shoot(page: Page, name: string): Promise<number> {
  await stillViewerShot(page, 30_000);
  const png = await viewer(page).screenshot({ animations: 'disabled', caret: 'hide' });
  writeFileSync(new URL(`${name}.png`, OUT), png);
  return countRed(decodePng(png));
}

describe('zones of key muscles', () => {
  test(`${MUSCLES.length} muscles, skin opaque and hidden`, async () => {
    mkdirSync(OUT, { recursive: true });
    const app = await openApp(browser(), '?skin=opaque', { viewport: { width: 900, height: 760 } });
    const { page } = app;
    await waitForAtlasReady(page);
    const weak: string[] = [];
    for (const [id, view] of MUSCLES) {
      await act(page, 'setSkin', 'opaque');
      await act(page, 'selectMuscle', id, 'left');
      await act(page, 'requestView', view, true);
      const opaque = await shoot(page, `${id}-opaque`);
      await act(page, 'setSkin', 'hidden');
      const hidden = await shoot(page, `${id}-hidden`);
      // Essential zones are solid red: hundreds of strongly red pixels on the skin, and some on the muscles.
      if (opaque < 400) weak.push(`${id}: ${opaque} red pixels with the skin opaque`);
      if (hidden < 150) weak.push(`${id}: ${hidden} red pixels with the skin hidden`);
    }
    expect(weak).toEqual([]);
    app.expectNoErrors();
  }, 600_000);

  test('zone edges stay smooth with the camera twice as close (upper trapezius band)', async () => {
    mkdirSync(OUT, { recursive: true });
    const app = await openApp(browser(), '?skin=opaque&muscle=upper-trapezius&view=left', { viewport: { width: 700, height: 700 } });
    const { page } = app;
    await waitForAtlasReady(page);
    await stillViewerShot(page, 30_000);
    // Halve the camera's distance to its target: the zone's edge is then drawn at twice the scale.
    await page.evaluate(() => {
      const scene = (window as unknown as { __atlas: { store: { getState(): { scene: { getCamera(): { position: number[]; target: number[] }; setCamera(p: unknown, a?: boolean): void } } } } }).__atlas.store.getState().scene;
      const { position: p, target: t } = scene.getCamera();
      scene.setCamera({ position: p.map((v, i) => t[i]! + (v - t[i]!) / 2), target: t }, false);
    });
    const png = await (async () => {
      await stillViewerShot(page, 30_000);
      return viewer(page).screenshot({ animations: 'disabled', caret: 'hide' });
    })();
    writeFileSync(new URL('upper-trapezius-2x.png', OUT), png);
    const img = decodePng(png);
    // A smooth, antialiased edge has in-between shades where red meets skin; a stair-stepped one has none.
    let edge = 0, blended = 0;
    const { width, height, data } = img;
    const red = (o: number) => (data[o] ?? 0) > 150 && (data[o + 1] ?? 255) < 90 && (data[o + 2] ?? 255) < 90;
    for (let y = 1; y < height - 1; y++)
      for (let x = 1; x < width - 1; x++) {
        const o = (y * width + x) * 4;
        if (!red(o) || red(o + 4)) continue;
        edge++;
        const n = o + 4; // the next pixel is not strong red: is it a blend (rim or antialiasing), or skin straight away?
        const g = data[n + 1] ?? 0, r = data[n] ?? 0;
        if (r - g > 40 && g < 150) blended++;
      }
    expect(edge, 'the band has a right-hand edge in view').toBeGreaterThan(100);
    expect(blended / edge, `${blended} of ${edge} edge pixels blend`).toBeGreaterThan(0.5);
    app.expectNoErrors();
  }, 300_000);

  test('a pain drawing with a chosen result over it', async () => {
    mkdirSync(OUT, { recursive: true });
    const app = await openApp(browser(), '?pain=1~heel.l_calf.l~&view=back', { viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await waitForAtlasReady(page);
    await page.getByRole('button', { name: /^Soleus/ }).first().click();
    const red = await shoot(page, 'pain-drawing-viewer');
    writeFileSync(new URL('pain-drawing.png', OUT), await page.screenshot());
    expect(red, 'the chosen result\'s zones are drawn over the drawing').toBeGreaterThan(300);
    app.expectNoErrors();
  }, 300_000);
});

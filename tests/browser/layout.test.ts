/** The phone layout: the 3D view and a bottom sheet share the screen and nothing overflows sideways. */
import { describe, expect, test } from 'vitest';
import { atlasState, muscleCard, openApp, searchBox, useChromium, viewer, waitForAtlasReady } from './harness';

const browser = useChromium();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('phone layout (390×844, touch)', () => {
  test('canvas and sheet both show, search opens the card in the sheet, no sideways overflow', async () => {
    const app = await openApp(browser(), '', PHONE);
    const { page } = app;
    await waitForAtlasReady(page);

    const canvas = await viewer(page).locator('canvas').boundingBox();
    expect(canvas, 'the canvas has a box').not.toBeNull();
    expect(canvas!.width, 'canvas spans the phone width').toBeGreaterThanOrEqual(300);
    expect(canvas!.height, 'canvas keeps a useful height').toBeGreaterThanOrEqual(844 * 0.3);
    expect(canvas!.y, 'canvas starts on screen').toBeLessThan(844 * 0.5);

    // The header keeps Study, Share and About on one row; the title is still named for screen readers.
    const header = page.locator('header.app-header');
    const tops = await Promise.all(['Study', 'Share', 'About'].map(async (name) => (await header.getByRole('button', { name, exact: true }).boundingBox())!.y));
    expect(Math.max(...tops) - Math.min(...tops), 'Study, Share and About on one row').toBeLessThan(4);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Trigger Point Atlas' }).count()).toBe(1);

    const box = searchBox(page);
    await expect.poll(() => box.isVisible()).toBe(true);
    const searchBoxRect = await box.boundingBox();
    expect(searchBoxRect!.x).toBeGreaterThanOrEqual(0);
    expect(searchBoxRect!.x + searchBoxRect!.width).toBeLessThanOrEqual(390);

    await box.tap();
    await box.fill('levator');
    const option = page.getByRole('listbox').getByRole('option', { name: /levator scapulae/i }).first();
    await option.tap({ timeout: 10_000 });

    const card = muscleCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe('Levator scapulae');
    expect((await atlasState(page)).selected?.muscleId).toBe('levator-scapulae');

    // The card sits in a sheet at the bottom, with the canvas still visible above it.
    const heading = await card.getByRole('heading', { level: 2 }).boundingBox();
    expect(heading, 'the card heading has a box').not.toBeNull();
    expect(heading!.y, 'the card heading is on screen').toBeGreaterThanOrEqual(0);
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(844);
    expect(heading!.y, 'the card opens in the lower part of the screen (bottom sheet)').toBeGreaterThan(844 * 0.3);
    const cardRect = await card.boundingBox();
    expect(cardRect!.x).toBeGreaterThanOrEqual(0);
    expect(cardRect!.x + cardRect!.width, 'the card fits the phone width').toBeLessThanOrEqual(390);
    const canvasAfter = await viewer(page).locator('canvas').boundingBox();
    const visibleCanvas = Math.min(canvasAfter!.y + canvasAfter!.height, heading!.y) - Math.max(canvasAfter!.y, 0);
    expect(visibleCanvas, 'canvas still shows above the sheet').toBeGreaterThan(844 * 0.25);

    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
    }));
    expect(widths.doc, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(390);
    expect(widths.body, 'document.body.scrollWidth').toBeLessThanOrEqual(390);
    app.expectNoErrors();
  });
});

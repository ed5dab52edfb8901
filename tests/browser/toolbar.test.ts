/**
 * The toolbar's display controls change the picture and the store: each skin mode, bones on and off,
 * peel (layer-1 muscles go, deeper ones show), isolate (only the selected muscle is drawn) and fade.
 */
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, stillViewerShot, storeField, useChromium, waitForAtlasReady } from './harness';
import type { AtlasWindow, Side } from './harness';
import { coverage, diffShare } from './pixels';

const browser = useChromium();

/** A button of one of the toolbar's groups. */
function tool(page: Page, group: string, name: string): Locator {
  return page.getByRole('group', { name: '3D view controls' }).getByRole('group', { name: group }).getByRole('button', { name, exact: true });
}

/** The tests run at 1280 px, where every control shows without the "More" menu. */
const WIDE = { viewport: { width: 1280, height: 760 } };

/** Draw calls of the last frame. */
const drawCalls = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.stats().drawCalls);

/** Whether `__atlas.project` finds a visible, clickable point of the muscle side. */
const shown = (page: Page, muscleId: string, side: Side) =>
  page.evaluate(([m, s]) => (window as unknown as AtlasWindow).__atlas!.project(m, s) !== null, [muscleId, side] as const);

/** Every muscle side of the dataset that `__atlas.project` finds on screen, as "id/side". */
const shownMuscles = (page: Page) =>
  page.evaluate(() => {
    const a = (window as unknown as AtlasWindow).__atlas!;
    const muscles = a.store.getState().dataset?.muscles ?? [];
    return muscles.flatMap((m) => (['left', 'right'] as const).filter((s) => a.project(m.id, s) !== null).map((s) => `${m.id}/${s}`));
  });

describe('toolbar display controls', () => {
  test('each skin mode is set in the store and draws a different picture; See-through again gives the first picture back', async () => {
    const app = await openApp(browser(), '', WIDE);
    const { page } = app;
    await waitForAtlasReady(page);
    expect(await storeField(page, 'skin')).toBe('see-through');
    const seeThrough = await stillViewerShot(page);

    await tool(page, 'Skin', 'Opaque').click();
    expect(await storeField(page, 'skin')).toBe('opaque');
    expect(await tool(page, 'Skin', 'Opaque').getAttribute('aria-pressed')).toBe('true');
    const opaque = await stillViewerShot(page);
    expect(diffShare(seeThrough, opaque), 'opaque vs see-through').toBeGreaterThan(0.01);

    await tool(page, 'Skin', 'Hidden').click();
    expect(await storeField(page, 'skin')).toBe('hidden');
    const hidden = await stillViewerShot(page);
    expect(diffShare(hidden, opaque), 'hidden vs opaque').toBeGreaterThan(0.01);
    expect(diffShare(hidden, seeThrough), 'hidden vs see-through').toBeGreaterThan(0.002);
    expect(coverage(hidden).foregroundShare, 'the muscles are still drawn without skin').toBeGreaterThan(0.03);

    await tool(page, 'Skin', 'See-through').click();
    expect(await storeField(page, 'skin')).toBe('see-through');
    expect(diffShare(await stillViewerShot(page), seeThrough), 'see-through again').toBeLessThan(0.002);
    expect(new URL(page.url()).searchParams.get('skin')).toBeNull();
    app.expectNoErrors();
  });

  test('bones on adds draw calls and changes the picture; off takes them away', async () => {
    const app = await openApp(browser(), '?skin=hidden', WIDE);
    const { page } = app;
    await waitForAtlasReady(page);
    const off = await stillViewerShot(page);
    const callsOff = await drawCalls(page);

    await tool(page, 'Show', 'Bones').click();
    expect(await storeField(page, 'bones')).toBe(true);
    expect(await tool(page, 'Show', 'Bones').getAttribute('aria-pressed')).toBe('true');
    const on = await stillViewerShot(page);
    const callsOn = await drawCalls(page);
    expect(callsOn, `draw calls with bones (${callsOn}) vs without (${callsOff})`).toBeGreaterThan(callsOff);
    expect(diffShare(off, on), 'bones change the picture').toBeGreaterThan(0.002);

    await tool(page, 'Show', 'Bones').click();
    expect(await storeField(page, 'bones')).toBe(false);
    expect(diffShare(await stillViewerShot(page), off), 'bones off again').toBeLessThan(0.002);
    expect(await drawCalls(page)).toBe(callsOff);
    app.expectNoErrors();
  });

  test('peeling one layer hides layer-1 muscles and shows a deeper one; a selected layer-1 muscle stays', async () => {
    const app = await openApp(browser(), '?view=back', WIDE);
    const { page } = app;
    await waitForAtlasReady(page);
    const before = await stillViewerShot(page);
    expect(await shown(page, 'infraspinatus', 'left'), 'layer-1 infraspinatus visible before peeling').toBe(true);
    expect(await shown(page, 'middle-trapezius', 'left'), 'layer-1 middle trapezius visible before peeling').toBe(true);

    await page.getByRole('slider', { name: 'Peel layers' }).fill('1');
    expect(await storeField(page, 'peel')).toBe(1);
    const after = await stillViewerShot(page);
    expect(diffShare(before, after), 'peeling changes the picture').toBeGreaterThan(0.01);
    expect(await shown(page, 'infraspinatus', 'left'), 'infraspinatus (layer 1) peeled').toBe(false);
    expect(await shown(page, 'middle-trapezius', 'left'), 'middle trapezius (layer 1) peeled').toBe(false);
    const deeper = await page.evaluate(() => {
      const a = (window as unknown as AtlasWindow).__atlas!;
      const layer2 = (a.store.getState().dataset?.muscles ?? []).filter((m) => m.layer >= 2);
      return layer2.flatMap((m) => (['left', 'right'] as const).filter((s) => a.project(m.id, s) !== null).map(() => m.id));
    });
    expect(deeper, 'deeper muscles seen once layer 1 is peeled').toEqual(expect.arrayContaining(['rhomboid-major']));
    const layer1Seen = await page.evaluate(() => {
      const a = (window as unknown as AtlasWindow).__atlas!;
      const layer1 = (a.store.getState().dataset?.muscles ?? []).filter((m) => m.layer === 1);
      return layer1.flatMap((m) => (['left', 'right'] as const).filter((s) => a.project(m.id, s) !== null).map((s) => `${m.id}/${s}`));
    });
    expect(layer1Seen, 'no layer-1 muscle is drawn').toEqual([]);

    await page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.store.getState().selectMuscle('infraspinatus', 'left'));
    await stillViewerShot(page);
    expect(await shown(page, 'infraspinatus', 'left'), 'the selected muscle is never peeled').toBe(true);
    app.expectNoErrors();
  });

  test('isolate draws only the selected muscle', async () => {
    const app = await openApp(browser(), '?muscle=infraspinatus&view=back', WIDE);
    const { page } = app;
    await waitForAtlasReady(page);
    const before = await stillViewerShot(page);
    const seenBefore = await shownMuscles(page);
    expect(seenBefore, 'several muscles on screen before isolating').toContain('infraspinatus/left');
    expect(seenBefore.length).toBeGreaterThan(4);

    await tool(page, 'Show', 'Isolate').click();
    expect(await storeField(page, 'isolate')).toBe(true);
    const after = await stillViewerShot(page);
    expect(diffShare(before, after), 'isolating changes the picture').toBeGreaterThan(0.01);
    expect(await shownMuscles(page)).toEqual(['infraspinatus/left']);

    await tool(page, 'Show', 'Isolate').click();
    expect(await storeField(page, 'isolate')).toBe(false);
    await stillViewerShot(page);
    expect((await shownMuscles(page)).length).toBe(seenBefore.length);
    app.expectNoErrors();
  });

  test('fade recolours the other muscles but keeps them drawn', async () => {
    const app = await openApp(browser(), '?muscle=infraspinatus&view=back', WIDE);
    const { page } = app;
    await waitForAtlasReady(page);
    const before = await stillViewerShot(page);
    const seenBefore = await shownMuscles(page);

    await tool(page, 'Show', 'Fade').click();
    expect(await storeField(page, 'fade')).toBe(true);
    expect(await tool(page, 'Show', 'Fade').getAttribute('aria-pressed')).toBe('true');
    const faded = await stillViewerShot(page);
    expect(diffShare(before, faded), 'fading changes the picture').toBeGreaterThan(0.01);
    expect(await shownMuscles(page), 'faded muscles are still drawn').toEqual(seenBefore);

    await tool(page, 'Show', 'Fade').click();
    expect(await storeField(page, 'fade')).toBe(false);
    expect(diffShare(await stillViewerShot(page), before), 'fade off again').toBeLessThan(0.002);
    app.expectNoErrors();
  });
});

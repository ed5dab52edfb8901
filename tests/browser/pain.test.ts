/** "Where it hurts" in the browser: paint on the body with the mouse, read the ranking, share the drawing by link. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { act, openApp, projectStable, useChromium, waitForAtlasReady } from './harness';
import type { AtlasWindow } from './harness';

const browser = useChromium();

/** The names of the ranked muscles, in order. */
async function rankedNames(page: Page): Promise<string[]> {
  const items = page.getByRole('region', { name: 'Ranked muscles' }).locator('.pain-result-name');
  return (await items.allTextContents()).map((t) => t.replace(/\s*\((left|right)\)\s*$/, '').trim());
}

/** The store's pain drawing, copied out of the page. */
function sketchOf(page: Page): Promise<{ marks: { p: number[]; r: number }[]; regions: { regionId: string; side: string }[] }> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as AtlasWindow).__atlas!.store.getState().painSketch)) as never);
}

describe('where it hurts', () => {
  test('painting on the temple with the mouse ranks temporalis among the first', async () => {
    const app = await openApp(browser(), '?view=left');
    const { page } = app;
    await waitForAtlasReady(page);
    await page.getByRole('tab', { name: 'Where it hurts' }).click();
    await page.getByRole('button', { name: 'Paint on the body' }).click();
    const at = await projectStable(page, 'temporalis', 'left');
    expect(at, 'the left temporalis is on screen in the left view').not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(at!.x + i * 2, at!.y - i * 2);
    await page.mouse.up();
    await expect.poll(async () => (await sketchOf(page)).marks.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // the marks lie on the left side of the head
    const { marks } = await sketchOf(page);
    for (const m of marks) {
      expect(m.p[0]).toBeGreaterThan(0.03);
      expect(m.p[1]).toBeGreaterThan(1.55);
    }
    await expect.poll(() => rankedNames(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(['Temporalis']));
    const names = await rankedNames(page);
    expect(names.slice(0, 3)).toContain('Temporalis');
    // the stroke did not select a muscle or turn to the muscle card
    const panel = await page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.store.getState().panel);
    expect(panel).toBe('pain');
    // hovering the body there lists the trigger points that refer pain to it
    await page.mouse.move(at!.x + 1, at!.y + 1);
    await page.mouse.move(at!.x, at!.y);
    const hover = page.getByRole('region', { name: 'Under the pointer' });
    await expect.poll(() => hover.textContent(), { timeout: 10_000 }).toMatch(/Temporalis \(left\)/);
    // the drawing is in the link, and undo takes it back out
    await expect.poll(() => new URL(page.url()).searchParams.get('pain') ?? '').toMatch(/^1~~[A-Za-z0-9_-]+$/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await sketchOf(page)).marks.length).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('pain')).toBeNull();
    app.expectNoErrors();
  });

  test('a shared drawing link opens the panel with the drawing and its ranking', async () => {
    const app = await openApp(browser(), '?pain=1~heel.l~');
    const { page } = app;
    await waitForAtlasReady(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.store.getState().panel)).toBe('pain');
    await expect.poll(async () => (await rankedNames(page)).slice(0, 3).sort(), { timeout: 20_000 }).toEqual(['Abductor hallucis', 'Quadratus plantae', 'Soleus']);
    await page.getByRole('region', { name: 'Painful regions' }).locator('summary', { hasText: /^Foot$/ }).click();
    await expect(page.getByRole('checkbox', { name: 'Heel, left' }).isChecked()).resolves.toBe(true);
    // choosing a result shows it over the drawing; the drawing stays
    await page.getByRole('button', { name: /^Soleus/ }).first().click();
    await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).__atlas!.store.getState().painChoice)).toEqual({ muscleId: 'soleus', side: 'left', triggerPointId: null });
    expect((await sketchOf(page)).regions).toEqual([{ regionId: 'heel', side: 'left' }]);
    app.expectNoErrors();
  });

  test('a damaged drawing link is read as far as it goes, with a notice', async () => {
    const app = await openApp(browser(), '?pain=1~heel.l_nowhere.r~%21%21');
    const { page } = app;
    await waitForAtlasReady(page);
    await expect.poll(async () => (await sketchOf(page)).regions).toEqual([{ regionId: 'heel', side: 'left' }]);
    await expect(page.locator('.notice').textContent()).resolves.toContain('pain drawing');
    await act(page, 'clearPain');
    await expect.poll(() => new URL(page.url()).searchParams.get('pain')).toBeNull();
    app.expectNoPageErrors();
  });
});

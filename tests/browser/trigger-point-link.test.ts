/** Hovering a trigger point in the card previews it without touching the address bar; clicking it pins it as `tp=`. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { muscleCard, openApp, storeField, useChromium } from './harness';

const browser = useChromium();

/** Opens the upper trapezius card from a link and returns its TrP1 button. */
async function openCard(page: Page) {
  await expect(muscleCard(page).getByRole('heading', { level: 2 }).textContent({ timeout: 30_000 })).resolves.toBe('Upper trapezius');
  return muscleCard(page).getByRole('button', { name: /^TrP1/ });
}

describe('trigger point in the address bar', () => {
  test('hovering a trigger point in the list previews it and leaves location.search and history alone', async () => {
    const app = await openApp(browser(), '?muscle=upper-trapezius&view=back');
    const { page } = app;
    const item = await openCard(page);
    const search = await page.evaluate(() => location.search);
    const length = await page.evaluate(() => history.length);
    expect(new URLSearchParams(search).get('muscle')).toBe('upper-trapezius');

    await item.hover();
    await expect.poll(() => storeField(page, 'previewTriggerPoint')).toBe('upper-trapezius-1');
    expect(await storeField(page, 'pinnedTriggerPoint')).toBeNull();
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => location.search)).toBe(search);
    expect(await page.evaluate(() => history.length)).toBe(length);

    await page.mouse.move(1, 1);
    await expect.poll(() => storeField(page, 'previewTriggerPoint')).toBeNull();
    expect(await page.evaluate(() => location.search)).toBe(search);
    app.expectNoErrors();
  });

  test('clicking a trigger point in the list adds tp= to the address; a second click removes it', async () => {
    const app = await openApp(browser(), '?muscle=upper-trapezius&view=back');
    const { page } = app;
    const item = await openCard(page);
    expect(new URL(page.url()).searchParams.get('tp')).toBeNull();

    await item.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tp')).toBe('upper-trapezius-1');
    expect(await item.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('muscle')).toBe('upper-trapezius');

    await item.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tp')).toBeNull();
    expect(await item.getAttribute('aria-pressed')).toBe('false');
    app.expectNoErrors();
  });
});

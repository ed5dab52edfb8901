/** Each selection pushes a history entry, so Back returns to the previous muscle and then to the bare atlas, not out of the app. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasState, muscleCard, openApp, useChromium } from './harness';

const browser = useChromium();

async function chooseFromList(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('navigation', { name: 'Muscle list' }).getByRole('button', { name }).click();
}

const muscleParam = (page: Page) => new URL(page.url()).searchParams.get('muscle');
const heading = (page: Page) => muscleCard(page).getByRole('heading', { level: 2 }).textContent();

describe('history', () => {
  test('selecting two muscles one after another, Back returns to the first, then to no selection', async () => {
    const app = await openApp(browser());
    const { page } = app;
    const start = page.url();
    await chooseFromList(page, 'Infraspinatus, left side');
    await expect.poll(() => muscleParam(page)).toBe('infraspinatus');
    await chooseFromList(page, 'Soleus, right side');
    await expect.poll(() => muscleParam(page)).toBe('soleus');
    await expect.poll(() => heading(page)).toBe('Soleus');

    await page.goBack();
    await expect.poll(async () => (await atlasState(page)).selected).toEqual({ muscleId: 'infraspinatus', side: 'left' });
    expect(muscleParam(page)).toBe('infraspinatus');
    await expect.poll(() => heading(page)).toBe('Infraspinatus');

    await page.goBack();
    await expect.poll(async () => (await atlasState(page)).selected).toBeNull();
    expect(page.url()).toBe(start);

    await page.goForward();
    await expect.poll(async () => (await atlasState(page)).selected).toEqual({ muscleId: 'infraspinatus', side: 'left' });
    app.expectNoErrors();
  });
});

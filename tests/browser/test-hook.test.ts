/** The production build installs no `window.__atlas` unless the page asked for it before load. */
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from './harness';

const browser = useChromium();

describe('test hook', () => {
  test('a page without the test-hook flag has no window.__atlas, though the app runs', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 700 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(new URL('?muscle=soleus', inject('baseUrl')).href);
      // The app is up: the card of the linked muscle is shown.
      await expect(
        page.getByRole('region', { name: 'Muscle card' }).getByRole('heading', { level: 2 }).textContent({ timeout: 30_000 }),
      ).resolves.toBe('Soleus');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => ({ hook: typeof window.__atlas, flag: typeof window.__ATLAS_TEST_HOOK__ }))).toEqual({
        hook: 'undefined',
        flag: 'undefined',
      });
      expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__atlas')))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

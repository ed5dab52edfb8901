/**
 * Hosting: a host that rewrites a deep path to index.html gets the atlas when it was built for that
 * base, and a readable message (never a blank page) when it was not; a lazily loaded part that fails
 * to download shows an error, not an empty area.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/serve-static';
import { muscleCard, openApp, useChromium, waitForAtlasReady } from './harness';

const browser = useChromium();
const ROOT = resolve(import.meta.dirname, '../..');
const ROOT_BASE_DIST = resolve(ROOT, '.tmp/dist-base-root');

describe('base path', () => {
  let rootBuild: StaticServer | null = null;
  beforeAll(() => {
    // The same app built for the site root, as a host serving it at / with deep links would.
    execFileSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--base', '/', '--outDir', ROOT_BASE_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }, 300_000);
  beforeAll(async () => {
    rootBuild = await startStaticServer({ root: ROOT_BASE_DIST });
  });
  afterAll(async () => {
    await rootBuild?.close();
  });

  test('a deep path of a relative-base build shows what went wrong instead of a blank page', async () => {
    const app = await openApp(browser(), 'lesson/4?muscle=deltoid');
    const message = app.page.locator('.boot-message');
    await message.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await message.textContent()).toMatch(/could not be loaded/);
    expect(await muscleCard(app.page).count(), 'the app itself did not start').toBe(0);
    app.expectNoPageErrors();
  });

  test('a build for the site root opens from a deep path the host rewrites to index.html', async () => {
    const app = await openApp(browser(), 'lesson/4?muscle=deltoid', { base: rootBuild!.url });
    await waitForAtlasReady(app.page);
    await expect.poll(() => muscleCard(app.page).getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toBe('Deltoid');
    expect(new URL(app.page.url()).pathname, 'the deep path is kept').toBe('/lesson/4');
    app.expectNoErrors();
  });

  test('a 3D viewer chunk that fails to download shows an error with Retry, and the panels still work', async () => {
    const app = await openApp(browser(), '?muscle=deltoid', {
      before: (page) => page.route(/\/assets\/Viewer-[^/]*\.js$/, (route) => route.abort('connectionfailed')),
    });
    const alert = app.page.getByRole('alert');
    await alert.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await alert.first().textContent()).toMatch(/failed/i);
    await expect.poll(() => muscleCard(app.page).getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toBe('Deltoid');
    app.expectNoPageErrors();
  });
});

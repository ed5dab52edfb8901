/** Links straight to a muscle open its card with the muscle in view; bad links are handled gently. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasState, muscleCard, openApp, projectStable, searchBox, useChromium, waitForAtlasReady } from './harness';
import type { AtlasWindow, Side } from './harness';

const browser = useChromium();

const DEEP = [
  { id: 'subscapularis', name: 'Subscapularis' },
  { id: 'iliacus', name: 'Iliacus' },
  { id: 'lateral-pterygoid', name: 'Lateral pterygoid' },
  { id: 'tibialis-posterior', name: 'Tibialis posterior' },
] as const;

/**
 * The muscle side's trigger points, projected from their model nodes: all on the canvas, and most of
 * them (a muscle may have marks on two faces) on a surface that faces the camera.
 */
async function expectMarksSeen(page: Page, id: string, side: Side): Promise<void> {
  const marks = await page.evaluate(
    ([m, s]) => {
      const a = (window as unknown as AtlasWindow).__atlas!;
      const muscle = a.store.getState().dataset!.muscles.find((x) => x.id === m)!;
      const rect = document.querySelector('[data-testid="viewer"] canvas')!.getBoundingClientRect();
      return muscle.triggerPoints.map((tp) => {
        const p = a.projectTriggerPoint(tp.id, s);
        return { id: tp.id, facing: p?.facing ?? false, inside: !!p && p.x > rect.left && p.x < rect.right && p.y > rect.top && p.y < rect.bottom };
      });
    },
    [id, side] as const,
  );
  expect(marks.length, `${id} has trigger points`).toBeGreaterThan(0);
  for (const m of marks) expect(m.inside, `${m.id} is on the canvas`).toBe(true);
  const facing = marks.filter((m) => m.facing).length;
  expect(facing, `trigger points of ${id} facing the camera: ${JSON.stringify(marks)}`).toBeGreaterThanOrEqual(Math.ceil(marks.length / 2));
}

async function expectCardFor(page: Page, id: string, name: string, side: Side): Promise<void> {
  const card = muscleCard(page);
  await card.waitFor({ state: 'visible', timeout: 15_000 });
  await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe(name);
  expect(await card.textContent(), `the ${name} card shows the ${side} side`).toMatch(new RegExp(`\\b${side}\\b`, 'i'));
  const state = await atlasState(page);
  expect(state.selected).toEqual({ muscleId: id, side });
  const point = await projectStable(page, id, side);
  expect(point, `${id} (${side}) is visible: __atlas.project gives a point on screen`).not.toBeNull();
  const size = page.viewportSize()!;
  expect(point!.x).toBeGreaterThanOrEqual(0);
  expect(point!.x).toBeLessThanOrEqual(size.width);
  expect(point!.y).toBeGreaterThanOrEqual(0);
  expect(point!.y).toBeLessThanOrEqual(size.height);
  const picked = await page.evaluate(([x, y]) => (window as unknown as AtlasWindow).__atlas!.pickAt(x, y), [point!.x, point!.y] as const);
  expect(picked, 'a click at the projected point would pick that muscle').toEqual({ muscleId: id, side });
}

describe('deep links', () => {
  for (const { id, name } of DEEP) {
    test(`?muscle=${id} opens its card with the deep muscle visible`, async () => {
      const app = await openApp(browser(), `?muscle=${id}`);
      await waitForAtlasReady(app.page);
      await expectCardFor(app.page, id, name, (await atlasState(app.page)).selected?.side ?? 'left');
      await expectMarksSeen(app.page, id, 'left');
      app.expectNoErrors();
    });

    test(`?muscle=${id}&side=right&view=back keeps the side and the view`, async () => {
      const app = await openApp(browser(), `?muscle=${id}&side=right&view=back`);
      await waitForAtlasReady(app.page);
      await expectCardFor(app.page, id, name, 'right');
      expect((await atlasState(app.page)).view).toBe('back');
      const url = new URL(app.page.url());
      expect(url.searchParams.get('muscle')).toBe(id);
      expect(url.searchParams.get('side')).toBe('right');
      app.expectNoErrors();
    });
  }

  test('an unknown muscle shows a gentle notice and the app stays usable', async () => {
    const app = await openApp(browser(), '?muscle=not-a-muscle');
    const { page } = app;
    await waitForAtlasReady(page);
    const notice = page.locator('[role="status"].notice');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect((await notice.textContent())?.trim().length, 'the notice says something').toBeGreaterThan(0);
    expect(await muscleCard(page).count(), 'no card for an unknown muscle').toBe(0);
    expect((await atlasState(page)).selected).toBeNull();
    await searchBox(page).fill('deltoid');
    await searchBox(page).press('Enter');
    await expect.poll(() => muscleCard(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 }).toBe('Deltoid');
    app.expectNoErrors();
  });

  test('junk parameters throw nothing', async () => {
    const long = 'x'.repeat(10_000);
    const queries = [
      `?muscle=${encodeURIComponent('<script>alert(1)</script>')}`,
      `?muscle=${long}`,
      `?side=${long}&view=right`,
      `?view=${long}&skin=${encodeURIComponent(long.slice(0, 2000))}`,
      '?peel=-9999',
      '?peel=1e309&skin=<b>&bones=2&isolate=yes&fade=-1',
      `?tp=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&condition=${encodeURIComponent('../../etc/passwd')}`,
      '?view=top&side=right&muscle=',
      '?muscle=upper-trapezius&muscle=deltoid&%E0%A4%A=1',
    ];
    const app = await openApp(browser(), queries[0]);
    const { page } = app;
    for (const [i, q] of queries.entries()) {
      if (i > 0) {
        const response = await page.goto(new URL(q, page.url()).href);
        expect(response?.status(), 'the page loads').toBe(200);
      }
      await waitForAtlasReady(page);
      const state = await atlasState(page);
      const label = q.length > 80 ? `${q.slice(0, 80)}… (${q.length} chars)` : q;
      expect(Number.isFinite(state.peel) && state.peel >= 0, `peel stays a sane number for ${label}`).toBe(true);
      expect(['front', 'back', 'left', 'right', 'top'], label).toContain(state.view);
      expect(['left', 'right', undefined], label).toContain(state.selected?.side);
      expect(await page.locator('img[src="x"]').count(), 'no markup from the URL is rendered').toBe(0);
      const injected = await page.evaluate(() => (window as unknown as AtlasWindow).__pwned);
      expect(injected).toBeUndefined();
    }
    app.expectNoErrors();
  });
});

/** Clicking the body selects the muscle under the pointer; Esc and clicks on empty space clear it. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasState, clickMuscle, muscleCard, openApp, projectStable, useChromium, viewer, waitForAtlasReady } from './harness';
import type { AtlasWindow } from './harness';

const browser = useChromium();

/** A point on the canvas itself (no panel over it) where nothing would be picked. */
async function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await viewer(page).locator('canvas').boundingBox();
  if (!box) throw new Error('the viewer canvas has no box');
  for (const [fx, fy] of [[0.06, 0.5], [0.94, 0.5], [0.06, 0.2], [0.94, 0.2], [0.06, 0.85], [0.94, 0.85], [0.2, 0.1], [0.8, 0.1]] as const) {
    const x = Math.round(box.x + box.width * fx);
    const y = Math.round(box.y + box.height * fy);
    const ok = await page.evaluate(([px, py]) => {
      const el = document.elementFromPoint(px, py);
      return el instanceof HTMLCanvasElement && (window as unknown as AtlasWindow).__atlas!.pickAt(px, py) === null;
    }, [x, y] as const);
    if (ok) return { x, y };
  }
  throw new Error('found no empty, uncovered spot on the canvas to click');
}

async function expectSelected(page: Page, muscleId: string, side: 'left' | 'right', name: string): Promise<void> {
  await expect.poll(async () => (await atlasState(page)).selected, { timeout: 10_000 }).toEqual({ muscleId, side });
  await expect.poll(() => muscleCard(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 }).toBe(name);
}

describe('picking on the canvas', () => {
  test('a click on the left upper trapezius (view from the back) selects it', async () => {
    const app = await openApp(browser(), '?view=back');
    const { page } = app;
    await waitForAtlasReady(page);
    await clickMuscle(page, 'upper-trapezius', 'left');
    await expectSelected(page, 'upper-trapezius', 'left', 'Upper trapezius');
    expect(new URL(page.url()).searchParams.get('muscle')).toBe('upper-trapezius');
    app.expectNoErrors();
  });

  test('a click on a front muscle selects it; Esc clears; a click on empty space clears', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await waitForAtlasReady(page);
    const candidates = [
      ['pectoralis-major', 'Pectoralis major'],
      ['rectus-femoris', 'Rectus femoris'],
    ] as const;
    let chosen: (typeof candidates)[number] | null = null;
    for (const c of candidates) {
      if (await projectStable(page, c[0], 'right', 8_000)) {
        chosen = c;
        break;
      }
    }
    expect(chosen, 'pectoralis major or rectus femoris is visible from the front').not.toBeNull();
    const [id, name] = chosen!;
    await clickMuscle(page, id, 'right');
    await expectSelected(page, id, 'right', name);

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await atlasState(page)).selected, { timeout: 5_000 }).toBeNull();
    await expect.poll(() => muscleCard(page).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBeNull();

    await clickMuscle(page, id, 'right');
    await expectSelected(page, id, 'right', name);
    const empty = await emptyCanvasPoint(page);
    await page.mouse.click(empty.x, empty.y);
    await expect.poll(async () => (await atlasState(page)).selected, { timeout: 5_000 }).toBeNull();
    await expect.poll(() => muscleCard(page).count()).toBe(0);
    app.expectNoErrors();
  });
});

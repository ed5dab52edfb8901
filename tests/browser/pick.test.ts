/**
 * Clicking the body selects the muscle under the pointer; Esc and clicks on empty space clear it.
 * Click points come from the model's geometry (a trigger point's node, via `__atlas.projectTriggerPoint`),
 * not from the raycast under test, and the click is the real mouse.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasState, clickTriggerPoint, muscleCard, openApp, useChromium, viewer, waitForAtlasReady } from './harness';
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
  test('clicks on the left upper trapezius (from the front) and the left infraspinatus (from the back) trigger-point nodes select those muscles', async () => {
    // TrP1 lies in the free anterior border at the top of the shoulder, its surface facing forward
    // over the supraclavicular fossa: seen from the front, not edge-on from the side or behind
    const side = await openApp(browser(), '?view=front', { motion: true });
    await waitForAtlasReady(side.page);
    await clickTriggerPoint(side.page, 'upper-trapezius-1', 'left');
    await expectSelected(side.page, 'upper-trapezius', 'left', 'Upper trapezius');
    await expect.poll(() => new URL(side.page.url()).searchParams.get('muscle')).toBe('upper-trapezius');
    side.expectNoErrors();

    const app = await openApp(browser(), '?view=back', { motion: true });
    const { page } = app;
    await waitForAtlasReady(page);
    await clickTriggerPoint(page, 'infraspinatus-1', 'left');
    await expectSelected(page, 'infraspinatus', 'left', 'Infraspinatus');
    await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBe('infraspinatus');
    app.expectNoErrors();
  });

  test('a click on the right pectoralis major selects it; Esc clears; a click on empty space clears', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await waitForAtlasReady(page);
    await clickTriggerPoint(page, 'pectoralis-major-sternal', 'right');
    await expectSelected(page, 'pectoralis-major', 'right', 'Pectoralis major');

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await atlasState(page)).selected, { timeout: 5_000 }).toBeNull();
    await expect.poll(() => muscleCard(page).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBeNull();

    await clickTriggerPoint(page, 'pectoralis-major-sternal', 'right');
    await expectSelected(page, 'pectoralis-major', 'right', 'Pectoralis major');
    const empty = await emptyCanvasPoint(page);
    await page.mouse.click(empty.x, empty.y);
    await expect.poll(async () => (await atlasState(page)).selected, { timeout: 5_000 }).toBeNull();
    await expect.poll(() => muscleCard(page).count()).toBe(0);
    app.expectNoErrors();
  });
});

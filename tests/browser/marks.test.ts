/** X marks: the selected muscle's trigger points are marked where the model puts their nodes; a pinned one alone. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { act, countInk, openApp, projectTriggerPointStable, shotAround, stillViewerShot, useChromium, waitForAtlasReady } from './harness';
import type { Side } from './harness';

const browser = useChromium();

/** Half the side of the square searched around a node for the mark's ink. */
const RADIUS = 6;

/** Ink pixels of an X mark around each trigger point's projected node (all must face the camera). */
async function inkAt(page: Page, ids: readonly string[], side: Side): Promise<Record<string, number>> {
  await stillViewerShot(page);
  const out: Record<string, number> = {};
  for (const id of ids) {
    const p = await projectTriggerPointStable(page, id, side);
    expect(p, `the model has a node for ${id} (${side})`).not.toBeNull();
    expect(p!.facing, `${id} (${side}) faces the camera`).toBe(true);
    out[id] = countInk(await shotAround(page, p!.x, p!.y, RADIUS));
  }
  return out;
}

describe('trigger-point X marks', () => {
  test('a selected muscle shows an X at each trigger-point node; a pinned one shows its X alone; clearing removes them', async () => {
    // seen from the left side (the anterior point faces out and forward, the posterior one, on the posterior
    // part's back face, out and back: from in front of the shoulder its X is seen edge-on)
    const app = await openApp(browser(), '?muscle=deltoid&cam=1.3,1.45,-0.05,0.2,1.35,0');
    const { page } = app;
    await waitForAtlasReady(page);
    // The deltoid's three trigger points all face the camera from there, tens of pixels apart.
    const ids = ['deltoid-anterior', 'deltoid-middle', 'deltoid-posterior'];

    const all = await inkAt(page, ids, 'left');
    for (const id of ids) expect(all[id], `ink of the X at ${id}: ${JSON.stringify(all)}`).toBeGreaterThanOrEqual(6);

    await act(page, 'pinTriggerPoint', 'deltoid-middle');
    const pinned = await inkAt(page, ids, 'left');
    expect(pinned['deltoid-middle'], `ink at the pinned point: ${JSON.stringify(pinned)}`).toBeGreaterThanOrEqual(6);
    expect(pinned['deltoid-anterior'], `no X at an unpinned point: ${JSON.stringify(pinned)}`).toBeLessThanOrEqual(1);
    expect(pinned['deltoid-posterior'], `no X at an unpinned point: ${JSON.stringify(pinned)}`).toBeLessThanOrEqual(1);

    await act(page, 'clearSelection');
    const none = await inkAt(page, ids, 'left');
    for (const id of ids) expect(none[id], `no X once cleared: ${JSON.stringify(none)}`).toBeLessThanOrEqual(1);
    app.expectNoErrors();
  });

});

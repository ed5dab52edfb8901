/** Searching for a muscle opens its card, writes the URL and paints its referred-pain zones. */
import { describe, expect, test } from 'vitest';
import { atlasState, muscleCard, openApp, searchBox, stillViewerShot, useChromium, waitForAtlasReady } from './harness';
import { countRed } from './pixels';

const browser = useChromium();

describe('search', () => {
  test('"upper trapezius" + Enter opens its card, sets the URL and paints red zones on the body', async () => {
    // Seen from the back, where the upper trapezius refers pain (back of the neck, behind the ear, temple).
    const app = await openApp(browser(), '?view=back');
    const { page } = app;
    await waitForAtlasReady(page);
    const before = countRed(await stillViewerShot(page));

    const box = searchBox(page);
    await box.click();
    await box.pressSequentially('upper trapezius');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').first().textContent())
      .toMatch(/upper trapezius/i);
    await box.press('Enter');

    const card = muscleCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe('Upper trapezius');
    await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBe('upper-trapezius');
    const state = await atlasState(page);
    expect(state.selected?.muscleId).toBe('upper-trapezius');
    expect(await card.textContent(), 'the card shows the side').toMatch(new RegExp(state.selected!.side, 'i'));

    const shot = await stillViewerShot(page);
    const after = countRed(shot);
    // The essential zone is painted solid red on the skin: clearly more strongly red pixels than before
    // (at least 0.05% of the viewer, 200 px at the least).
    const needed = Math.max(200, Math.round(shot.width * shot.height * 0.0005));
    expect(after - before, `strongly red pixels: ${before} before selection, ${after} after`).toBeGreaterThanOrEqual(needed);
    expect(after).toBeGreaterThan(before * 2);
    app.expectNoErrors();
  });

  test('"scm" finds Sternocleidomastoid', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await waitForAtlasReady(page);
    const box = searchBox(page);
    await box.click();
    await box.fill('scm');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => options.first().textContent()).toMatch(/sternocleidomastoid/i);
    expect(await box.getAttribute('aria-expanded'), 'the combobox says its list is open').toBe('true');
    await box.press('Enter');
    const card = muscleCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe('Sternocleidomastoid');
    await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBe('sternocleidomastoid');
    app.expectNoErrors();
  });

  test('clicking a search result selects it', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await waitForAtlasReady(page);
    await searchBox(page).fill('infraspin');
    const option = page.getByRole('listbox').getByRole('option', { name: /infraspinatus/i }).first();
    await option.click({ timeout: 10_000 });
    await expect.poll(() => muscleCard(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 }).toBe('Infraspinatus');
    expect((await atlasState(page)).selected?.muscleId).toBe('infraspinatus');
    app.expectNoErrors();
  });
});

/**
 * "Where does it hurt?" by the region list (the keyboard way): ticking a region ranks the muscles whose
 * referred pain reaches it, as the core's ranking of the real dataset says; a result opens its card.
 */
import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import PainFinder from '../../src/ui/pain/PainFinder';
import { rankPain } from '../../src/core/pain/rank';
import { renderAtlas } from './render-atlas';
import type { AtlasRender } from './render-atlas';

/** The listed results as "name (side)". */
const listed = () =>
  [...screen.getByRole('region', { name: 'Ranked muscles' }).querySelectorAll('.pain-result-name')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

/** Opens the area's group and ticks the region's box. */
async function tick({ user }: AtlasRender, area: string, label: string): Promise<void> {
  const chooser = screen.getByRole('region', { name: 'Painful regions' });
  await user.click(within(chooser).getByText(area, { selector: 'summary' }));
  await user.click(within(chooser).getByRole('checkbox', { name: label }));
}

describe('pain finder', () => {
  test('ticking a region ranks the muscles the dataset says refer pain there', async () => {
    const r = renderAtlas(<PainFinder />, { webgl: 'unavailable' });
    expect(screen.queryByRole('region', { name: 'Ranked muscles' })).toBeNull();
    await tick(r, 'Head and face', 'Temple, left');
    expect(r.store.getState().painSketch.regions).toEqual([{ regionId: 'temple', side: 'left' }]);

    const expected = rankPain(r.index.dataset, r.store.getState().painSketch, { limit: 15 });
    expect(expected.length).toBeGreaterThan(0);
    expect(listed()).toEqual(expected.map((m) => `${m.name} (${m.side})`));
    // Facts of the literature, as the dataset records them: both refer pain to the temple.
    expect(listed()).toEqual(expect.arrayContaining(['Upper trapezius (left)', 'Temporalis (left)']));
    for (const m of expected) {
      const muscle = r.index.muscleById(m.muscleId)!;
      for (const tp of m.triggerPoints) expect(muscle.triggerPoints.map((t) => t.id as string)).toContain(tp.triggerPointId);
    }
  });

  test('unticking the region empties the ranking', async () => {
    const r = renderAtlas(<PainFinder />, { webgl: 'unavailable' });
    await tick(r, 'Head and face', 'Temple, left');
    expect(listed().length).toBeGreaterThan(0);
    await r.user.click(screen.getByRole('checkbox', { name: 'Temple, left' }));
    expect(r.store.getState().painSketch.regions).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Ranked muscles' })).toBeNull();
  });

  test('"Open the … card" selects that muscle on its side and opens its card', async () => {
    const r = renderAtlas(<PainFinder />, { webgl: 'unavailable', panel: 'pain' });
    await tick(r, 'Foot', 'Heel, right');
    const first = rankPain(r.index.dataset, r.store.getState().painSketch, { limit: 15 })[0]!;
    expect(first.side).toBe('right');
    await r.user.click(screen.getByRole('button', { name: `Open the ${first.name.toLowerCase()} card` }));
    expect(r.store.getState().selected).toEqual({ muscleId: first.muscleId, side: 'right' });
    expect(r.store.getState().panel).toBe('muscle');
  });

  test('choosing a result shows it over the drawing (pressed) without selecting it', async () => {
    const r = renderAtlas(<PainFinder />, { webgl: 'unavailable' });
    await tick(r, 'Head and face', 'Temple, left');
    const button = screen.getByRole('button', { name: /^Upper trapezius \(left\)/ });
    await r.user.click(button);
    expect(r.store.getState().painChoice).toEqual({ muscleId: 'upper-trapezius', side: 'left', triggerPointId: null });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(r.store.getState().selected).toBeNull();
  });
});

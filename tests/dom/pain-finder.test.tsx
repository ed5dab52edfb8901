/** "Where does it hurt?": choosing a region lists the muscles the dataset says refer pain there; a click opens one. */
import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import PainFinder from '../../src/ui/pain/PainFinder';
import { renderAtlas } from './render-atlas';

/** The muscle names listed under a group heading. */
function listedUnder(heading: RegExp): string[] {
  const h = screen.queryByRole('heading', { name: heading });
  if (!h) return [];
  const list = h.nextElementSibling;
  if (!list) return [];
  return within(list as HTMLElement)
    .getAllByRole('button')
    .map((b) => b.querySelector('.list-button-title')?.textContent ?? '');
}

describe('pain finder', () => {
  test.each(['temple', 'heel', 'anterior-shoulder'])('lists the muscles that refer pain to %s, essential and spillover apart', async (regionId) => {
    const { index, user } = renderAtlas(<PainFinder />);
    const region = index.regionById(regionId)!;
    await user.selectOptions(screen.getByLabelText('Painful region'), regionId);
    const referring = index.musclesReferringTo(regionId);
    expect(referring.length).toBeGreaterThan(0);
    const essential = referring.filter((r) => r.zone === 'essential').map((r) => r.muscle.name);
    const spillover = referring.filter((r) => r.zone === 'spillover').map((r) => r.muscle.name);
    expect(listedUnder(/essential zone/)).toEqual(essential);
    expect(listedUnder(/spillover zone/)).toEqual(spillover);
    expect(screen.getByText(new RegExp(`^${referring.length} muscles? can refer pain to ${region.name.toLowerCase()}`))).toBeTruthy();
    // Every listed muscle really has a trigger point naming the region.
    for (const { muscle } of referring) {
      expect(muscle.triggerPoints.some((tp) => [...tp.referredPain.essential, ...tp.referredPain.spillover].includes(region.id))).toBe(true);
    }
  });

  test('the temple lists upper trapezius and temporalis among the essential referrers', async () => {
    const { user } = renderAtlas(<PainFinder />);
    await user.selectOptions(screen.getByLabelText('Painful region'), 'temple');
    expect(listedUnder(/essential zone/)).toEqual(expect.arrayContaining(['Upper trapezius', 'Temporalis']));
  });

  test('clicking a result selects that muscle (on the current side) and opens its card', async () => {
    const { store, index, user } = renderAtlas(<PainFinder />, { panel: 'pain', selected: { muscleId: 'soleus', side: 'right' } });
    await user.selectOptions(screen.getByLabelText('Painful region'), 'temple');
    const first = index.musclesReferringTo('temple')[0]!.muscle;
    await user.click(screen.getByRole('button', { name: new RegExp(`^${first.name}`) }));
    expect(store.getState().selected).toEqual({ muscleId: first.id, side: 'right' });
    expect(store.getState().panel).toBe('muscle');
  });
});

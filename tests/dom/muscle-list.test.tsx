/** The muscle list: choosing a muscle and side selects it, opens the card and moves focus to the card's heading. */
import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { SidePanel } from '../../src/ui/panels/SidePanel';
import { renderAtlas } from './render-atlas';

describe('muscle list', () => {
  test('lists every muscle of the dataset with a button per side', () => {
    const { index } = renderAtlas(<SidePanel />, { panel: 'list' });
    const nav = screen.getByRole('navigation', { name: 'Muscle list' });
    for (const m of index.dataset.muscles) {
      expect(within(nav).getByRole('button', { name: `${m.name}, left side` })).toBeTruthy();
      expect(within(nav).getByRole('button', { name: `${m.name}, right side` })).toBeTruthy();
    }
  });

  test('choosing a muscle selects it, shows its card and focuses the card heading', async () => {
    const { store, user } = renderAtlas(<SidePanel />, { panel: 'list' });
    const nav = screen.getByRole('navigation', { name: 'Muscle list' });
    await user.click(within(nav).getByRole('button', { name: 'Infraspinatus, right side' }));
    expect(store.getState().selected).toEqual({ muscleId: 'infraspinatus', side: 'right' });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Infraspinatus' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.id).toBe('muscle-card-heading');
  });
});

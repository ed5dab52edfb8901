/** The side panel's tabs: ARIA tabs, click and arrow keys move selection and focus, panels keep their state. */
import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SidePanel } from '../../src/ui/panels/SidePanel';
import { renderAtlas } from './render-atlas';

const NAMES = ['Muscle', 'Conditions', 'Where it hurts', 'List'];

const tabs = () => within(screen.getByRole('tablist', { name: 'Panels' })).getAllByRole('tab');
const tab = (name: string) => within(screen.getByRole('tablist', { name: 'Panels' })).getByRole('tab', { name });
const selectedTab = () => tabs().filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);

describe('side panel tabs', () => {
  test('are ARIA tabs: one selected, in the tab order alone, controlling a labelled tab panel', () => {
    renderAtlas(<SidePanel />, { panel: 'list' });
    expect(tabs().map((t) => t.textContent)).toEqual(NAMES);
    expect(selectedTab()).toEqual(['List']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.id).toBe(tab('List').getAttribute('aria-controls'));
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('List').id);
    expect(within(panel).getByRole('navigation', { name: 'Muscle list' })).toBeTruthy();
  });

  test('a click selects a tab and shows its panel', async () => {
    const { store, user } = renderAtlas(<SidePanel />, { panel: 'list' });
    await user.click(tab('Where it hurts'));
    expect(store.getState().panel).toBe('pain');
    expect(selectedTab()).toEqual(['Where it hurts']);
    const panel = await screen.findByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('Where it hurts').id);
    expect(await within(panel).findByRole('heading', { name: 'Where does it hurt?' })).toBeTruthy();
  });

  test('ArrowRight and ArrowLeft move to the next and previous tab, wrap around, and move focus', async () => {
    const { store, user } = renderAtlas(<SidePanel />, { panel: 'muscle' });
    tab('Muscle').focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().panel).toBe('condition');
    expect(document.activeElement).toBe(tab('Conditions'));
    expect(selectedTab()).toEqual(['Conditions']);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Where it hurts'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(tab('Muscle'));
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().panel).toBe('list');
    expect(document.activeElement).toBe(tab('List'));
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0]);
  });

  test('a tab panel keeps its state when another tab is shown and it comes back', async () => {
    const { user } = renderAtlas(<SidePanel />, { panel: 'condition' });
    const filter = await screen.findByRole('searchbox', { name: 'Filter conditions' });
    await user.type(filter, 'headache');
    await user.click(tab('List'));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-list');
    expect(screen.queryByRole('searchbox', { name: 'Filter conditions' })).toBeNull();
    await user.click(tab('Conditions'));
    expect((screen.getByRole('searchbox', { name: 'Filter conditions' }) as HTMLInputElement).value).toBe('headache');
  });
});

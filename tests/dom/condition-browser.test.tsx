/** The condition browser: filtering, opening a condition lists the muscles the dataset links to it, a click selects one. */
import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import ConditionBrowser from '../../src/ui/conditions/ConditionBrowser';
import { normalize } from '../../src/core/search';
import { renderAtlas } from './render-atlas';

const titles = () => [...document.querySelectorAll('.condition-list .list-button-title')].map((e) => e.textContent);

describe('condition browser', () => {
  test('lists every condition by name, and the filter keeps those whose name or synonym matches', async () => {
    const { index, user } = renderAtlas(<ConditionBrowser />);
    const all = [...index.dataset.conditions].map((c) => c.name).sort((a, b) => a.localeCompare(b));
    expect(titles()).toEqual(all);
    await user.type(screen.getByRole('searchbox', { name: 'Filter conditions' }), 'headache');
    const expected = index.dataset.conditions
      .filter((c) => [c.name, ...c.synonyms].some((n) => normalize(n).includes('headache')))
      .map((c) => c.name)
      .sort((a, b) => a.localeCompare(b));
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(all.length);
    expect(titles()).toEqual(expected);
  });

  test('choosing a condition shows it with the muscles the dataset links to it', async () => {
    const { store, index, user } = renderAtlas(<ConditionBrowser />);
    const condition = index.conditionById('tension-type-headache')!;
    await user.click(screen.getByRole('button', { name: new RegExp(`^${condition.name}`) }));
    expect(store.getState().conditionId).toBe('tension-type-headache');
    const view = screen.getByRole('article', { name: condition.name });
    const chips = [...view.querySelectorAll('.chip-list button')].map((b) => b.textContent);
    const linked = index.dataset.muscles.filter((m) => (m.conditions as string[]).includes(condition.id)).map((m) => m.name);
    expect(chips.length).toBeGreaterThan(0);
    expect([...chips].sort()).toEqual([...linked].sort());
    expect(chips).toContain('Upper trapezius');
  });

  test('clicking a linked muscle selects it and opens its card', async () => {
    const { store, user } = renderAtlas(<ConditionBrowser />, { conditionId: 'tension-type-headache' });
    const view = screen.getByRole('article', { name: 'Tension-type headache' });
    await user.click(within(view).getByRole('button', { name: 'Upper trapezius' }));
    expect(store.getState().selected).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
    expect(store.getState().panel).toBe('muscle');
  });

  test('a condition tied to no specific muscle says so and lists none', () => {
    renderAtlas(<ConditionBrowser />, { conditionId: 'fibromyalgia' });
    const view = screen.getByRole('article');
    expect(within(view).getByText(/ties this condition to no specific muscle/)).toBeTruthy();
    expect(view.querySelectorAll('.chip-list button')).toHaveLength(0);
  });

  test('"All conditions" goes back to the list', async () => {
    const { store, user } = renderAtlas(<ConditionBrowser />, { conditionId: 'tension-type-headache' });
    await user.click(screen.getByRole('button', { name: '← All conditions' }));
    expect(store.getState().conditionId).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Filter conditions' })).toBeTruthy();
  });
});

/** The muscle card shows the selected muscle from the dataset, switches side, clears, and never renders markup. */
import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MuscleCard } from '../../src/ui/card/MuscleCard';
import { referredRegions } from '../../src/core/dataset/queries';
import { datasetOf, realDatasetJson, renderAtlas } from './render-atlas';

const card = () => screen.getByRole('region', { name: 'Muscle card' });

describe('muscle card', () => {
  test('shows the muscle name as its heading, the side, trigger points, referred-pain regions, conditions and references', () => {
    const { index } = renderAtlas(<MuscleCard />, { selected: { muscleId: 'upper-trapezius', side: 'left' } });
    const muscle = index.muscleById('upper-trapezius')!;
    const c = within(card());
    expect(c.getByRole('heading', { level: 2 }).textContent).toBe(muscle.name);
    expect(c.getByText('Left side')).toBeTruthy();

    const tpButtons = [...card().querySelectorAll('button.tp-item')];
    expect(tpButtons.map((b) => b.querySelector('.tp-label')?.textContent)).toEqual(muscle.triggerPoints.map((tp) => tp.label));

    const { essential, spillover } = referredRegions(index, muscle.triggerPoints);
    expect(essential.length).toBeGreaterThan(0);
    const zoneLists = card().querySelectorAll('ul.zone-list');
    expect([...(zoneLists[0]?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(essential.map((r) => r.name));
    expect([...(zoneLists[1]?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(spillover.map((r) => r.name));
    expect(essential.map((r) => r.id)).toContain('temple');

    const conditions = index.conditionsOfMuscle(muscle.id);
    expect(conditions.length).toBeGreaterThan(0);
    for (const cond of conditions) expect(c.getByRole('button', { name: cond.name })).toBeTruthy();

    const refs = card().querySelectorAll('ol.refs > li');
    expect(refs.length).toBe(muscle.references.length);
    muscle.references.forEach((id, i) => expect(refs[i]?.textContent).toContain(index.referenceById(id)!.citation));
  });

  test('the side toggle switches to the other side of the same muscle', async () => {
    const { store, user } = renderAtlas(<MuscleCard />, { selected: { muscleId: 'infraspinatus', side: 'left' } });
    const sides = within(within(card()).getByRole('group', { name: 'Side' }));
    expect(sides.getByRole('button', { name: 'Left' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(sides.getByRole('button', { name: 'Right' }));
    expect(store.getState().selected).toEqual({ muscleId: 'infraspinatus', side: 'right' });
    expect(within(card()).getByText('Right side')).toBeTruthy();
    expect(sides.getByRole('button', { name: 'Right' }).getAttribute('aria-pressed')).toBe('true');
    expect(sides.getByRole('button', { name: 'Left' }).getAttribute('aria-pressed')).toBe('false');
  });

  test('"Clear" clears the selection and the card', async () => {
    const { store, user } = renderAtlas(<MuscleCard />, {
      selected: { muscleId: 'soleus', side: 'right' },
      pinnedTriggerPoint: 'soleus-1',
    });
    await user.click(within(card()).getByRole('button', { name: 'Clear' }));
    expect(store.getState().selected).toBeNull();
    expect(store.getState().pinnedTriggerPoint).toBeNull();
    expect(screen.queryByRole('region', { name: 'Muscle card' })).toBeNull();
    expect(screen.getByText(/Choose a muscle on the body/)).toBeTruthy();
  });

  test('dataset text that looks like markup is shown as text, never parsed as HTML', () => {
    const json = realDatasetJson() as {
      muscles: { id: string; name: string; notes?: string; triggerPoints: { label: string }[] }[];
    };
    const evil = '<img src=x onerror="window.__pwned=1"><b>Bold</b> trapezius';
    const m = json.muscles.find((x) => x.id === 'upper-trapezius')!;
    m.name = evil;
    m.notes = '<script>window.__pwned=2</script>Note';
    m.triggerPoints[0]!.label = '<i>TrP1</i>';
    renderAtlas(<MuscleCard />, { selected: { muscleId: 'upper-trapezius', side: 'left' } }, datasetOf(json));
    const region = card();
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(evil);
    expect(within(region).getByText('<script>window.__pwned=2</script>Note')).toBeTruthy();
    expect(within(region).getAllByText('<i>TrP1</i>').length).toBeGreaterThan(0);
    expect(region.querySelectorAll('img, b, i, script')).toHaveLength(0);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

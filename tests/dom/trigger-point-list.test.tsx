/** The trigger-point list: hover and focus preview (never in the link), a click pins (in the link), a second click unpins. */
import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { MuscleCard } from '../../src/ui/card/MuscleCard';
import { linkOf, renderAtlas } from './render-atlas';

const item = (label: RegExp) => screen.getByRole('button', { name: label });

describe('trigger-point list', () => {
  test('hover and focus preview a trigger point without pinning it or changing the link', async () => {
    const { store, user } = renderAtlas(<MuscleCard />, { selected: { muscleId: 'upper-trapezius', side: 'left' } });
    const link = linkOf(store);
    await user.hover(item(/^TrP1/));
    expect(store.getState().previewTriggerPoint).toBe('upper-trapezius-1');
    expect(store.getState().pinnedTriggerPoint).toBeNull();
    expect(linkOf(store)).toBe(link);
    expect(screen.getByText('For trigger point: TrP1')).toBeTruthy();
    await user.unhover(item(/^TrP1/));
    expect(store.getState().previewTriggerPoint).toBeNull();

    item(/^TrP2/).focus();
    expect(store.getState().previewTriggerPoint).toBe('upper-trapezius-2');
    expect(store.getState().pinnedTriggerPoint).toBeNull();
    expect(linkOf(store)).toBe(link);
    item(/^TrP2/).blur();
    expect(store.getState().previewTriggerPoint).toBeNull();
    expect(linkOf(store)).toBe(link);
  });

  test('a click pins the trigger point (aria-pressed, tp in the link); a second click unpins it', async () => {
    const { store, user } = renderAtlas(<MuscleCard />, { selected: { muscleId: 'upper-trapezius', side: 'left' } });
    const before = linkOf(store);
    expect(new URLSearchParams(before).get('tp')).toBeNull();
    await user.click(item(/^TrP2/));
    expect(store.getState().pinnedTriggerPoint).toBe('upper-trapezius-2');
    expect(item(/^TrP2/).getAttribute('aria-pressed')).toBe('true');
    expect(item(/^TrP1/).getAttribute('aria-pressed')).toBe('false');
    expect(new URLSearchParams(linkOf(store)).get('tp')).toBe('upper-trapezius-2');

    await user.click(item(/^TrP1/));
    expect(store.getState().pinnedTriggerPoint).toBe('upper-trapezius-1');
    expect(item(/^TrP2/).getAttribute('aria-pressed')).toBe('false');

    await user.click(item(/^TrP1/));
    expect(store.getState().pinnedTriggerPoint).toBeNull();
    expect(item(/^TrP1/).getAttribute('aria-pressed')).toBe('false');
    expect(linkOf(store)).toBe(before);
  });
});

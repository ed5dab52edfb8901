/** The toolbar: view buttons ask for a view and are pressed only while the camera reports that view; layer buttons set the store. */
import { describe, expect, test } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { Toolbar } from '../../src/ui/toolbar/Toolbar';
import { VIEWS } from '../../src/core/url-state';
import { VIEW_LABELS } from '../../src/ui/common/labels';
import { renderAtlas } from './render-atlas';

const viewGroup = () => within(screen.getByRole('group', { name: 'View' }));
const pressedViews = () =>
  VIEWS.filter((v) => viewGroup().getByRole('button', { name: VIEW_LABELS[v] }).getAttribute('aria-pressed') === 'true');

describe('toolbar', () => {
  test('a view button requests that view; it is pressed only while the camera reports it', async () => {
    const { store, user } = renderAtlas(<Toolbar />);
    expect(pressedViews()).toEqual([]);
    const seq = store.getState().viewRequest.seq;
    await user.click(viewGroup().getByRole('button', { name: 'Back' }));
    expect(store.getState().viewRequest).toMatchObject({ view: 'back', seq: seq + 1 });
    expect(store.getState().cameraView).toBeNull();
    expect(pressedViews()).toEqual([]);

    act(() => store.getState().reportCameraView('back'));
    expect(pressedViews()).toEqual(['back']);

    // Free rotation: the camera reports no preset, and no view stays pressed.
    act(() => store.getState().reportCameraView(null));
    expect(pressedViews()).toEqual([]);
    expect(store.getState().viewRequest.view).toBe('back');
  });

  test('asking for the same view again makes a new request', async () => {
    const { store, user } = renderAtlas(<Toolbar />, { cameraView: 'front' });
    expect(pressedViews()).toEqual(['front']);
    const seq = store.getState().viewRequest.seq;
    await user.click(viewGroup().getByRole('button', { name: 'Front' }));
    await user.click(viewGroup().getByRole('button', { name: 'Reset' }));
    expect(store.getState().viewRequest).toMatchObject({ view: 'front', seq: seq + 2 });
  });

  test('skin, bones, isolate and fade buttons set the store and show it with aria-pressed', async () => {
    const { store, user } = renderAtlas(<Toolbar />);
    const skin = within(screen.getByRole('group', { name: 'Skin' }));
    await user.click(skin.getByRole('button', { name: 'Hidden' }));
    expect(store.getState().skin).toBe('hidden');
    expect(skin.getByRole('button', { name: 'Hidden' }).getAttribute('aria-pressed')).toBe('true');
    expect(skin.getByRole('button', { name: 'Opaque' }).getAttribute('aria-pressed')).toBe('false');

    const show = within(screen.getByRole('group', { name: 'Show' }));
    for (const [name, key] of [['Bones', 'bones'], ['Isolate', 'isolate'], ['Fade', 'fade']] as const) {
      const before = store.getState()[key];
      await user.click(show.getByRole('button', { name }));
      expect(store.getState()[key]).toBe(!before);
      expect(show.getByRole('button', { name }).getAttribute('aria-pressed')).toBe(String(!before));
    }
  });

  test('the peel slider sets the peel and says what is hidden', () => {
    const { store } = renderAtlas(<Toolbar />);
    const slider = screen.getByRole('slider', { name: 'Peel layers' });
    fireEvent.change(slider, { target: { value: '2' } });
    expect(store.getState().peel).toBe(2);
    expect(slider.getAttribute('aria-valuetext')).toBe('Layers 1–2 hidden');
  });
});

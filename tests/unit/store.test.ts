import { describe, expect, it } from 'vitest';
import { createAtlasStore, PEEL_MAX } from '../../src/state/store';
import { applyUrlState, searchFor, urlStateOf } from '../../src/state/url-sync';
import { fromSearchParams } from '../../src/core/url-state';
import { loadFixture } from '../fixtures/load-fixture';

describe('atlas store', () => {
  it('selects a muscle, opens its card and clears the focused trigger point', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().focusTriggerPoint('upper-trapezius-1');
    s().selectMuscle('upper-trapezius', 'left');
    expect(s().selected).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
    expect(s().panel).toBe('muscle');
    expect(s().focusedTriggerPoint).toBeNull();
    s().focusTriggerPoint('upper-trapezius-2');
    expect(s().focusedTriggerPoint).toBe('upper-trapezius-2');
    s().clearSelection();
    expect(s().selected).toBeNull();
    expect(s().focusedTriggerPoint).toBeNull();
  });

  it('opens and closes a condition', () => {
    const store = createAtlasStore();
    store.getState().openCondition('low-back-pain');
    expect(store.getState()).toMatchObject({ conditionId: 'low-back-pain', panel: 'condition' });
    store.getState().openPanel('list');
    store.getState().openCondition(null);
    expect(store.getState()).toMatchObject({ conditionId: null, panel: 'list' });
  });

  it('keeps peel within bounds', () => {
    const store = createAtlasStore();
    const peel = (n: number) => {
      store.getState().setPeel(n);
      return store.getState().peel;
    };
    expect(peel(3)).toBe(3);
    expect(peel(-2)).toBe(0);
    expect(peel(99)).toBe(PEEL_MAX);
    expect(peel(2.6)).toBe(3);
    expect(peel(Number.NaN)).toBe(0);
  });

  it('bumps the view request on every setView and counts model retries', () => {
    const store = createAtlasStore();
    store.getState().setView('back');
    store.getState().setView('back');
    expect(store.getState()).toMatchObject({ view: 'back', viewRequest: 2 });
    store.getState().setModelStatus('error', 'failed to fetch body.glb');
    expect(store.getState().model).toEqual({ status: 'error', error: 'failed to fetch body.glb', attempt: 0 });
    store.getState().retryModel();
    expect(store.getState().model).toEqual({ status: 'loading', attempt: 1 });
  });

  it('shows and dismisses notices; toggles flags', () => {
    const store = createAtlasStore();
    store.getState().showNotice('hello');
    expect(store.getState().notice).toBe('hello');
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
    store.getState().setBones(true);
    store.getState().setIsolate(true);
    store.getState().setFade(true);
    store.getState().setSkin('hidden');
    expect(store.getState()).toMatchObject({ bones: true, isolate: true, fade: true, skin: 'hidden' });
  });

  it('does not notify for an unchanged hover', () => {
    const store = createAtlasStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().hoverMuscle({ muscleId: 'psoas-major', side: 'left' });
    store.getState().hoverMuscle({ muscleId: 'psoas-major', side: 'left' });
    store.getState().hoverMuscle(null);
    store.getState().hoverMuscle(null);
    expect(calls).toBe(2);
  });
});

describe('URL sync mapping', () => {
  const dataset = loadFixture();

  it('maps store state to the URL and keeps foreign keys', () => {
    const store = createAtlasStore();
    expect(searchFor(urlStateOf(store.getState()), '?embed=1')).toBe('?embed=1');
    store.getState().selectMuscle('psoas-major', 'right');
    store.getState().setPeel(2);
    store.getState().setView('back');
    expect(searchFor(urlStateOf(store.getState()), '?embed=1&muscle=old')).toBe(
      '?embed=1&muscle=psoas-major&side=right&view=back&peel=2',
    );
  });

  it('applies a parsed URL to the store and opens the implied panel', () => {
    const store = createAtlasStore();
    const { state } = fromSearchParams('muscle=upper-trapezius&side=right&tp=upper-trapezius-1&skin=hidden', dataset);
    applyUrlState(store, state);
    expect(store.getState()).toMatchObject({
      selected: { muscleId: 'upper-trapezius', side: 'right' },
      focusedTriggerPoint: 'upper-trapezius-1',
      skin: 'hidden',
      panel: 'muscle',
      viewRequest: 1,
    });
    const c = createAtlasStore();
    applyUrlState(c, fromSearchParams('condition=low-back-pain', dataset).state);
    expect(c.getState().panel).toBe('condition');
  });
});

describe('startUrlSync', () => {
  function fakeWindow(search: string) {
    const calls: string[] = [];
    const location = { pathname: '/atlas/', search, hash: '' };
    const win = {
      location,
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url: string) => {
          calls.push(url);
          const q = url.indexOf('?');
          location.search = q >= 0 ? url.slice(q) : '';
        },
      },
    };
    return { win: win as unknown as Window, calls, location };
  }

  it('waits for the dataset, applies the URL with notices, then mirrors changes', async () => {
    const { startUrlSync } = await import('../../src/state/url-sync');
    const dataset = loadFixture();
    const store = createAtlasStore();
    const { win, calls, location } = fakeWindow('?muscle=psoas-major&side=right&peel=9&embed=1');
    const stop = startUrlSync(store, win);
    expect(store.getState().selected).toBeNull();
    store.getState().setDataset(dataset);
    expect(store.getState().selected).toEqual({ muscleId: 'psoas-major', side: 'right' });
    expect(store.getState().notice).toMatch(/peel/);
    expect(location.search).toBe('?embed=1&muscle=psoas-major&side=right');
    store.getState().setView('left');
    expect(location.search).toBe('?embed=1&muscle=psoas-major&side=right&view=left');
    const n = calls.length;
    store.getState().hoverMuscle({ muscleId: 'upper-trapezius', side: 'left' });
    expect(calls.length).toBe(n);
    stop();
    store.getState().clearSelection();
    expect(location.search).toContain('muscle=psoas-major');
  });
});

import { describe, expect, it } from 'vitest';
import { createAtlasStore, PEEL_MAX, shownTriggerPoint, urlStateOf } from '../../src/state/store';
import { applySearch, searchFor, startUrlSync } from '../../src/state/url-sync';
import { URL_DEFAULTS } from '../../src/core/url-state';
import { loadFixture } from '../fixtures/load-fixture';

describe('atlas store', () => {
  it('selects a muscle, opens its card and clears trigger points of the previous one', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().selectMuscle('upper-trapezius', 'left');
    s().pinTriggerPoint('upper-trapezius-1');
    s().selectMuscle('levator-scapulae', 'left');
    expect(s().selected).toEqual({ muscleId: 'levator-scapulae', side: 'left' });
    expect(s().panel).toBe('muscle');
    expect(s().pinnedTriggerPoint).toBeNull();
    s().pinTriggerPoint('levator-scapulae-1');
    s().selectMuscle('levator-scapulae', 'left');
    expect(s().pinnedTriggerPoint, 'the same muscle again keeps its pin').toBe('levator-scapulae-1');
    s().clearSelection();
    expect(s().selected).toBeNull();
    expect(s().pinnedTriggerPoint).toBeNull();
  });

  it('keeps a preview apart from the pin: the preview shows first and never replaces the pin', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().selectMuscle('upper-trapezius', 'left');
    s().pinTriggerPoint('upper-trapezius-1');
    s().previewTriggerPointOf('upper-trapezius-2');
    expect(shownTriggerPoint(s())).toBe('upper-trapezius-2');
    expect(urlStateOf(s()).focusedTriggerPoint).toBe('upper-trapezius-1');
    s().previewTriggerPointOf(null);
    expect(shownTriggerPoint(s())).toBe('upper-trapezius-1');
  });

  it('opens and closes a condition; About is apart from the tabs', () => {
    const store = createAtlasStore();
    store.getState().openCondition('low-back-pain');
    expect(store.getState()).toMatchObject({ conditionId: 'low-back-pain', panel: 'condition' });
    store.getState().setAboutOpen(true);
    expect(store.getState()).toMatchObject({ aboutOpen: true, panel: 'condition' });
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

  it('counts view requests apart from what the camera reports, and counts model retries', () => {
    const store = createAtlasStore();
    store.getState().requestView('back');
    store.getState().requestView('back');
    expect(store.getState().viewRequest).toEqual({ view: 'back', seq: 2, frameSelection: false });
    store.getState().reportCameraView(null);
    expect(store.getState().viewRequest.view, 'a report never changes the request').toBe('back');
    expect(store.getState().cameraView).toBeNull();
    store.getState().setModelStatus('error', 'failed to fetch body.glb');
    expect(store.getState().model).toEqual({ status: 'error', error: 'failed to fetch body.glb', attempt: 0, firstFrameMs: null });
    store.getState().retryModel();
    expect(store.getState().model).toEqual({ status: 'loading', attempt: 1, firstFrameMs: null });
  });

  it('starts from the same defaults as a bare link', () => {
    expect(urlStateOf(createAtlasStore().getState())).toEqual(URL_DEFAULTS);
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

  it('gives every app instance its own store', () => {
    const a = createAtlasStore();
    const b = createAtlasStore();
    a.getState().selectMuscle('psoas-major', 'left');
    expect(b.getState().selected).toBeNull();
  });
});

describe('URL sync mapping', () => {
  const dataset = loadFixture();

  it('maps store state to the URL (the view the camera reports) and keeps foreign keys', () => {
    const store = createAtlasStore();
    expect(searchFor(urlStateOf(store.getState()), '?embed=1')).toBe('?embed=1');
    store.getState().selectMuscle('psoas-major', 'right');
    store.getState().setPeel(2);
    store.getState().reportCameraView('back');
    expect(searchFor(urlStateOf(store.getState()), '?embed=1&muscle=old')).toBe('?embed=1&muscle=psoas-major&side=right&view=back&peel=2');
  });

  it('applies a link through the store actions and opens the implied panel', () => {
    const store = createAtlasStore({ dataset });
    applySearch(store, '?muscle=upper-trapezius&side=right&tp=upper-trapezius-1&skin=hidden&view=back');
    expect(store.getState()).toMatchObject({
      selected: { muscleId: 'upper-trapezius', side: 'right' },
      pinnedTriggerPoint: 'upper-trapezius-1',
      previewTriggerPoint: null,
      skin: 'hidden',
      panel: 'muscle',
      viewRequest: { view: 'back', seq: 1, frameSelection: true },
    });
    const c = createAtlasStore({ dataset });
    applySearch(c, '?condition=low-back-pain');
    expect(c.getState().panel).toBe('condition');
    expect(c.getState().viewRequest.seq, 'no view in the link: no camera request').toBe(0);
  });
});

describe('startUrlSync', () => {
  function fakeWindow(search: string) {
    const calls: { kind: 'push' | 'replace'; url: string }[] = [];
    const location = { pathname: '/atlas/', search, hash: '' };
    const listeners = new Map<string, () => void>();
    const go = (kind: 'push' | 'replace') => (_s: unknown, _t: string, url: string) => {
      calls.push({ kind, url });
      const q = url.indexOf('?');
      location.search = q >= 0 ? url.slice(q) : '';
    };
    const win = {
      location,
      history: { state: null, replaceState: go('replace'), pushState: go('push') },
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    };
    return { win: win as unknown as Window, calls, location, listeners };
  }

  it('waits for the dataset, applies the URL with notices, then mirrors changes', () => {
    const dataset = loadFixture();
    const store = createAtlasStore();
    const { win, calls, location } = fakeWindow('?muscle=psoas-major&side=right&peel=9&embed=1');
    const stop = startUrlSync(store, win);
    expect(store.getState().selected).toBeNull();
    store.getState().setDataset(dataset);
    expect(store.getState().selected).toEqual({ muscleId: 'psoas-major', side: 'right' });
    expect(store.getState().notice).toMatch(/peel/);
    expect(location.search).toBe('?embed=1&muscle=psoas-major&side=right');
    store.getState().reportCameraView('left');
    expect(location.search).toBe('?embed=1&muscle=psoas-major&side=right&view=left');
    const n = calls.length;
    store.getState().hoverMuscle({ muscleId: 'upper-trapezius', side: 'left' });
    store.getState().previewTriggerPointOf('psoas-major-1');
    expect(calls.length, 'hover and previews never touch the URL').toBe(n);
    stop();
    store.getState().clearSelection();
    expect(location.search).toContain('muscle=psoas-major');
  });

  it('pushes a history entry per selection and replaces for the rest; Back re-applies the URL', () => {
    const dataset = loadFixture();
    const store = createAtlasStore({ dataset });
    const { win, calls, location, listeners } = fakeWindow('');
    const stop = startUrlSync(store, win);
    store.getState().selectMuscle('psoas-major', 'left');
    store.getState().setSkin('hidden');
    store.getState().pinTriggerPoint('psoas-major-1');
    expect(calls.map((c) => c.kind)).toEqual(['push', 'replace', 'push']);
    expect(location.search).toBe('?muscle=psoas-major&side=left&tp=psoas-major-1&skin=hidden');
    location.search = '?muscle=psoas-major&side=left&skin=hidden';
    listeners.get('popstate')?.();
    expect(store.getState().pinnedTriggerPoint).toBeNull();
    expect(calls.length, 'applying Back writes nothing').toBe(3);
    stop();
  });
});

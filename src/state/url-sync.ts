/**
 * Keeps the address bar and the store in step: once the dataset is loaded the URL is applied to the
 * store (unknown values become a notice), then every change is mirrored with history.replaceState.
 */
import type { StoreApi } from 'zustand/vanilla';
import { indexOf } from '../core/dataset/queries';
import { fromSearchParams, toSearchParams, URL_KEYS, type UrlState } from '../core/url-state';
import type { AtlasState, AtlasStore } from './store';

/** The URL-mirrored part of the store's state. */
export function urlStateOf(s: AtlasState): UrlState {
  return {
    selected: s.selected,
    focusedTriggerPoint: s.focusedTriggerPoint,
    conditionId: s.conditionId,
    view: s.view,
    skin: s.skin,
    bones: s.bones,
    peel: s.peel,
    isolate: s.isolate,
    fade: s.fade,
  };
}

/** Puts a parsed URL state into the store, opening the panel it implies. */
export function applyUrlState(store: StoreApi<AtlasStore>, u: UrlState): void {
  const s = store.getState();
  store.setState({
    selected: u.selected,
    focusedTriggerPoint: u.focusedTriggerPoint,
    conditionId: u.conditionId,
    view: u.view,
    viewRequest: s.viewRequest + 1,
    skin: u.skin,
    bones: u.bones,
    peel: u.peel,
    isolate: u.isolate,
    fade: u.fade,
    panel: u.selected ? 'muscle' : u.conditionId ? 'condition' : s.panel,
  });
}

/** The query string for a state, keeping any keys that are not ours (embed options, …). */
export function searchFor(state: UrlState, currentSearch: string): string {
  const merged = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) merged.delete(key);
  for (const [key, value] of toSearchParams(state)) merged.set(key, value);
  const text = merged.toString();
  return text ? `?${text}` : '';
}

/** Applies the URL once the dataset is loaded, then mirrors the store into the URL. Returns a stop function. */
export function startUrlSync(store: StoreApi<AtlasStore>, win: Window = window): () => void {
  let mirror: (() => void) | null = null;
  const begin = (state: AtlasStore) => {
    if (!state.dataset) return false;
    const { state: parsed, notices } = fromSearchParams(win.location.search, indexOf(state.dataset));
    applyUrlState(store, parsed);
    if (notices.length > 0) store.getState().showNotice(notices.join(' '));
    let last = '';
    const write = (s: AtlasStore) => {
      const search = searchFor(urlStateOf(s), win.location.search);
      if (search === last) return;
      last = search;
      if (search !== win.location.search) {
        const url = `${win.location.pathname}${search}${win.location.hash}`;
        win.history.replaceState(win.history.state, '', url);
      }
    };
    write(store.getState());
    mirror = store.subscribe(write);
    return true;
  };
  if (begin(store.getState())) return () => mirror?.();
  const waiting = store.subscribe((s) => {
    if (s.dataset) {
      waiting();
      begin(s);
    }
  });
  return () => {
    waiting();
    mirror?.();
  };
}

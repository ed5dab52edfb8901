/**
 * Keeps the address bar and the store in step. Once the dataset is loaded the URL is applied through
 * the store's own action (`applyLink`; unknown values become a notice); from then on the URL-mirrored
 * state is written by a selector subscription: a new history entry for each selection (so Back
 * returns to the previous muscle), a replaced one for the rest. Back and Forward re-apply the URL.
 */
import { shallow } from 'zustand/shallow';
import { indexDataset } from '../core/dataset/queries';
import { fromSearchParams, toSearchParams, URL_KEYS, type UrlState } from '../core/url-state';
import { urlStateOf, type AtlasStoreApi } from './store';
import { applyPainParam, startPainUrlSync } from './pain-url';

/** The query string for a state, keeping any keys that are not ours (embed options, …). */
export function searchFor(state: UrlState, currentSearch: string): string {
  const merged = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) merged.delete(key);
  for (const [key, value] of toSearchParams(state)) merged.set(key, value);
  const text = merged.toString();
  return text ? `?${text}` : '';
}

/** Whether going from a to b changes what is selected (a history entry of its own). */
function selectionChanged(a: UrlState, b: UrlState): boolean {
  return (
    a.selected?.muscleId !== b.selected?.muscleId ||
    a.selected?.side !== b.selected?.side ||
    a.focusedTriggerPoint !== b.focusedTriggerPoint ||
    a.conditionId !== b.conditionId
  );
}

/** Applies a search string to the store through its actions; returns the notices. */
export function applySearch(store: AtlasStoreApi, search: string): string[] {
  const s = store.getState();
  if (!s.dataset) return [];
  const { state, notices, viewGiven } = fromSearchParams(search, indexDataset(s.dataset));
  s.applyLink(state, viewGiven);
  return notices;
}

/** Applies the URL once the dataset is loaded, then mirrors the store into the URL. Returns a stop function. */
export function startUrlSync(store: AtlasStoreApi, win: Window = window): () => void {
  const stops: (() => void)[] = [];
  let applying = false;
  const begin = () => {
    const notices = applySearch(store, win.location.search);
    if (notices.length > 0) store.getState().showNotice(notices.join(' '));
    const write = (next: UrlState, prev: UrlState) => {
      if (applying) return;
      const search = searchFor(next, win.location.search);
      if (search === win.location.search) return;
      const url = `${win.location.pathname}${search}${win.location.hash}`;
      if (selectionChanged(prev, next)) win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    };
    const first = urlStateOf(store.getState());
    write(first, first);
    stops.push(store.subscribe(urlStateOf, write, { equalityFn: shallow }));
    const onPop = () => {
      applying = true;
      try {
        const popNotices = [...applySearch(store, win.location.search), ...applyPainParam(store, win.location.search, false)];
        if (popNotices.length > 0) store.getState().showNotice(popNotices.join(' '));
      } finally {
        applying = false;
      }
    };
    win.addEventListener('popstate', onPop);
    stops.push(() => win.removeEventListener('popstate', onPop));
    stops.push(startPainUrlSync(store, win));
  };
  if (store.getState().dataset) begin();
  else {
    const waiting = store.subscribe(
      (s) => s.dataset !== null,
      (loaded) => {
        if (!loaded) return;
        waiting();
        begin();
      },
    );
    stops.push(waiting);
  }
  return () => {
    for (const stop of stops.splice(0)) stop();
  };
}

/**
 * Runs the message API (docs/EMBED.md) for the app's store while the app is mounted, loading it
 * lazily: a framed atlas loads it once its first view is drawn (or can never be), so it can announce
 * `ready`; any window loads it on the first message that speaks the protocol. Messages that arrive
 * meanwhile are kept and answered in order.
 */
import { useEffect } from 'react';
import type { AtlasStore, AtlasStoreApi } from '../state';
import type { MessageEventLike } from './dispatcher';

/** The protocol's mark, checked without the schemas: an object with `atlas: 1`. */
function speaksProtocol(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { atlas?: unknown }).atlas === 1;
}

/** Whether the atlas has settled: drawn, or unable to draw (then `ready` still goes out). */
function settled(s: AtlasStore): boolean {
  return s.model.firstFrameMs !== null || s.model.status === 'error' || s.webgl === 'unavailable' || s.datasetProblems !== null;
}

/** Starts the API in this window over `store`; stops it on unmount. */
export function useEmbedApi(store: AtlasStoreApi): void {
  useEffect(() => {
    let stopped = false;
    let stop: (() => void) | null = null;
    let loading = false;
    const queued: MessageEventLike[] = [];
    const load = () => {
      if (loading) return;
      loading = true;
      import('./mount-embed-api').then(
        ({ mountEmbedApi }) => {
          window.removeEventListener('message', early);
          if (!stopped) stop = mountEmbedApi(store, queued.splice(0));
        },
        (error: unknown) => console.warn('The embed API could not be loaded:', error),
      );
    };
    const early = (event: MessageEvent) => {
      if (!speaksProtocol(event.data)) return;
      queued.push(event);
      load();
    };
    window.addEventListener('message', early);
    const framed = window.parent !== window;
    const unsubscribe = framed ? store.subscribe((s) => settled(s) && load()) : () => undefined;
    if (framed && settled(store.getState())) load();
    return () => {
      stopped = true;
      unsubscribe();
      window.removeEventListener('message', early);
      stop?.();
    };
  }, [store]);
}

/**
 * The atlas store in React: a provider per app instance and hooks to read it (zustand's
 * documented context pattern). Components read narrow selectors; several fields are compared shallowly.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasStore, AtlasStoreApi } from './store';

const AtlasStoreContext = createContext<AtlasStoreApi | null>(null);

/** Provides one atlas store to everything below it. */
export function AtlasStoreProvider({ store, children }: { store: AtlasStoreApi; children: ReactNode }) {
  return <AtlasStoreContext.Provider value={store}>{children}</AtlasStoreContext.Provider>;
}

/** The store of the nearest provider (for actions and imperative reads); throws outside one. */
export function useAtlasStore(): AtlasStoreApi {
  const store = useContext(AtlasStoreContext);
  if (!store) throw new Error('useAtlasStore: no AtlasStoreProvider above this component; wrap the app in <AtlasStoreProvider store={createAtlasStore()}>.');
  return store;
}

/**
 * Reads the store from React. A selector returning an object or array is compared shallowly,
 * so `useAtlas((s) => ({ a: s.a, b: s.b }))` re-renders only when a or b change.
 */
export function useAtlas<T>(selector: (state: AtlasStore) => T): T {
  return useStore(useAtlasStore(), useShallow(selector));
}

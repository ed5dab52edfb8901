/** The atlas state: the store, its React context and hooks, and the URL sync. */
export * from './store';
export { AtlasStoreProvider, useAtlas, useAtlasStore } from './context';
export type { CameraPose, SceneHandle } from './scene-handle';

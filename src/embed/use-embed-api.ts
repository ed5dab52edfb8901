/** Runs the message API for the app's store while the app is mounted (see docs/EMBED.md). */
import { useEffect } from 'react';
import type { AtlasStoreApi } from '../state';
import { configuredAllowedOrigins } from './config';
import { limitedWarn } from './dispatcher';
import { startEmbedApi } from './start-embed-api';
import { createStoreController } from './store-controller';
import { defineQuizMethods, startQuizEvents } from './quiz-methods';
import { MethodRegistry } from './registry';

/** Starts the API in this window over `store`; stops it on unmount. */
export function useEmbedApi(store: AtlasStoreApi): void {
  useEffect(() => {
    const warn = limitedWarn();
    const registry = defineQuizMethods(new MethodRegistry(), store);
    const api = startEmbedApi(window, { controller: createStoreController(store), allowedOrigins: configuredAllowedOrigins(warn), warn, registry });
    const stopQuizEvents = startQuizEvents(store, api.hub);
    return () => {
      stopQuizEvents();
      api.stop();
    };
  }, [store]);
}

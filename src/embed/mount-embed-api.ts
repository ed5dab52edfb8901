/**
 * Starts the message API for one store in this window, with the study-mode methods and events, and
 * handles the requests that arrived while it was loading. Loaded lazily by ./use-embed-api.ts, so the
 * protocol's schemas stay out of the first view's bundle.
 */
import type { AtlasStoreApi } from '../state';
import { configuredAllowedOrigins } from './config';
import { limitedWarn, type MessageEventLike } from './dispatcher';
import { startEmbedApi } from './start-embed-api';
import { createStoreController } from './store-controller';
import { defineQuizMethods, startQuizEvents } from './quiz-methods';
import { MethodRegistry } from './registry';

/** Starts the API over `store`, replays `queued` requests in order, and returns a stop function. */
export function mountEmbedApi(store: AtlasStoreApi, queued: readonly MessageEventLike[]): () => void {
  const warn = limitedWarn();
  const registry = defineQuizMethods(new MethodRegistry(), store);
  const api = startEmbedApi(window, { controller: createStoreController(store), allowedOrigins: configuredAllowedOrigins(warn), warn, registry });
  const stopQuizEvents = startQuizEvents(store, api.hub);
  for (const event of queued) void api.handle(event);
  return () => {
    stopQuizEvents();
    api.stop();
  };
}

/**
 * Starts the message API in a window: listens for requests, posts `ready` to the parent once the
 * atlas is ready, and posts state events to subscribed windows. Returns a stop function.
 */
import type { AtlasController, AtlasSnapshot } from './controller';
import { defineCoreMethods } from './core-methods';
import { createDispatcher, limitedWarn, type MessageEventLike } from './dispatcher';
import { EventHub } from './event-hub';
import { postTo, type WindowLike } from './post';
import { EVENT_NAMES } from './protocol/events';
import { PROTOCOL_VERSION } from './protocol/version';
import { MethodRegistry } from './registry';
import { eventsBetween } from './state-events';

/** The window the API runs in, as far as it is used (a test passes a double). */
export interface HostWindow {
  parent: WindowLike | null;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

/** Options of {@link startEmbedApi}. */
export interface EmbedApiOptions {
  controller: AtlasController;
  /** Host origins that may call; null lets any origin call (see origins.ts). */
  allowedOrigins: readonly string[] | null;
  /** A registry other features have added methods to; core methods are added to it here. */
  registry?: MethodRegistry;
  warn?: (text: string) => void;
  hoverThrottleMs?: number;
}

/** The running API. */
export interface EmbedApi {
  registry: MethodRegistry;
  hub: EventHub;
  /** Handles one message as the window's listener does (for messages kept while the API loaded). */
  handle(event: MessageEventLike): Promise<void>;
  stop(): void;
}

/** Starts the API in `win` (the atlas's own window). */
export function startEmbedApi(win: HostWindow & WindowLike, options: EmbedApiOptions): EmbedApi {
  const { controller, allowedOrigins } = options;
  const warn = options.warn ?? limitedWarn();
  const registry = defineCoreMethods(options.registry ?? new MethodRegistry());
  const hub = new EventHub(options.hoverThrottleMs === undefined ? { warn } : { warn, hoverThrottleMs: options.hoverThrottleMs });
  const dispatcher = createDispatcher({ registry, controller, hub, allowedOrigins, warn });
  const onMessage = (event: MessageEventLike) => void dispatcher.handleMessage(event);
  win.addEventListener('message', onMessage);

  const parent = win.parent && win.parent !== win ? win.parent : null;
  let readySent = false;
  const sendReady = (snap: AtlasSnapshot) => {
    if (readySent || !snap.ready) return;
    readySent = true;
    if (!parent) return;
    const message = {
      atlas: PROTOCOL_VERSION,
      event: 'ready',
      data: { version: PROTOCOL_VERSION, methods: registry.names(controller), events: [...EVENT_NAMES] },
    };
    // With an allow-list, only an allowed parent can receive it: the browser drops other targets.
    for (const origin of allowedOrigins ?? ['*']) postTo({ window: parent, origin }, message, warn);
  };

  let last = controller.snapshot();
  sendReady(last);
  const unsubscribe = controller.subscribe(() => {
    const next = controller.snapshot();
    const prev = last;
    last = next;
    sendReady(next);
    if (hub.size === 0) return;
    for (const e of eventsBetween(prev, next)) hub.emit(e.event, e.data);
  });

  return {
    registry,
    hub,
    handle: async (event) => {
      await dispatcher.handleMessage(event);
    },
    stop: () => {
      win.removeEventListener('message', onMessage);
      unsubscribe();
      hub.stop();
    },
  };
}

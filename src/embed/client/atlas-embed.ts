/**
 * The atlas embed client: drive a framed trigger-point atlas from the host page.
 *
 *   import { connect } from './atlas-embed.js';
 *   const atlas = await connect(document.querySelector('iframe'));
 *   atlas.on('muscle.selected', ({ muscleId, side }) => console.log(muscleId, side));
 *   await atlas.call('muscle.select', { muscleId: 'upper-trapezius' });
 *
 * No dependencies; shipped as atlas-embed.js (an ES module) with these types. See docs/EMBED.md.
 */
import type { AtlasEvents, AtlasMethods, ErrorCode, EventName, MethodName, ReadyData } from './atlas-embed-types';

export type * from './atlas-embed-types';

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** How long to wait for the atlas to be ready, in ms (default 30000). */
  timeout?: number;
  /** How long each call waits for its reply, in ms (default 10000). */
  callTimeout?: number;
  /** The atlas's origin (default: the origin of the frame's src); replies from elsewhere are ignored. */
  origin?: string;
}

/** A refused or unanswered call: `code` is the error reply's code, or "timeout". */
export class AtlasError extends Error {
  readonly code: ErrorCode | 'timeout';
  constructor(code: ErrorCode | 'timeout', message: string) {
    super(message);
    this.name = 'AtlasError';
    this.code = code;
  }
}

/** A connected atlas. */
export interface Atlas {
  /** The ready event's data: protocol version, methods and events. */
  readonly info: ReadyData;
  /** Calls a method; resolves with its result, rejects with an AtlasError. */
  call<M extends MethodName>(method: M, params?: AtlasMethods[M]['params']): Promise<AtlasMethods[M]['result']>;
  call(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Listens to an event (subscribing to it in the atlas); returns the unsubscribe. */
  on<E extends EventName>(event: E, listener: (data: AtlasEvents[E]) => void): () => void;
  on(event: string, listener: (data: unknown) => void): () => void;
  /** Stops listening and rejects the calls still waiting. */
  close(): void;
}

type Pending = { ok: (v: unknown) => void; fail: (e: unknown) => void; timer: ReturnType<typeof setTimeout> };

/** How often connect asks a frame that may have missed its ready event, in ms. */
const PROBE_MS = 500;

/**
 * Connects to the atlas in `iframe`; resolves once it is ready (its model and data loaded), rejects
 * with an AtlasError("timeout") after `timeout` ms.
 */
export function connect(iframe: HTMLIFrameElement, options: ConnectOptions = {}): Promise<Atlas> {
  const callTimeout = options.callTimeout ?? 10_000;
  let origin = options.origin ?? new URL(iframe.src || 'about:blank', location.href).origin;
  if (origin === 'null') origin = '*';
  const pending = new Map<string, Pending>();
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  const tag = Math.random().toString(36).slice(2, 8);
  let seq = 0;
  let info: ReadyData | null = null;
  let onReady: ((data: ReadyData) => void) | null = null;

  const call = (method: string, params: object = {}, wait = callTimeout): Promise<unknown> =>
    new Promise((ok, fail) => {
      const id = `${tag}-${++seq}`;
      const timer = setTimeout(() => {
        pending.delete(id);
        fail(new AtlasError('timeout', `${method}: no reply within ${wait} ms`));
      }, wait);
      pending.set(id, { ok, fail, timer });
      iframe.contentWindow?.postMessage({ atlas: 1, id, method, params }, origin);
    });

  // What the atlas was last asked to send (a fresh atlas sends nothing).
  let asked = '';
  const subscribe = (again = false) => {
    const events = [...listeners].filter(([name, set]) => name !== 'ready' && set.size > 0).map(([name]) => name);
    if (!info || (!again && events.join() === asked)) return;
    asked = events.join();
    call('events.subscribe', { events }).catch(() => undefined);
  };

  const receive = (e: MessageEvent) => {
    const d = e.data as { atlas?: unknown; id?: string; event?: string; data?: unknown; result?: unknown; error?: { code: ErrorCode; message: string } };
    if (e.source !== iframe.contentWindow || (origin !== '*' && e.origin !== origin) || d?.atlas !== 1) return;
    if (typeof d.event === 'string') {
      if (d.event === 'ready') {
        const first = !info;
        info = d.data as ReadyData;
        onReady?.(info);
        // A reloaded frame has forgotten the subscriptions.
        if (!first) subscribe(true);
      }
      listeners.get(d.event)?.forEach((fn) => fn(d.data));
      return;
    }
    const p = typeof d.id === 'string' ? pending.get(d.id) : undefined;
    if (!p) return;
    pending.delete(d.id!);
    clearTimeout(p.timer);
    if (d.error) p.fail(new AtlasError(d.error.code, d.error.message));
    else p.ok(d.result);
  };
  addEventListener('message', receive);

  const atlas: Atlas = {
    get info() {
      return info!;
    },
    call: call as Atlas['call'],
    on(event: string, listener: (data: never) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const fn = listener as (data: unknown) => void;
      const added = set.size === 0;
      set.add(fn);
      if (added) subscribe();
      return () => {
        if (set.delete(fn) && set.size === 0) subscribe();
      };
    },
    close() {
      removeEventListener('message', receive);
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.fail(new AtlasError('timeout', 'the connection was closed'));
      }
      pending.clear();
      listeners.clear();
    },
  };

  return new Promise((ok, fail) => {
    const done = () => {
      clearInterval(probe);
      clearTimeout(timer);
      onReady = null;
    };
    const timer = setTimeout(() => {
      done();
      atlas.close();
      fail(new AtlasError('timeout', `the atlas was not ready within ${options.timeout ?? 30_000} ms`));
    }, options.timeout ?? 30_000);
    onReady = () => {
      done();
      subscribe();
      ok(atlas);
    };
    // The ready event may have been sent before this page listened: ask as well, once the frame
    // shows a page of the atlas's origin (posting to the initial about:blank logs an error).
    const reachable = () => {
      try {
        return origin === '*' || iframe.contentWindow?.location.origin === origin;
      } catch {
        return true;
      }
    };
    const ask = () =>
      reachable() &&
      call('atlas.info', {}, PROBE_MS * 2).then(
        (r) => {
          const i = r as ReadyData & { ready: boolean };
          if (i.ready && onReady) {
            info = { version: i.version, methods: i.methods, events: i.events };
            onReady(info);
          }
        },
        () => undefined,
      );
    const probe = setInterval(ask, PROBE_MS);
    void ask();
  });
}

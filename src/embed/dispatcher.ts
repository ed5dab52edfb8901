/**
 * The message API's entry: `handleMessage(event)` checks a message, routes `namespace.verb` to the
 * method table and replies to `event.source` at `event.origin`. It never throws and never logs an
 * error: a message that is not `{ atlas: 1, … }` is ignored, bad input gets a warning and, when the
 * request has an id, an error reply.
 */
import type { AtlasController } from './controller';
import type { EventHub } from './event-hub';
import { isOriginAllowed } from './origins';
import { checkPlainData } from './plain-data';
import { isWindowLike, postTo, type ReplyTarget } from './post';
import { EmbedError, type ErrorCode } from './protocol/errors';
import { RequestIdSchema } from './protocol/messages';
import { METHOD_NAME } from './protocol/messages';
import { MAX_NAME_LENGTH, MAX_PARAMS_BYTES, PROTOCOL_VERSION } from './protocol/version';
import type { MethodRegistry } from './registry';

/** The parts of a MessageEvent the dispatcher reads. */
export interface MessageEventLike {
  data: unknown;
  origin: string;
  source: unknown;
}

/** Options of {@link createDispatcher}. */
export interface DispatcherOptions {
  registry: MethodRegistry;
  controller: AtlasController;
  hub: EventHub;
  /** Host origins that may call; null lets any origin call. */
  allowedOrigins: readonly string[] | null;
  /** Where warnings go (default console.warn with an "atlas embed:" prefix). */
  warn?: (text: string) => void;
}

/** The dispatcher. */
export interface Dispatcher {
  /** Handles one message event; resolves when its reply (if any) is posted. Never rejects. */
  handleMessage(event: MessageEventLike): Promise<void>;
}

/** Warnings printed before the rest are dropped (a host in a loop should not flood the console). */
export const MAX_WARNINGS = 50;

/** A console.warn that stops after MAX_WARNINGS. */
export function limitedWarn(sink: (text: string) => void = (t) => console.warn(`atlas embed: ${t}`)): (text: string) => void {
  let count = 0;
  return (text) => {
    count += 1;
    if (count < MAX_WARNINGS) sink(text);
    else if (count === MAX_WARNINGS) sink(`${text} (further warnings are not shown)`);
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short, quoted form of something a host sent, for a message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH)}…` : text);
}

/** The first few schema problems as one sentence. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Makes a dispatcher over a registry and a controller. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { registry, controller, hub, allowedOrigins } = options;
  const warn = options.warn ?? limitedWarn();

  const reply = (target: ReplyTarget, id: string | number | undefined, body: { result: unknown } | { error: { code: ErrorCode; message: string } }) => {
    if (id === undefined) return;
    postTo(target, { atlas: PROTOCOL_VERSION, id, ...body }, warn);
  };
  const refuse = (target: ReplyTarget, id: string | number | undefined, method: string, code: ErrorCode, message: string) => {
    warn(`${method ? `${method}: ` : ''}${message}`);
    reply(target, id, { error: { code, message } });
  };

  const handle = async (event: MessageEventLike): Promise<void> => {
    const data = event.data;
    // Not ours: other scripts on the page use postMessage too.
    if (!isRecord(data) || data.atlas !== PROTOCOL_VERSION) return;
    // Replies and events are the other direction's messages, not requests.
    if (!('method' in data) && ('event' in data || 'result' in data || 'error' in data)) return;
    const origin = typeof event.origin === 'string' ? event.origin : '';
    if (!isWindowLike(event.source)) {
      warn(`a message from ${origin || 'an unknown origin'} has no window to reply to; ignored`);
      return;
    }
    const target: ReplyTarget = { window: event.source, origin };

    const idCheck = RequestIdSchema.safeParse(data.id);
    const id = idCheck.success ? idCheck.data : undefined;
    if ('id' in data && data.id !== undefined && !idCheck.success) {
      warn(`a request id must be a string of 1 to 128 characters or a number; got ${shown(data.id)}, so there is no reply`);
    }
    const method = typeof data.method === 'string' ? data.method : '';

    if (!isOriginAllowed(allowedOrigins, origin)) {
      refuse(target, id, method, 'forbidden', `This atlas does not take requests from ${origin}.`);
      return;
    }
    if (typeof data.method !== 'string' || data.method.length > MAX_NAME_LENGTH || !METHOD_NAME.test(data.method)) {
      refuse(target, id, '', 'unknown-method', `A request needs a "method" named namespace.verb, such as "muscle.select"; got ${shown(data.method)}.`);
      return;
    }
    const definition = registry.get(method, controller);
    if (!definition) {
      refuse(target, id, method, 'unknown-method', `There is no method ${shown(method)}; atlas.info lists the methods.`);
      return;
    }

    const raw = data.params === undefined ? {} : data.params;
    const plain = checkPlainData(raw, MAX_PARAMS_BYTES);
    if (!plain.ok) {
      refuse(target, id, method, 'bad-params', `The params were refused: ${plain.reason}.`);
      return;
    }
    const parsed = definition.params.safeParse(raw);
    if (!parsed.success) {
      refuse(target, id, method, 'bad-params', `Bad params: ${describeIssues(parsed.error.issues)}.`);
      return;
    }

    const snapshot = controller.snapshot();
    if (definition.needs === 'data' && !snapshot.data) {
      refuse(target, id, method, 'not-ready', 'The atlas has not loaded its data yet; wait for the ready event.');
      return;
    }
    if (definition.needs === 'scene' && !snapshot.scene) {
      refuse(target, id, method, 'not-ready', 'The 3D view is not drawn (still loading, or WebGL is unavailable).');
      return;
    }

    try {
      const result = await definition.run(parsed.data, { controller, registry, hub, caller: target });
      reply(target, id, { result });
    } catch (error) {
      if (error instanceof EmbedError) refuse(target, id, method, error.code, error.message);
      else {
        const why = error instanceof Error ? error.message : String(error);
        refuse(target, id, method, 'not-ready', `The atlas could not do this now: ${why}`);
      }
    }
  };

  return {
    handleMessage: async (event) => {
      try {
        await handle(event);
      } catch (error) {
        // Only a broken getter or proxy in the event can get here.
        warn(`a message could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

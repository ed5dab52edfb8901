/**
 * The windows subscribed to events and what each one asked for. Events are posted to each
 * subscriber's window at its origin; muscle.hovered is throttled (first at once, the latest after).
 */
import { EVENT_NAMES, type EventData, type EventName } from './protocol/events';
import { PROTOCOL_VERSION } from './protocol/version';
import { postTo, type ReplyTarget, type WindowLike } from './post';

export type { ReplyTarget } from './post';

/** Shortest gap between two muscle.hovered events, in ms. */
export const HOVER_THROTTLE_MS = 100;

/** Events a subscription without a list gets: all but ready (which goes to the parent once). */
export const DEFAULT_SUBSCRIPTION: readonly EventName[] = EVENT_NAMES.filter((e) => e !== 'ready');

interface Subscriber {
  target: ReplyTarget;
  events: ReadonlySet<EventName>;
}

/** Options of {@link EventHub}. */
export interface EventHubOptions {
  warn: (text: string) => void;
  /** Default HOVER_THROTTLE_MS. */
  hoverThrottleMs?: number;
}

/** Subscribers and the posting of events to them. */
export class EventHub {
  private readonly subscribers = new Map<WindowLike, Subscriber>();
  private readonly warn: (text: string) => void;
  private readonly throttleMs: number;
  private lastHover = -Infinity;
  private pendingHover: { data: EventData<'muscle.hovered'> } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: EventHubOptions) {
    this.warn = options.warn;
    this.throttleMs = options.hoverThrottleMs ?? HOVER_THROTTLE_MS;
  }

  /** Sets what the window receives (replacing its earlier list); an empty list unsubscribes it. Returns the list. */
  subscribe(target: ReplyTarget, events: readonly EventName[] | undefined): EventName[] {
    const list = [...new Set(events ?? DEFAULT_SUBSCRIPTION)];
    if (list.length === 0) this.subscribers.delete(target.window);
    else this.subscribers.set(target.window, { target, events: new Set(list) });
    return list;
  }

  /** How many windows are subscribed. */
  get size(): number {
    return this.subscribers.size;
  }

  /** Posts the event to every window subscribed to it (muscle.hovered throttled). */
  emit<E extends EventName>(event: E, data: EventData<E>): void {
    if (event === 'muscle.hovered') {
      this.hover(data as EventData<'muscle.hovered'>);
      return;
    }
    this.post(event, data);
  }

  /** Cancels a pending throttled event and forgets every subscriber. */
  stop(): void {
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    this.pendingHover = null;
    this.subscribers.clear();
  }

  private hover(data: EventData<'muscle.hovered'>): void {
    const now = Date.now();
    if (this.hoverTimer === null && now - this.lastHover >= this.throttleMs) {
      this.lastHover = now;
      this.post('muscle.hovered', data);
      return;
    }
    this.pendingHover = { data };
    if (this.hoverTimer !== null) return;
    this.hoverTimer = setTimeout(() => {
      this.hoverTimer = null;
      const pending = this.pendingHover;
      this.pendingHover = null;
      if (pending) {
        this.lastHover = Date.now();
        this.post('muscle.hovered', pending.data);
      }
    }, Math.max(0, this.throttleMs - (now - this.lastHover)));
  }

  private post(event: EventName, data: unknown): void {
    const message = { atlas: PROTOCOL_VERSION, event, data };
    for (const [win, sub] of this.subscribers) {
      if (!sub.events.has(event)) continue;
      if ((win as { closed?: boolean }).closed === true) {
        this.subscribers.delete(win);
        continue;
      }
      postTo(sub.target, message, this.warn);
    }
  }
}

/** Posting one message to a window without ever throwing. */

/** The part of a window (or a test double) messages are posted to. */
export interface WindowLike {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** A window and the origin its messages came from. */
export interface ReplyTarget {
  window: WindowLike;
  origin: string;
}

/** Whether `value` can be posted to. */
export function isWindowLike(value: unknown): value is WindowLike {
  return typeof value === 'object' && value !== null && typeof (value as WindowLike).postMessage === 'function';
}

/**
 * Posts `message` to the target, addressed to its origin ("null", the origin of sandboxed or file
 * pages, can only be reached with "*"). Returns false, after a warning, if posting failed.
 */
export function postTo(target: ReplyTarget, message: unknown, warn: (text: string) => void): boolean {
  try {
    target.window.postMessage(message, target.origin === 'null' ? '*' : target.origin);
    return true;
  } catch (error) {
    warn(`could not post to ${target.origin}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

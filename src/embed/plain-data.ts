/**
 * Checks that request params are plain JSON data of bounded size before any schema looks at them.
 * postMessage can carry much more than JSON (cycles, Maps, typed arrays, huge strings); all of it is
 * measured or refused here, without stringifying the whole value first.
 */

/** Deepest nesting looked at. */
export const MAX_DEPTH = 32;

/** Why params were refused, or their approximate JSON size in bytes. */
export type PlainDataCheck = { ok: true; bytes: number } | { ok: false; reason: string };

/** Walks `value` and measures its JSON text, stopping as soon as it exceeds `limit` bytes. */
export function checkPlainData(value: unknown, limit: number): PlainDataCheck {
  let bytes = 0;
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): string | null => {
    if (bytes > limit) return null;
    if (v === null || typeof v === 'boolean') {
      bytes += 5;
      return null;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return 'numbers must be finite';
      bytes += 24;
      return null;
    }
    if (typeof v === 'string') {
      // A UTF-16 unit is 1 to 3 bytes of UTF-8; count it as 1 unless it is outside ASCII.
      bytes += 2 + (v.length > limit ? v.length : v.length + (v.match(/[\u0080-\uffff]/g)?.length ?? 0) * 2);
      return null;
    }
    if (typeof v !== 'object') return `a ${typeof v} is not JSON data`;
    if (depth > MAX_DEPTH) return `nesting deeper than ${MAX_DEPTH} levels`;
    if (seen.has(v)) return 'a value refers to itself';
    seen.add(v);
    try {
      if (Array.isArray(v)) {
        bytes += 2;
        for (const item of v) {
          bytes += 1;
          const why = walk(item, depth + 1);
          if (why !== null || bytes > limit) return why;
        }
        return null;
      }
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
        return `${typeof name === 'string' && name ? `a ${name}` : 'this object'} is not plain JSON data`;
      }
      bytes += 2;
      for (const [key, item] of Object.entries(v)) {
        bytes += key.length + 4;
        const why = walk(item, depth + 1);
        if (why !== null || bytes > limit) return why;
      }
      return null;
    } finally {
      seen.delete(v);
    }
  };
  const why = walk(value, 0);
  if (why !== null) return { ok: false, reason: why };
  if (bytes > limit) return { ok: false, reason: `params are larger than ${Math.round(limit / 1024)} KB` };
  return { ok: true, bytes };
}

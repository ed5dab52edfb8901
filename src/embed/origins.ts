/**
 * The optional allow-list of host origins. It is build-time configuration:
 * `VITE_EMBED_ALLOWED_ORIGINS="https://course.example.org https://lms.example.edu" npm run build`
 * (origins separated by spaces or commas). Unset, empty or "*" lets any origin call the atlas.
 */

/** The parsed list: null allows every origin. Entries that are not origins are dropped with a warning. */
export function parseAllowedOrigins(text: string | undefined, warn: (text: string) => void = () => {}): string[] | null {
  const entries = (text ?? '').split(/[\s,]+/).filter((e) => e !== '');
  if (entries.length === 0 || entries.includes('*')) return null;
  const origins: string[] = [];
  for (const entry of entries) {
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin === null) warn(`ignoring "${entry}" in the embed allow-list: it is not an http(s) origin such as https://example.org`);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

/** Whether a message from `origin` may call the atlas. */
export function isOriginAllowed(allowed: readonly string[] | null, origin: string): boolean {
  return allowed === null || allowed.includes(origin);
}

/** The embed API's build-time configuration (see docs/EMBED.md, "Allowed origins"). */
import { parseAllowedOrigins } from './origins';

/**
 * The host origins allowed to call the atlas, from `VITE_EMBED_ALLOWED_ORIGINS` at build time;
 * null (the default) allows any origin.
 */
export function configuredAllowedOrigins(warn?: (text: string) => void): string[] | null {
  // Written out in full so Vite replaces it at build time.
  const value: unknown = import.meta.env.VITE_EMBED_ALLOWED_ORIGINS;
  return parseAllowedOrigins(typeof value === 'string' ? value : undefined, warn);
}

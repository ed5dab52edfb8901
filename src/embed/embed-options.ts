/**
 * Embed mode's link options: `embed=1` gives the frame layout; `ui-search`, `ui-panel` and
 * `ui-toolbar` (0 or 1) turn its parts off or on. Pure, read once from the frame's link.
 */

/** The keys of embed mode; the full app's link leaves them out. */
export const EMBED_KEYS = ['embed', 'ui-search', 'ui-panel', 'ui-toolbar'] as const;

/** Which layout to show and which of its parts. */
export interface EmbedOptions {
  /** The frame layout (3D first, compact card, no header). */
  embed: boolean;
  search: boolean;
  panel: boolean;
  toolbar: boolean;
}

/** The full app: everything on. */
export const FULL_APP: Readonly<EmbedOptions> = Object.freeze({ embed: false, search: true, panel: true, toolbar: true });
/** Embed mode's defaults: the 3D view with its toolbar and the compact card; no search box. */
export const EMBED_DEFAULTS: Readonly<EmbedOptions> = Object.freeze({ embed: true, search: false, panel: true, toolbar: true });

const flag = (value: string | null, fallback: boolean): boolean =>
  value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : fallback;

/** Reads the options from a query string; anything but 0/1 (or true/false) keeps the default. */
export function embedOptionsFrom(search: string): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...FULL_APP };
  }
  if (!flag(params.get('embed'), false)) return { ...FULL_APP };
  return {
    embed: true,
    search: flag(params.get('ui-search'), EMBED_DEFAULTS.search),
    panel: flag(params.get('ui-panel'), EMBED_DEFAULTS.panel),
    toolbar: flag(params.get('ui-toolbar'), EMBED_DEFAULTS.toolbar),
  };
}

/** The same view in the full app: the link without the embed keys (for the attribution link). */
export function fullAppHref(href: string): string {
  const url = new URL(href);
  for (const key of EMBED_KEYS) url.searchParams.delete(key);
  return url.href;
}

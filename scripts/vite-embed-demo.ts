/**
 * A Vite plugin for embed-demo.html: the demo is a host page, so its Content-Security-Policy (the
 * app's, added by the CSP plugin) also lets it frame an atlas on another origin.
 */
import type { Plugin } from 'vite';

/** What the demo page adds to the app's policy. */
export const DEMO_FRAME_SRC = "frame-src 'self' http: https:";

/** Adds `frame-src` to the demo page's CSP meta tag (after the CSP plugin has written it). */
export function embedDemoCsp(): Plugin {
  return {
    name: 'atlas-embed-demo-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.path.endsWith('embed-demo.html')
          ? html.replace(/(http-equiv="Content-Security-Policy"\s+content="[^"]*)"/i, `$1; ${DEMO_FRAME_SRC}"`)
          : html,
    },
  };
}

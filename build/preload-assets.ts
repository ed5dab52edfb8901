/**
 * A Vite build plugin that starts the big downloads with the page instead of after the scripts that
 * ask for them: `<link rel="preload" as="fetch">` for the body model and the dataset (so the model
 * arrives while the Viewer chunk is still being fetched and evaluated) and `<link rel="modulepreload">`
 * for the Viewer chunk and the chunks it imports. URLs are the hashed ones Vite emitted.
 */
import type { Plugin } from 'vite';

/** Source files fetched with `fetch()` at load, relative to the project root. */
export const PRELOADED_ASSETS: readonly string[] = ['assets/models/body.glb', 'data/trigger-points.json'];
/** The lazily imported module whose chunk (and its imports) the page needs for the first frame. */
export const PRELOADED_MODULE = 'src/scene/Viewer.tsx';

interface EmittedFile {
  type: 'asset' | 'chunk';
  fileName: string;
  originalFileNames?: readonly string[];
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

/** The preload tags for a bundle, `base` being the build's base ("./" or "/…/"). */
export function preloadTags(bundle: Record<string, EmittedFile>, base: string): string[] {
  const files = Object.values(bundle);
  const tags: string[] = [];
  for (const source of PRELOADED_ASSETS) {
    const asset = files.find((f) => f.type === 'asset' && f.originalFileNames?.some((n) => n.replace(/\\/g, '/').endsWith(source)));
    if (!asset) throw new Error(`preload-assets: no emitted asset for ${source}; is it still imported with ?url?`);
    tags.push(`<link rel="preload" href="${base}${asset.fileName}" as="fetch" crossorigin="anonymous" />`);
  }
  const viewer = files.find((f) => f.type === 'chunk' && f.facadeModuleId?.replace(/\\/g, '/').endsWith(PRELOADED_MODULE));
  if (!viewer) throw new Error(`preload-assets: no chunk for ${PRELOADED_MODULE}; is it still imported lazily?`);
  const chunks = new Set<string>();
  const visit = (fileName: string) => {
    if (chunks.has(fileName)) return;
    chunks.add(fileName);
    for (const dep of bundle[fileName]?.imports ?? []) visit(dep);
  };
  visit(viewer.fileName);
  for (const fileName of chunks) tags.push(`<link rel="modulepreload" crossorigin href="${base}${fileName}" />`);
  return tags;
}

/** The plugin (build only: the dev server serves unhashed sources). */
export function preloadAssetsPlugin(): Plugin {
  let base = './';
  return {
    name: 'atlas-preload-assets',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/(^|[\\/])index\.html$/.test(ctx.filename)) return html;
        const tags = preloadTags(ctx.bundle as unknown as Record<string, EmittedFile>, base);
        // Entry chunks Vite already links stay as they are; duplicates of them are dropped.
        const fresh = tags.filter((t) => !html.includes(/href="([^"]+)"/.exec(t)![1]!));
        return html.replace('</head>', `  ${fresh.join('\n    ')}\n  </head>`);
      },
    },
  };
}

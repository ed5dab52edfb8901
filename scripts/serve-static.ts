/**
 * A tiny dependency-free static file server for the built app (`dist/`), for the browser tests,
 * the screenshots and the benchmark. Binds 127.0.0.1 on an ephemeral port by default, serves the
 * right MIME types, falls back to index.html for unknown paths without an extension (single-page
 * app) and can send the app's Content-Security-Policy as a header as well as its meta tag.
 *
 * CLI: `npx tsx scripts/serve-static.ts [--root dist] [--port 0] [--csp]`
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** MIME types by file extension; anything else is served as application/octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** The folder to serve (usually `dist`). */
  root: string;
  /** Port to bind on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** Also send the Content-Security-Policy header, copied from index.html's meta tag. */
  csp?: boolean;
}

/** A running static server. */
export interface StaticServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:43210/ */
  url: string;
  /** The CSP header value sent, or null when `csp` was not asked for. */
  csp: string | null;
  close(): Promise<void>;
}

/** Reads the policy from the `<meta http-equiv="Content-Security-Policy">` tag of an HTML page. */
export function cspFromHtml(html: string): string | null {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    if (!/http-equiv\s*=\s*["']?Content-Security-Policy["']?/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"/i.exec(tag) ?? /content\s*=\s*'([^']*)'/i.exec(tag);
    if (content?.[1]) return content[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  }
  return null;
}

/** Starts serving `root` on 127.0.0.1; resolves once listening. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const indexPath = join(root, 'index.html');
  let csp: string | null = null;
  if (options.csp) {
    csp = cspFromHtml(readFileSync(indexPath, 'utf8'));
    if (!csp) {
      throw new Error(
        `serve-static: ${indexPath} has no <meta http-equiv="Content-Security-Policy"> tag to copy into the header; add one to index.html.`,
      );
    }
  }

  // Room for long (10 kB+) query strings, which the tests send on purpose.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      const relative = normalize(pathname).replace(/^([/\\])+/, '');
      let file = resolve(root, relative);
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        // Single-page-app fallback for route-like paths; a missing asset is a real 404.
        if (extname(relative) === '' || extname(relative) === '.html') {
          file = indexPath;
        } else {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
          return;
        }
      }
      const body = await readFile(file);
      const headers: Record<string, string> = {
        'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      };
      if (csp && extname(file) === '.html') headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers);
      res.end(method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`serve-static error: ${String(error)}`);
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    csp,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = argValue(args, '--root') ?? 'dist';
  const server = await startStaticServer({
    root,
    port: Number(argValue(args, '--port') ?? 0),
    csp: args.includes('--csp'),
  });
  console.log(`serving ${resolve(root)} at ${server.url}${server.csp ? ' (with CSP header)' : ''}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

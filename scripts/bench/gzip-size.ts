/** Gzip sizes (level 9) of files a page loaded, read from the folder that served them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const cache = new Map<string, { bytes: number; gzip: number }>();

/** Raw and gzip bytes of one file. */
export function gzipSizeOfFile(file: string): { bytes: number; gzip: number } {
  let hit = cache.get(file);
  if (!hit) {
    const body = readFileSync(file);
    hit = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    cache.set(file, hit);
  }
  return hit;
}

/** Sizes of the served paths ("/assets/x.js") under root, and their gzip total. */
export function gzipSizes(root: string, paths: readonly string[]): { files: { path: string; bytes: number; gzip: number }[]; gzip: number } {
  const files = [...new Set(paths)].sort().map((path) => ({ path, ...gzipSizeOfFile(resolve(root, `.${decodeURIComponent(path)}`)) }));
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

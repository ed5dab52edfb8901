/**
 * Makes sure the built app exists: returns the absolute `dist/` path, running `vite build`
 * programmatically first if `dist/index.html` is missing (or when `force` is set).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project root (this file lives in scripts/). */
export const ROOT = resolve(import.meta.dirname, '..');
/** The built app. */
export const DIST = resolve(ROOT, 'dist');

/** Builds the app with Vite unless dist/index.html is already there; returns DIST. */
export async function ensureDist(force = false): Promise<string> {
  if (!force && existsSync(resolve(DIST, 'index.html'))) return DIST;
  console.log(force ? 'building the app (vite build)…' : 'dist/index.html is missing: building the app (vite build)…');
  const { build } = await import('vite');
  await build({ root: ROOT, logLevel: 'warn' });
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error('vite build finished but dist/index.html is still missing; check vite.config.ts and index.html.');
  }
  return DIST;
}

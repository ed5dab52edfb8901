/**
 * Builds what the bench loads: the app (with Vite's own config, into dist/ or a folder of the
 * bench's) and the floor page (its own small Vite build, never part of the app's dist/).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../ensure-dist';

/** Where the floor page's sources live. */
export const FLOOR_SRC = resolve(import.meta.dirname, 'floor');

/** A fresh temporary folder for one bench run's builds. */
export function benchTmp(): string {
  return mkdtempSync(join(tmpdir(), 'atlas-bench-'));
}

/** Builds the floor page into outDir; returns outDir. */
export async function buildFloor(outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    root: FLOOR_SRC,
    base: './',
    configFile: false,
    logLevel: 'warn',
    assetsInclude: ['**/*.glb'],
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}

/**
 * Builds the app with the project's vite.config.ts into outDir. `sourcemap: 'hidden'` writes maps
 * without pointing the code at them, so the code is byte for byte the shipped code (for profiles).
 */
export async function buildApp(outDir: string, sourcemap = false): Promise<string> {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(sourcemap ? { sourcemap: 'hidden' as const } : {}) },
  });
  return outDir;
}

/**
 * Finding and launching Chromium for the browser tests, the screenshots and the benchmark.
 * No Vitest imports here, so the scripts can use it too.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

/** Chromium flags: software WebGL (SwiftShader) that works headless on a machine without a GPU, and quiet startup. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--ignore-gpu-blocklist',
];

/** Extra flags that take WebGL away entirely, for the no-3D fallback test. */
export const NO_WEBGL_ARGS: readonly string[] = ['--disable-webgl', '--disable-3d-apis'];

/** Finds Chromium (CHROMIUM_PATH or /usr/bin/chromium) or throws with the fix; never a skip. */
export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : '/usr/bin/chromium';
  if (process.env.CI === 'true') {
    throw new Error(
      `Chromium is required but ${where} does not exist on this CI runner: install it in the job (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  throw new Error(
    `Chromium is required but ${where} does not exist: install it (sudo apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium/Chrome binary.`,
  );
}

/** Launches headless Chromium with software WebGL (plus any extra flags). */
export function launchChromium(executablePath: string, extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Asks every page of the context for the app's test hook (window.__atlas), which plain pages never get. */
export async function enableTestHook(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { __ATLAS_TEST_HOOK__: boolean }).__ATLAS_TEST_HOOK__ = true;
  });
}

/**
 * Keeps the viewer multisampled on this machine's software WebGL (the app turns multisampling off on
 * a CPU rasterizer; see src/scene/canvas/software-renderer.ts), for pictures meant to be looked at.
 */
export async function keepMultisampling(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { __ATLAS_MSAA__: boolean }).__ATLAS_MSAA__ = true;
  });
}

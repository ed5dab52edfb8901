/**
 * Global setup of the browser test project: checks the build and the browser exist, serves `dist/`
 * twice (plain, and with the CSP header) and hands the URLs and the Chromium path to the tests
 * through Vitest's provide/inject.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/serve-static';
import { findChromium } from './launch';

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL of the built app, ending in "/". */
    baseUrl: string;
    /** Base URL of the built app served with the Content-Security-Policy header too. */
    cspUrl: string;
    /** The Content-Security-Policy header value the CSP server sends. */
    cspPolicy: string;
    /** Why the CSP server could not start ("" when it runs); the CSP test fails with it. */
    cspError: string;
    /** Absolute path of the Chromium executable. */
    chromiumPath: string;
  }
}

/** The built app; ATLAS_DIST points elsewhere (e.g. a private build while others rebuild dist/). */
const DIST = resolve(process.env.ATLAS_DIST ?? resolve(import.meta.dirname, '../../dist'));

/** Starts the servers; the returned function stops them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`${resolve(DIST, 'index.html')} is missing: run npm run build first.`);
  }
  const chromiumPath = findChromium();
  const plain = await startStaticServer({ root: DIST });
  // A build without a CSP meta tag fails the CSP test (with this message), not every test.
  let cspError = '';
  const withCsp = await startStaticServer({ root: DIST, csp: true }).catch((error: unknown) => {
    cspError = error instanceof Error ? error.message : String(error);
    return null;
  });
  project.provide('baseUrl', plain.url);
  project.provide('cspUrl', withCsp?.url ?? '');
  project.provide('cspPolicy', withCsp?.csp ?? '');
  project.provide('cspError', cspError);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await Promise.all([plain.close(), withCsp?.close()]);
  };
}

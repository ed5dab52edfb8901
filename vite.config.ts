import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp.ts';
import { embedDemoCsp } from './scripts/vite-embed-demo.ts';
import { datasetCheckPlugin } from './build/dataset-check.ts';
import { preloadAssetsPlugin } from './build/preload-assets.ts';

/** Vite builds the static single-page app; Vitest runs the Node unit tests, the DOM tests (happy-dom) and the real-browser tests. */
export default defineConfig({
  base: './',
  plugins: [react(), cspPlugin(), embedDemoCsp(), datasetCheckPlugin(), preloadAssetsPlugin()],
  assetsInclude: ['**/*.glb'],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    // The app, and the embed demo page (a host page framing the app). The embed client is built
    // apart, as a library, by scripts/build-embed-client.ts.
    rolldownOptions: {
      input: { main: 'index.html', 'embed-demo': 'embed-demo.html' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.tsx'],
          setupFiles: ['tests/dom/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

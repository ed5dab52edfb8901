/** Entry: styles, one atlas store for this page, the test hook when asked for, then the React root: the atlas, or the patient handout (`handout=1` in the link: its own lazily loaded tree). */
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/print.css';
import './styles/embed.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ui/shell/ErrorBoundary';
import { DEFAULT_CONFIG } from './config';
import { AtlasStoreProvider, createAtlasStore } from './state';
import { installTestHook, testHookRequested } from './testing/install-hook';
import { installPrintSnapshot } from './ui/print/print-snapshot';

const store = createAtlasStore();
if (testHookRequested()) installTestHook(store);

// A lazily loaded part of the app failed to download (a wrong base path, a dropped connection):
// say so instead of leaving a blank area. Vite fires this before the import rejects.
window.addEventListener('vite:preloadError', (event) => {
  event.preventDefault();
  const what = (event as Event & { payload?: unknown }).payload;
  console.warn('An app file could not be loaded:', what);
  store.getState().showNotice('Part of the atlas could not be loaded. Reload the page; if this keeps happening, the site may serve the atlas from a path it was not built for.');
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">; the app has nowhere to mount.');
if (/^(1|true)$/.test(new URLSearchParams(window.location.search).get('handout') ?? '')) {
  // The patient handout is its own React tree in its own chunk; the atlas app is not started.
  void import('./HandoutApp').then(
    ({ default: HandoutApp }) =>
      createRoot(root).render(
        <StrictMode>
          <ErrorBoundary what="The handout">
            <HandoutApp config={DEFAULT_CONFIG} />
          </ErrorBoundary>
        </StrictMode>,
      ),
    (error: unknown) => {
      console.warn('The handout could not be loaded:', error);
      root.textContent = 'The handout could not be loaded. Reload the page to try again.';
    },
  );
} else {
  installPrintSnapshot();
  createRoot(root).render(
    <StrictMode>
      <AtlasStoreProvider store={store}>
        <ErrorBoundary what="The atlas">
          <App config={DEFAULT_CONFIG} />
        </ErrorBoundary>
      </AtlasStoreProvider>
    </StrictMode>,
  );
}

/** Entry: styles, one atlas store for this page, the test hook when asked for, and the React root. */
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ui/shell/ErrorBoundary';
import { DEFAULT_CONFIG } from './config';
import { AtlasStoreProvider, createAtlasStore } from './state';
import { installTestHook, testHookRequested } from './testing/install-hook';

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
createRoot(root).render(
  <StrictMode>
    <AtlasStoreProvider store={store}>
      <ErrorBoundary what="The atlas">
        <App config={DEFAULT_CONFIG} />
      </ErrorBoundary>
    </AtlasStoreProvider>
  </StrictMode>,
);

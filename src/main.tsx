/** Entry: styles, one atlas store for this page, the test hook when asked for, and the React root. */
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DEFAULT_CONFIG } from './config';
import { AtlasStoreProvider, createAtlasStore } from './state';
import { installTestHook, testHookRequested } from './testing/install-hook';

const store = createAtlasStore();
if (testHookRequested()) installTestHook(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">; the app has nowhere to mount.');
createRoot(root).render(
  <StrictMode>
    <AtlasStoreProvider store={store}>
      <App config={DEFAULT_CONFIG} />
    </AtlasStoreProvider>
  </StrictMode>,
);

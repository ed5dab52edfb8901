/** Entry: styles, the test hook's store, and the React root. */
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { atlasStore } from './state/store';

type AtlasHook = { store?: typeof atlasStore; ready?: boolean; firstFrameMs?: number | null } & Record<string, unknown>;
const w = window as unknown as { __atlas?: AtlasHook };
// The scene adds project/pickAt/stats/pickBench and sets ready; the store is always here.
w.__atlas = Object.assign(w.__atlas ?? { ready: false, firstFrameMs: null }, { store: atlasStore });

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">; the app has nowhere to mount.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

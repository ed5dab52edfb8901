/** The app shell: loads the dataset, detects WebGL, syncs the URL, and lays out viewer and panels. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { atlasStore, useAtlas, type Panel } from './state/store';
import { startUrlSync } from './state/url-sync';
import { DatasetErrorPanel } from './ui/DatasetErrorPanel';
import { hasWebgl } from './ui/detect-webgl';
import { Header } from './ui/Header';
import { KeyboardShortcuts } from './ui/KeyboardShortcuts';
import { LiveAnnouncer } from './ui/LiveAnnouncer';
import { loadDataset } from './ui/load-dataset';
import { NoticeBar } from './ui/NoticeBar';
import { SidePanel } from './ui/SidePanel';
import { ViewerArea } from './ui/ViewerArea';

const Viewer = lazy(() => import('./scene/Viewer'));
const AboutDialog = lazy(() => import('./ui/AboutDialog'));

/** Starts the dataset load, WebGL detection and URL sync once. */
function useStartup(): void {
  useEffect(() => {
    const s = atlasStore.getState();
    if (s.webgl === 'unknown') s.setWebgl(hasWebgl() ? 'ok' : 'unavailable');
    const stopSync = startUrlSync(atlasStore);
    let cancelled = false;
    if (!s.dataset) {
      void loadDataset().then((result) => {
        if (cancelled) return;
        if (result.ok) atlasStore.getState().setDataset(result.data);
        else atlasStore.getState().setDatasetProblems(result.problems);
      });
    }
    return () => {
      cancelled = true;
      stopSync();
    };
  }, []);
}

/** The whole page. */
export function App() {
  useStartup();
  const problems = useAtlas((s) => s.datasetProblems);
  const panel = useAtlas((s) => s.panel);
  const beforeAbout = useRef<Panel>(null);
  useEffect(() => {
    if (panel !== 'about') beforeAbout.current = panel;
  }, [panel]);

  if (problems) {
    return (
      <div className="app app-error">
        <Header />
        <main className="error-main">
          <DatasetErrorPanel problems={problems} />
        </main>
      </div>
    );
  }
  return (
    <div className="app">
      <Header />
      <NoticeBar />
      <main className="workspace">
        <ViewerArea Viewer={Viewer} />
        <SidePanel />
      </main>
      <LiveAnnouncer />
      <KeyboardShortcuts />
      {panel === 'about' && (
        <Suspense fallback={null}>
          <AboutDialog onClose={() => atlasStore.getState().openPanel(beforeAbout.current)} />
        </Suspense>
      )}
    </div>
  );
}

/** The app shell: loads the dataset, detects WebGL, syncs the URL, and lays out viewer and panels. */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { AtlasConfig } from './config';
import { LazyViewer } from './LazyViewer';
import { useAtlas, useAtlasStore } from './state';
import { startUrlSync } from './state/url-sync';
import { startQuizLinkSync } from './state/slices/quiz';
import { StudyPanel } from './ui/quiz/StudyPanel';
import { DatasetErrorPanel } from './ui/shell/DatasetErrorPanel';
import { Header } from './ui/shell/Header';
import { KeyboardShortcuts } from './ui/shell/KeyboardShortcuts';
import { LiveAnnouncer } from './ui/shell/LiveAnnouncer';
import { loadDataset } from './ui/shell/load-dataset';
import { NoticeBar } from './ui/shell/NoticeBar';
import { SidePanel } from './ui/panels/SidePanel';
import { ViewerArea } from './ui/viewer/ViewerArea';
import { SearchBox } from './ui/search/SearchBox';
import { FullAppLink } from './ui/share/FullAppLink';
import { useLinkCamera } from './ui/share/use-link-camera';
import { embedOptionsFrom } from './embed/embed-options';
import { useEmbedApi } from './embed/use-embed-api';

const AboutDialog = lazy(() => import('./ui/shell/AboutDialog'));

/** Starts the dataset load and URL sync once (WebGL is found out by the viewer's own canvas). */
function useStartup(config: AtlasConfig): void {
  const store = useAtlasStore();
  useEffect(() => {
    const s = store.getState();
    const stopSync = startUrlSync(store);
    const stopQuizSync = startQuizLinkSync(store);
    let cancelled = false;
    if (!s.dataset) {
      void loadDataset(config.datasetUrl).then((result) => {
        if (cancelled) return;
        if (result.ok) store.getState().setDataset(result.data);
        else store.getState().setDatasetProblems(result.problems);
      });
    }
    return () => {
      cancelled = true;
      stopSync();
      stopQuizSync();
    };
  }, [store, config.datasetUrl]);
}

/** The whole page for one atlas store (from the nearest AtlasStoreProvider). */
export function App({ config }: { config: AtlasConfig }) {
  useStartup(config);
  const store = useAtlasStore();
  useEmbedApi(store);
  useLinkCamera(store);
  // Embed mode (`?embed=1`) is chosen by the link the frame was opened with.
  const [embed] = useState(() => embedOptionsFrom(location.search));
  const problems = useAtlas((s) => s.datasetProblems);
  const aboutOpen = useAtlas((s) => s.aboutOpen);
  const study = useAtlas((s) => s.study);

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
  if (embed.embed) {
    const classes = ['app', 'embed', embed.panel ? '' : 'embed-no-panel', embed.toolbar ? '' : 'embed-no-toolbar'].filter(Boolean);
    return (
      <div className={classes.join(' ')}>
        {embed.search && (
          <div className="embed-bar">
            <SearchBox />
          </div>
        )}
        <NoticeBar />
        <main className="workspace">
          <ViewerArea viewer={<LazyViewer modelUrl={config.modelUrl} />} />
          {embed.panel && <SidePanel />}
          <FullAppLink />
        </main>
        <LiveAnnouncer />
        <KeyboardShortcuts />
      </div>
    );
  }
  return (
    <div className="app">
      <Header />
      <NoticeBar />
      <main className="workspace">
        <ViewerArea viewer={<LazyViewer modelUrl={config.modelUrl} />} />
        {study ? <StudyPanel /> : <SidePanel />}
      </main>
      <LiveAnnouncer />
      <KeyboardShortcuts />
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog onClose={() => store.getState().setAboutOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

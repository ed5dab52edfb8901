/** The canvas wrapper: the lazily loaded 3D viewer (which finds out whether WebGL works), or a note when it does not. */
import { Suspense, type ReactNode } from 'react';
import { useAtlasStore, useAtlas } from '../../state';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { ModelErrorPanel } from '../shell/ModelErrorPanel';
import { Toolbar } from '../toolbar/Toolbar';

/** The stage; App passes the lazily imported viewer element in, so ui never imports scene. */
export function ViewerArea({ viewer }: { viewer: ReactNode }) {
  const store = useAtlasStore();
  const webgl = useAtlas((s) => s.webgl);
  const status = useAtlas((s) => s.model.status);
  return (
    <section className="stage" aria-label="3D body">
      {webgl !== 'unavailable' && <Toolbar />}
      <div className="viewer" data-testid="viewer">
        {webgl !== 'unavailable' && (
          <ErrorBoundary what="The 3D view" onRetry={() => store.getState().retryModel()}>
            <Suspense fallback={null}>
              {viewer}
            </Suspense>
          </ErrorBoundary>
        )}
        {webgl !== 'unavailable' && status === 'loading' && (
          <p className="viewer-loading" aria-hidden="true">
            Loading the 3D body…
          </p>
        )}
        {webgl === 'unavailable' && (
          <div className="no-webgl">
            <h2>3D view unavailable</h2>
            <p>
              This browser or device cannot show 3D graphics (WebGL is missing or turned off). The muscle list, muscle cards,
              conditions and the pain finder still work: use the List tab to choose a muscle.
            </p>
          </div>
        )}
        <ModelErrorPanel />
      </div>
    </section>
  );
}

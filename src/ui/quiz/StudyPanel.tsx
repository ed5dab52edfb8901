/**
 * Study mode's place in the layout: the quiz panel, loaded on first use with the quiz engine; until
 * both are here, a panel that says study mode is loading (with a way back to the atlas).
 */
import { lazy, Suspense } from 'react';
import { useAtlas, useAtlasStore } from '../../state';

const QuizPanel = lazy(() => import('./QuizPanel'));

/** The panel shown while study mode's code loads. */
function StudyLoading() {
  const store = useAtlasStore();
  return (
    <aside className="side-panel" aria-label="Study" aria-busy="true">
      <div className="panel-body">
        <p className="muted">Loading study mode…</p>
        <button type="button" className="button ghost" onClick={() => store.getState().closeStudy()}>
          Leave study
        </button>
      </div>
    </aside>
  );
}

/** The quiz panel once the engine has loaded, else the loading panel. */
export function StudyPanel() {
  const ready = useAtlas((s) => s.quizReady);
  if (!ready) return <StudyLoading />;
  return (
    <Suspense fallback={<StudyLoading />}>
      <QuizPanel />
    </Suspense>
  );
}

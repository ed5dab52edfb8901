/** The side panel (a bottom sheet on phones) with the Muscle, Conditions, Where it hurts and List tabs. */
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useAtlasStore, useAtlas, type Panel } from '../../state';
import { MuscleCard } from '../card/MuscleCard';
import { MuscleList } from '../list/MuscleList';

const ConditionBrowser = lazy(() => import('../conditions/ConditionBrowser'));
const PainFinder = lazy(() => import('../pain/PainFinder'));

const TABS: { id: Panel; label: string }[] = [
  { id: 'muscle', label: 'Muscle' },
  { id: 'condition', label: 'Conditions' },
  { id: 'pain', label: 'Where it hurts' },
  { id: 'list', label: 'List' },
];

/** Tabs keep their state once visited (hidden, not unmounted). */
export function SidePanel() {
  const store = useAtlasStore();
  const tab = useAtlas((s) => s.panel);
  const [visited, setVisited] = useState<ReadonlySet<Panel>>(new Set([tab]));
  const [expanded, setExpanded] = useState(false);
  const drag = useRef<{ y: number; moved: boolean } | null>(null);

  useEffect(() => {
    setVisited((v) => (v.has(tab) ? v : new Set([...v, tab])));
  }, [tab]);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length];
    if (next) {
      store.getState().openPanel(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };

  const onHandleDown = (e: PointerEvent<HTMLButtonElement>) => {
    drag.current = { y: e.clientY, moved: false };
  };
  const onHandleUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const dy = e.clientY - d.y;
    if (Math.abs(dy) > 24) {
      d.moved = true;
      setExpanded(dy < 0);
    }
  };
  const onHandleClick = () => {
    const moved = drag.current?.moved ?? false;
    drag.current = null;
    if (!moved) setExpanded((x) => !x);
  };

  return (
    <aside className={`side-panel${expanded ? ' expanded' : ''}`} aria-label="Atlas panel">
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={expanded}
        aria-label={expanded ? 'Collapse panel' : 'Expand panel'}
        onPointerDown={onHandleDown}
        onPointerUp={onHandleUp}
        onClick={onHandleClick}
      >
        <span className="sheet-grip" aria-hidden="true" />
      </button>
      <div className="tabs" role="tablist" aria-label="Panels">
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onKeyDown={onTabKey}
            onClick={() => store.getState().openPanel(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="panel-body">
        {TABS.map((t) =>
          visited.has(t.id) || tab === t.id ? (
            <div key={t.id} id={`tabpanel-${t.id}`} role="tabpanel" aria-labelledby={`tab-${t.id}`} hidden={tab !== t.id} className="tabpanel">
              <Suspense fallback={<p className="muted">Loading…</p>}>
                {t.id === 'muscle' && <MuscleCard />}
                {t.id === 'condition' && <ConditionBrowser />}
                {t.id === 'pain' && <PainFinder />}
                {t.id === 'list' && <MuscleList />}
              </Suspense>
            </div>
          ) : null,
        )}
      </div>
    </aside>
  );
}

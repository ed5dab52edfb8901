/** The Conditions tab: a filterable list, or the open condition's view. */
import { useMemo, useState } from 'react';
import { normalize } from '../../core/search';
import { useAtlasStore, useAtlas } from '../../state';
import { ConditionView } from './ConditionView';
import { useIndex } from '../common/use-index';

/** Lists conditions; shows the store's condition when one is open. Loaded lazily. */
export default function ConditionBrowser() {
  const store = useAtlasStore();
  const index = useIndex();
  const conditionId = useAtlas((s) => s.conditionId);
  const [filter, setFilter] = useState('');
  const list = useMemo(() => {
    if (!index) return [];
    const q = normalize(filter);
    return [...index.dataset.conditions]
      .filter((c) => !q || [c.name, ...c.synonyms].some((n) => normalize(n).includes(q)))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [index, filter]);
  if (!index) return <p className="muted">Loading the atlas…</p>;
  const open = conditionId ? index.conditionById(conditionId) : undefined;
  if (open) return <ConditionView index={index} condition={open} />;
  return (
    <div className="conditions">
      <label className="field">
        <span>Filter conditions</span>
        <input type="search" value={filter} maxLength={80} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
      </label>
      <ul className="condition-list">
        {list.map((c) => (
          <li key={c.id}>
            <button type="button" className="list-button" onClick={() => store.getState().openCondition(c.id)}>
              <span className="list-button-title">{c.name}</span>
              <span className="list-button-sub">
                {c.noSpecificMuscle ? 'No specific muscle' : `${index.musclesOfCondition(c.id).length} muscles`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {list.length === 0 && <p className="muted">No condition matches “{filter}”.</p>}
    </div>
  );
}

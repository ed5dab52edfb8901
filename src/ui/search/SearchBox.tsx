/** The search combobox: muscles (with their region) and conditions, driven by keyboard or pointer. */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { createSearch, type SearchHit } from '../../core/search';
import { useAtlasStore, type AtlasStoreApi } from '../../state';
import { REGION_LABELS } from '../common/labels';
import { useIndex } from '../common/use-index';

/** The id of the search input, for the "/" shortcut. */
export const SEARCH_INPUT_ID = 'atlas-search';

/** Opens a search hit in the store: a muscle (keeping the side chosen before) or a condition. */
function choose(store: AtlasStoreApi, hit: SearchHit): void {
  const s = store.getState();
  if (hit.kind === 'muscle') s.selectMuscle(hit.id, s.selected?.side ?? 'left');
  else s.openCondition(hit.id);
}

type Search = ReturnType<typeof createSearch>;
type Index = Parameters<typeof createSearch>[0];
const searches = new WeakMap<Index, Search>();

/** The search over a dataset index, built on the first query (not before the first frame) and kept. */
function searchFor(index: Index): Search {
  let search = searches.get(index);
  if (!search) searches.set(index, (search = createSearch(index)));
  return search;
}

/** Search box with a listbox popup (ARIA 1.2 combobox pattern). */
export function SearchBox() {
  const store = useAtlasStore();
  const index = useIndex();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => (index && query.trim() ? searchFor(index)(query, 10) : []), [index, query]);
  const expanded = open && query.trim().length > 0;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    choose(store, hit);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
        break;
      case 'Enter':
        if (expanded && hits.length) {
          e.preventDefault();
          pick(hits[active] ?? hits[0]);
        }
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
        } else if (query) {
          e.preventDefault();
          e.stopPropagation();
          setQuery('');
        }
        break;
    }
  };

  return (
    <div className="search">
      <input
        id={SEARCH_INPUT_ID}
        className="search-input"
        type="search"
        role="combobox"
        aria-label="Search muscles"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits.length ? optionId(active) : undefined}
        placeholder={index ? 'Search muscles or conditions  ( / )' : 'Loading…'}
        autoComplete="off"
        spellCheck={false}
        maxLength={80}
        value={query}
        disabled={!index}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={`${hit.kind}:${hit.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search-option"
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => pick(hit)}
          >
            <span className="search-option-name">{hit.name}</span>
            <span className="search-option-kind">{hit.kind === 'muscle' ? REGION_LABELS[hit.region] : 'Condition'}</span>
          </li>
        ))}
        {expanded && hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
            No match. Try another spelling or a shorter word.
          </li>
        )}
      </ul>
    </div>
  );
}

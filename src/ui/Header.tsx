/** The top bar: title, search and the About button. */
import { atlasStore } from '../state/store';
import { SearchBox } from './SearchBox';

/** The app header. */
export function Header() {
  return (
    <header className="app-header">
      <h1 className="app-title">
        <span className="app-logo" aria-hidden="true">
          ×
        </span>
        Trigger Point Atlas
      </h1>
      <SearchBox />
      <button type="button" className="button ghost" onClick={() => atlasStore.getState().openPanel('about')}>
        About
      </button>
    </header>
  );
}

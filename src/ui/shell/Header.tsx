/** The top bar: title, search, the Study entry, and the Share and About buttons. */
import { useAtlasStore } from '../../state';
import { SearchBox } from '../search/SearchBox';
import { ShareButton } from '../share/ShareButton';
import { StudyButton } from '../quiz/StudyButton';

/** The app header. */
export function Header() {
  const store = useAtlasStore();
  return (
    <header className="app-header">
      <h1 className="app-title">
        <span className="app-logo" aria-hidden="true">
          ×
        </span>
        <span className="app-title-text">Trigger Point Atlas</span>
      </h1>
      <SearchBox />
      <StudyButton />
      <ShareButton />
      <button type="button" className="button ghost" onClick={() => store.getState().setAboutOpen(true)}>
        About
      </button>
    </header>
  );
}

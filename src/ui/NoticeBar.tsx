/** A gentle, dismissible message (an unknown id in a link, …). */
import { atlasStore, useAtlas } from '../state/store';

/** The notice bar: role="status", class "notice". */
export function NoticeBar() {
  const notice = useAtlas((s) => s.notice);
  if (!notice) return null;
  return (
    <div role="status" className="notice">
      <span className="notice-text">{notice}</span>
      <button type="button" className="notice-dismiss" aria-label="Dismiss notice" onClick={() => atlasStore.getState().dismissNotice()}>
        ×
      </button>
    </div>
  );
}

/** A gentle, dismissible message (an unknown id in a link, …). */
import { useAtlasStore, useAtlas } from '../../state';

/** The notice bar: role="status", class "notice". */
export function NoticeBar() {
  const store = useAtlasStore();
  const notice = useAtlas((s) => s.notice);
  if (!notice) return null;
  return (
    <div role="status" className="notice">
      <span className="notice-text">{notice}</span>
      <button type="button" className="notice-dismiss" aria-label="Dismiss notice" onClick={() => store.getState().dismissNotice()}>
        ×
      </button>
    </div>
  );
}

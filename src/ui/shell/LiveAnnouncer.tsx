/** A polite live region that announces selection changes to screen readers. */
import { useEffect, useState } from 'react';
import { indexDataset } from '../../core/dataset/queries';
import { useAtlasStore } from '../../state';
import { selectionAnnouncement } from '../common/labels';

/** Says "Upper trapezius, left side selected" (or "Selection cleared") when the selection changes. */
export function LiveAnnouncer() {
  const store = useAtlasStore();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.selected === prev.selected) return;
        if (!s.selected) {
          setMessage(prev.selected ? 'Selection cleared' : '');
          return;
        }
        const name = s.dataset ? indexDataset(s.dataset).muscleById(s.selected.muscleId)?.name : undefined;
        setMessage(selectionAnnouncement(name ?? s.selected.muscleId, s.selected.side));
      }),
    [store],
  );
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}

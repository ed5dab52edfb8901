/** The header's Share button and the lazily loaded share dialog it opens. */
import { lazy, Suspense, useState } from 'react';

const ShareDialog = lazy(() => import('./ShareDialog'));

/** A button that opens the share dialog. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button ghost" onClick={() => setOpen(true)}>
        Share
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

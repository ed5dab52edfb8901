/** Embed mode's attribution: a small link that opens the same view (camera included) in the full atlas. */
import type { MouseEvent } from 'react';
import { useAtlas, useAtlasStore, urlStateOf } from '../../state';
import { shareLink } from './embed-code';

/** The link; its address follows the state, and the camera is added when it is followed. */
export function FullAppLink() {
  const store = useAtlasStore();
  // Re-render when the link state changes (the address bar has been rewritten by then).
  useAtlas((s) => urlStateOf(s));
  const withCamera = (e: MouseEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = shareLink(location.href, store.getState().scene?.getCamera() ?? null);
  };
  return (
    <a className="embed-attribution" href={shareLink(location.href, null)} target="_blank" rel="noopener" onClick={withCamera} onAuxClick={withCamera}>
      Open in the full atlas ↗
    </a>
  );
}

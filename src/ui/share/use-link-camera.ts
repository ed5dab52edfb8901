/**
 * A shared link's camera (`cam=`): applied once, after the first framed view is drawn, then taken
 * out of the address bar (the camera moves on; the share dialog writes it afresh).
 */
import { useEffect } from 'react';
import type { AtlasStoreApi } from '../../state';
import { CAMERA_PARAM, parseCameraParam } from './camera-param';

/** Applies the page's `cam=` parameter to the 3D view when it is ready. */
export function useLinkCamera(store: AtlasStoreApi): void {
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has(CAMERA_PARAM)) return;
    const pose = parseCameraParam(params.get(CAMERA_PARAM));
    const drop = () => {
      const url = new URL(location.href);
      url.searchParams.delete(CAMERA_PARAM);
      history.replaceState(history.state, '', url.href);
    };
    if (!pose) {
      drop();
      return;
    }
    let done = false;
    return store.subscribe(
      (s) => (s.model.firstFrameMs !== null ? s.scene : null),
      (scene) => {
        if (!scene || done) return;
        done = true;
        scene.setCamera(pose, false);
        drop();
      },
      { fireImmediately: true },
    );
  }, [store]);
}

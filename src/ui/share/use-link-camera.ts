/**
 * A shared link's camera (`cam=`): applied once the 3D view has placed its own camera for the link
 * and the camera has come to rest (or after SETTLE_MS), then taken out of the address bar (the
 * camera moves on; the share dialog writes it afresh).
 */
import { useEffect } from 'react';
import type { AtlasStoreApi, CameraPose } from '../../state';
import { CAMERA_PARAM, parseCameraParam } from './camera-param';

/** Longest wait for the view's own camera move before the link's camera is applied anyway. */
export const SETTLE_MS = 6000;
/** How often the camera is looked at while waiting for it to rest. */
const POLL_MS = 150;

const samePose = (a: CameraPose, b: CameraPose) =>
  [...a.position, ...a.target].every((v, i) => Math.abs(v - [...b.position, ...b.target][i]!) < 1e-4);

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
    let poll: ReturnType<typeof setInterval> | undefined;
    let started = 0;
    let last: CameraPose | null = null;
    let still = 0;
    const check = () => {
      const s = store.getState();
      if (!s.scene) return;
      const now = s.scene.getCamera();
      still = last && samePose(last, now) ? still + 1 : 0;
      last = now;
      // At rest after its own move (it reports a view once it has placed itself), or waited long enough.
      if ((still >= 3 && s.cameraView !== null) || performance.now() - started > SETTLE_MS) {
        clearInterval(poll);
        s.scene.setCamera(pose, false);
        drop();
        stop();
      }
    };
    const stop = store.subscribe(
      (s) => s.model.firstFrameMs !== null && s.scene !== null,
      (drawn) => {
        if (!drawn || poll !== undefined) return;
        started = performance.now();
        poll = setInterval(check, POLL_MS);
      },
      { fireImmediately: true },
    );
    return () => {
      clearInterval(poll);
      stop();
    };
  }, [store]);
}

/**
 * drei's CameraControls, loaded after the first framed view: until it arrives the camera rig places
 * the camera itself, so the first frame does not wait for the controls library.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { CameraControls } from '@react-three/drei';

const Controls = lazy(() => import('@react-three/drei/core/CameraControls').then((m) => ({ default: m.CameraControls })));

/** The controls once loaded (nothing before); `ref` receives the camera-controls instance. */
export function LazyCameraControls(props: ComponentProps<typeof CameraControls>) {
  return (
    <Suspense fallback={null}>
      <Controls {...props} />
    </Suspense>
  );
}

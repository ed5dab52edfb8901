/**
 * The 3D viewer, loaded lazily without suspending. With React.lazy the viewer's boundary suspends,
 * and React holds back a boundary's content for up to 300 ms after its fallback was shown, which
 * delayed the first frame by that much; here the chunk is imported when this mounts and the viewer
 * renders as soon as it has arrived. A failed import is thrown in render, for the error boundary
 * around it (its Retry mounts this again, which imports again).
 */
import { useEffect, useState, type ComponentType } from 'react';
import type { ViewerProps } from './scene/Viewer';

/** The viewer once its chunk is loaded; nothing before. */
export function LazyViewer(props: ViewerProps) {
  const [loaded, setLoaded] = useState<{ Viewer: ComponentType<ViewerProps> } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    import('./scene/Viewer').then(
      (m) => live && setLoaded({ Viewer: m.default }),
      (error: unknown) => live && setLoaded({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!loaded) return null;
  if ('error' in loaded) throw loaded.error;
  return <loaded.Viewer {...props} />;
}

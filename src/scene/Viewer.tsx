/**
 * The 3D viewer: a demand-rendered R3F canvas (./canvas/LeanCanvas.tsx, so three.js tree-shakes)
 * with a neutral studio light, the body model (loaded outside the canvas, reloaded on each retry)
 * under an error boundary (multisampled on a GPU, not on a CPU rasterizer: ./canvas/software-renderer.ts), the camera rig and the hover label. It owns one scene store and puts its scene handle in the atlas store while mounted.
 */
import { useEffect, useState } from 'react';
import { LeanCanvas } from './canvas/LeanCanvas';
import { wantsMultisampling } from './canvas/software-renderer';
import { useAtlas, useAtlasStore } from '../state';
import { BodyModel } from './model/BodyModel';
import { CameraRig } from './camera/CameraRig';
import { HoverLabel } from './picking/HoverLabel';
import { ModelErrorBoundary } from './model/ModelErrorBoundary';
import { useModelIndex } from './model/load-model';
import { SceneBridge } from './SceneBridge';
import { createSceneStore, SceneStoreProvider } from './scene-store';
import { createSceneHandle } from './handle/create-scene-handle';
import { StudioLights } from './StudioLights';

export interface ViewerProps {
  /** The body model to load (the app configuration's modelUrl). */
  modelUrl: string;
}

/**
 * The viewer panel; fills its positioned parent (ViewerArea's data-testid="viewer" element).
 * Mount it only where WebGL is available (the app checks first); a failed context throws to the
 * parent's error boundary.
 */
export default function Viewer({ modelUrl }: ViewerProps) {
  const store = useAtlasStore();
  const [scene] = useState(createSceneStore);
  const attempt = useAtlas((s) => s.model.attempt);

  useEffect(() => {
    store.getState().setScene(createSceneHandle(scene));
    return () => store.getState().setScene(null);
  }, [store, scene]);

  return (
    <SceneStoreProvider store={scene}>
      <ViewerBody modelUrl={modelUrl} attempt={attempt} />
    </SceneStoreProvider>
  );
}

function ViewerBody({ modelUrl, attempt }: { modelUrl: string; attempt: number }) {
  const store = useAtlasStore();
  const index = useModelIndex(modelUrl, attempt);
  // Multisampling on a GPU; none on a CPU rasterizer, where it would halve the frame rate.
  const [antialias] = useState(wantsMultisampling);
  return (
    // The app's ViewerArea already carries data-testid="viewer" around this; one such element only.
    <div
      className="scene-viewer"
      style={{
        position: 'absolute',
        inset: 0,
        overflow: 'hidden',
        // Vertical only, so every row of the background is one colour.
        background: 'linear-gradient(180deg, #f3f5f7 0%, #e1e6eb 100%)',
      }}
    >
      <LeanCanvas
        frameloop="demand"
        flat
        dpr={[1, 2]}
        gl={{ preserveDrawingBuffer: true, antialias, powerPreference: 'high-performance', alpha: true }}
        onNoWebgl={() => store.getState().setWebgl('unavailable')}
        camera={{ fov: 35, near: 0.02, far: 40, position: [0, 0.9, 3.2] }}
        onPointerMissed={(e) => {
          if (e.type === 'click') store.getState().clearSelection();
        }}
        style={{ position: 'absolute', inset: 0, touchAction: 'none' }}
      >
        <SceneBridge />
        <StudioLights />
        <ModelErrorBoundary key={attempt} store={store} what={`Drawing the body model (${modelUrl})`}>
          {index && <BodyModel index={index} />}
        </ModelErrorBoundary>
        <CameraRig modelKey={index ? String(attempt) : null} />
      </LeanCanvas>
      <HoverLabel />
    </div>
  );
}

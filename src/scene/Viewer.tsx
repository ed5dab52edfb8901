/**
 * The 3D viewer: a demand-rendered R3F canvas with a neutral studio light, the body model under an
 * error boundary (re-keyed on each retry), the camera rig and the hover label.
 */
import { Suspense } from 'react';
import { Canvas } from '@react-three/fiber';
import { useGLTF } from '@react-three/drei';
import modelUrl from '../../assets/models/body.glb?url';
import { atlasStore, useAtlas } from '../state/store';
import { BodyModel } from './BodyModel';
import { CameraRig } from './CameraRig';
import { HoverLabel } from './HoverLabel';
import { ModelErrorBoundary } from './ModelErrorBoundary';
import { SceneBridge } from './SceneBridge';
import { StudioLights } from './StudioLights';
import './test-hook';

/** A retry must fetch the model again, not rethrow the cached failure. */
const dropCachedModel = () => useGLTF.clear(modelUrl);

/**
 * The viewer panel; fills its positioned parent (ViewerArea's data-testid="viewer" element).
 * Mount it only where WebGL is available (the app checks first); a failed context throws to the
 * parent's error boundary.
 */
export default function Viewer() {
  const attempt = useAtlas((s) => s.model.attempt);
  const status = useAtlas((s) => s.model.status);

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
      <Canvas
        frameloop="demand"
        flat
        dpr={[1, 2]}
        gl={{ preserveDrawingBuffer: true, antialias: true, powerPreference: 'high-performance', alpha: true }}
        camera={{ fov: 35, near: 0.02, far: 40, position: [0, 0.9, 3.2] }}
        onPointerMissed={(e) => {
          if (e.type === 'click') atlasStore.getState().clearSelection();
        }}
        style={{ position: 'absolute', inset: 0, touchAction: 'none' }}
      >
        <SceneBridge />
        <StudioLights />
        <ModelErrorBoundary key={attempt} what={`Loading the body model (${modelUrl})`} onError={dropCachedModel}>
          <Suspense fallback={null}>
            <BodyModel url={modelUrl} />
          </Suspense>
        </ModelErrorBoundary>
        <CameraRig modelKey={status === 'ready' ? String(attempt) : null} />
      </Canvas>
      <HoverLabel />
    </div>
  );
}

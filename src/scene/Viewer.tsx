/**
 * The 3D viewer: a demand-rendered R3F canvas with a neutral studio light, the body model (loaded
 * outside the canvas, reloaded on each retry) under an error boundary, the camera rig and the hover label.
 */
import { Canvas } from '@react-three/fiber';
import modelUrl from '../../assets/models/body.glb?url';
import { atlasStore, useAtlas } from '../state/store';
import { BodyModel } from './BodyModel';
import { CameraRig } from './CameraRig';
import { HoverLabel } from './HoverLabel';
import { ModelErrorBoundary } from './ModelErrorBoundary';
import { useModelIndex } from './load-model';
import { SceneBridge } from './SceneBridge';
import { StudioLights } from './StudioLights';
import './test-hook';

/**
 * The viewer panel; fills its positioned parent (ViewerArea's data-testid="viewer" element).
 * Mount it only where WebGL is available (the app checks first); a failed context throws to the
 * parent's error boundary.
 */
export default function Viewer() {
  const attempt = useAtlas((s) => s.model.attempt);
  const status = useAtlas((s) => s.model.status);
  const index = useModelIndex(modelUrl, attempt);

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
        <ModelErrorBoundary key={attempt} what={`Drawing the body model (${modelUrl})`}>
          {index && <BodyModel index={index} />}
        </ModelErrorBoundary>
        <CameraRig modelKey={status === 'ready' ? String(attempt) : null} />
      </Canvas>
      <HoverLabel />
    </div>
  );
}

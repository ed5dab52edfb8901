/**
 * Inside the canvas: hands R3F's state to the registry (for the camera rig and the test hook),
 * keeps store.webgl in step with the context, and recovers from a lost WebGL context.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { atlasStore } from '../state/store';
import { sceneRegistry } from './scene-registry';
import { GHOST_LAYER } from './ghosts';

/** How long a lost WebGL context may take to come back before the store says WebGL is unavailable. */
export const LOST_GRACE_MS = 3000;

/** Renders nothing; wires the canvas to the rest of the app. */
export function SceneBridge() {
  const get = useThree((s) => s.get);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);

  useEffect(() => {
    camera.layers.enable(GHOST_LAYER);
  }, [camera]);

  useEffect(() => {
    sceneRegistry.getThree = get;
    return () => {
      if (sceneRegistry.getThree === get) sceneRegistry.getThree = null;
    };
  }, [get]);

  // Any store change may change what is drawn: ask for a frame (frameloop is "demand").
  useEffect(() => atlasStore.subscribe(() => invalidate()), [invalidate]);

  useEffect(() => {
    const canvas = gl.domElement;
    atlasStore.getState().setWebgl('ok');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lost = (e: Event) => {
      // Tell the browser we will handle restoring, so it fires webglcontextrestored.
      e.preventDefault();
      // A brief loss (GPU reset, tab in the background) usually comes back; only a lasting one
      // is reported, because the panels replace the viewer when WebGL is unavailable.
      clearTimeout(timer);
      timer = setTimeout(() => atlasStore.getState().setWebgl('unavailable'), LOST_GRACE_MS);
    };
    const restored = () => {
      clearTimeout(timer);
      // three re-creates its GPU state and re-uploads buffers on restore; draw again.
      atlasStore.getState().setWebgl('ok');
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate]);

  return null;
}

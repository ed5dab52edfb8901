/**
 * Inside the canvas: hands R3F's state to the scene store, asks for a frame on every atlas store
 * change (frameloop "demand"), keeps store.webgl in step with the context, and recovers from a lost
 * WebGL context.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useAtlasStore } from '../state';
import { useSceneStore } from './scene-store';
import { GHOST_LAYER } from './muscles/ghosts';

/** How long a lost WebGL context may take to come back before the store says WebGL is unavailable. */
export const LOST_GRACE_MS = 3000;

/** Renders nothing; wires the canvas to the rest of the app. */
export function SceneBridge() {
  const get = useThree((s) => s.get);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const store = useAtlasStore();
  const scene = useSceneStore();

  useEffect(() => {
    camera.layers.enable(GHOST_LAYER);
  }, [camera]);

  useEffect(() => {
    scene.setState({ getThree: get });
    return () => {
      if (scene.getState().getThree === get) scene.setState({ getThree: null });
    };
  }, [get, scene]);

  // Any store change may change what is drawn: ask for a frame.
  useEffect(() => store.subscribe(() => invalidate()), [store, invalidate]);
  useEffect(() => scene.subscribe(() => invalidate()), [scene, invalidate]);

  useEffect(() => {
    const canvas = gl.domElement;
    store.getState().setWebgl('ok');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lost = (e: Event) => {
      // Tell the browser we will handle restoring, so it fires webglcontextrestored.
      e.preventDefault();
      // A brief loss (GPU reset, tab in the background) usually comes back; only a lasting one
      // is reported, because the panels replace the viewer when WebGL is unavailable.
      clearTimeout(timer);
      timer = setTimeout(() => store.getState().setWebgl('unavailable'), LOST_GRACE_MS);
    };
    const restored = () => {
      clearTimeout(timer);
      // three re-creates its GPU state and re-uploads buffers on restore; draw again.
      store.getState().setWebgl('ok');
      invalidate();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, invalidate, store]);

  return null;
}

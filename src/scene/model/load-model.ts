/**
 * Loads the body model outside the canvas: fetch, glTF parse (meshopt decoded locally, never Draco,
 * never a CDN) and the model-contract index, all in a promise. A failure reaches the store as
 * model status 'error' (the panels offer Retry) and never surfaces as an uncaught page error, which
 * a throw inside <Canvas> would (R3F reports errors its error boundaries catch).
 */
import { useEffect, useState } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { useAtlasStore } from '../../state';
import { buildModelIndex, type ModelIndex } from './model-index';

/** Fetches, parses and indexes the model at url; rejects with a message naming the model and the cause. */
export async function loadModelIndex(url: string): Promise<ModelIndex> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    const data = await response.arrayBuffer();
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const base = new URL(url, document.baseURI).href.replace(/[^/]*$/, '');
    performance.mark('atlas:model-fetched');
    const gltf = await loader.parseAsync(data, base);
    const index = buildModelIndex(gltf.scene, url);
    performance.mark('atlas:model-indexed');
    return index;
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not load the body model (${url}): ${cause}. Check that the file is a valid .glb built by npm run build:model, then Retry.`, { cause: error });
  }
}

/**
 * The indexed model for this load attempt, or null while it loads or after it failed (the store
 * then holds status 'error' and the message). A new attempt loads afresh.
 */
export function useModelIndex(url: string, attempt: number): ModelIndex | null {
  const store = useAtlasStore();
  const [loaded, setLoaded] = useState<{ attempt: number; index: ModelIndex } | null>(null);
  useEffect(() => {
    let current = true;
    loadModelIndex(url).then(
      (index) => {
        if (current) setLoaded({ attempt, index });
      },
      (error: unknown) => {
        if (!current) return;
        console.warn(error);
        store.getState().setModelStatus('error', error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [url, attempt, store]);
  return loaded?.attempt === attempt ? loaded.index : null;
}

/**
 * The bench's floor: the least a page can do to show our model — plain three.js, GLTFLoader with
 * the meshopt decoder, one light, the same body.glb, the camera framed on the model, one render.
 * After the GPU has finished that frame (a 1-pixel readPixels waits for it) the page sets
 * `window.__floor.framedMs`. The canvas size comes from `?w=&h=` (the app's canvas size) so both
 * pages draw the same number of pixels.
 */
import { Box3, DirectionalLight, PerspectiveCamera, Scene, Vector3, WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import modelUrl from '../../../assets/models/body.glb?url';
import { wantsMultisampling } from '../../../src/scene/canvas/software-renderer';

declare global {
  interface Window {
    __floor?: { framedMs: number | null; error: string | null };
  }
}

window.__floor = { framedMs: null, error: null };
const params = new URLSearchParams(location.search);
const width = Number(params.get('w')) || innerWidth;
const height = Number(params.get('h')) || innerHeight;

// multisampled exactly when the app's viewer is, so both pages draw the same way
const renderer = new WebGLRenderer({ antialias: wantsMultisampling() });
renderer.setPixelRatio(1);
renderer.setSize(width, height);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
const light = new DirectionalLight(0xffffff, 3);
light.position.set(1, 2, 3);
scene.add(light);
const camera = new PerspectiveCamera(35, width / height, 0.02, 40);

new GLTFLoader()
  .setMeshoptDecoder(MeshoptDecoder)
  .loadAsync(modelUrl)
  .then((gltf) => {
    scene.add(gltf.scene);
    const box = new Box3().setFromObject(gltf.scene);
    const centre = box.getCenter(new Vector3());
    const size = box.getSize(new Vector3());
    const distance = (size.y / 2 / Math.tan((camera.fov * Math.PI) / 360)) * 1.04 + size.z / 2;
    camera.position.set(centre.x, centre.y, centre.z + distance);
    camera.lookAt(centre);
    renderer.render(scene, camera);
    const gl = renderer.getContext();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    window.__floor!.framedMs = performance.now();
  })
  .catch((error: unknown) => {
    window.__floor!.error = error instanceof Error ? error.message : String(error);
  });

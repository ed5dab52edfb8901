/**
 * Dev preview of assets/models/body.glb (not part of the app). Query parameters:
 * view=front|back|left|right, skin=0|1|<opacity>, bones=0|1, muscles=0|1,
 * target=x,y,z and dist=<metres> to look closer at one region, model=<url> to preview another GLB.
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

const q = new URLSearchParams(location.search);
const view = q.get('view') ?? 'front';
const skinOpacity = Number(q.get('skin') ?? '1');
const showBones = q.get('bones') !== '0';
const showMuscles = q.get('muscles') !== '0';
const target = (q.get('target') ?? '0,0.9,0').split(',').map(Number) as [number, number, number];
const dist = Number(q.get('dist') ?? '3.6');

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color(0x20242a);
scene.add(new THREE.HemisphereLight(0xffffff, 0x404050, 1.4));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
scene.add(key);
const fill = new THREE.DirectionalLight(0xffffff, 0.8);
scene.add(fill);

const camera = new THREE.PerspectiveCamera(30, innerWidth / innerHeight, 0.01, 20);
const dirs: Record<string, [number, number, number]> = { front: [0, 0, 1], back: [0, 0, -1], left: [1, 0, 0], right: [-1, 0, 0] };
const d = dirs[view] ?? dirs['front']!;
camera.position.set(target[0] + d[0] * dist, target[1] + 0.05, target[2] + d[2] * dist);
key.position.set(camera.position.x + 1, camera.position.y + 2, camera.position.z + 1);
fill.position.set(camera.position.x - 2, camera.position.y, camera.position.z);
const controls = new OrbitControls(camera, renderer.domElement);
controls.target.set(...target);
controls.update();

const loader = new GLTFLoader();
loader.setMeshoptDecoder(MeshoptDecoder);
loader.load(q.get('model') ?? '/assets/models/body.glb', (gltf) => {
  gltf.scene.traverse((o) => {
    const kind = (o.userData as { kind?: string }).kind;
    if (!(o instanceof THREE.Mesh)) return;
    if (kind === 'skin') {
      o.visible = skinOpacity > 0;
      const m = o.material as THREE.MeshStandardMaterial;
      if (skinOpacity < 1) {
        m.transparent = true;
        m.opacity = skinOpacity;
        m.depthWrite = false;
        o.renderOrder = 10;
      }
    } else if (kind === 'bone') o.visible = showBones;
    else if (kind === 'muscle') o.visible = showMuscles;
  });
  scene.add(gltf.scene);
  renderer.render(scene, camera);
  (window as unknown as { __previewReady: boolean }).__previewReady = true;
});

renderer.setAnimationLoop(() => {
  controls.update();
  renderer.render(scene, camera);
});

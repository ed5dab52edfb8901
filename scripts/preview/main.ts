/**
 * Dev preview of assets/models/body.glb (not part of the app). Query parameters:
 * view=front|back|left|right|top (or dir=x,y,z, the direction from the target to the camera),
 * skin=0|1|<opacity>, bones=0|1, muscles=0|1, target=x,y,z and dist=<metres> to look closer at one
 * region, only=<muscle id>[,<muscle id>…] to show those muscles alone (both sides), framed to fit unless
 * target is given, fit=1 to frame whatever is shown, model=<url> to preview another GLB, clip=<y> to cut
 * away everything above that height (a view from above at one level, e.g. the pelvis without the skull
 * and ribs over it).
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { tinted } from '../../src/scene/model/bone-colors';

const q = new URLSearchParams(location.search);
const view = q.get('view') ?? 'front';
const skinOpacity = Number(q.get('skin') ?? '1');
const showBones = q.get('bones') !== '0';
const showMuscles = q.get('muscles') !== '0';
const target = (q.get('target') ?? '0,0.9,0').split(',').map(Number) as [number, number, number];
let dist = Number(q.get('dist') ?? '3.6');
const only = q.get('only')?.split(',') ?? null;
const hasTarget = q.has('target');
const fit = q.get('fit') === '1';

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
const clip = q.get('clip');
if (clip !== null) renderer.clippingPlanes = [new THREE.Plane(new THREE.Vector3(0, -1, 0), Number(clip))];
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color(0x20242a);
scene.add(new THREE.HemisphereLight(0xffffff, 0x404050, 1.4));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
scene.add(key);
const fill = new THREE.DirectionalLight(0xffffff, 0.8);
scene.add(fill);

const camera = new THREE.PerspectiveCamera(30, innerWidth / innerHeight, 0.01, 20);
const dirs: Record<string, [number, number, number]> = { front: [0, 0, 1], back: [0, 0, -1], left: [1, 0, 0], right: [-1, 0, 0], top: [0, 1, 0.0001] };
const dirParam = q.get('dir')?.split(',').map(Number);
const d = new THREE.Vector3(...(dirParam && dirParam.length === 3 ? (dirParam as [number, number, number]) : (dirs[view] ?? dirs['front']!))).normalize();
const controls = new OrbitControls(camera, renderer.domElement);
/** Puts the camera `dist` from the target along the view direction, lights following. */
function place(): void {
  camera.position.set(target[0] + d.x * dist, target[1] + d.y * dist + (Math.abs(d.y) > 0.9 ? 0 : 0.05), target[2] + d.z * dist);
  if (Math.abs(d.y) > 0.9) camera.up.set(0, 0, -1);
  key.position.set(camera.position.x + 1, camera.position.y + 2, camera.position.z + 1);
  fill.position.set(camera.position.x - 2, camera.position.y, camera.position.z);
  controls.target.set(...target);
  controls.update();
}
place();

/** Muscle vertices that are tendon (the _TENDON attribute) in the tendon material's colour, as the atlas draws them. */
function tintTendons(mesh: THREE.Mesh): void {
  const tendon = mesh.geometry.getAttribute('_tendon');
  if (!tendon) return;
  // the muscle material is shared: this mesh gets its own copy with vertex colours
  const m = (mesh.material as THREE.MeshStandardMaterial).clone();
  mesh.material = m;
  const muscle = m.color.clone(), pale = new THREE.Color(0.69, 0.64, 0.53);
  const colors = new Float32Array(tendon.count * 3);
  const c = new THREE.Color();
  for (let i = 0; i < tendon.count; i++) {
    c.copy(muscle).lerp(pale, Math.min(1, Math.max(0, tendon.getX(i))));
    colors.set([c.r / muscle.r, c.g / muscle.g, c.b / muscle.b], i * 3);
  }
  mesh.geometry.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  m.vertexColors = true;
  m.needsUpdate = true;
}

/** Bone vertices that are cartilage (the _CARTILAGE attribute) in the cartilage colour, as the atlas draws them. */
function tintCartilage(mesh: THREE.Mesh): void {
  if (!mesh.geometry.getAttribute('_cartilage')) return;
  const m = (mesh.material as THREE.MeshStandardMaterial).clone();
  m.color.set('#ffffff');
  m.vertexColors = true;
  mesh.material = m;
  tinted(mesh.geometry);
}

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
    } else if (kind === 'bone') {
      o.visible = showBones;
      tintCartilage(o);
    }
    else if (kind === 'tendon') o.visible = !only && showMuscles;
    else if (kind === 'muscle') {
      o.visible = only ? only.includes((o.userData as { muscleId?: string }).muscleId ?? '') : showMuscles;
      tintTendons(o);
    }
  });
  scene.add(gltf.scene);
  if ((only && !hasTarget) || fit) {
    const box = new THREE.Box3();
    gltf.scene.traverse((o) => {
      if (o instanceof THREE.Mesh && o.visible && (fit || (o.userData as { kind?: string }).kind === 'muscle')) box.expandByObject(o);
    });
    if (box.isEmpty()) throw new Error(only ? `no muscle "${only.join(', ')}" in the model` : 'nothing to show');
    const c = box.getCenter(new THREE.Vector3()), size = box.getSize(new THREE.Vector3());
    target[0] = c.x;
    target[1] = c.y;
    target[2] = c.z;
    dist = (Math.max(size.x, size.y, size.z) * 0.65) / Math.tan((15 * Math.PI) / 180);
    place();
  }
  renderer.render(scene, camera);
  (window as unknown as { __previewReady: boolean }).__previewReady = true;
});

renderer.setAnimationLoop(() => {
  controls.update();
  renderer.render(scene, camera);
});

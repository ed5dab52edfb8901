/**
 * `npm run first-hit -- <x0> <x1> <y0> <y1> [front|back] [name]`: which mesh of the committed model a
 * ray along the depth axis meets first (the skin left out), over a box of the front or back view, on
 * 5 mm rays. Prints how many rays each mesh takes first and a map, one row per centimetre of height:
 * `#` where the first mesh's name contains `name`, `o` a bone, `.` anything else, blank nothing. It
 * finds bare bone and bare tissue between the muscles (e.g. `npm run first-hit -- 0 0.2 1.05 1.3 front
 * costal-fascia`); the skin test's cover share and `npm run cover-map` give the whole outline.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
import { loadModel } from '../../tests/support/load-model';

const STEP = 0.005;
const [sx0, sx1, sy0, sy1, side = 'front', name = ''] = process.argv.slice(2);
const box = [sx0, sx1, sy0, sy1].map(Number);
if (box.some((v) => !Number.isFinite(v)) || (side !== 'front' && side !== 'back')) {
  console.error('usage: npm run first-hit -- <x0> <x1> <y0> <y1> [front|back] [name]');
  process.exit(1);
}
const [x0, x1, y0, y1] = box as [number, number, number, number];

const model = await loadModel();
const meshes: Mesh[] = [];
for (const n of model.nodes) {
  if (!n.positions || !n.indices || n.extras?.kind === 'skin') continue;
  const g = new BufferGeometry().setAttribute('position', new BufferAttribute(n.positions, 3)).setIndex(new BufferAttribute(n.indices, 1));
  g.boundsTree = new MeshBVH(g);
  const m = new Mesh(g, new MeshBasicMaterial({ side: DoubleSide }));
  m.raycast = acceleratedRaycast;
  m.name = n.name;
  meshes.push(m);
}

const ray = new Raycaster();
(ray as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;
const z = side === 'front' ? 1 : -1;
const counts = new Map<string, number>();
const rows: string[] = [];
for (let j = Math.round(y1 / STEP); j >= Math.round(y0 / STEP); j--) {
  const y = j * STEP;
  let row = '';
  for (let i = Math.round(x0 / STEP); i <= Math.round(x1 / STEP); i++) {
    ray.set(new Vector3(i * STEP, y, z), new Vector3(0, 0, -z));
    const hit = ray.intersectObjects(meshes, false)[0];
    if (hit) counts.set(hit.object.name, (counts.get(hit.object.name) ?? 0) + 1);
    row += !hit ? ' ' : name && hit.object.name.includes(name) ? '#' : hit.object.name.startsWith('bone') ? 'o' : '.';
  }
  if (j % 2 === 0) rows.push(`${y.toFixed(2)} ${row}`);
}
for (const [mesh, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(n).padStart(6)}  ${mesh}`);
console.log(rows.join('\n'));

import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { MeshBVH } from 'three-mesh-bvh';
import { bvhOf } from '../../tests/support/geometry';
import { loadModel } from '../../tests/support/load-model';
const model = await loadModel();
const s = model.nodes.find((n) => n.extras?.kind === 'skin')!;
const skin = bvhOf(s.positions!, s.indices!);
const under = model.nodes.filter((n) => ['muscle', 'tendon', 'bone'].includes(n.extras?.kind ?? '') && n.positions && n.indices);
const merged = mergeGeometries(under.map((n) => new BufferGeometry().setAttribute('position', new BufferAttribute(n.positions!, 3)).setIndex(new BufferAttribute(n.indices!, 1))))!;
const tissue = new MeshBVH(merged);
let onSkin = 0, covered = 0;
for (let x = -0.45; x <= 0.45; x += 0.005)
  for (let y = 0; y <= 1.8; y += 0.005) {
    const ray = new Ray(new Vector3(x, y, 1), new Vector3(0, 0, -1));
    if (!skin.raycastFirst(ray, DoubleSide)) continue;
    onSkin++;
    if (tissue.raycastFirst(ray, DoubleSide)) covered++;
  }
console.log('coverage', (100 * covered / onSkin).toFixed(1), '%');

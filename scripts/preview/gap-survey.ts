/**
 * `npm run gap-survey [-- <mm>]`: for every muscle of the committed model (left side), the share of its
 * surface that touches nothing: vertices more than `mm` (default 3) from every other bone, muscle and
 * tendon and from the skin, split by the way they face: towards the skin (an outer face under fat, as
 * over the buttock) or into the body (a gap under the muscle: a belly standing off the layer beneath).
 * Prints the 25 muscles with the largest inward-facing share, with the centre of that surface, to look
 * at with the preview.
 */
import { Box3, Vector3 } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import { bvhOf } from '../../tests/support/geometry';
import { loadModel, type LoadedNode } from '../../tests/support/load-model';

const limit = Number(process.argv[2] ?? 3) / 1000;
if (!Number.isFinite(limit) || limit <= 0) {
  console.error('usage: npm run gap-survey [-- <mm>]');
  process.exit(1);
}

interface Part {
  node: LoadedNode;
  bvh: MeshBVH;
  min: Vector3;
  max: Vector3;
}
const model = await loadModel();
const parts: Part[] = [];
for (const node of model.nodes) {
  if (!node.positions || !node.indices || node.name.endsWith('_right') || node.extras?.kind === 'trigger-point') continue;
  const bvh = bvhOf(node.positions, node.indices);
  const box = bvh.getBoundingBox(new Box3());
  parts.push({ node, bvh, min: box.min, max: box.max });
}
const skin = parts.filter((p) => p.node.extras?.kind === 'skin');
const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
const near = (a: Part, b: Part, m: number) =>
  a.min.x - m <= b.max.x && b.min.x <= a.max.x + m && a.min.y - m <= b.max.y && b.min.y <= a.max.y + m && a.min.z - m <= b.max.z && b.min.z <= a.max.z + m;

const rows: { muscle: string; inward: number; outward: number; centre: string }[] = [];
const toSkin = { point: new Vector3(), distance: 0, faceIndex: 0 };
for (const part of parts) {
  if (part.node.extras?.kind !== 'muscle') continue;
  // everything it could touch: the other meshes near it, and the skin
  const around = [...parts.filter((o) => o !== part && o.node.extras?.kind !== 'skin' && near(part, o, limit)), ...skin];
  const pos = part.node.positions!;
  part.bvh.geometry.computeVertexNormals();
  const normals = part.bvh.geometry.getAttribute('normal');
  const v = new Vector3(), n = new Vector3();
  let inward = 0, outward = 0;
  const centre = new Vector3();
  const count = pos.length / 3;
  for (let i = 0; i < count; i++) {
    v.set(pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!);
    const touches = around.some((o) => o.bvh.closestPointToPoint(v, hit, 0, limit) !== null);
    if (touches) continue;
    // facing the nearest skin (an outer face) or away from it (into the body)
    n.fromBufferAttribute(normals, i);
    let best = Infinity, facing = 0;
    for (const s of skin) {
      const h = s.bvh.closestPointToPoint(v, toSkin);
      if (h && h.distance < best) [best, facing] = [h.distance, n.dot(h.point.sub(v))];
    }
    if (facing > 0) outward++;
    else {
      inward++;
      centre.add(v);
    }
  }
  if (inward === 0) continue;
  centre.divideScalar(inward);
  rows.push({ muscle: part.node.name.replace(/^muscle_|_left$/g, ''), inward: inward / count, outward: outward / count, centre: centre.toArray().map((x) => x.toFixed(3)).join(', ') });
}
rows.sort((a, b) => b.inward - a.inward);
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
console.log(`surface more than ${limit * 1000} mm from any bone, muscle, tendon or the skin, by the way it faces:`);
console.table(rows.slice(0, 25).map((r) => ({ muscle: r.muscle, 'into the body': pct(r.inward), 'towards the skin': pct(r.outward), 'centre of the inward part': r.centre })));

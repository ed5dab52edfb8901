/**
 * The skin against what lies under it, read from the committed model: every muscle, tendon and bone
 * vertex lies inside the skin with at least 1 mm to spare, no edge of theirs crosses it, and with the
 * skin hidden, muscle, tendon and bone cover the skin's silhouette.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { MeshBVH } from 'three-mesh-bvh';
import { VOLUME_IDS } from '../../src/anatomy/volumes';
import { bvhOf, isInside, surfaceDistance } from '../support/geometry';
import { loadModel, type LoadedNode } from '../support/load-model';

const UNDER = new Set(['muscle', 'tendon', 'bone']);

let skin: MeshBVH;
let under: LoadedNode[];

beforeAll(async () => {
  const model = await loadModel();
  const s = model.nodes.find((n) => n.extras?.kind === 'skin');
  if (!s?.positions || !s.indices) throw new Error('the model has no skin mesh');
  skin = bvhOf(s.positions, s.indices);
  under = model.nodes.filter((n) => UNDER.has(n.extras?.kind ?? '') && n.positions && n.indices);
});

/** One BVH over every muscle, tendon and bone mesh. */
function unionBvh(nodes: LoadedNode[]): MeshBVH {
  const parts = nodes.map((n) => new BufferGeometry().setAttribute('position', new BufferAttribute(n.positions!, 3)).setIndex(new BufferAttribute(n.indices!, 1)));
  const merged = mergeGeometries(parts);
  if (!merged) throw new Error('could not merge the meshes under the skin');
  return new MeshBVH(merged);
}

describe('the skin over what lies beneath', () => {
  it('keeps every muscle, tendon and bone at least 1 mm inside it', () => {
    expect(under.length).toBeGreaterThan(200);
    const bad: string[] = [];
    for (const n of under) {
      const pos = n.positions!;
      let closest = Infinity, outside = 0;
      for (let i = 0; i < pos.length; i += 3) {
        const d = surfaceDistance(skin, [pos[i]!, pos[i + 1]!, pos[i + 2]!]);
        closest = Math.min(closest, d);
        // the parity test is dearer: only for vertices close enough to the skin to be in doubt
        if (d < 0.02 && !isInside(skin, [pos[i]!, pos[i + 1]!, pos[i + 2]!])) outside++;
      }
      if (outside > 0 || closest < 0.001) bad.push(`${n.name}: ${outside} vertices outside, closest ${(closest * 1000).toFixed(2)} mm`);
    }
    expect(bad).toEqual([]);
  });

  // Muscles still made by the first generator whose long triangles span a crease of the skin (the neck
  // under the jaw, the nape, the ankle): their vertices lie inside, their edges do not. Each leaves this
  // list when it is rebuilt as a volume, which may never cross.
  const OLD_CROSSING = new Set(['upper-trapezius']);

  it('is crossed by no edge of a muscle, tendon or bone (but for the listed first-generator muscles)', () => {
    const a = new Vector3(), b = new Vector3(), d = new Vector3();
    const crossing = new Set<string>();
    for (const n of under) {
      const pos = n.positions!, idx = n.indices!;
      for (let t = 0; t < idx.length && !crossing.has(n.name); t += 3)
        for (let e = 0; e < 3; e++) {
          const i = idx[t + e]!, j = idx[t + ((e + 1) % 3)]!;
          if (i > j) continue; // each edge once
          a.fromArray(pos, i * 3);
          d.subVectors(b.fromArray(pos, j * 3), a);
          const len = d.length();
          if (len < 1e-6) continue;
          const hit = skin.raycastFirst(new Ray(a, d.divideScalar(len)), DoubleSide);
          if (hit && hit.distance < len) {
            crossing.add(n.name);
            break;
          }
        }
    }
    const unexpected = [...crossing].filter((name) => {
      const node = under.find((n) => n.name === name)!;
      const id = node.extras?.kind === 'muscle' ? node.extras.muscleId : '';
      return !OLD_CROSSING.has(id) || VOLUME_IDS.has(id);
    });
    expect(unexpected).toEqual([]);
  });

  // Target of the muscles issue: at least 97 %. Today the muscles lie clamped under a skin authored on its
  // own (not yet grown over them), and its fat band at the outline and between the thighs is bare:
  // 88.0 % measured with 91 volume muscles (87.9 % with 80, 86.9 % with 72; the first-generator shells,
  // pressed out to the skin, gave 87.6 %). A floor against losing a region, not the target.
  const COVER_FLOOR = 0.86;

  it(`covers the skin's silhouette seen from the front or the back (at least ${COVER_FLOOR * 100} % today)`, () => {
    // a parallel view along the body's depth axis: the front's and the back's outlines are one and the same
    const tissue = unionBvh(under);
    let onSkin = 0, covered = 0;
    for (let x = -0.45; x <= 0.45; x += 0.005)
      for (let y = 0; y <= 1.8; y += 0.005) {
        const ray = new Ray(new Vector3(x, y, 1), new Vector3(0, 0, -1));
        if (!skin.raycastFirst(ray, DoubleSide)) continue;
        onSkin++;
        if (tissue.raycastFirst(ray, DoubleSide)) covered++;
      }
    expect(onSkin, 'the skin fills the view').toBeGreaterThan(20_000);
    expect(covered / onSkin).toBeGreaterThanOrEqual(COVER_FLOOR);
  });
});

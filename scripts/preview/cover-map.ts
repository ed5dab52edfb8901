/**
 * `npm run cover-map`: where muscle, tendon and bone cover the skin's silhouette in the committed model,
 * seen along the depth axis (front and back share one outline) on 2.5 mm rays. Writes
 * shots/cover-map.png (covered: red; bare within 6 mm of the outline, the band of subcutaneous fat:
 * yellow; bare further in: blue) and prints the shares, the bare inner part by region. The skin test
 * (tests/unit/skin-cover.test.ts) checks the covered share; this shows where the rest lies.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { loadModel, type LoadedNode } from '../../tests/support/load-model';

const STEP = 0.0025;
const FAT_BAND = 0.006;
const X0 = -0.45;
const W = Math.round(0.9 / STEP) + 1;
const H = Math.round(1.8 / STEP) + 1;
const NONE = 0, COVERED = 1, BARE = 2;

function bvhOf(nodes: LoadedNode[]): MeshBVH {
  const parts = nodes.map((n) => new BufferGeometry().setAttribute('position', new BufferAttribute(n.positions!, 3)).setIndex(new BufferAttribute(n.indices!, 1)));
  return new MeshBVH(mergeGeometries(parts)!);
}

/** Grid steps from each pixel to the nearest pixel of `seed`, over 4-neighbours (breadth first). */
function stepsTo(seed: (k: number) => boolean, passable: (k: number) => boolean): Int32Array {
  const d = new Int32Array(W * H).fill(-1);
  const queue: number[] = [];
  for (let k = 0; k < W * H; k++)
    if (seed(k)) {
      d[k] = 0;
      queue.push(k);
    }
  for (let h = 0; h < queue.length; h++) {
    const k = queue[h]!, i = k % W, j = (k - i) / W;
    for (const [di, dj] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const ii = i + di, jj = j + dj;
      if (ii < 0 || jj < 0 || ii >= W || jj >= H) continue;
      const kk = jj * W + ii;
      if (d[kk]! >= 0 || !passable(kk)) continue;
      d[kk] = d[k]! + 1;
      queue.push(kk);
    }
  }
  return d;
}

function region(x: number, y: number): string {
  if (y > 1.5) return 'head and neck';
  if (Math.abs(x) > 0.2 && y > 0.8) return 'arm and hand';
  if (y < 0.1) return 'foot';
  return y < 0.85 ? 'leg' : 'trunk';
}

const model = await loadModel();
const skin = bvhOf(model.nodes.filter((n) => n.extras?.kind === 'skin'));
const tissue = bvhOf(model.nodes.filter((n) => ['muscle', 'tendon', 'bone'].includes(n.extras?.kind ?? '') && n.positions && n.indices));
const state = new Uint8Array(W * H);
for (let i = 0; i < W; i++)
  for (let j = 0; j < H; j++) {
    const ray = new Ray(new Vector3(X0 + i * STEP, j * STEP, 1), new Vector3(0, 0, -1));
    if (skin.raycastFirst(ray, DoubleSide)) state[j * W + i] = tissue.raycastFirst(ray, DoubleSide) ? COVERED : BARE;
  }
const fromOutline = stepsTo((k) => state[k] === NONE, () => true);
const band = Math.round(FAT_BAND / STEP);

const png = new PNG({ width: W, height: H });
let onSkin = 0, covered = 0, inBand = 0;
const inner = new Map<string, number>();
for (let j = 0; j < H; j++)
  for (let i = 0; i < W; i++) {
    const k = j * W + i;
    let rgb = [30, 30, 40];
    if (state[k] !== NONE) onSkin++;
    if (state[k] === COVERED) {
      covered++;
      rgb = [200, 120, 110];
    } else if (state[k] === BARE && fromOutline[k]! <= band) {
      inBand++;
      rgb = [240, 220, 60];
    } else if (state[k] === BARE) {
      rgb = [40, 140, 255];
      const r = region(X0 + i * STEP, j * STEP);
      inner.set(r, (inner.get(r) ?? 0) + 1);
    }
    png.data.set([...rgb, 255], ((H - 1 - j) * W + i) * 4);
  }
const out = new URL('../../shots/cover-map.png', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, PNG.sync.write(png));
const pct = (n: number) => `${((100 * n) / onSkin).toFixed(1)} %`;
console.log(`wrote ${out.pathname}`);
console.table({
  covered: pct(covered),
  'bare, fat band at the outline': pct(inBand),
  'bare, further in': pct(onSkin - covered - inBand),
  ...Object.fromEntries([...inner].map(([r, n]) => [`  of it: ${r}`, pct(n)])),
});

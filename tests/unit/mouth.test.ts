/**
 * The orbicularis oris (src/anatomy/volumes/defs/mouth.ts) as the committed model carries it: tissue
 * with the muscle look on both sides, a ring round the mouth (above, beside and below the mouth's line,
 * open over it), the halves meeting in the midline, in front of the teeth and jaws and under the skin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshBVH } from 'three-mesh-bvh';
import { landmark } from '../../src/anatomy/landmarks';
import { skinField } from '../../src/anatomy/skin';
import { bvhOf, rayDistance } from '../support/geometry';
import { loadModel, type LoadedNode } from '../support/load-model';


describe('the orbicularis oris', () => {
  const tissue = new Map<string, LoadedNode>();
  let ring: MeshBVH, jaws: MeshBVH[];
  beforeAll(async () => {
    const model = await loadModel();
    for (const n of model.nodes) if (n.extras?.kind === 'tendon') tissue.set(`${n.extras.tissueId}/${n.extras.side}`, n);
    const left = tissue.get('orbicularis-oris/left')!;
    ring = bvhOf(left.positions!, left.indices!);
    jaws = model.nodes.filter((n) => n.extras?.kind === 'bone' && ['skull', 'mandible'].includes(String(n.extras['boneId']))).map((n) => bvhOf(n.positions!, n.indices!));
  });
  /** Depth from the front (a ray from z 0.2 m straight back) at which it meets the left half, Infinity if not. */
  const fromFront = (x: number, y: number) => rayDistance(ring, [x, y, 0.2], [0, 0, -1]);
  const toJaws = (x: number, y: number) => Math.min(...jaws.map((b) => rayDistance(b, [x, y, 0.2], [0, 0, -1])));
  // the mouth's line: from the midline (the skin's crease at y 1.5568) to the corner
  const corner = landmark('mouth-corner');
  const mouthY = 1.5565;

  it('is drawn as muscle on both sides, and never taken for a dataset muscle', () => {
    for (const side of ['left', 'right']) {
      const n = tissue.get(`orbicularis-oris/${side}`);
      expect(n, side).toBeDefined();
      expect((n!.extras as { look?: string }).look).toBe('muscle');
    }
  });

  it('rings the mouth: above and below the lips beside the midline and past the corner, open over the mouth line', () => {
    const around: [string, number, number][] = [
      ['upper lip', 0.006, mouthY + 0.012],
      ['under the nose', 0.006, mouthY + 0.02],
      ['lower lip', 0.006, mouthY - 0.012],
      ['above the chin', 0.006, mouthY - 0.017],
      ['past the corner', corner[0] + 0.004, mouthY],
      ['above the corner', corner[0], mouthY + 0.012],
      ['below the corner', corner[0], mouthY - 0.012],
    ];
    for (const [what, x, y] of around) expect(fromFront(x, y), what).toBeLessThan(1);
    // between the lips, within 3 mm of the mouth's line, a ray passes the ring by (the mouth's opening)
    for (const x of [0.008, 0.015]) {
      const open = Array.from({ length: 13 }, (_, i) => mouthY - 0.003 + i * 0.0005).filter((y) => fromFront(x, y) === Infinity);
      expect(open.length, `open at x ${x}`).toBeGreaterThan(0);
    }
    // a centimetre and a half past the corner it has ended
    expect(fromFront(corner[0] + 0.015, mouthY)).toBe(Infinity);
    // and it ends at the ring's edge: nothing of it under the nose's tip or on the chin
    expect(fromFront(0.006, mouthY + 0.035)).toBe(Infinity);
    expect(fromFront(0.006, mouthY - 0.035)).toBe(Infinity);
  });

  it('meets its mirror in the midline', () => {
    const p = tissue.get('orbicularis-oris/left')!.positions!;
    let minX = Infinity;
    for (let i = 0; i < p.length; i += 3) minX = Math.min(minX, p[i]!);
    expect(minX).toBeLessThan(0.001);
  });

  it('lies in front of the teeth and the jaws and under the skin', () => {
    for (const [x, y] of [[0.006, mouthY + 0.012], [0.006, mouthY - 0.012], [corner[0] + 0.004, mouthY]] as const)
      expect(fromFront(x, y), `${x}, ${y}`).toBeLessThan(toJaws(x, y));
    const skin = skinField();
    const p = tissue.get('orbicularis-oris/left')!.positions!;
    let worst = -Infinity;
    for (let i = 0; i < p.length; i += 3) worst = Math.max(worst, skin(p[i]!, p[i + 1]!, p[i + 2]!));
    expect(worst, `${(-worst * 1000).toFixed(2)} mm under the skin at least`).toBeLessThan(-0.0002);
  });
});

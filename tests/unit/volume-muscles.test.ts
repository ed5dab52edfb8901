/**
 * The muscles built by the volume generator (src/anatomy/volumes/), read from the committed model:
 * closed and in one piece, reaching their bony footprints, not overlapping their neighbours, and
 * sized to their cited volumes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { skinField } from '../../src/anatomy/skin';
import { VOLUME_DEFS, volumeOrderProblems } from '../../src/anatomy/volumes';
import { bandWeight } from '../../src/anatomy/volumes/fibre-attributes';
import { footprintLine } from '../../src/anatomy/volumes/fibres';
import { measureMesh } from '../../src/anatomy/volumes/table';
import { muscleKey } from '../../src/core/model-contract';
import { bvhOf, isInside, latticeOverlap, surfaceDistance } from '../support/geometry';
import { loadModel, type LoadedModel, type LoadedNode } from '../support/load-model';

/**
 * Muscles whose cited volume is itself 5 cm³ or less: a thenar and a hypothenar muscle of the hand and the
 * extensor indicis (0.2 % of the upper limb's muscle volume in Holzbaur et al. 2007), between the hand's or
 * the distal ulna's bones and the thin skin there; and two muscles of facial expression, thin sheets and
 * straps in the subcutaneous tissue of the face (orbicularis oculi, zygomaticus major). They must still
 * hold half their cited volume.
 */
const SMALL_MUSCLES: ReadonlySet<string> = new Set(['opponens-pollicis', 'abductor-digiti-minimi-hand', 'extensor-indicis', 'orbicularis-oculi', 'zygomaticus-major']);

const meshes = new Map<string, LoadedNode>();
let model: LoadedModel;

beforeAll(async () => {
  model = await loadModel();
  for (const n of model.nodes) if (n.extras?.kind === 'muscle') meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n);
});

const mesh = (id: string, side: 'left' | 'right' = 'left') => {
  const n = meshes.get(muscleKey(id, side));
  if (!n?.positions || !n.indices) throw new Error(`no mesh for ${id}/${side}`);
  return { positions: n.positions, indices: n.indices };
};

/** Vertex ids merged by position (the file may split vertices along attribute seams). */
function welded(positions: Float32Array): Uint32Array {
  const ids = new Map<string, number>();
  const out = new Uint32Array(positions.length / 3);
  for (let i = 0; i < out.length; i++) {
    const key = `${positions[i * 3]!.toFixed(5)},${positions[i * 3 + 1]!.toFixed(5)},${positions[i * 3 + 2]!.toFixed(5)}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out[i] = id;
  }
  return out;
}

/** Edges used other than exactly once in each direction (0 for a closed, consistently wound surface). */
function openEdges(positions: Float32Array, indices: Uint32Array): number {
  const w = Uint32Array.from({ length: positions.length / 3 }, (_, i) => i);
  const edges = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = w[indices[t + k]!]!, b = w[indices[t + ((k + 1) % 3)]!]!;
      if (a === b) continue;
      edges.set(`${a}>${b}`, (edges.get(`${a}>${b}`) ?? 0) + 1);
    }
  let bad = 0;
  for (const [key, n] of edges) {
    const [a, b] = key.split('>');
    if (n !== 1 || edges.get(`${b}>${a}`) !== 1) bad++;
  }
  return bad;
}

/** Number of connected pieces (by shared welded vertices). */
function pieces(positions: Float32Array, indices: Uint32Array): number {
  const w = welded(positions);
  const parent = Array.from({ length: Math.max(...w) + 1 }, (_, i) => i);
  const find = (a: number): number => (parent[a] === a ? a : (parent[a] = find(parent[a]!)));
  for (let t = 0; t < indices.length; t += 3) {
    const a = find(w[indices[t]!]!);
    parent[find(w[indices[t + 1]!]!)] = a;
    parent[find(w[indices[t + 2]!]!)] = a;
  }
  const roots = new Set<number>();
  for (let t = 0; t < indices.length; t += 3) roots.add(find(w[indices[t]!]!));
  return roots.size;
}

describe('volume muscles', () => {
  it('are defined deepest first', () => {
    expect(volumeOrderProblems()).toEqual([]);
    // and the check can fail: a muscle over one defined after it (two muscles alone, no tissues, whose
    // `over` would name muscles missing from this list)
    const deltoid = VOLUME_DEFS.find((d) => d.id === 'deltoid')!;
    expect(volumeOrderProblems([{ ...VOLUME_DEFS[0]!, over: ['deltoid'] }, { ...deltoid, over: [] }], [])).toEqual([`volume muscle "${VOLUME_DEFS[0]!.id}" lies over "deltoid", which is not built before it`]);
    // and a muscle cut by one (VolumeShape.cutBy) built after it
    expect(volumeOrderProblems([{ ...VOLUME_DEFS[0]!, over: [], cutBy: ['deltoid'] }, { ...deltoid, over: [] }], [])).toEqual([`volume muscle "${VOLUME_DEFS[0]!.id}" is cut by "deltoid", which is not built before it`]);
  });

  it('are each one closed piece on both sides', () => {
    const bad: string[] = [];
    for (const d of VOLUME_DEFS)
      for (const side of ['left', 'right'] as const) {
        const m = mesh(d.id, side);
        const open = openEdges(m.positions, m.indices), n = pieces(m.positions, m.indices);
        if (open > 0 || n !== 1) bad.push(`${d.id}/${side}: ${open} open edges, ${n} pieces`);
      }
    expect(bad).toEqual([]);
  });

  it('reach every footprint point on bone (or on soft tissue under the skin) within 3 mm', () => {
    const far: string[] = [];
    const skin = skinField();
    for (const d of VOLUME_DEFS) {
      const m = mesh(d.id);
      const bvh = bvhOf(m.positions, m.indices);
      for (const fp of [d.origin, d.insertion]) {
        const bone = boneField(fp.bones);
        for (const p of footprintLine(fp, boneField, skin)) {
          // a soft-tissue footprint lies at its depth under the skin instead
          const onBone = fp.underSkin === undefined ? Math.abs(bone(p[0], p[1], p[2])) : Math.abs(skin(p[0], p[1], p[2]) + fp.underSkin);
          const toMuscle = isInside(bvh, p) ? 0 : surfaceDistance(bvh, p);
          if (onBone > 0.001 || toMuscle > 0.003) far.push(`${d.id}: footprint ${(onBone * 1000).toFixed(1)} mm off bone, ${(toMuscle * 1000).toFixed(1)} mm from the muscle`);
        }
      }
    }
    expect(far).toEqual([]);
  });

  it('overlap each neighbour by less than 5 % of the smaller volume (sampled)', () => {
    const pairs = VOLUME_DEFS.flatMap((d) => d.over.map((o) => [d.id, o] as const));
    expect(pairs.length).toBeGreaterThan(5);
    const report: string[] = [];
    for (const [a, b] of pairs) {
      const ma = mesh(a), mb = mesh(b);
      const va = measureMesh(ma.positions, ma.indices).volumeCm3, vb = measureMesh(mb.positions, mb.indices).volumeCm3;
      const [small, big] = va < vb ? [ma, mb] : [mb, ma];
      const bs = bvhOf(small.positions, small.indices), bb = bvhOf(big.positions, big.indices);
      // a deterministic lattice of samples inside the smaller muscle's box, finer for a thin muscle lying
      // slantwise in its box, such as a long tendon, until some 200 samples fall inside it: with only about
      // 50 a few samples more or less in the other muscle moved the figure by several per cent
      let inSmall = 0, inBoth = 0;
      for (const n of [18, 27, 36, 54]) {
        ({ inside: inSmall, inBoth } = latticeOverlap(small.positions, bs, bb, n));
        if (inSmall > 200) break;
      }
      expect(inSmall, `${a}/${b}: no samples inside`).toBeGreaterThan(50);
      if (inBoth / inSmall >= 0.05) report.push(`${a} and ${b} overlap by ${((100 * inBoth) / inSmall).toFixed(1)} %`);
    }
    expect(report).toEqual([]);
  });

  it('match their cited volumes within the stated tolerances', () => {
    const off: string[] = [];
    const rows = VOLUME_DEFS.map((d) => ({ d, m: measureMesh(mesh(d.id).positions, mesh(d.id).indices) }));
    for (const { d, m } of rows) {
      // every volume muscle is a real solid: at least 5 cm³ (half its cited volume for the few listed small
      // muscles cited at 5 cm³ or less), and longer than it is wide or thick
      const least = SMALL_MUSCLES.has(d.id) && d.volume ? Math.min(5, 0.5 * d.volume.cm3) : 5;
      expect(m.volumeCm3, d.id).toBeGreaterThan(least);
      expect(m.length, d.id).toBeGreaterThanOrEqual(Math.max(m.width, m.thickness));
      if (!d.volume) continue;
      const rel = m.volumeCm3 / d.volume.cm3 - 1;
      if (Math.abs(rel) > d.volume.tolerance) off.push(`${d.id}: ${m.volumeCm3.toFixed(0)} cm³ vs ${d.volume.cm3} cm³ (${d.volume.source})`);
    }
    expect(off).toEqual([]);
    // as in every MRI series: the deltoid is the largest of the shoulder muscles, gluteus maximus of the hip's
    const largest = (ids: readonly string[]) => rows.filter((r) => ids.includes(r.d.id)).reduce((a, b) => (b.m.volumeCm3 > a.m.volumeCm3 ? b : a)).d.id;
    expect(largest(['deltoid', 'supraspinatus', 'infraspinatus', 'teres-minor', 'teres-major', 'subscapularis'])).toBe('deltoid');
    expect(largest(['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus', 'piriformis'])).toBe('gluteus-maximus');
  });

  it('carry their fibre direction and tendon weight per vertex', () => {
    const bad: string[] = [];
    for (const d of VOLUME_DEFS) {
      const node = model.doc.getRoot().listNodes().find((n) => n.getName() === `muscle_${d.id}_left`);
      const prim = node?.getMesh()?.listPrimitives()[0];
      const pos = prim?.getAttribute('POSITION'), tan = prim?.getAttribute('TANGENT'), uv = prim?.getAttribute('TEXCOORD_0'), tendon = prim?.getAttribute('_TENDON');
      const idx = prim?.getIndices();
      if (!pos || !tan || !uv || !tendon || !idx) {
        bad.push(`${d.id}: no TANGENT, TEXCOORD_0 or _TENDON`);
        continue;
      }
      const el = (a: NonNullable<typeof pos>, i: number): number[] => a.getElement(i, [] as number[]);
      // along every edge whose ends differ clearly in u, the fibre direction points the way u grows
      let agree = 0, edges = 0;
      for (let t = 0; t < idx.getCount(); t += 3)
        for (let k = 0; k < 3; k++) {
          const a = idx.getScalar(t + k), b = idx.getScalar(t + ((k + 1) % 3));
          const du = el(uv, b)[0]! - el(uv, a)[0]!;
          if (Math.abs(du) < 0.02) continue;
          const pa = el(pos, a), pb = el(pos, b), ta = el(tan, a);
          const dot = ta[0]! * (pb[0]! - pa[0]!) + ta[1]! * (pb[1]! - pa[1]!) + ta[2]! * (pb[2]! - pa[2]!);
          edges++;
          if (Math.sign(dot) === Math.sign(du)) agree++;
        }
      if (edges < 50 || agree / edges < 0.9) bad.push(`${d.id}: fibre direction follows u on ${agree} of ${edges} edges`);
      // tendon at the ends, muscle in the belly (the middle fifth of the fibre length between the tendons:
      // a long tendon to the fingers puts the belly in the first half)
      const mid = (d.tendon[0] + 1 - d.tendon[1]) / 2, half = 0.1 * (1 - d.tendon[0] - d.tendon[1]);
      for (let i = 0; i < uv.getCount(); i++) {
        const u = el(uv, i)[0]!, w = el(tendon, i)[0]!;
        if (w < -0.01 || w > 1.01) bad.push(`${d.id}: tendon weight ${w}`);
        // (a tendon band across the belly, such as a tendinous intersection, is tendon by definition)
        // (u is stored in a byte: look a step either side)
        const band = Math.max(0, ...(d.tendonBands ?? []).flatMap((b) => [u - 0.005, u, u + 0.005].map((x) => bandWeight(x, b))));
        // (an intermediate tendon between two bellies is tendon over its span, and only there)
        const midT = d.midTendon, pad = midT ? 0.1 * (midT[1] - midT[0]) + 0.01 : 0;
        const onMid = midT !== undefined && u > midT[0] - pad && u < midT[1] + pad;
        if (Math.abs(u - mid) < half && !onMid && w > band + 0.01) bad.push(`${d.id}: tendon weight ${w.toFixed(2)} mid-belly (u ${u.toFixed(2)})`);
        if (midT && u > midT[0] + pad && u < midT[1] - pad && w < 0.99) bad.push(`${d.id}: tendon weight ${w.toFixed(2)} on its intermediate tendon (u ${u.toFixed(2)})`);
        if ((u < d.tendon[0] * 0.5 || u > 1 - d.tendon[1] * 0.5) && w < 0.99) bad.push(`${d.id}: tendon weight ${w.toFixed(2)} on its tendon (u ${u.toFixed(3)})`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

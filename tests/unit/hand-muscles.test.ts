/**
 * The muscles and fibrous tissue of the palm, read from the committed model (src/anatomy/volumes/defs/hand.ts):
 * the palmar aponeurosis a thin fan under the palmar skin; the superficial thenar muscles (abductor and
 * flexor pollicis brevis) over the opponens pollicis, palmar to the first metacarpal; the hypothenar
 * muscles (flexor and opponens digiti minimi) beside the abductor digiti minimi; each reaching its bones,
 * under the skin, and overlapping its neighbours by less than 5 %.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { FOREARM_DIR, FOREARM_LAT, PALMAR, WRIST, handPoint } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';
import { skinField } from '../../src/anatomy/skin';
import { dot, sub, type V3 } from '../../src/anatomy/vec';
import { HAND_TISSUES } from '../../src/anatomy/volumes/defs/hand';
import { meshVolume } from '../../src/anatomy/volumes/table';
import { bvhOf, isInside, latticeOverlap, surfaceDistance } from '../support/geometry';
import { loadModel, type LoadedNode } from '../support/load-model';

/** A point in the hand frame: [along from the wrist, lateral (radial), palmar]. */
const toHand = (p: V3): V3 => {
  const d = sub(p, WRIST);
  return [dot(d, FOREARM_DIR), dot(d, FOREARM_LAT), dot(d, PALMAR)];
};

const nodes = new Map<string, LoadedNode>();
beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes) {
    if (n.extras?.kind === 'tendon' && n.extras.side === 'left') nodes.set(n.extras.tissueId, n);
    if (n.extras?.kind === 'muscle' && n.extras.side === 'left') nodes.set(n.extras.muscleId, n);
  }
});
const node = (id: string): LoadedNode & { positions: Float32Array; indices: Uint32Array } => {
  const n = nodes.get(id);
  if (!n?.positions || !n.indices) throw new Error(`no left mesh for ${id}`);
  return n as LoadedNode & { positions: Float32Array; indices: Uint32Array };
};
const verts = (id: string): V3[] => {
  const p = node(id).positions;
  return Array.from({ length: p.length / 3 }, (_, i) => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]);
};
/** Surface area of a mesh (m²). */
const area = (id: string): number => {
  const { positions: p, indices: x } = node(id);
  let a = 0;
  for (let t = 0; t < x.length; t += 3) {
    const at = (v: number): V3 => [p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!];
    const o = at(x[t]!), u = sub(at(x[t + 1]!), o), w = sub(at(x[t + 2]!), o);
    a += Math.hypot(u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]) / 2;
  }
  return a;
};

const NEW_MUSCLES = ['abductor-pollicis-brevis', 'flexor-pollicis-brevis', 'flexor-digiti-minimi-brevis', 'opponens-digiti-minimi'];

describe('the palm', () => {
  it('draws the non-dataset thenar and hypothenar muscles as muscle, the aponeurosis and the retinaculum as tendon', () => {
    for (const id of NEW_MUSCLES) expect((node(id).extras as { look?: string }).look, id).toBe('muscle');
    for (const id of ['palmar-aponeurosis', 'flexor-retinaculum']) expect((node(id).extras as { look?: string }).look, id).toBeUndefined();
    for (const id of [...NEW_MUSCLES, 'palmar-aponeurosis']) expect(node(id).indices.length / 3, id).toBeLessThanOrEqual(400);
  });

  it('makes the palmar aponeurosis a thin fan under the palmar skin, from the retinaculum to the finger bases', () => {
    const id = 'palmar-aponeurosis';
    const n = node(id);
    // a closed thin sheet: volume ≈ area / 2 × thickness
    const mean = (2 * meshVolume(n.positions, n.indices)) / area(id);
    expect(mean, `mean thickness ${(mean * 1000).toFixed(2)} mm`).toBeLessThan(0.0025);
    expect(mean).toBeGreaterThan(0.0006);
    const h = verts(id).map(toHand);
    const along = h.map((p) => p[0]);
    expect(Math.min(...along)).toBeLessThan(0.034);
    expect(Math.max(...along)).toBeGreaterThan(0.075);
    // wider at the fingers than at its apex
    const widthAt = (a0: number, a1: number) => {
      const l = h.filter((p) => p[0] > a0 && p[0] < a1).map((p) => p[1]);
      return Math.max(...l) - Math.min(...l);
    };
    expect(widthAt(0.07, 0.085)).toBeGreaterThan(0.03);
    expect(widthAt(0.028, 0.04)).toBeLessThan(widthAt(0.07, 0.085) * 0.6);
    // close under the palmar skin
    const skin = skinField();
    const depth = verts(id).map((p) => -skin(p[0], p[1], p[2])).sort((a, b) => a - b);
    expect(depth[Math.floor(depth.length / 2)]!).toBeLessThan(0.005);
    expect(depth[0]!).toBeGreaterThan(0);
  });

  it('lays the superficial thenar muscles palmar to the first metacarpal and the opponens, under the skin', () => {
    const cmc = toHand(landmark('thumb-cmc')), mcp = toHand(landmark('thumb-mcp'));
    // the palmar height of the first metacarpal's axis at a given distance along the hand
    const axisPalmar = (a: number) => cmc[2] + ((mcp[2] - cmc[2]) * (a - cmc[0])) / (mcp[0] - cmc[0]);
    const meanAbove = (id: string) => {
      const h = verts(id).map(toHand).filter((p) => p[0] > cmc[0] + 0.008 && p[0] < mcp[0] - 0.004);
      expect(h.length, id).toBeGreaterThan(10);
      return h.reduce((s, p) => s + p[2] - axisPalmar(p[0]), 0) / h.length;
    };
    for (const id of ['abductor-pollicis-brevis', 'flexor-pollicis-brevis']) {
      expect(meanAbove(id), id).toBeGreaterThan(0.005);
      expect(meanAbove(id), id).toBeGreaterThan(meanAbove('opponens-pollicis'));
    }
    const skin = skinField();
    for (const id of [...NEW_MUSCLES, 'palmar-aponeurosis']) expect(Math.max(...verts(id).map((p) => skin(p[0], p[1], p[2]))), id).toBeLessThan(0);
    // the eminence: the thenar muscles together reach at least 4 cm along and 1.2 cm above the metacarpal
    const thenar = ['abductor-pollicis-brevis', 'flexor-pollicis-brevis', 'opponens-pollicis'].flatMap((id) => verts(id).map(toHand));
    const a = thenar.map((p) => p[0]);
    expect(Math.max(...a) - Math.min(...a)).toBeGreaterThan(0.04);
  });

  it('attaches the new muscles to the bones of the hand within 3 mm at both ends', () => {
    const bone = boneField(['hand']);
    const ret = node('flexor-retinaculum');
    const retinaculum = bvhOf(ret.positions, ret.indices);
    // on bone, or on the flexor retinaculum (the thenar and hypothenar muscles arise from both)
    const attach = (p: V3) => Math.min(bone(p[0], p[1], p[2]), isInside(retinaculum, p) ? 0 : surfaceDistance(retinaculum, p));
    const report: string[] = [];
    for (const def of HAND_TISSUES.filter((t) => NEW_MUSCLES.includes(t.id))) {
      const v = verts(def.id);
      for (const [end, fp] of [['origin', def.origin], ['insertion', def.insertion]] as const) {
        const anchors = fp.line.map((a) => (typeof a === 'object' && 'at' in a ? a.at : null)).filter((a): a is V3 => a !== null);
        const c: V3 = [0, 1, 2].map((k) => anchors.reduce((s, a) => s + a[k]!, 0) / anchors.length) as V3;
        // the tenth of the vertices nearest the footprint's anchors
        const near = [...v].sort((p, q) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) - Math.hypot(q[0] - c[0], q[1] - c[1], q[2] - c[2])).slice(0, Math.max(3, Math.round(v.length / 10)));
        const d = Math.min(...near.map(attach));
        if (!(d < 0.003)) report.push(`${def.id} ${end}: ${(d * 1000).toFixed(1)} mm from bone or retinaculum`);
      }
    }
    expect(report).toEqual([]);
    // the thenar muscles start at the carpus (flexor retinaculum and tubercles), the hypothenar ones at the hook of the hamate
    const nearest = (id: string, p: V3) => Math.min(...verts(id).map((q) => Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2])));
    expect(nearest('flexor-digiti-minimi-brevis', landmark('hook-of-hamate'))).toBeLessThan(0.008);
    expect(nearest('opponens-digiti-minimi', landmark('hook-of-hamate'))).toBeLessThan(0.008);
    expect(nearest('abductor-pollicis-brevis', handPoint(0.02, 0.02, 0.017))).toBeLessThan(0.008);
    expect(nearest('abductor-pollicis-brevis', landmark('thumb-mcp'))).toBeLessThan(0.012);
    expect(nearest('flexor-pollicis-brevis', landmark('thumb-mcp'))).toBeLessThan(0.012);
  });

  it('overlaps its neighbours by less than 5 %', () => {
    const pairs: [string, string][] = [
      ['abductor-pollicis-brevis', 'opponens-pollicis'], ['abductor-pollicis-brevis', 'flexor-pollicis-brevis'], ['abductor-pollicis-brevis', 'flexor-pollicis-longus'],
      // (not the flexor brevis and the flexor pollicis longus: the long tendon runs between the brevis's heads, here through its belly)
      ['flexor-pollicis-brevis', 'opponens-pollicis'], ['flexor-pollicis-brevis', 'adductor-pollicis'],
      ['flexor-digiti-minimi-brevis', 'abductor-digiti-minimi-hand'], ['flexor-digiti-minimi-brevis', 'opponens-digiti-minimi'], ['flexor-digiti-minimi-brevis', 'flexor-digitorum-profundus'],
      ['abductor-digiti-minimi-hand', 'opponens-digiti-minimi'],
      ['palmar-aponeurosis', 'abductor-pollicis-brevis'], ['palmar-aponeurosis', 'flexor-pollicis-brevis'], ['palmar-aponeurosis', 'flexor-digiti-minimi-brevis'],
      ['palmar-aponeurosis', 'abductor-digiti-minimi-hand'], ['palmar-aponeurosis', 'flexor-digitorum-profundus'],
    ];
    const report: string[] = [];
    for (const [a, b] of pairs) {
      const s = node(a), o = node(b);
      const sb = bvhOf(s.positions, s.indices), ob = bvhOf(o.positions, o.indices);
      const { inside: inS, inBoth } = latticeOverlap(s.positions, sb, ob, 36);
      expect(inS, a).toBeGreaterThan(30);
      if (inBoth / inS >= 0.05) report.push(`${a} and ${b}: ${((100 * inBoth) / inS).toFixed(1)} %`);
    }
    expect(report).toEqual([]);
  });
});

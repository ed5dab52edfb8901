/** The bones of the arm, forearm and hand: their named features, joints and proportions. */
import { describe, expect, it } from 'vitest';
import { allBones, boneField } from '../../src/anatomy/bones';
import { CAPITULUM, CARPALS, RADIAL_HEAD, TROCHLEA } from '../../src/anatomy/bones/arm';
import { ARM_DIR, ARM_LAT, FOREARM_DIR, FOREARM_LAT, PALMAR, WRIST, armPoint, forearmPoint, handPoint } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';
import { polygonize } from '../../src/anatomy/polygonize';
import { add, dot, lerp, scale, type V3 } from '../../src/anatomy/vec';
import { STATURE_M } from '../../src/core/frame';
import type { MeshData } from '../../src/anatomy/mesh';

const mesh = (id: 'hand' | 'humerus' | 'radius' | 'ulna'): MeshData => {
  const b = allBones().find((x) => x.boneId === id && x.side !== 'right')!;
  return polygonize(b.field, b.bounds, { cell: b.cell, smooth: 0, project: 1 });
};

/** How far along `dir` a ray from `from` runs before it enters the bone (the bone's surface depth there). */
function hit(f: (x: number, y: number, z: number) => number, from: V3, dir: V3, max = 0.05): number {
  for (let t = 0; t < max; t += 0.0002) {
    const p = add(from, scale(dir, t));
    if (f(p[0], p[1], p[2]) < 0) return t;
  }
  return Infinity;
}

/** The connected pieces of a mesh (union-find over its triangles). */
function pieces(m: MeshData): number {
  const n = m.positions.length / 3;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = find(m.indices[t]!), b = find(m.indices[t + 1]!), c = find(m.indices[t + 2]!);
    parent[b] = a;
    parent[find(c)] = a;
  }
  const roots = new Set<number>();
  for (let i = 0; i < n; i++) roots.add(find(i));
  return roots.size;
}

describe('humerus', () => {
  const f = boneField(['humerus']);
  it('has an intertubercular groove: the front of the bone dips between the lesser tubercle\'s side and the greater tubercle\'s crest', () => {
    const back: V3 = [0, 0, -1];
    const depth = (lateral: number) => hit(f, armPoint(0.045, lateral, 0.06), back, 0.07);
    const groove = depth(0.009);
    expect(groove).toBeGreaterThan(depth(0.0155) + 0.0015);
    expect(groove).toBeGreaterThan(depth(-0.001) + 0.0015);
  });
  it('carries the deltoid tuberosity as a rise on the lateral face at mid-shaft', () => {
    const medial = scale(ARM_LAT, -1);
    const at = (along: number) => hit(f, armPoint(along, 0.05, 0.004), medial, 0.06);
    expect(at(0.135)).toBeLessThan(at(0.085) - 0.002);
    expect(at(0.135)).toBeLessThan(at(0.19) - 0.002);
  });
  it('has an olecranon fossa behind the distal end, deeper than the pillars beside it', () => {
    const forward: V3 = [0, 0, 1];
    const at = (lateral: number) => hit(f, armPoint(0.268, lateral, -0.05), forward, 0.07);
    expect(at(-0.005)).toBeGreaterThan(at(0.016) + 0.002);
    expect(at(-0.005)).toBeGreaterThan(at(-0.026) + 0.002);
  });
  it('has a medial epicondyle more prominent than the lateral one, and a waisted trochlea', () => {
    const elbow = armPoint(0.29, 0, 0);
    const reach = (dir: V3) => 0.06 - hit(f, add(elbow, scale(dir, 0.06)), scale(dir, -1), 0.06);
    expect(reach(scale(ARM_LAT, -1))).toBeGreaterThan(reach(ARM_LAT));
    const r = (p: V3) => 0.03 - hit(f, add(p, [0, 0, 0.03]), [0, 0, -1], 0.03) - p[2];
    const mid = lerp(TROCHLEA.medial, TROCHLEA.lateral, 0.5);
    expect(r(mid)).toBeLessThan(r(lerp(TROCHLEA.medial, TROCHLEA.lateral, 0.08)) - 0.001);
  });
});

describe('elbow and forearm', () => {
  const hum = boneField(['humerus']), rad = boneField(['radius']), uln = boneField(['ulna']);
  it('seats the radial head under the capitulum across a joint space of 0.5–4 mm', () => {
    const below = add(CAPITULUM.centre, scale(FOREARM_DIR, CAPITULUM.radius));
    const gap = hit(rad, below, FOREARM_DIR, 0.02);
    expect(gap).toBeGreaterThan(0.0005);
    expect(gap).toBeLessThan(0.004);
    expect(rad(...RADIAL_HEAD.centre)).toBeLessThan(-0.004);
  });
  it('wraps the trochlea in the trochlear notch of the ulna without the bones overlapping', () => {
    const mid = lerp(TROCHLEA.medial, TROCHLEA.lateral, 0.5);
    // behind (olecranon) and below-in-front (coronoid) the trochlea the ulna is within 4 mm
    const backward = hit(uln, mid, [0, 0, -1], 0.03);
    const under = hit(uln, mid, scale(add(FOREARM_DIR, PALMAR), Math.SQRT1_2), 0.03);
    expect(backward - TROCHLEA.radius * 0.76).toBeLessThan(0.006);
    expect(under - TROCHLEA.radius * 0.76).toBeLessThan(0.006);
    for (let t = 0; t <= 1; t += 0.1) {
      const p = lerp(TROCHLEA.medial, TROCHLEA.lateral, t);
      expect(uln(...p)).toBeGreaterThan(0);
    }
  });
  it('has a coronoid process standing forward of the ulna shaft and an olecranon behind', () => {
    expect(uln(...landmark('coronoid-process'))).toBeLessThan(0.003);
    expect(uln(...forearmPoint(0.06, -0.012, 0.0147))).toBeGreaterThan(0.003);
    expect(landmark('olecranon')[2]).toBeLessThan(landmark('coronoid-process')[2] - 0.03);
  });
  it('turns the interosseous borders of the radius and ulna to each other as crests', () => {
    // at mid-forearm, the surfaces facing each other stand further out at the crest than 4 mm in front of it
    const toUlna = scale(FOREARM_LAT, -1);
    const radialFace = (palmar: number) => hit(rad, forearmPoint(0.13, 0.0005, palmar), FOREARM_LAT, 0.03);
    expect(radialFace(0.003)).toBeLessThan(radialFace(0.0075) - 0.0008);
    const ulnarFace = (palmar: number) => hit(uln, forearmPoint(0.13, 0.0005, palmar), toUlna, 0.03);
    expect(ulnarFace(-0.005)).toBeLessThan(ulnarFace(-0.0005) - 0.0008);
  });
  it('broadens the radius distally and the ulna proximally', () => {
    const width = (f: typeof rad, along: number) => {
      const c = forearmPoint(along, 0, 0);
      return 0.12 - hit(f, add(c, scale(FOREARM_LAT, 0.06)), scale(FOREARM_LAT, -1), 0.12) - hit(f, add(c, scale(FOREARM_LAT, -0.06)), FOREARM_LAT, 0.12);
    };
    expect(width(rad, 0.245)).toBeGreaterThan(1.8 * width(rad, 0.1));
    expect(width(uln, 0.02)).toBeGreaterThan(1.5 * width(uln, 0.2));
  });
  it('keeps the humerus, radius and ulna apart at the elbow (joint spaces, no overlap)', () => {
    for (let a = -0.01; a <= 0.03; a += 0.004)
      for (let l = -0.03; l <= 0.03; l += 0.004)
        for (let p = -0.02; p <= 0.02; p += 0.004) {
          const q = forearmPoint(a, l, p);
          const inside = [hum(...q), rad(...q), uln(...q)].filter((d) => d < -0.0005).length;
          expect(inside, `bones overlap at ${q.map((x) => x.toFixed(3)).join(',')}`).toBeLessThanOrEqual(1);
        }
  });
});

describe('hand', () => {
  it('has a hand length (wrist to the middle fingertip) of 0.100–0.116 of stature (Drillis & Contini 1966: 0.108)', () => {
    const m = mesh('hand');
    let hi = -Infinity;
    for (let i = 0; i < m.positions.length; i += 3) hi = Math.max(hi, dot([m.positions[i]! - WRIST[0], m.positions[i + 1]! - WRIST[1], m.positions[i + 2]! - WRIST[2]], FOREARM_DIR));
    expect(hi / STATURE_M).toBeGreaterThan(0.1);
    expect(hi / STATURE_M).toBeLessThan(0.116);
  });
  it('has eight carpals in two rows, each a bone of its own inside the hand', () => {
    const rows = { proximal: [] as number[], distal: [] as number[] };
    for (const [name, c] of Object.entries(CARPALS)) {
      expect(boneField(['hand'])(...handPoint(...c.at)), name).toBeLessThan(-0.003);
      if (name !== 'pisiform') rows[c.row].push(c.at[0]);
    }
    expect(Object.keys(CARPALS)).toHaveLength(8);
    expect(rows.proximal).toHaveLength(3);
    expect(rows.distal).toHaveLength(4);
    expect(Math.min(...rows.distal) - Math.max(...rows.proximal)).toBeGreaterThan(0.01);
    // the rows meet at a midcarpal joint: between the lunate and the capitate the field opens a gap
    const f = boneField(['hand']);
    const lun = CARPALS['lunate']!.at, cap = CARPALS['capitate']!.at;
    let open = false;
    for (let t = 0; t <= 1; t += 0.02) {
      const p = handPoint(...(lerp(lun, cap, t) as [number, number, number]));
      if (f(...p) > 0) open = true;
    }
    expect(open).toBe(true);
  });
  it('has metacarpals and phalanges as separate bones: at least 19 pieces beyond the carpus', () => {
    // 5 metacarpals + 14 phalanges, plus the carpus (its eight bones meet across thin joint spaces)
    expect(pieces(mesh('hand'))).toBeGreaterThanOrEqual(19 + 1);
  });
  it('keeps the carpus in line with the wrist: the proximal row lies within 5 mm of the radius', () => {
    const rad = boneField(['radius']);
    for (const name of ['scaphoid', 'lunate'] as const) {
      const c = CARPALS[name]!;
      const p = handPoint(...c.at);
      expect(hit(rad, p, scale(FOREARM_DIR, -1), 0.03) - c.radii[1] * 1.14, name).toBeLessThan(0.005);
    }
    expect(dot(ARM_DIR, FOREARM_DIR)).toBeGreaterThan(0.9);
  });
});

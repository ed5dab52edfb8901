/**
 * The arm, forearm and hand muscles built as volumes, read from the committed model: each reaches the
 * bony features anatomy texts attach it to, the flexors and extensors share their common origins, the
 * long tendons reach the hand, and the layers lie in their order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ARM_DIR, ARM_LAT, ELBOW, FOREARM_DIR, FOREARM_LAT, PALMAR, SHOULDER, armPoint, forearmPoint, handPoint } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';
import { add, dot, lerp, type V3 } from '../../src/anatomy/vec';
import { VOLUME_IDS } from '../../src/anatomy/volumes';
import type { LandmarkId } from '../../src/core/landmarks';
import { muscleKey } from '../../src/core/model-contract';
import { bvhOf, isInside, surfaceDistance } from '../support/geometry';
import { loadModel } from '../support/load-model';

type Bvh = ReturnType<typeof bvhOf>;
const bvhs = new Map<string, Bvh>();
const positions = new Map<string, Float32Array>();
const indices = new Map<string, Uint32Array>();
/** Per-vertex tendon weight (the _TENDON attribute, 0 muscle → 1 tendon) of each left muscle mesh. */
const tendonWeights = new Map<string, number[]>();

beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes) {
    if (n.extras?.kind !== 'muscle' || n.extras.side !== 'left' || !n.positions || !n.indices) continue;
    bvhs.set(muscleKey(n.extras.muscleId, 'left'), bvhOf(n.positions, n.indices));
    positions.set(n.extras.muscleId, n.positions);
    indices.set(n.extras.muscleId, n.indices);
  }
  for (const node of model.doc.getRoot().listNodes()) {
    const m = /^muscle_(.+)_left$/.exec(node.getName());
    const w = node.getMesh()?.listPrimitives()[0]?.getAttribute('_TENDON');
    if (m && w) tendonWeights.set(m[1]!, Array.from({ length: w.getCount() }, (_, i) => w.getScalar(i)));
  }
});

const bvh = (id: string): Bvh => {
  const b = bvhs.get(muscleKey(id, 'left'));
  if (!b) throw new Error(`no left mesh for ${id}`);
  return b;
};
const distanceTo = (id: string, p: V3) => (isInside(bvh(id), p) ? 0 : surfaceDistance(bvh(id), p));
const lm = (id: LandmarkId) => landmark(id);

/** Where each muscle must reach: a named feature (or a point of the figure) and how near (metres). */
const REACHES: [muscle: string, what: string, point: () => V3, within: number][] = [
  ['coracobrachialis', 'the coracoid process', () => lm('coracoid'), 0.012],
  ['coracobrachialis', 'the middle of the medial humeral shaft', () => armPoint(0.15, -0.012, 0.004), 0.008],
  ['brachialis', 'the coronoid process of the ulna', () => lm('coronoid-process'), 0.012],
  ['biceps-brachii', 'the coracoid process (short head)', () => lm('coracoid'), 0.014],
  // (this point lies 7 mm off the scapula, above the glenoid rim: the tendon starts on the bone next to it)
  ['biceps-brachii', 'the supraglenoid tubercle (long head)', () => add(lm('glenoid'), [0, 0.016, 0]), 0.015],
  ['biceps-brachii', 'the radial tuberosity', () => lm('radial-tuberosity'), 0.008],
  ['triceps-brachii', 'the infraglenoid tubercle (long head)', () => add(lm('glenoid'), [0, -0.03, -0.012]), 0.014],
  ['triceps-brachii', 'the olecranon', () => lm('olecranon'), 0.014],
  ['anconeus', 'the lateral epicondyle', () => lm('lateral-epicondyle'), 0.012],
  ['anconeus', 'the olecranon', () => lm('olecranon'), 0.02],
  ['pronator-teres', 'the medial epicondyle', () => lm('medial-epicondyle'), 0.012],
  ['pronator-teres', 'the middle of the lateral radius', () => forearmPoint(0.118, 0.027, 0.003), 0.008],
  ['flexor-carpi-radialis', 'the medial epicondyle', () => lm('medial-epicondyle'), 0.012],
  ['palmaris-longus', 'the medial epicondyle', () => lm('medial-epicondyle'), 0.012],
  ['palmaris-longus', 'the apex of the palmar aponeurosis', () => handPoint(0.022, 0, 0.018), 0.01],
  ['flexor-carpi-ulnaris', 'the medial epicondyle', () => lm('medial-epicondyle'), 0.012],
  ['flexor-carpi-ulnaris', 'the pisiform', () => lm('pisiform'), 0.008],
  ['flexor-digitorum-superficialis', 'the medial epicondyle', () => lm('medial-epicondyle'), 0.014],
  ['flexor-digitorum-superficialis', 'the middle finger', () => lerp(lm('middle-mcp'), lm('middle-tip'), 0.6), 0.01],
  ['flexor-digitorum-profundus', 'the index finger tip', () => lerp(lm('index-mcp'), lm('index-tip'), 0.9), 0.01],
  ['flexor-digitorum-profundus', 'the little finger tip', () => lerp(lm('little-mcp'), lm('little-tip'), 0.9), 0.01],
  ['flexor-pollicis-longus', 'the thumb', () => lerp(lm('thumb-mcp'), lm('thumb-tip'), 0.75), 0.01],
  ['brachioradialis', 'the lateral supracondylar ridge', () => armPoint(0.22, 0.02, -0.002), 0.01],
  ['brachioradialis', 'the radius above the styloid', () => forearmPoint(0.235, 0.025, 0.003), 0.01],
  ['extensor-carpi-radialis-longus', 'the base of the second metacarpal', () => handPoint(0.043, 0.015, -0.007), 0.01],
  ['extensor-carpi-radialis-brevis', 'the lateral epicondyle', () => lm('lateral-epicondyle'), 0.012],
  ['extensor-digitorum', 'the lateral epicondyle', () => lm('lateral-epicondyle'), 0.012],
  ['extensor-digitorum', 'the middle finger', () => lerp(lm('middle-mcp'), lm('middle-tip'), 0.55), 0.012],
  // the extensor expansions on the backs of the index and little fingers' middle phalanges
  ['extensor-digitorum', 'the back of the index finger', () => add(lerp(lm('index-mcp'), lm('index-tip'), 0.7), [0, 0, -0.005]), 0.012],
  ['extensor-digitorum', 'the back of the little finger', () => add(lerp(lm('little-mcp'), lm('little-tip'), 0.7), [0, 0, -0.005]), 0.012],
  ['extensor-carpi-ulnaris', 'the base of the fifth metacarpal', () => handPoint(0.04, -0.023, -0.004), 0.01],
  ['extensor-indicis', 'the index finger', () => lerp(lm('index-mcp'), lm('index-tip'), 0.2), 0.012],
  ['supinator', 'the lateral epicondyle', () => lm('lateral-epicondyle'), 0.014],
  ['abductor-digiti-minimi-hand', 'the pisiform', () => lm('pisiform'), 0.01],
  ['adductor-pollicis', 'the thumb', () => lerp(lm('thumb-mcp'), lm('thumb-tip'), 0.08), 0.01],
];

describe('arm, forearm and hand volume muscles', () => {
  const built = REACHES.filter(([m]) => VOLUME_IDS.has(m));
  it('cover the switched-over muscles of the region (the list is not empty)', () => {
    expect(built.length).toBeGreaterThan(10);
  });
  it.each(built)('%s reaches %s', (muscle, _what, point, within) => {
    const d = distanceTo(muscle, point());
    expect(d, `${(d * 1000).toFixed(1)} mm`).toBeLessThanOrEqual(within);
  });

  it('lays the biceps in front of the brachialis and the triceps behind the humerus', () => {
    const mean = (id: string, axis: 0 | 1 | 2) => {
      const p = positions.get(id)!;
      let s = 0;
      for (let i = axis; i < p.length; i += 3) s += p[i]!;
      return s / (p.length / 3);
    };
    if (VOLUME_IDS.has('biceps-brachii') && VOLUME_IDS.has('brachialis')) expect(mean('biceps-brachii', 2)).toBeGreaterThan(mean('brachialis', 2) + 0.008);
    if (VOLUME_IDS.has('triceps-brachii')) expect(mean('triceps-brachii', 2)).toBeLessThan(armPoint(0.15, 0, 0)[2] - 0.015);
  });

  it('runs the long flexor tendons past the wrist into the hand and the bellies stay in the forearm', () => {
    for (const id of ['flexor-digitorum-profundus', 'flexor-digitorum-superficialis', 'extensor-digitorum'].filter((m) => VOLUME_IDS.has(m))) {
      const p = positions.get(id)!;
      const idx = indices.get(id)!;
      const wrist = dot(forearmPoint(0.255, 0, 0), FOREARM_DIR);
      const at = (v: number): V3 => [p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!];
      let beyond = 0, total = 0;
      for (let t = 0; t < idx.length; t += 3) {
        const a = at(idx[t]!), b = at(idx[t + 1]!), c = at(idx[t + 2]!);
        const u: V3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]], w: V3 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
        const area = Math.hypot(u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]) / 2;
        total += area;
        const centre: V3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3];
        if (dot(centre, FOREARM_DIR) > wrist + 0.06) beyond += area;
      }
      // tendons reach past the knuckles, but they are thin: little of the surface lies there (by area, not
      // vertex count: the simplifier spends many vertices on a thin tendon's tight curvature); four tendons of
      // 2–2.5 mm radius from mid-palm to the finger tips are about a third of the profundus surface, a belly
      // reaching into the palm would be far more
      expect(beyond, id).toBeGreaterThan(0);
      expect(beyond / total, id).toBeLessThan(0.4);
    }
    expect(dot(ARM_DIR, FOREARM_DIR)).toBeGreaterThan(0.9);
  });

  it('draws the flexor digitorum profundus as muscle in the forearm and as tendon from the wrist on', () => {
    const id = 'flexor-digitorum-profundus';
    if (!VOLUME_IDS.has(id)) return;
    const p = positions.get(id)!, w = tendonWeights.get(id)!;
    expect(w.length).toBe(p.length / 3);
    const elbow = dot(ELBOW, FOREARM_DIR);
    const mean = (from: number, to: number) => {
      let s = 0, n = 0;
      for (let v = 0; v < w.length; v++) {
        const a = dot([p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!], FOREARM_DIR) - elbow;
        if (a >= from && a < to) [s, n] = [s + w[v]!, n + 1];
      }
      expect(n, `vertices ${from}–${to} m from the elbow`).toBeGreaterThan(10);
      return s / n;
    };
    // the belly in the upper and middle forearm, muscle colour giving way in the carpal tunnel (the wrist is 0.255 m
    // from the elbow), tendon from mid-palm to the finger tips: a belly running into the palm was pink to the knuckles
    // and half muscle on the proximal phalanges
    expect(mean(0.05, 0.2)).toBeLessThan(0.1);
    expect(mean(0.3, 0.32)).toBeGreaterThan(0.75);
    expect(mean(0.32, 0.45)).toBeGreaterThan(0.95);
  });

  /** The extents (m) across two axes of a muscle's vertices within 6 mm of `along` on `dir` from `origin`. */
  const section = (id: string, origin: V3, dir: V3, a1: V3, a2: V3, along: number): [number, number] => {
    const p = positions.get(id)!;
    let lo1 = Infinity, hi1 = -Infinity, lo2 = Infinity, hi2 = -Infinity;
    for (let i = 0; i < p.length; i += 3) {
      const d: V3 = [p[i]! - origin[0], p[i + 1]! - origin[1], p[i + 2]! - origin[2]];
      if (Math.abs(dot(d, dir) - along) > 0.006) continue;
      const x = dot(d, a1), y = dot(d, a2);
      [lo1, hi1, lo2, hi2] = [Math.min(lo1, x), Math.max(hi1, x), Math.min(lo2, y), Math.max(hi2, y)];
    }
    return hi1 < lo1 ? [0, 0] : [hi1 - lo1, hi2 - lo2];
  };

  it('converges the deltoid in a V from the shoulder cap onto the deltoid tuberosity', () => {
    if (!VOLUME_IDS.has('deltoid')) return;
    const cap = section('deltoid', SHOULDER, ARM_DIR, ARM_LAT, [0, 0, 1], 0.03);
    const low = section('deltoid', SHOULDER, ARM_DIR, ARM_LAT, [0, 0, 1], 0.12);
    // front to back over the humeral head it spans the shoulder; a tuberosity's breadth above its insertion
    expect(cap[1]).toBeGreaterThan(0.07);
    expect(low[1] / cap[1]).toBeLessThan(0.4);
  });

  it('covers the back of the shoulder with the posterior deltoid, from the scapular spine down and out to the arm', () => {
    // rays from behind, on the line from the spine's lateral half to the back of the arm: the deltoid is met
    // before the infraspinatus, teres minor and triceps it lies over
    const under = ['deltoid', 'infraspinatus', 'teres-minor', 'teres-major', 'triceps-brachii'];
    const firstMet = (x: number, y: number) => {
      for (let z = -0.2; z < 0.05; z += 0.0005) for (const id of under) if (isInside(bvh(id), [x, y, z])) return id;
      return null;
    };
    for (const [x, y] of [[0.175, 1.355], [0.165, 1.34], [0.19, 1.33]] as const) expect(firstMet(x, y), `at x ${x}, y ${y}`).toBe('deltoid');
  });

  it('tapers the forearm bellies to tendons at the wrist', () => {
    const ids = ['brachioradialis', 'extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis', 'flexor-carpi-radialis', 'extensor-carpi-ulnaris'].filter((m) => VOLUME_IDS.has(m));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const area = (a: number) => {
        const [w, t] = section(id, ELBOW, FOREARM_DIR, FOREARM_LAT, PALMAR, a);
        return w * t;
      };
      const belly = Math.max(...[0.04, 0.07, 0.1, 0.13].map(area));
      expect(area(0.22) / belly, id).toBeLessThan(0.5);
    }
  });

  /** The mean of a muscle's vertices 'along' the forearm from `from` to `to` (m below the elbow), on `axis`. */
  const meanIn = (id: string, from: number, to: number, axis: V3) => {
    const p = positions.get(id)!;
    let s = 0, n = 0;
    for (let i = 0; i < p.length; i += 3) {
      const d: V3 = [p[i]! - ELBOW[0], p[i + 1]! - ELBOW[1], p[i + 2]! - ELBOW[2]];
      const a = dot(d, FOREARM_DIR);
      if (a >= from && a < to) [s, n] = [s + dot(d, axis), n + 1];
    }
    expect(n, `${id}: vertices ${from}–${to} m below the elbow`).toBeGreaterThan(10);
    return s / n;
  };

  it('lays the extensor digitorum on the back of the forearm between the radial and ulnar wrist extensors, over the extensor indicis', () => {
    if (!VOLUME_IDS.has('extensor-digitorum')) return;
    // behind the bones, from the upper to the lower forearm
    for (const [from, to] of [[0.05, 0.1], [0.1, 0.15], [0.15, 0.2]] as const) expect(meanIn('extensor-digitorum', from, to, PALMAR), `${from}–${to} m`).toBeLessThan(-0.01);
    // across the back of the mid-forearm: extensor carpi ulnaris on its ulnar side, the brevis on its radial side
    const lat = (id: string) => meanIn(id, 0.06, 0.14, FOREARM_LAT);
    expect(lat('extensor-digitorum')).toBeGreaterThan(lat('extensor-carpi-ulnaris') + 0.004);
    expect(lat('extensor-digitorum')).toBeLessThan(lat('extensor-carpi-radialis-brevis') - 0.002);
    // over the extensor indicis on the back of the distal ulna
    expect(meanIn('extensor-digitorum', 0.17, 0.21, PALMAR)).toBeLessThan(meanIn('extensor-indicis', 0.17, 0.21, PALMAR) - 0.002);
  });

  it('runs the palmaris longus down the front of the forearm ulnar to the flexor carpi radialis, in front of the deep flexors', () => {
    if (!VOLUME_IDS.has('palmaris-longus')) return;
    for (const [from, to] of [[0.08, 0.12], [0.14, 0.18], [0.2, 0.24]] as const) {
      expect(meanIn('palmaris-longus', from, to, FOREARM_LAT), `${from}–${to} m`).toBeLessThan(meanIn('flexor-carpi-radialis', from, to, FOREARM_LAT) - 0.003);
      expect(meanIn('palmaris-longus', from, to, PALMAR), `${from}–${to} m`).toBeGreaterThan(meanIn('flexor-digitorum-profundus', from, to, PALMAR) + 0.007);
    }
    // radial to and in front of the flexor carpi ulnaris in the upper forearm
    expect(meanIn('palmaris-longus', 0.05, 0.12, FOREARM_LAT)).toBeGreaterThan(meanIn('flexor-carpi-ulnaris', 0.05, 0.12, FOREARM_LAT) + 0.005);
    expect(meanIn('palmaris-longus', 0.05, 0.12, PALMAR)).toBeGreaterThan(meanIn('flexor-carpi-ulnaris', 0.05, 0.12, PALMAR) + 0.005);
  });
});

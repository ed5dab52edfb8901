/**
 * The front and medial thigh built as volumes, read from the committed model: the three vasti wrap the
 * femur (intermedius in front of it, medialis medial with its low teardrop above the knee, lateralis
 * lateral) and end on the patella; the adductors arise from the pubis and ischium and insert behind the
 * femur, adductor magnus down to the adductor tubercle; gracilis runs from the pubis down the medial
 * side to the pes anserinus; sartorius crosses the front of the thigh from the anterior superior iliac spine,
 * over the adductor longus, to the medial side and the pes anserinus, a strap 3–4 cm wide; the patellar ligament joins the patella's apex to the tibial tuberosity;
 * gluteus maximus runs down and laterally to the gluteal tuberosity, its lower border oblique.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { landmark } from '../../src/anatomy/landmarks';
import { muscleKey } from '../../src/core/model-contract';
import { bvhOf, isInside, surfaceDistance } from '../support/geometry';
import { loadModel, type LoadedNode } from '../support/load-model';

type V3 = [number, number, number];
const meshes = new Map<string, LoadedNode>();
const tendons = new Map<string, LoadedNode>();

beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes) {
    if (n.extras?.kind === 'muscle') meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n);
    if (n.extras?.kind === 'tendon') tendons.set(`${n.extras.tissueId}/${n.extras.side}`, n);
  }
});

function left(id: string): { positions: Float32Array; indices: Uint32Array } {
  const n = meshes.get(muscleKey(id, 'left'));
  if (!n?.positions || !n.indices) throw new Error(`no mesh for ${id}/left`);
  return { positions: n.positions, indices: n.indices };
}

/** Distance from a point to a muscle (0 inside it). */
function reach(id: string, p: V3): number {
  const m = left(id);
  const bvh = bvhOf(m.positions, m.indices);
  return isInside(bvh, p) ? 0 : surfaceDistance(bvh, p);
}

/** The point where a bone's surface is met going from `from` along `dir` (1 mm steps). */
function onBone(bone: readonly Parameters<typeof boneField>[0][number][], from: V3, dir: V3): V3 {
  const f = boneField(bone);
  for (let s = 0; s < 0.2; s += 0.0005) {
    const p: V3 = [from[0] + dir[0] * s, from[1] + dir[1] * s, from[2] + dir[2] * s];
    if (f(p[0], p[1], p[2]) < 0) return p;
  }
  throw new Error('no bone met');
}

/** Mean x and z, least and greatest x of a muscle's vertices within 1 cm of height y. */
function slab(id: string, y: number): { x: number; z: number; minX: number; maxX: number; n: number } {
  const m = left(id);
  let n = 0, x = 0, z = 0, minX = Infinity, maxX = -Infinity;
  for (let i = 0; i < m.positions.length; i += 3)
    if (Math.abs(m.positions[i + 1]! - y) < 0.01) {
      n++;
      x += m.positions[i]!;
      z += m.positions[i + 2]!;
      minX = Math.min(minX, m.positions[i]!);
      maxX = Math.max(maxX, m.positions[i]!);
    }
  return { x: x / n, z: z / n, minX, maxX, n };
}

/** The femur's section at height y: its least and greatest x and z (0.5 mm grid). */
function femurAt(y: number): { x0: number; x1: number; z0: number; z1: number } {
  const f = boneField(['femur']);
  let x0 = Infinity, x1 = -Infinity, z0 = Infinity, z1 = -Infinity;
  for (let x = 0.05; x < 0.2; x += 0.0005)
    for (let z = -0.06; z < 0.06; z += 0.0005)
      if (f(x, y, z) < 0) [x0, x1, z0, z1] = [Math.min(x0, x), Math.max(x1, x), Math.min(z0, z), Math.max(z1, z)];
  return { x0, x1, z0, z1 };
}

/** The vertex of a muscle nearest to the named bones' surface (among those `where` accepts), and its gap. */
function nearestTo(id: string, bones: Parameters<typeof boneField>[0], where: (v: V3) => boolean = () => true): { gap: number; at: V3 } {
  const m = left(id);
  const f = boneField(bones);
  let gap = Infinity, at: V3 = [0, 0, 0];
  for (let i = 0; i < m.positions.length; i += 3) {
    const v: V3 = [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!];
    if (!where(v)) continue;
    const d = Math.abs(f(v[0], v[1], v[2]));
    if (d < gap) [gap, at] = [d, v];
  }
  return { gap, at };
}

describe('vasti', () => {
  const y = landmark('femur-mid')[1];

  it('wrap the femur at mid-thigh: intermedius in front, medialis medial, lateralis lateral', () => {
    const f = femurAt(y);
    const vi = slab('vastus-intermedius', y), vm = slab('vastus-medialis', y), vl = slab('vastus-lateralis', y);
    for (const s of [vi, vm, vl]) expect(s.n).toBeGreaterThan(4);
    expect(vi.z).toBeGreaterThan(f.z1);
    expect(vm.minX).toBeLessThan(f.x0 - 0.01);
    expect(vl.maxX).toBeGreaterThan(f.x1 + 0.015);
    expect(vl.x).toBeGreaterThan(vm.x + 0.03);
  });

  it('vastus intermedius lies on the front of the femoral shaft', () => {
    const front = onBone(['femur'], [0.122, y, 0.08], [0, 0, -1]);
    expect(reach('vastus-intermedius', [front[0], front[1], front[2] + 0.001])).toBeLessThan(0.003);
  });

  it('vastus medialis is fullest low on the medial side: the teardrop above the knee', () => {
    // the muscle reaches farther medially just above the patella than at mid-thigh
    const low = slab('vastus-medialis', landmark('patella')[1] + 0.06), mid = slab('vastus-medialis', y);
    expect(low.n).toBeGreaterThan(4);
    expect(low.minX).toBeLessThan(mid.minX - 0.005);
    expect(low.minX).toBeLessThan(landmark('medial-femoral-condyle')[0]);
  });

  it.each(['vastus-intermedius', 'vastus-medialis', 'vastus-lateralis'])('%s ends on the patella, above its centre', (id) => {
    const p = landmark('patella');
    const touch = nearestTo(id, ['patella']);
    expect(touch.gap).toBeLessThan(0.004);
    expect(touch.at[1]).toBeGreaterThan(p[1] - 0.012);
  });
});

/** The back of the femoral shaft (least z) by height, every centimetre from 0.6 to 0.86 m. */
const backs = new Map<number, number>();
function backOfFemur(y: number): number {
  const k = Math.round(Math.min(0.86, Math.max(0.6, y)) * 100);
  let z = backs.get(k);
  if (z === undefined) backs.set(k, (z = femurAt(k / 100).z0));
  return z;
}

describe('adductors', () => {
  it('adductor magnus reaches the ischial tuberosity and the adductor tubercle', () => {
    const it0 = landmark('ischial-tuberosity'), at = landmark('adductor-tubercle');
    expect(reach('adductor-magnus', onBone(['hip-bone'], [it0[0], it0[1] - 0.04, it0[2]], [0, 1, 0]))).toBeLessThan(0.008);
    expect(reach('adductor-magnus', onBone(['femur'], [at[0] - 0.03, at[1] + 0.008, at[2]], [1, 0, 0]))).toBeLessThan(0.006);
  });

  it.each(['pectineus', 'adductor-longus', 'adductor-brevis'])('%s arises from the pubis and inserts behind the femur', (id) => {
    const tp = landmark('pubic-tubercle');
    const m = left(id);
    let fromTubercle = Infinity;
    for (let i = 0; i < m.positions.length; i += 3) fromTubercle = Math.min(fromTubercle, Math.hypot(m.positions[i]! - tp[0], m.positions[i + 1]! - tp[1], m.positions[i + 2]! - tp[2]));
    expect(fromTubercle).toBeLessThan(0.045);
    expect(nearestTo(id, ['hip-bone']).gap).toBeLessThan(0.003);
    // on the femur behind the shaft's centre line
    const touch = nearestTo(id, ['femur'], (v) => v[1] < landmark('lesser-trochanter')[1] && v[2] < backOfFemur(v[1]) + 0.012);
    expect(touch.gap).toBeLessThan(0.004);
  });
});

describe('patellar ligament', () => {
  it('is drawn as tendon on both sides, from the apex of the patella to the tibial tuberosity', () => {
    for (const side of ['left', 'right'] as const) expect(tendons.get(`patellar-ligament/${side}`)?.positions).toBeTruthy();
    const n = tendons.get('patellar-ligament/left')!;
    const bvh = bvhOf(n.positions!, n.indices!);
    const apex = landmark('patella-apex'), tt = landmark('tibial-tuberosity');
    expect(surfaceDistance(bvh, onBone(['patella'], [apex[0], apex[1], apex[2] + 0.03], [0, 0, -1]))).toBeLessThan(0.006);
    expect(surfaceDistance(bvh, onBone(['tibia'], [tt[0], tt[1], tt[2] + 0.03], [0, 0, -1]))).toBeLessThan(0.004);
  });
});

describe('quadriceps tendon', () => {
  it('is drawn as tendon on both sides, from above the patella to its base, in front of vastus intermedius', () => {
    for (const side of ['left', 'right'] as const) expect(tendons.get(`quadriceps-tendon/${side}`)?.positions).toBeTruthy();
    const n = tendons.get('quadriceps-tendon/left')!;
    const bvh = bvhOf(n.positions!, n.indices!);
    const p = landmark('patella');
    // it reaches the patella at its upper border (the base)
    expect(surfaceDistance(bvh, onBone(['patella'], [p[0], p[1] + 0.015, p[2] + 0.03], [0, 0, -1]))).toBeLessThan(0.004);
    // and rises a few centimetres above it
    let top = -Infinity;
    for (let i = 1; i < n.positions!.length; i += 3) top = Math.max(top, n.positions![i]!);
    expect(top).toBeGreaterThan(p[1] + 0.06);
  });
});

describe('gluteus maximus', () => {
  it('runs down and laterally: its lower border falls from the coccyx to the gluteal tuberosity, obliquely across the fold', () => {
    const m = left('gluteus-maximus');
    let lowMedial = Infinity, lowLateral = Infinity;
    for (let i = 0; i < m.positions.length; i += 3) {
      const x = m.positions[i]!, y = m.positions[i + 1]!;
      if (x < 0.05) lowMedial = Math.min(lowMedial, y);
      if (x > 0.13) lowLateral = Math.min(lowLateral, y);
    }
    // the lateral (insertion) end reaches at least 2.5 cm lower than the sacral and coccygeal end
    expect(lowMedial - lowLateral).toBeGreaterThan(0.025);
    expect(lowLateral).toBeLessThan(0.815);
  });

  it('is a belly fullest in its middle that thins to its upper border, not a block of even thickness', () => {
    const m = left('gluteus-maximus');
    // front-to-back depth of the muscle in a 1.6 cm column through (x, y)
    const depth = (x: number, y: number) => {
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < m.positions.length; i += 3) {
        if (Math.abs(m.positions[i]! - x) > 0.008 || Math.abs(m.positions[i + 1]! - y) > 0.008) continue;
        lo = Math.min(lo, m.positions[i + 2]!);
        hi = Math.max(hi, m.positions[i + 2]!);
      }
      return hi - lo;
    };
    const middle = depth(0.1, 0.89), upper = depth(0.1, 0.975);
    expect(middle).toBeGreaterThan(0.04);
    expect(upper).toBeLessThan(0.6 * middle);
  });

  it('arises down the side of the lower sacrum and the coccyx, close to the midline (a natal cleft between the two, not bare sacrum)', () => {
    const m = left('gluteus-maximus');
    const apex = landmark('sacrum-apex'), coccyx = landmark('coccyx');
    const sacrum = boneField(['sacrum']);
    // over the lower sacrum, 2.5–4.5 cm above its apex, in every 1 cm slab some vertex behind the bone lies
    // within 1.5 cm of the midline (Standring, Gray's Anatomy 42nd ed.: from the dorsal surface of the lower
    // sacrum and the side of the coccyx)
    for (const y of [apex[1] + 0.025, apex[1] + 0.035, apex[1] + 0.045]) {
      let least = Infinity;
      for (let i = 0; i < m.positions.length; i += 3) {
        const x = m.positions[i]!, z = m.positions[i + 2]!;
        if (Math.abs(m.positions[i + 1]! - y) > 0.005 || sacrum(x, y, z) < 0) continue;
        least = Math.min(least, Math.abs(x));
      }
      expect(least, `nearest the midline at y ${y.toFixed(3)}`).toBeLessThan(0.015);
    }
    // and reaches the side of the coccyx, behind it
    expect(reach('gluteus-maximus', [coccyx[0] + 0.006, coccyx[1], coccyx[2] - 0.01])).toBeLessThan(0.003);
  });

  it('inserts on the femur below the greater trochanter (the gluteal tuberosity), not only on the trochanter', () => {
    const low = nearestTo('gluteus-maximus', ['femur'], (v) => v[1] < 0.82);
    expect(low.gap).toBeLessThan(0.003);
  });
});

describe('gracilis', () => {
  it('arises from the pubis and ends on the medial tibia at the pes anserinus', () => {
    expect(nearestTo('gracilis', ['hip-bone'], (v) => v[1] > 0.82).gap).toBeLessThan(0.003);
    const pes = landmark('pes-anserinus');
    const m = left('gracilis');
    let toPes = Infinity;
    for (let i = 0; i < m.positions.length; i += 3) toPes = Math.min(toPes, Math.hypot(m.positions[i]! - pes[0], m.positions[i + 1]! - pes[1], m.positions[i + 2]! - pes[2]));
    expect(toPes).toBeLessThan(0.015);
    expect(nearestTo('gracilis', ['tibia']).gap).toBeLessThan(0.003);
  });

  it('is the most medial muscle of the thigh at mid-thigh and above the knee', () => {
    for (const y of [0.68, 0.6]) {
      const g = slab('gracilis', y);
      expect(g.n).toBeGreaterThan(0);
      for (const other of ['adductor-magnus', 'vastus-medialis', 'semimembranosus']) expect(g.x).toBeLessThan(slab(other, y).x);
    }
  });
});

describe('sartorius', () => {
  it('arises at the anterior superior iliac spine and ends on the medial tibia at the pes anserinus', () => {
    expect(reach('sartorius', landmark('asis'))).toBeLessThan(0.012);
    expect(reach('sartorius', landmark('pes-anserinus'))).toBeLessThan(0.01);
    expect(nearestTo('sartorius', ['tibia']).gap).toBeLessThan(0.003);
  });

  it('crosses the front of the thigh obliquely: from the front, high and lateral, to the medial side above the knee', () => {
    const high = slab('sartorius', 0.85), mid = slab('sartorius', 0.68), low = slab('sartorius', 0.6);
    expect(high.x - mid.x).toBeGreaterThan(0.02);
    expect(high.z - low.z).toBeGreaterThan(0.03);
    // over the adductor longus where it crosses it, below the apex of the femoral triangle
    expect(slab('sartorius', 0.74).z).toBeGreaterThan(slab('adductor-longus', 0.74).z);
  });

  it('is a strap 3–4 cm wide at mid-thigh, not a cord', () => {
    const m = left('sartorius');
    for (const y of [0.72, 0.68]) {
      const at: V3[] = [];
      for (let i = 0; i < m.positions.length; i += 3) if (Math.abs(m.positions[i + 1]! - y) < 0.004) at.push([m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]);
      let span = 0;
      for (const a of at) for (const b of at) span = Math.max(span, Math.hypot(a[0] - b[0], a[2] - b[2]));
      expect(span).toBeGreaterThan(0.03);
    }
  });
});

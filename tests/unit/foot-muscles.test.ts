/**
 * The muscles of the sole built as volumes, read from the committed model: abductor hallucis along the
 * medial border from the medial process of the calcaneal tuberosity to the medial base of the hallux's
 * proximal phalanx, abductor digiti minimi along the lateral border from the lateral process to the base
 * of the little toe's proximal phalanx, flexor digitorum brevis between them from the medial process to
 * the middle phalanges of toes 2–5 over the quadratus plantae (medial to the calcaneus, to the flexor
 * digitorum longus tendon), and the plantar aponeurosis (a tissue) from the medial process
 * to the metatarsal heads, between the first layer and the skin of the sole; their trigger points lie
 * where the literature palpates them, on the borders of the sole in front of the heel.
 */
import { describe, expect, it } from 'vitest';
import { FOOT as BONES } from '../../src/anatomy/bones/leg';
import { landmark } from '../../src/anatomy/landmarks';
import { lerp } from '../../src/anatomy/vec';
import { FOOT, FOOT_PENDING, FOOT_TISSUES } from '../../src/anatomy/volumes/defs/foot';
import { measureMesh } from '../../src/anatomy/volumes/table';
import { muscleKey } from '../../src/core/model-contract';
import { regionModel } from '../support/region-model';

type P3 = [number, number, number];

const { meshes, points, left: leftMesh, reach } = regionModel();

/** Vertices of a left-side mesh in a slab across the foot (|z - at| < 1 cm). */
function slab(id: string, at: number, tissue = false): P3[] {
  const m = leftMesh(id, tissue);
  const out: P3[] = [];
  for (let i = 0; i < m.positions.length; i += 3) if (Math.abs(m.positions[i + 2]! - at) < 0.01) out.push([m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]);
  return out;
}

const mean = (p: readonly P3[], axis: 0 | 1 | 2) => p.reduce((a, v) => a + v[axis], 0) / p.length;

/** A point `t` of the way along toe `i` (0 hallux) from its metatarsal head to its tip, as the skeleton lays it. */
function toePoint(i: number, t: number): P3 {
  const tips: P3[] = [landmark('hallux-tip') as P3, landmark('toe-2-tip') as P3, [0.114, 0.012, 0.192], [0.128, 0.011, 0.178], landmark('toe-5-tip') as P3];
  return lerp(BONES.heads[i]!, tips[i]!, t) as P3;
}

describe('first layer of the sole', () => {
  it('is switched over: both abductors, flexor digitorum brevis, quadratus plantae, the dorsal extensor digitorum brevis and flexor hallucis brevis; none pending', () => {
    expect(FOOT.map((d) => d.id)).toEqual(expect.arrayContaining(['abductor-hallucis', 'abductor-digiti-minimi-foot', 'flexor-digitorum-brevis', 'quadratus-plantae', 'extensor-digitorum-brevis', 'flexor-hallucis-brevis']));
    expect(FOOT_PENDING.map((d) => d.id)).toEqual([]);
    for (const d of FOOT) expect(meshes.has(muscleKey(d.id, 'left')), d.id).toBe(true);
  });

  it('abductor hallucis runs from the medial process of the calcaneal tuberosity to the medial base of the hallux', () => {
    const m = leftMesh('abductor-hallucis');
    let back = Infinity, front = -Infinity;
    for (let i = 2; i < m.positions.length; i += 3) [back, front] = [Math.min(back, m.positions[i]!), Math.max(front, m.positions[i]!)];
    // from the tuberosity (behind the front of the calcaneus) to the proximal phalanx of the hallux
    expect(back).toBeLessThan(-0.025);
    expect(front).toBeGreaterThan(BONES.heads[0]![2] + 0.008);
    expect(reach('abductor-hallucis', [0.093, 0.011, -0.029])).toBeLessThan(0.006);
    const base = toePoint(0, 0.2);
    expect(reach('abductor-hallucis', [base[0] - 0.008, base[1] - 0.003, base[2]])).toBeLessThan(0.006);
  });

  it('abductor digiti minimi runs from the lateral process to the lateral base of the little toe', () => {
    const m = leftMesh('abductor-digiti-minimi-foot');
    let back = Infinity;
    for (let i = 2; i < m.positions.length; i += 3) back = Math.min(back, m.positions[i]!);
    expect(back).toBeLessThan(-0.025);
    expect(reach('abductor-digiti-minimi-foot', [0.113, 0.011, -0.03])).toBeLessThan(0.006);
    const base = toePoint(4, 0.2);
    expect(reach('abductor-digiti-minimi-foot', [base[0] + 0.003, base[1] - 0.004, base[2]])).toBeLessThan(0.006);
  });

  it('the abductors follow the borders of the foot: the hallucis medial to the second ray, the digiti minimi lateral to the fourth', () => {
    /** x of the fourth metatarsal's axis at the level z (its base's x behind the base). */
    const fourth = (z: number) => {
      const b = BONES.bases[3]!, h = BONES.heads[3]!;
      const t = Math.min(1, Math.max(0, (z - b[2]) / (h[2] - b[2])));
      return b[0] + (h[0] - b[0]) * t;
    };
    for (const z of [0.02, 0.06, 0.1]) {
      const medial = slab('abductor-hallucis', z), lateral = slab('abductor-digiti-minimi-foot', z);
      expect(medial.length, `abductor hallucis at z ${z}`).toBeGreaterThan(3);
      expect(lateral.length, `abductor digiti minimi at z ${z}`).toBeGreaterThan(3);
      expect(mean(medial, 0), `abductor hallucis at z ${z}`).toBeLessThan(BONES.heads[1]![0] - 0.005);
      expect(mean(lateral, 0), `abductor digiti minimi at z ${z}`).toBeGreaterThan(fourth(z));
      // both in the sole: below the tarsal and metatarsal bones they run under
      expect(mean(medial, 1)).toBeLessThan(0.03);
      expect(mean(lateral, 1)).toBeLessThan(0.025);
    }
  });
});

describe('flexor digitorum brevis and quadratus plantae', () => {
  it('flexor digitorum brevis runs from the medial process of the calcaneal tuberosity to the middle phalanges of toes 2–5', () => {
    const m = leftMesh('flexor-digitorum-brevis');
    let back = Infinity;
    for (let i = 2; i < m.positions.length; i += 3) back = Math.min(back, m.positions[i]!);
    expect(back).toBeLessThan(-0.022);
    expect(reach('flexor-digitorum-brevis', [0.101, 0.01, -0.026])).toBeLessThan(0.005);
    // each tendon reaches the plantar face of its middle phalanx's shaft
    for (const i of [1, 2, 3, 4]) {
      const p = toePoint(i, 0.65);
      expect(reach('flexor-digitorum-brevis', [p[0], p[1] - 0.003, p[2]]), `toe ${i + 1}`).toBeLessThan(0.004);
    }
    // and none runs to the hallux: nothing medial to the second toe in front of the metatarsal heads
    const fore = slab('flexor-digitorum-brevis', BONES.heads[0]![2] + 0.02);
    expect(fore.length).toBeGreaterThan(3);
    expect(Math.min(...fore.map((v) => v[0]))).toBeGreaterThan(BONES.heads[0]![0] + 0.006);
  });

  it('flexor digitorum brevis lies superficial to the quadratus plantae and deep to the plantar aponeurosis', () => {
    for (const z of [-0.005, 0.01]) {
      const fdb = slab('flexor-digitorum-brevis', z), qp = slab('quadratus-plantae', z), pa = slab('plantar-aponeurosis', z, true);
      expect(fdb.length, `FDB at z ${z}`).toBeGreaterThan(3);
      expect(qp.length, `QP at z ${z}`).toBeGreaterThan(3);
      expect(mean(fdb, 1), `z ${z}`).toBeLessThan(mean(qp, 1));
      expect(Math.min(...pa.map((v) => v[1])), `z ${z}`).toBeLessThan(Math.min(...fdb.map((v) => v[1])));
    }
  });

  it('quadratus plantae arises medial to the calcaneus and ends on the lateral border of the flexor digitorum longus tendon', () => {
    const m = leftMesh('quadratus-plantae');
    let back = Infinity, front = -Infinity;
    for (let i = 2; i < m.positions.length; i += 3) [back, front] = [Math.min(back, m.positions[i]!), Math.max(front, m.positions[i]!)];
    expect(back).toBeLessThan(-0.015);
    // it ends behind the metatarsal bases, where the long flexor's tendon parts
    expect(front).toBeGreaterThan(0.025);
    expect(front).toBeLessThan(BONES.bases[1]![2]);
    expect(reach('quadratus-plantae', [0.092, 0.02, -0.024])).toBeLessThan(0.005);
    // its front end lies beside the flexor digitorum longus tendon, lateral to it
    const end = slab('quadratus-plantae', 0.03), fdl = slab('flexor-digitorum-longus', 0.03);
    expect(end.length).toBeGreaterThan(3);
    expect(fdl.length).toBeGreaterThan(3);
    expect(mean(end, 0)).toBeGreaterThan(mean(fdl, 0));
    const fdlPoint: P3 = [mean(fdl, 0), mean(fdl, 1), mean(fdl, 2)];
    expect(reach('quadratus-plantae', fdlPoint)).toBeLessThan(0.008);
  });

  it('both come to their cited volumes within tolerance', () => {
    for (const id of ['flexor-digitorum-brevis', 'quadratus-plantae'] as const) {
      const d = FOOT.find((v) => v.id === id)!;
      const m = leftMesh(id);
      const { volumeCm3 } = measureMesh(m.positions, m.indices);
      expect(Math.abs(volumeCm3 / d.volume!.cm3 - 1), `${id}: ${volumeCm3.toFixed(1)} cm³`).toBeLessThan(d.volume!.tolerance);
    }
  });
});

describe('plantar aponeurosis', () => {
  it('is a tissue from the medial process of the calcaneal tuberosity to the metatarsal heads', () => {
    expect(FOOT_TISSUES.map((t) => t.id)).toContain('plantar-aponeurosis');
    const m = leftMesh('plantar-aponeurosis', true);
    let back = Infinity, front = -Infinity;
    for (let i = 2; i < m.positions.length; i += 3) [back, front] = [Math.min(back, m.positions[i]!), Math.max(front, m.positions[i]!)];
    expect(back).toBeLessThan(-0.028);
    expect(front).toBeGreaterThan(BONES.heads[2]![2] - 0.01);
    expect(reach('plantar-aponeurosis', [0.097, 0.006, -0.033], true)).toBeLessThan(0.004);
  });

  it('widens forward: under the metatarsals it spans the sole from the first to the fifth ray', () => {
    const heel = slab('plantar-aponeurosis', -0.02, true), fore = slab('plantar-aponeurosis', 0.1, true);
    const span = (p: P3[]) => Math.max(...p.map((v) => v[0])) - Math.min(...p.map((v) => v[0]));
    expect(span(fore)).toBeGreaterThan(span(heel) + 0.01);
    expect(span(fore)).toBeGreaterThan(0.035);
  });

  it('lies under the skin of the sole, below the first layer, and is thin', () => {
    for (const z of [0.0, 0.04, 0.08, 0.12]) {
      const p = slab('plantar-aponeurosis', z, true);
      expect(p.length, `aponeurosis at z ${z}`).toBeGreaterThan(3);
      // within a few millimetres of the sole (y = 0)
      expect(Math.min(...p.map((v) => v[1])), `aponeurosis at z ${z}`).toBeLessThan(0.005);
      // (laid over the flexor digitorum brevis, its middle part rises a little under the arch)
      expect(mean(p, 1), `aponeurosis at z ${z}`).toBeLessThan(0.009);
      for (const id of ['abductor-hallucis', 'abductor-digiti-minimi-foot', 'flexor-digitorum-brevis']) {
        const q = slab(id, z);
        expect(Math.min(...p.map((v) => v[1])), `${id} at z ${z}`).toBeLessThan(Math.min(...q.map((v) => v[1])));
      }
    }
  });
});

describe('extensor digitorum brevis on the dorsum', () => {
  it('is one belly on the dorsolateral tarsus in front of the lateral malleolus, under the skin, with tendons to toes 1–4', () => {
    const m = leftMesh('extensor-digitorum-brevis');
    const v = measureMesh(m.positions, m.indices);
    // a small muscle: about 8 cm³ cited, half to one and a half of that built
    expect(v.volumeCm3).toBeGreaterThan(4);
    expect(v.volumeCm3).toBeLessThan(12);
    // from the calcaneus in front of the sinus tarsi (the origin) over the cuboid (the belly)
    expect(reach('extensor-digitorum-brevis', [0.128, 0.04, 0.008])).toBeLessThan(0.006);
    const belly = slab('extensor-digitorum-brevis', 0.035);
    expect(belly.length).toBeGreaterThan(10);
    // on the dorsum (above the cuboid's top, y ≈ 0.036 there), lateral to the talus head
    expect(mean(belly, 1)).toBeGreaterThan(0.037);
    expect(mean(belly, 0)).toBeGreaterThan(0.105);
    // a tendon to each of the first four toes, on their proximal phalanges
    for (let i = 0; i < 4; i++) {
      const p = toePoint(i, i === 0 ? 0.25 : 0.3);
      expect(reach('extensor-digitorum-brevis', [p[0], p[1] + (i === 0 ? 0.008 : 0.005), p[2]]), `toe ${i + 1}`).toBeLessThan(0.006);
    }
  });

  it('its trigger point lies on the belly, over the tarsus in front of the lateral malleolus', () => {
    const p = points.get('extensor-digitorum-brevis-1');
    expect(p).toBeDefined();
    expect(p![2]).toBeGreaterThan(landmark('lateral-malleolus')[2] + 0.01);
    expect(p![2]).toBeLessThan(BONES.bases[3]![2] + 0.01);
    expect(p![0]).toBeGreaterThan(0.1);
  });
});

describe('flexor hallucis brevis in the third layer', () => {
  it('runs under the first metatarsal from the plantar midfoot to the base of the hallux, deep to the first layer', () => {
    const m = leftMesh('flexor-hallucis-brevis');
    const v = measureMesh(m.positions, m.indices);
    expect(v.volumeCm3).toBeGreaterThan(3.5);
    expect(v.volumeCm3).toBeLessThan(10.5);
    // from behind the first metatarsal's base (the cuboid and lateral cuneiform) to its phalanx's base
    let back = Infinity, front = -Infinity;
    for (let i = 2; i < m.positions.length; i += 3) [back, front] = [Math.min(back, m.positions[i]!), Math.max(front, m.positions[i]!)];
    expect(back).toBeLessThan(BONES.bases[0]![2] - 0.015);
    expect(front).toBeGreaterThan(BONES.heads[0]![2] + 0.005);
    const base = toePoint(0, 0.2);
    expect(reach('flexor-hallucis-brevis', [base[0], base[1] - 0.007, base[2]])).toBeLessThan(0.006);
    // under the first metatarsal's shaft: below its axis, nearer the first ray than the second
    const mid = slab('flexor-hallucis-brevis', 0.11);
    expect(mid.length).toBeGreaterThan(5);
    const shaft = lerp(BONES.bases[0]!, BONES.heads[0]!, (0.11 - BONES.bases[0]![2]) / (BONES.heads[0]![2] - BONES.bases[0]![2]));
    expect(mean(mid, 1)).toBeLessThan(shaft[1]);
    expect(Math.abs(mean(mid, 0) - shaft[0])).toBeLessThan(Math.abs(mean(mid, 0) - BONES.heads[1]![0]));
    // deep to the plantar aponeurosis and the flexor digitorum brevis: its lowest point above theirs there
    // (the abductor hallucis, on the medial border, rises beside it rather than under it)
    for (const [id, tissue] of [['plantar-aponeurosis', true], ['flexor-digitorum-brevis', false]] as const) {
      const q = slab(id, 0.11, tissue);
      expect(q.length, id).toBeGreaterThan(3);
      expect(Math.min(...mid.map((p) => p[1])), id).toBeGreaterThan(Math.min(...q.map((p) => p[1])));
    }
  });

  it('its trigger point lies under the first metatarsal, behind its head', () => {
    const p = points.get('flexor-hallucis-brevis-1');
    expect(p).toBeDefined();
    expect(p![2]).toBeGreaterThan(BONES.bases[0]![2]);
    expect(p![2]).toBeLessThan(BONES.heads[0]![2] + 0.01);
    expect(p![0]).toBeLessThan(BONES.heads[1]![0]);
  });
});

describe('trigger points of the sole', () => {
  it('abductor hallucis: on the medial half of the arch in front of the heel', () => {
    const p = points.get('abductor-hallucis-1');
    expect(p).toBeDefined();
    expect(p![2]).toBeGreaterThan(landmark('heel-plantar')[2] + 0.02);
    expect(p![2]).toBeLessThan(landmark('medial-cuneiform')[2] + 0.01);
    expect(p![0]).toBeLessThan(BONES.heads[1]![0] - 0.005);
    expect(p![1]).toBeLessThan(0.03);
  });

  it('abductor digiti minimi: on the lateral border of the sole in front of the heel, behind the fifth metatarsal head', () => {
    const p = points.get('abductor-digiti-minimi-foot-1');
    expect(p).toBeDefined();
    expect(p![2]).toBeGreaterThan(landmark('heel-plantar')[2] + 0.02);
    expect(p![2]).toBeLessThan(landmark('metatarsal-5-head')[2] - 0.02);
    expect(p![0]).toBeGreaterThan(0.115);
    expect(p![1]).toBeLessThan(0.025);
  });
});

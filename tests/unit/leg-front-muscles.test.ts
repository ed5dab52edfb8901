/**
 * The front and lateral leg muscles built as volumes, read from the committed model: extensor hallucis
 * longus arises from the middle of the fibula, lies deep to and lateral to tibialis anterior in front of
 * the membrane, and its tendon reaches the great toe; fibularis brevis arises from the lower part of the
 * lateral fibula only and its tendon reaches the tuberosity of the fifth metatarsal; extensor digitorum
 * longus arises from the lateral tibial condyle and the fibula lateral to tibialis anterior, and its four
 * tendons run apart over the second to fifth metatarsals to those toes; their trigger points
 * lie where the literature puts them; their volumes are sized to Handsfield et al. 2014.
 */
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { landmark } from '../../src/anatomy/landmarks';
import { VOLUME_DEFS } from '../../src/anatomy/volumes';
import { bvhOf, isInside } from '../support/geometry';
import { regionModel } from '../support/region-model';

type P = readonly [number, number, number];
const { left, reach, points } = regionModel();

/** Mean x and z of a left-side muscle's vertices in a level slab (|y - level| < 1 cm). */
function slabMean(id: string, y: number): { n: number; x: number; z: number } {
  const m = left(id);
  let n = 0, x = 0, z = 0;
  for (let i = 0; i < m.positions.length; i += 3)
    if (Math.abs(m.positions[i + 1]! - y) < 0.01) {
      n++;
      x += m.positions[i]!;
      z += m.positions[i + 2]!;
    }
  return { n, x: x / Math.max(n, 1), z: z / Math.max(n, 1) };
}

/** Highest and lowest y of a left-side muscle. */
function span(id: string): { top: number; bottom: number } {
  const m = left(id);
  let top = -Infinity, bottom = Infinity;
  for (let i = 1; i < m.positions.length; i += 3) {
    top = Math.max(top, m.positions[i]!);
    bottom = Math.min(bottom, m.positions[i]!);
  }
  return { top, bottom };
}

/** Centre (x, z) of the fibula's cross-section at a level. */
function fibulaCentre(y: number): { x: number; z: number } {
  const fibula = boneField(['fibula']);
  let n = 0, x = 0, z = 0;
  for (let px = 0.1; px <= 0.17; px += 0.001)
    for (let pz = -0.05; pz <= 0.02; pz += 0.001)
      if (fibula(px, y, pz) < 0) {
        n++;
        x += px;
        z += pz;
      }
  if (n === 0) throw new Error(`no fibula at y ${y}`);
  return { x: x / n, z: z / n };
}

/** Centre (x, z) of a left-side muscle's cross-section at a level, sampled on a 1 mm grid inside its mesh. */
function sectionCentre(id: string, y: number): { n: number; x: number; z: number } {
  const m = left(id), bvh = bvhOf(m.positions, m.indices);
  let n = 0, x = 0, z = 0;
  for (let px = 0.06; px <= 0.17; px += 0.001)
    for (let pz = -0.06; pz <= 0.06; pz += 0.001)
      if (isInside(bvh, [px, y, pz])) {
        n++;
        x += px;
        z += pz;
      }
  return { n, x: x / Math.max(n, 1), z: z / Math.max(n, 1) };
}

/** The x-intervals where a left-side muscle is crossed by a transverse line of the foot at a given z (any height). */
function crossings(id: string, z: number, x0: number, x1: number): { from: number; to: number }[] {
  const m = left(id), bvh = bvhOf(m.positions, m.indices);
  const out: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  for (let px = x0; px <= x1; px += 0.0005) {
    let hit = false;
    for (let py = 0.005; py <= 0.07 && !hit; py += 0.0005) hit = isInside(bvh, [px, py, z]);
    if (hit) {
      if (open) open.to = px;
      else out.push((open = { from: px, to: px }));
    } else open = null;
  }
  return out;
}

const lerp = (a: P, b: P, t: number): [number, number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

describe('extensor hallucis longus', () => {
  it('arises from the middle of the fibula, not from its head, and reaches the distal phalanx of the great toe', () => {
    const fm = landmark('fibula-mid');
    // the front (medial) face of the fibula at mid-shaft
    expect(reach('extensor-hallucis-longus', [fm[0] - 0.006, fm[1], fm[2] + 0.006])).toBeLessThan(0.006);
    expect(span('extensor-hallucis-longus').top).toBeLessThan(landmark('fibula-head')[1] - 0.05);
    // over the base of the distal phalanx
    const toe = lerp(landmark('metatarsal-1-head'), landmark('hallux-tip'), 0.62);
    expect(reach('extensor-hallucis-longus', [toe[0], toe[1] + 0.006, toe[2]])).toBeLessThan(0.005);
  });

  it('lies deep to tibialis anterior and lateral to it in the lower half of the leg, in front of the fibula', () => {
    for (const y of [0.2, 0.24]) {
      const h = slabMean('extensor-hallucis-longus', y), ta = slabMean('tibialis-anterior', y);
      expect(h.n, `extensor hallucis longus reaches y ${y}`).toBeGreaterThan(4);
      expect(h.z).toBeLessThan(ta.z - 0.005);
      expect(h.x).toBeGreaterThan(ta.x);
      expect(h.z).toBeGreaterThan(landmark('fibula-mid')[2]);
    }
  });

  it('has its trigger point in the lower half of the leg, in front of the fibula', () => {
    const tp = points.get('extensor-hallucis-longus-1');
    expect(tp).toBeTruthy();
    expect(tp![1]).toBeGreaterThan(landmark('lateral-malleolus')[1] + 0.04);
    expect(tp![1]).toBeLessThan(landmark('tibia-mid')[1]);
    expect(tp![2]).toBeGreaterThan(landmark('fibula-mid')[2]);
  });
});

describe('extensor digitorum longus', () => {
  it('arises from the lateral tibial condyle and the upper fibula, in front of it', () => {
    const c = landmark('lateral-tibial-condyle');
    expect(reach('extensor-digitorum-longus', [c[0] + 0.004, c[1] - 0.012, c[2] + 0.006])).toBeLessThan(0.006);
    expect(span('extensor-digitorum-longus').top).toBeGreaterThan(landmark('fibula-head')[1] - 0.01);
    // the medial (anterior) face of the fibula in its upper half
    const f = fibulaCentre(0.38);
    expect(reach('extensor-digitorum-longus', [f.x, 0.38, f.z + 0.008])).toBeLessThan(0.006);
  });

  it('lies lateral to tibialis anterior at mid-leg and lateral to extensor hallucis longus lower, in front of the fibula', () => {
    for (const y of [landmark('tibia-mid')[1], 0.33]) {
      const e = sectionCentre('extensor-digitorum-longus', y), ta = sectionCentre('tibialis-anterior', y);
      expect(e.n, `extensor digitorum longus at y ${y}`).toBeGreaterThan(20);
      expect(e.x).toBeGreaterThan(ta.x + 0.01);
      expect(e.z).toBeGreaterThan(fibulaCentre(y).z);
    }
    const e = sectionCentre('extensor-digitorum-longus', 0.2), h = sectionCentre('extensor-hallucis-longus', 0.2);
    expect(e.n).toBeGreaterThan(10);
    expect(e.x).toBeGreaterThan(h.x);
  });

  it('has four tendons apart over the second to fifth metatarsals, reaching those toes', () => {
    // over the metatarsal heads: one tendon over each of the four rays (about 1.5 cm apart)
    const over = crossings('extensor-digitorum-longus', 0.135, 0.085, 0.155);
    expect(over.length).toBe(4);
    const rays = [0.097, 0.111, 0.126, 0.141];
    over.forEach((c, i) => expect(Math.abs((c.from + c.to) / 2 - rays[i]!), `tendon ${i + 2}`).toBeLessThan(0.006));
    // on the toes: each tendon runs beyond its metatarsal head onto the middle phalanx
    const m = left('extensor-digitorum-longus');
    const ends = rays.map((x) => {
      let far = -Infinity;
      for (let i = 0; i < m.positions.length; i += 3) if (Math.abs(m.positions[i]! - x) < 0.005) far = Math.max(far, m.positions[i + 2]!);
      return far;
    });
    expect(ends[0]).toBeGreaterThan(landmark('toe-2-tip')[2] - 0.02);
    expect(ends[1]).toBeGreaterThan(0.175);
    expect(ends[2]).toBeGreaterThan(0.16);
    expect(ends[3]).toBeGreaterThan(landmark('metatarsal-5-head')[2] + 0.025);
  });

  it('has its trigger point in the upper leg, lateral to tibialis anterior', () => {
    const tp = points.get('extensor-digitorum-longus-1');
    expect(tp).toBeTruthy();
    expect(tp![1]).toBeGreaterThan(landmark('tibia-mid')[1]);
    expect(tp![1]).toBeLessThan(landmark('fibula-head')[1]);
    expect(tp![0]).toBeGreaterThan(landmark('tibia-mid')[0] + 0.02);
  });
});

describe('fibularis brevis', () => {
  it('arises from the lower lateral fibula only, lateral to it, and reaches the tuberosity of the fifth metatarsal', () => {
    const s = span('fibularis-brevis');
    // the lower two-thirds: well below the fibular head, where longus alone arises
    expect(s.top).toBeLessThan(landmark('fibula-head')[1] - 0.1);
    expect(s.top).toBeGreaterThan(landmark('fibula-mid')[1]);
    for (const y of [0.16, 0.22]) {
      const b = slabMean('fibularis-brevis', y);
      expect(b.n, `fibularis brevis reaches y ${y}`).toBeGreaterThan(4);
      // lateral to the fibula's axis (the shaft inclines medially as it descends), not medial to it in
      // the anterior compartment nor behind it among the flexors
      const c = fibulaCentre(y);
      expect(b.x).toBeGreaterThan(c.x + 0.001);
      expect(b.z).toBeGreaterThan(c.z - 0.008);
    }
    const m5 = landmark('metatarsal-5-base');
    expect(reach('fibularis-brevis', [m5[0] + 0.006, m5[1], m5[2] - 0.006])).toBeLessThan(0.005);
  });

  it('has its trigger point on the lateral leg about the junction of its middle and lower thirds', () => {
    const tp = points.get('fibularis-brevis-1');
    expect(tp).toBeTruthy();
    expect(tp![1]).toBeGreaterThan(0.13);
    expect(tp![1]).toBeLessThan(0.25);
    expect(tp![0]).toBeGreaterThan(landmark('tibia-mid')[0] + 0.02);
  });
});

describe('front and lateral leg volumes', () => {
  it('are sized to the MRI group volumes of Handsfield et al. 2014', () => {
    for (const id of ['extensor-digitorum-longus', 'extensor-hallucis-longus', 'fibularis-brevis']) {
      const d = VOLUME_DEFS.find((v) => v.id === id);
      expect(d, `${id} is built as a volume`).toBeTruthy();
      expect(d!.volume?.source).toMatch(/Handsfield GG et al\. 2014/);
    }
    // each group split about 2 : 1, the smaller muscle a third of its group
    const ehl = VOLUME_DEFS.find((v) => v.id === 'extensor-hallucis-longus')!.volume!.cm3;
    const fb = VOLUME_DEFS.find((v) => v.id === 'fibularis-brevis')!.volume!.cm3;
    expect(ehl).toBeGreaterThan(25);
    expect(ehl).toBeLessThan(45);
    expect(fb).toBeGreaterThan(30);
    expect(fb).toBeLessThan(55);
  });
});

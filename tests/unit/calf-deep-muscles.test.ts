/**
 * The deep posterior compartment of the leg built as volumes, read from the committed model: tibialis
 * posterior, flexor digitorum longus and flexor hallucis longus lie in front of the soleus, behind the
 * leg bones and the interosseous membrane, flexor digitorum longus medial (on the tibia), flexor
 * hallucis longus lateral (on the fibula) and tibialis posterior between them; behind the medial
 * malleolus their tendons lie in the order tibialis posterior, flexor digitorum longus, flexor hallucis
 * longus from front to back; tibialis posterior reaches the navicular tuberosity and flexor hallucis
 * longus the great toe; the plantaris's belly lies above the knee joint behind the lateral condyle.
 */
import { describe, expect, it } from 'vitest';
import { landmark } from '../../src/anatomy/landmarks';
import { VOLUME_IDS } from '../../src/anatomy/volumes';
import { regionModel } from '../support/region-model';

const { left, reach, points } = regionModel();

/** Mean x and z of a left-side muscle's vertices in a level slab (|y - level| < half). */
function centre(id: string, y: number, half = 0.01): { x: number; z: number; n: number } {
  const m = left(id);
  let n = 0, x = 0, z = 0;
  for (let i = 0; i < m.positions.length; i += 3)
    if (Math.abs(m.positions[i + 1]! - y) < half) {
      n++;
      x += m.positions[i]!;
      z += m.positions[i + 2]!;
    }
  return { x: x / n, z: z / n, n };
}

const DEEP = ['tibialis-posterior', 'flexor-digitorum-longus', 'flexor-hallucis-longus'] as const;

describe('deep posterior compartment of the leg', () => {
  it('is built as volumes', () => {
    for (const id of DEEP) expect(VOLUME_IDS.has(id), id).toBe(true);
  });

  it('lies behind the leg bones and in front of the soleus at mid-calf: flexor digitorum longus medial, flexor hallucis longus lateral', () => {
    const y = 0.24;
    const fdl = centre('flexor-digitorum-longus', y), tp = centre('tibialis-posterior', y), fhl = centre('flexor-hallucis-longus', y);
    for (const c of [fdl, tp, fhl]) expect(c.n).toBeGreaterThan(4);
    expect(fdl.x).toBeLessThan(tp.x - 0.005);
    expect(fhl.x).toBeGreaterThan(tp.x + 0.005);
    // behind the tibia's back face (z about 0.004 at this level), with the soleus behind them (behind the
    // medial part of the flexor hallucis longus: this slender leg leaves no room for it behind the lateral part)
    const soleus = left('soleus');
    const behind = (x: number, z: number) => {
      let n = 0;
      for (let i = 0; i < soleus.positions.length; i += 3)
        if (Math.abs(soleus.positions[i + 1]! - y) < 0.01 && Math.abs(soleus.positions[i]! - x) < 0.006 && soleus.positions[i + 2]! < z - 0.008) n++;
      return n;
    };
    for (const c of [fdl, tp, fhl]) expect(c.z).toBeLessThan(0.004);
    expect(behind(fdl.x, fdl.z)).toBeGreaterThan(0);
    expect(behind(tp.x, tp.z)).toBeGreaterThan(0);
    expect(behind(fhl.x - 0.006, fhl.z)).toBeGreaterThan(0);
  });

  it('passes behind the medial malleolus as tibialis posterior, flexor digitorum longus, flexor hallucis longus from front to back', () => {
    const y = landmark('medial-malleolus')[1] + 0.012;
    const tp = centre('tibialis-posterior', y, 0.006), fdl = centre('flexor-digitorum-longus', y, 0.006), fhl = centre('flexor-hallucis-longus', y, 0.006);
    for (const c of [tp, fdl, fhl]) expect(c.n).toBeGreaterThan(2);
    expect(tp.z).toBeGreaterThan(fdl.z);
    expect(fdl.z).toBeGreaterThan(fhl.z);
    // tibialis posterior and flexor digitorum longus close behind the malleolus, the flexor hallucis longus lateral to them
    expect(tp.x).toBeLessThan(landmark('medial-malleolus')[0] + 0.01);
    expect(fhl.x).toBeGreaterThan(fdl.x + 0.008);
  });

  it('reaches its insertions: tibialis posterior the navicular tuberosity, flexor hallucis longus the great toe, flexor digitorum longus the sole', () => {
    const nav = landmark('navicular');
    expect(reach('tibialis-posterior', [nav[0] + 0.002, nav[1], nav[2] - 0.004])).toBeLessThan(0.006);
    const m1 = [0.08, 0.017, 0.148], tip = landmark('hallux-tip');
    expect(reach('flexor-hallucis-longus', [m1[0]! + (tip[0] - m1[0]!) * 0.74, m1[1]! + (tip[1] - m1[1]!) * 0.74 - 0.006, m1[2]! + (tip[2] - m1[2]!) * 0.74])).toBeLessThan(0.006);
    // the flexor digitorum longus tendon runs forward in the sole, below the tarsals
    const fdl = left('flexor-digitorum-longus');
    let front = -Infinity;
    for (let i = 0; i < fdl.positions.length; i += 3) if (fdl.positions[i + 1]! < 0.03) front = Math.max(front, fdl.positions[i + 2]!);
    expect(front).toBeGreaterThan(0.06);
  });

  it('keeps its trigger points where the literature puts them', () => {
    const tp = points.get('tibialis-posterior-1'), fdl = points.get('flexor-digitorum-longus-1'), fhl = points.get('flexor-hallucis-longus-1');
    expect(tp && fdl && fhl).toBeTruthy();
    // tibialis posterior: deep in the calf above its middle, between the bones (lateral to the tibia's
    // interosseous border, in front of the fibula's back)
    expect(tp![1]).toBeGreaterThan(0.22);
    expect(tp![0]).toBeGreaterThan(0.1);
    // flexor digitorum longus: upper inner calf, behind the medial edge of the tibia
    expect(fdl![1]).toBeGreaterThan(0.28);
    expect(fdl![0]).toBeLessThan(0.1);
    // flexor hallucis longus: lower half of the calf, towards the lateral side
    expect(fhl![1]).toBeLessThan(0.27);
    expect(fhl![1]).toBeGreaterThan(0.1);
    expect(fhl![0]).toBeGreaterThan(0.105);
  });
});

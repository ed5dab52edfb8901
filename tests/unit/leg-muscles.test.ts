/**
 * The hip and thigh muscles built as volumes, read from the committed model: the hamstrings arise
 * from the ischial tuberosity and reach their insertions below the knee behind the femur, and the
 * gluteus medius covers the gluteal surface of the ilium without holes; the soleus runs from the back of
 * the fibular head to the calcaneus behind the leg bones, and the Achilles tendon (a tissue) runs from
 * mid-calf to the back of the calcaneus; the gastrocnemius arises by two heads from both femoral
 * condyles, its medial head the lower, over the soleus, and the popliteus lies above the soleal line.
 */
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { landmark } from '../../src/anatomy/landmarks';
import { bvhOf, isInside, surfaceDistance } from '../support/geometry';
import { loadModel } from '../support/load-model';
import { regionModel } from '../support/region-model';

const { tendons, left, reach } = regionModel();

/** Vertices of a left-side muscle in a level slab (|y - level| < 1 cm). */
function slab(id: string, y: number): [number, number, number][] {
  const m = left(id);
  const out: [number, number, number][] = [];
  for (let i = 0; i < m.positions.length; i += 3) if (Math.abs(m.positions[i + 1]! - y) < 0.01) out.push([m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]);
  return out;
}

/** Mean of one coordinate (0 x, 1 y, 2 z) of some points. */
const mean = (p: readonly (readonly number[])[], axis: 0 | 1 | 2) => p.reduce((a, v) => a + v[axis]!, 0) / p.length;

describe('hamstrings', () => {
  const it0 = landmark('ischial-tuberosity');
  // the tuberosity's posterior face, where the hamstrings' tendons arise
  const tuberosity: [number, number, number] = [it0[0] + 0.004, it0[1] + 0.004, it0[2] - 0.013];

  it.each(['biceps-femoris', 'semitendinosus', 'semimembranosus'])('%s arises from the ischial tuberosity, not below it', (id) => {
    const m = left(id);
    let top = -Infinity;
    for (let i = 1; i < m.positions.length; i += 3) top = Math.max(top, m.positions[i]!);
    expect(top).toBeGreaterThan(it0[1]);
    expect(reach(id, tuberosity)).toBeLessThan(0.012);
  });

  it('insert below the knee: biceps on the fibular head, semitendinosus at the pes anserinus, semimembranosus on the medial tibial condyle', () => {
    const fh = landmark('fibula-head'), pa = landmark('pes-anserinus'), mc = landmark('medial-tibial-condyle');
    expect(reach('biceps-femoris', [fh[0], fh[1] + 0.006, fh[2] - 0.006])).toBeLessThan(0.006);
    expect(reach('semitendinosus', [pa[0] - 0.002, pa[1] - 0.002, pa[2] - 0.006])).toBeLessThan(0.006);
    expect(reach('semimembranosus', [mc[0], mc[1] - 0.007, mc[2] - 0.016])).toBeLessThan(0.008);
  });

  it('lie behind the femur at mid-thigh, biceps lateral to the semitendinosus', () => {
    const y = landmark('femur-mid')[1];
    /** Mean x and z of the muscle at mid-thigh. */
    const at = (id: string) => {
      const p = slab(id, y);
      expect(p.length, `${id} reaches mid-thigh`).toBeGreaterThan(4);
      return [mean(p, 0), mean(p, 2)] as const;
    };
    const femur = boneField(['femur']);
    let back = Infinity;
    for (let z = 0.03; z > -0.06; z -= 0.0005) if (femur(0.122, y, z) < 0) back = z;
    for (const id of ['biceps-femoris', 'semitendinosus', 'semimembranosus']) expect(at(id)[1]).toBeLessThan(back - 0.01);
    expect(at('biceps-femoris')[0]).toBeGreaterThan(at('semitendinosus')[0] + 0.02);
  });
});

describe('gluteus medius', () => {
  it('covers the gluteal surface of the ilium without holes', () => {
    const m = left('gluteus-medius');
    const bvh = bvhOf(m.positions, m.indices);
    const hip = boneField(['hip-bone']);
    // rays from outside the hip, level, towards the wing: between the crest and the trochanter and
    // between the front and back of the wing, each must pass through the medius before meeting bone
    let rays = 0, covered = 0;
    for (let y = 0.955; y <= 1.025; y += 0.01)
      for (let z = -0.03; z <= 0.035; z += 0.01) {
        let hit = false, bone = false;
        for (let x = 0.22; x > 0.06; x -= 0.001) {
          if (isInside(bvh, [x, y, z])) hit = true;
          if (hip(x, y, z) < 0) { bone = true; break; }
        }
        if (!bone) continue;
        rays++;
        if (hit) covered++;
      }
    expect(rays).toBeGreaterThan(30);
    expect(covered / rays).toBeGreaterThan(0.95);
  });
});

describe('soleus', () => {
  it('arises behind the fibular head and the tibia and reaches the back of the calcaneus by its tendon', () => {
    const fh = landmark('fibula-head'), calc = landmark('calcaneus');
    expect(reach('soleus', [fh[0] - 0.004, fh[1] - 0.012, fh[2] - 0.012])).toBeLessThan(0.008);
    expect(reach('soleus', [calc[0], calc[1] - 0.006, calc[2] - 0.003])).toBeLessThan(0.006);
    // mid-calf: the belly lies behind both leg bones
    const m = left('soleus');
    const y = landmark('tibia-mid')[1];
    let n = 0, z = 0;
    for (let i = 0; i < m.positions.length; i += 3) if (Math.abs(m.positions[i + 1]! - y) < 0.01) { n++; z += m.positions[i + 2]!; }
    expect(n).toBeGreaterThan(4);
    expect(z / n).toBeLessThan(landmark('fibula-mid')[2] - 0.01);
  });
});

describe('Achilles tendon', () => {
  it('is drawn as tendon on both sides, from mid-calf behind the soleus down to the back of the calcaneus', () => {
    for (const side of ['left', 'right'] as const) expect(tendons.get(`achilles-tendon/${side}`)?.positions).toBeTruthy();
    const n = tendons.get('achilles-tendon/left')!;
    const bvh = bvhOf(n.positions!, n.indices!);
    const calc = landmark('calcaneus');
    expect(surfaceDistance(bvh, [calc[0], calc[1] - 0.01, calc[2] - 0.002])).toBeLessThan(0.005);
    let top = -Infinity;
    for (let i = 0; i < n.positions!.length; i += 3) {
      top = Math.max(top, n.positions![i + 1]!);
      // behind the leg bones all the way
      expect(n.positions![i + 2]!).toBeLessThan(landmark('fibula-mid')[2]);
    }
    expect(top).toBeGreaterThan(0.15);
  });
});

describe('gastrocnemius', () => {
  it('arises by two heads from the backs of both femoral condyles', () => {
    const mc = landmark('medial-femoral-condyle'), lc = landmark('lateral-femoral-condyle');
    // the popliteal surface just above each condyle, behind it
    expect(reach('gastrocnemius', [mc[0] + 0.016, mc[1] + 0.008, mc[2] - 0.022])).toBeLessThan(0.006);
    expect(reach('gastrocnemius', [lc[0] - 0.015, lc[1] + 0.005, lc[2] - 0.022])).toBeLessThan(0.006);
  });

  it('has the medial head reaching lower than the lateral one, over the soleus, ending above the Achilles tendon', () => {
    const m = left('gastrocnemius');
    const mid = (landmark('medial-femoral-condyle')[0] + landmark('lateral-femoral-condyle')[0]) / 2;
    let lowMedial = Infinity, lowLateral = Infinity;
    for (let i = 0; i < m.positions.length; i += 3) {
      const x = m.positions[i]!, y = m.positions[i + 1]!;
      if (x < mid - 0.005) lowMedial = Math.min(lowMedial, y);
      if (x > mid + 0.005) lowLateral = Math.min(lowLateral, y);
    }
    expect(lowLateral - lowMedial).toBeGreaterThan(0.01);
    // where the calf is widest the heads lie behind the soleus
    const g = slab('gastrocnemius', 0.35), s = slab('soleus', 0.35);
    expect(g.length).toBeGreaterThan(8);
    expect(s.length).toBeGreaterThan(8);
    expect(mean(g, 2)).toBeLessThan(mean(s, 2) - 0.015);
    // the bellies end where the calf narrows, above the free part of the Achilles tendon
    expect(lowMedial).toBeGreaterThan(0.2);
    expect(lowMedial).toBeLessThan(0.3);
  });

  it('rises by each head to about 3 cm above its condyle, with an upward-opening gap between the heads (the lower popliteal fossa)', () => {
    const m = left('gastrocnemius');
    const mc = landmark('medial-femoral-condyle'), lc = landmark('lateral-femoral-condyle');
    // the midline of the fossa, halfway between the condyles
    const mid = (mc[0] + lc[0]) / 2;
    let topMedial = -Infinity, topLateral = -Infinity;
    for (let i = 0; i < m.positions.length; i += 3) {
      const x = m.positions[i]!, y = m.positions[i + 1]!;
      if (x < mid && y > topMedial) topMedial = y;
      if (x > mid && y > topLateral) topLateral = y;
    }
    // the medial head from the popliteal surface above the medial condyle, the lateral from the back and
    // side of the lateral condyle, each to about 3 cm above it (Standring, Gray's Anatomy 42nd ed.)
    expect(topMedial - mc[1]).toBeGreaterThan(0.022);
    expect(topMedial - mc[1]).toBeLessThan(0.045);
    expect(topLateral - lc[1]).toBeGreaterThan(0.022);
    expect(topLateral - lc[1]).toBeLessThan(0.045);
    /** The gastrocnemius vertices' least distance from the fossa's midline in a 5 mm slab at height y (Infinity when none lie there). */
    const nearMid = (y: number) => {
      let d = Infinity;
      for (let i = 0; i < m.positions.length; i += 3) if (Math.abs(m.positions[i + 1]! - y) < 0.0025) d = Math.min(d, Math.abs(m.positions[i]! - mid));
      return d;
    };
    // from the backs of the condyles up, none within 5 mm of the midline: the heads stand apart
    for (let y = mc[1]; y <= mc[1] + 0.02; y += 0.005) expect(nearMid(y), `gap at y ${y.toFixed(3)}`).toBeGreaterThan(0.005);
    // the gap narrows downward: wider above the condyles than at them, closed 2 to 3 cm below them where the heads meet
    expect(nearMid(mc[1] + 0.025)).toBeGreaterThan(nearMid(mc[1]));
    expect(nearMid(mc[1] - 0.02)).toBeLessThan(0.005);
    expect(nearMid(mc[1] - 0.03)).toBeLessThan(0.005);
  });

  it('each head begins in a short tendon on its condyle, flesh from just above the condyles down (no tendon band across the knee)', async () => {
    const model = await loadModel();
    const node = model.doc.getRoot().listNodes().find((n) => n.getName() === 'muscle_gastrocnemius_left');
    const w = node?.getMesh()?.listPrimitives()[0]?.getAttribute('_TENDON');
    expect(w).toBeTruthy();
    const m = left('gastrocnemius');
    const mc = landmark('medial-femoral-condyle'), lc = landmark('lateral-femoral-condyle');
    const mid = (mc[0] + lc[0]) / 2;
    // from 2 cm below the condyles to 1.5 cm above them the heads are mostly flesh
    let sum = 0, n = 0;
    const top: [number, number][] = [[-Infinity, 0], [-Infinity, 0]];
    for (let i = 0; i < w!.getCount(); i++) {
      const x = m.positions[i * 3]!, y = m.positions[i * 3 + 1]!, t = w!.getScalar(i);
      if (y > mc[1] - 0.02 && y < mc[1] + 0.015) [sum, n] = [sum + t, n + 1];
      const head = x < mid ? 0 : 1;
      if (y > top[head]![0]) top[head] = [y, t];
    }
    expect(n).toBeGreaterThan(50);
    expect(sum / n).toBeLessThan(0.4);
    // and each starts in tendon at its top
    for (const [, t] of top) expect(t).toBeGreaterThan(0.5);
  });
});

describe('popliteus', () => {
  it('runs from the lateral femoral condyle to the back of the tibia above the soleal line', () => {
    const lc = landmark('lateral-femoral-condyle'), mt = landmark('medial-tibial-condyle');
    expect(reach('popliteus', [lc[0] + 0.004, lc[1] - 0.012, lc[2] - 0.008])).toBeLessThan(0.006);
    expect(reach('popliteus', [mt[0] + 0.005, mt[1] - 0.02, mt[2] - 0.02])).toBeLessThan(0.006);
    const m = left('popliteus');
    let low = Infinity;
    for (let i = 1; i < m.positions.length; i += 3) low = Math.min(low, m.positions[i]!);
    // the soleus arises below it, from the soleal line
    expect(low).toBeGreaterThan(0.39);
  });
});

describe('front and lateral leg', () => {
  /** Mean x and z of the left mesh's vertices within 1 cm of height y, and their number. */
  const level = (id: string, y: number) => {
    const p = slab(id, y);
    return { n: p.length, x: mean(p, 0), z: mean(p, 2) };
  };

  it('tibialis anterior arises from the lateral tibial condyle and inserts on the medial cuneiform', () => {
    const lc = landmark('lateral-tibial-condyle'), mc = landmark('medial-cuneiform');
    expect(reach('tibialis-anterior', [lc[0] - 0.006, lc[1] - 0.008, lc[2] + 0.022])).toBeLessThan(0.006);
    expect(reach('tibialis-anterior', [mc[0] - 0.004, mc[1] - 0.003, mc[2] + 0.009])).toBeLessThan(0.008);
  });

  it('tibialis anterior lies lateral to the shin, in front of the membrane, and its tendon crosses in front of the ankle on the medial side', () => {
    const tibia = boneField(['tibia']);
    const y = landmark('tibia-mid')[1];
    // the shin's crest at mid-leg: the most anterior point of the tibia
    let crestX = 0, crestZ = -Infinity;
    for (let x = 0.07; x < 0.13; x += 0.0005)
      for (let z = 0.05; z > -0.03; z -= 0.0005)
        if (tibia(x, y, z) < 0) {
          if (z > crestZ) [crestX, crestZ] = [x, z];
          break;
        }
    const mid = level('tibialis-anterior', y);
    expect(mid.n).toBeGreaterThan(4);
    expect(mid.x).toBeGreaterThan(crestX + 0.005);
    expect(mid.z).toBeGreaterThan(landmark('fibula-mid')[2] + 0.02);
    // above the ankle the tendon lies in front of the tibia, medial of the leg's middle and of the lateral malleolus
    const ankle = level('tibialis-anterior', 0.09);
    expect(ankle.n).toBeGreaterThan(4);
    expect(ankle.x).toBeLessThan(0.1);
    expect(ankle.z).toBeGreaterThan(0.01);
  });
});

/**
 * The back switched to volumes: middle and lower trapezius meeting, the rhomboid major under them on its
 * attachments, latissimus dorsi a broad fan from the spine and the iliac crest to the humerus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { landmark } from '../../src/anatomy/landmarks';
import { muscleKey } from '../../src/core/model-contract';
import { loadModel, type LoadedNode } from '../support/load-model';

const meshes = new Map<string, LoadedNode>();
beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes) if (n.extras?.kind === 'muscle') meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n);
});

const positions = (id: string) => {
  const p = meshes.get(muscleKey(id, 'left'))?.positions;
  if (!p) throw new Error(`no mesh for ${id}`);
  return p;
};
/** Least distance from a point to any vertex of a muscle (m). */
const nearest = (id: string, q: readonly number[]) => {
  const p = positions(id);
  let best = Infinity;
  for (let i = 0; i < p.length; i += 3) best = Math.min(best, Math.hypot(p[i]! - q[0]!, p[i + 1]! - q[1]!, p[i + 2]! - q[2]!));
  return best;
};

describe('the back as volumes', () => {
  it('has the middle and lower trapezius meeting (some vertices of each within 3 mm of the other)', () => {
    const a = positions('middle-trapezius');
    let best = Infinity;
    for (let i = 0; i < a.length; i += 3) best = Math.min(best, nearest('lower-trapezius', [a[i]!, a[i + 1]!, a[i + 2]!]));
    expect(best).toBeLessThan(0.003);
  });
  it('attaches the rhomboid major to the T3 spinous process and the medial border of the scapula', () => {
    expect(nearest('rhomboid-major', landmark('t3-spinous'))).toBeLessThan(0.012);
    expect(nearest('rhomboid-major', landmark('scapula-inferior-angle'))).toBeLessThan(0.015);
  });
  it('lays the trapezius over the rhomboid major (behind it where both lie, away from the spine)', () => {
    const r = positions('rhomboid-major');
    const trap = [...positions('middle-trapezius'), ...positions('lower-trapezius')];
    let checked = 0, behind = 0;
    for (let i = 0; i < r.length; i += 30) {
      // (not at the spinous processes, where both attach side by side)
      if (r[i]! < 0.015) continue;
      // the trapezius vertices over this rhomboid vertex (within 4 mm in x and y)
      let zt = Infinity;
      for (let j = 0; j < trap.length; j += 3)
        if (Math.abs(trap[j]! - r[i]!) < 0.004 && Math.abs(trap[j + 1]! - r[i + 1]!) < 0.004) zt = Math.min(zt, trap[j + 2]!);
      if (zt === Infinity) continue;
      checked++;
      if (zt <= r[i + 2]! + 0.001) behind++;
    }
    expect(checked).toBeGreaterThan(20);
    expect(behind / checked).toBeGreaterThan(0.9);
  });
  it('spreads the latissimus from the lower thoracic and lumbar spines and the iliac crest to the intertubercular groove', () => {
    for (const lm of ['t7-spinous', 't10-spinous', 'l1-spinous', 'l4-spinous'] as const) expect(nearest('latissimus-dorsi', landmark(lm)), lm).toBeLessThan(0.015);
    expect(nearest('latissimus-dorsi', landmark('psis'))).toBeLessThan(0.03);
    expect(nearest('latissimus-dorsi', landmark('bicipital-groove'))).toBeLessThan(0.03);
  });
  it('lays the latissimus over the inferior angle of the scapula and behind the teres major (the posterior axillary fold)', () => {
    const lat = positions('latissimus-dorsi');
    const behindAt = (q: readonly number[]) => {
      let z = Infinity;
      for (let i = 0; i < lat.length; i += 3) if (Math.abs(lat[i]! - q[0]!) < 0.01 && Math.abs(lat[i + 1]! - q[1]!) < 0.01) z = Math.min(z, lat[i + 2]!);
      return z;
    };
    const angle = landmark('scapula-inferior-angle');
    expect(behindAt(angle)).toBeLessThan(angle[2]!);
    // (where the teres major's belly lies, halfway to the arm, some of the latissimus lies behind it)
    const tm = positions('teres-major');
    let checked = 0, behind = 0;
    for (let i = 0; i < tm.length; i += 9) {
      if (tm[i]! < angle[0]! + 0.02 || tm[i]! > angle[0]! + 0.05) continue;
      const z = behindAt([tm[i]!, tm[i + 1]!]);
      if (z === Infinity) continue;
      checked++;
      if (z < tm[i + 2]!) behind++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(behind / checked).toBeGreaterThan(0.5);
  });
});

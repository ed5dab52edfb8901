/**
 * The back switched to volumes: middle and lower trapezius meeting, the rhomboid major under them on its
 * attachments, latissimus dorsi a broad fan from the spine and the iliac crest to the humerus; the upper
 * trapezius from the occiput and the ligamentum nuchae over the nape and the top of the shoulder to the
 * clavicle, meeting the middle part; the rhomboid minor above the major, under the trapezius.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { landmark } from '../../src/anatomy/landmarks';
import { VOLUME_IDS } from '../../src/anatomy/volumes';
import { muscleKey } from '../../src/core/model-contract';
import { loadModel, type LoadedNode } from '../support/load-model';

const meshes = new Map<string, LoadedNode>();
const points = new Map<string, [number, number, number]>();
beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes) if (n.extras?.kind === 'muscle') meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n);
  for (const n of model.nodes) if (n.extras?.kind === 'trigger-point' && n.extras.side === 'left') points.set(n.extras.triggerPointId, n.translation);
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

/**
 * Where a shallower sheet lies over a deeper muscle: of every `step`-th vertex of `deep` (those with
 * x ≥ `fromX`, away from the spinous processes where both attach side by side), how many have vertices
 * of `over` within 4 mm in x and y (`checked`), and how many of those lie behind it (`behind`).
 */
const layered = (deep: ArrayLike<number>, over: ArrayLike<number>, step: number, fromX = -Infinity) => {
  let checked = 0, behind = 0;
  for (let i = 0; i < deep.length; i += step * 3) {
    if (deep[i]! < fromX) continue;
    let zt = Infinity;
    for (let j = 0; j < over.length; j += 3)
      if (Math.abs(over[j]! - deep[i]!) < 0.004 && Math.abs(over[j + 1]! - deep[i + 1]!) < 0.004) zt = Math.min(zt, over[j + 2]!);
    if (zt === Infinity) continue;
    checked++;
    if (zt <= deep[i + 2]! + 0.001) behind++;
  }
  return { checked, behind };
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
    const trap = [...positions('middle-trapezius'), ...positions('lower-trapezius')];
    const { checked, behind } = layered(positions('rhomboid-major'), trap, 10, 0.015);
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

/**
 * Checks of the upper trapezius and the rhomboid minor, run while each is built as a volume (see
 * defs/back.ts, defs/scapular.ts).
 */
describe.runIf(VOLUME_IDS.has('upper-trapezius'))('the upper trapezius as a volume', () => {
  it('arises from the medial third of the superior nuchal line and the external occipital protuberance', () => {
    const inion = landmark('inion'), snl = landmark('superior-nuchal-line');
    // the medial third of the nuchal line, between the protuberance and the line's landmark
    const medial = inion.map((v, i) => v + 0.5 * (snl[i]! - v));
    expect(nearest('upper-trapezius', medial)).toBeLessThan(0.012);
    // not its lateral part beyond the landmark, where the splenius capitis and the sternocleidomastoid insert
    const lateral = inion.map((v, i) => v + 1.8 * (snl[i]! - v));
    expect(nearest('upper-trapezius', lateral)).toBeGreaterThan(nearest('upper-trapezius', medial));
  });
  it('inserts on the lateral third of the clavicle and the acromion, not on its medial half', () => {
    const c = landmark('clavicle-mid'), ac = landmark('acromioclavicular');
    for (const t of [0.4, 0.7, 1]) expect(nearest('upper-trapezius', c.map((v, i) => v + t * (ac[i]! - v))), `clavicle at ${t}`).toBeLessThan(0.015);
    expect(nearest('upper-trapezius', landmark('acromion'))).toBeLessThan(0.02);
    const sc = landmark('sternoclavicular');
    expect(nearest('upper-trapezius', sc.map((v, i) => v + 0.5 * (c[i]! - v)))).toBeGreaterThan(0.025);
  });
  it('lies superficial to the levator scapulae and the splenius capitis (behind them where both lie)', () => {
    const trap = positions('upper-trapezius');
    for (const id of ['levator-scapulae', 'splenius-capitis']) {
      const { checked, behind } = layered(positions(id), trap, 3);
      expect(checked, id).toBeGreaterThan(20);
      expect(behind / checked, id).toBeGreaterThan(0.9);
    }
  });
  it('runs the upper trapezius from the occiput and the nape to the lateral clavicle and the acromion', () => {
    expect(nearest('upper-trapezius', landmark('superior-nuchal-line'))).toBeLessThan(0.016);
    expect(nearest('upper-trapezius', landmark('inion'))).toBeLessThan(0.02);
    expect(nearest('upper-trapezius', landmark('acromioclavicular'))).toBeLessThan(0.012);
    // the lateral third of the clavicle, not its middle
    const c = landmark('clavicle-mid'), ac = landmark('acromioclavicular');
    expect(nearest('upper-trapezius', c.map((v, i) => v + 0.65 * (ac[i]! - v)))).toBeLessThan(0.015);
    expect(nearest('upper-trapezius', c)).toBeGreaterThan(0.015);
    // its lowest fibres arise at the level of C7, over the spine
    const p = positions('upper-trapezius');
    let low = Infinity;
    for (let i = 0; i < p.length; i += 3) if (p[i]! < 0.01) low = Math.min(low, p[i + 1]!);
    expect(low).toBeLessThan(landmark('c7-spinous')[1]! + 0.012);
  });
  it('meets the middle trapezius (parts of one muscle, no gap between them)', () => {
    const a = positions('upper-trapezius');
    let best = Infinity;
    for (let i = 0; i < a.length; i += 3) best = Math.min(best, nearest('middle-trapezius', [a[i]!, a[i + 1]!, a[i + 2]!]));
    expect(best).toBeLessThan(0.003);
  });
  it('forms the slope of the shoulder: the upper trapezius is the highest muscle over the top of the shoulder', () => {
    const p = positions('upper-trapezius');
    // over the top of the shoulder, halfway between the neck and the acromion, some of it lies high
    let top = -Infinity;
    for (let i = 0; i < p.length; i += 3) if (Math.abs(p[i]! - 0.1) < 0.01) top = Math.max(top, p[i + 1]!);
    expect(top).toBeGreaterThan(1.47);
    for (const id of ['levator-scapulae', 'supraspinatus', 'middle-trapezius']) {
      const q = positions(id);
      let t = -Infinity;
      for (let i = 0; i < q.length; i += 3) if (Math.abs(q[i]! - 0.1) < 0.01) t = Math.max(t, q[i + 1]!);
      expect(t, id).toBeLessThan(top);
    }
  });
  it('lays the upper trapezius behind the splenius capitis and the semispinalis capitis on the nape', () => {
    const trap = positions('upper-trapezius');
    for (const id of ['splenius-capitis', 'semispinalis-capitis']) {
      const { checked, behind } = layered(positions(id), trap, 5);
      expect(checked, id).toBeGreaterThan(20);
      expect(behind / checked, id).toBeGreaterThan(0.9);
    }
  });
  it('puts upper trapezius TrP1 at the top of the shoulder, TrP2 below and lateral to it', () => {
    const t1 = points.get('upper-trapezius-1')!, t2 = points.get('upper-trapezius-2')!;
    // TrP1 in the free border at the top of the shoulder, mid-way between the side of the neck (x about
    // 5.5 cm at the root of the neck) and the acromion (x 19 cm), on the upper face of the ridge
    const neck = 0.055, acromion = landmark('acromion')[0]!;
    expect(Math.abs(t1[0] - (neck + acromion) / 2)).toBeLessThan(0.025);
    expect(t1[1]).toBeGreaterThan(1.45);
    expect(t1[1]).toBeLessThan(1.5);
    // TrP2 a little below and lateral to it, in the more horizontal fibres behind it
    expect(t2[1]).toBeLessThan(t1[1]);
    expect(t2[1]).toBeGreaterThan(t1[1] - 0.03);
    expect(t2[0]).toBeGreaterThan(t1[0]);
    expect(t2[0]).toBeLessThan(t1[0] + 0.04);
  });
});

describe.runIf(VOLUME_IDS.has('rhomboid-minor'))('the rhomboid minor as a volume', () => {
  it('attaches the rhomboid minor to C7–T1 and the root of the spine of the scapula, under the middle trapezius', () => {
    expect(nearest('rhomboid-minor', landmark('t1-spinous'))).toBeLessThan(0.012);
    expect(nearest('rhomboid-minor', landmark('scapula-spine-root'))).toBeLessThan(0.012);
    const { checked, behind } = layered(positions('rhomboid-minor'), positions('middle-trapezius'), 2, 0.015);
    expect(checked).toBeGreaterThan(10);
    expect(behind / checked).toBeGreaterThan(0.9);
  });
});

describe('the infraspinatus trigger points on the scapula with its spine across the blade', () => {
  it('face the back, where a clinician looks for them, below the spine and medial to the glenoid', async () => {
    const model = await loadModel();
    const tps = model.nodes.filter((n) => n.extras?.kind === 'trigger-point' && n.extras.muscleId === 'infraspinatus' && n.extras.side === 'left');
    expect(tps.length).toBe(3);
    const spineRoot = landmark('scapula-spine-root'), glenoid = landmark('glenoid');
    for (const n of tps) {
      if (n.extras?.kind !== 'trigger-point') continue;
      const e = n.extras;
      // seen from behind: the outward normal points back (−z), not up or down under the spine's ledge
      expect(e.normal[2], e.triggerPointId).toBeLessThan(-0.5);
      expect(n.translation[1], e.triggerPointId).toBeLessThan(spineRoot[1]);
      expect(n.translation[0], e.triggerPointId).toBeLessThan(glenoid[0]);
    }
  });
});

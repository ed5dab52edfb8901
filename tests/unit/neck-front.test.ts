/**
 * The front of the neck: the hyoid, the larynx (thyroid and cricoid cartilages) and the trachea
 * (src/anatomy/bones/larynx.ts), their order and levels on this figure's neck and their place
 * between the cervical column, the manubrium and the skin.
 */
import { describe, expect, it } from 'vitest';
import { allBones, boneField } from '../../src/anatomy/bones';
import { airwayZ, HYOID_Y, TRACHEA_BOTTOM_Y } from '../../src/anatomy/bones/larynx';
import { landmark } from '../../src/anatomy/landmarks';
import { polygonize } from '../../src/anatomy/polygonize';
import { skinField } from '../../src/anatomy/skin';
import type { BoneId } from '../../src/core/model-contract';

/** The vertices of a bone's mesh, polygonized coarsely. */
function vertices(id: BoneId): [number, number, number][] {
  const b = allBones().find((x) => x.boneId === id)!;
  const m = polygonize(b.field, b.bounds, { cell: b.cell * 1.5, smooth: 0, project: 1 });
  const out: [number, number, number][] = [];
  for (let i = 0; i < m.positions.length; i += 3) out.push([m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]);
  return out;
}

/** The nearest z in front (largest) where a field is inside, scanning the midline at height y. */
function frontZ(f: (x: number, y: number, z: number) => number, y: number, from = 0.15, to = -0.06): number | null {
  for (let z = from; z > to; z -= 0.0005) if (f(0, y, z) < 0) return z;
  return null;
}

describe('the front of the neck', () => {
  const hyoid = landmark('hyoid'), thyroid = landmark('thyroid-prominence'), cricoid = landmark('cricoid');
  const chin = landmark('chin'), notch = landmark('jugular-notch');

  it('hyoid above the laryngeal prominence above the cricoid, between the chin and the jugular notch', () => {
    expect(HYOID_Y).toBeCloseTo(1.495, 2);
    expect(thyroid[1]).toBeCloseTo(1.479, 3);
    expect(cricoid[1]).toBeCloseTo(1.452, 3);
    expect(chin[1]).toBeGreaterThan(HYOID_Y);
    // the hyoid body lies on the midline in front of the larynx's upper border, with room for the thyrohyoid membrane
    expect(HYOID_Y - thyroid[1]).toBeGreaterThan(0.01);
    expect(thyroid[1] - cricoid[1]).toBeGreaterThan(0.018);
    expect(cricoid[1]).toBeGreaterThan(notch[1] + 0.015);
    expect(TRACHEA_BOTTOM_Y).toBeLessThan(landmark('sternal-angle')[1] + 0.005);
    // the landmark of the hyoid is inside its body
    expect(boneField(['hyoid'])(hyoid[0], hyoid[1], hyoid[2])).toBeLessThan(0);
  });

  it('the hyoid is a horseshoe: the body in front, the greater horns back and out to either side', () => {
    const v = vertices('hyoid');
    const xs = v.map((p) => p[0]), zs = v.map((p) => p[2]);
    // 40–50 mm between the tips of the greater horns, 25–40 mm deep
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.04);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.052);
    expect(Math.max(...zs) - Math.min(...zs)).toBeGreaterThan(0.025);
    expect(Math.max(...zs) - Math.min(...zs)).toBeLessThan(0.04);
    // the middle is open behind the body (the horns do not meet)
    const f = boneField(['hyoid']);
    expect(f(0, HYOID_Y, hyoid[2] - 0.015)).toBeGreaterThan(0.005);
  });

  it('the thyroid laminae meet at the prominence, the most forward point of the larynx', () => {
    const v = vertices('larynx');
    const front = v.reduce((a, p) => (p[2] > a[2] ? p : a));
    expect(Math.abs(front[0])).toBeLessThan(0.004);
    expect(Math.abs(front[1] - thyroid[1])).toBeLessThan(0.006);
    // the laminae spread back to either side: 36–46 mm across behind
    const xs = v.map((p) => p[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.036);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.048);
  });

  it('the larynx and trachea lie under the skin and in front of the cervical column', () => {
    const skin = skinField();
    for (const id of ['hyoid', 'larynx', 'trachea'] as const) {
      const v = vertices(id);
      const under = Math.min(...v.map((p) => -skin(p[0], p[1], p[2])));
      expect(under, `${id}: ${(under * 1000).toFixed(1)} mm under the skin`).toBeGreaterThan(0.005);
    }
    const spine = boneField(['cervical-spine', 'thoracic-spine']);
    for (const y of [thyroid[1], cricoid[1], 1.42, TRACHEA_BOTTOM_Y + 0.005]) {
      const back = airwayZ(y) - 0.01;
      const column = frontZ(spine, y, back);
      // the pharynx and oesophagus lie between: at least 10 mm
      if (column !== null) expect(back - column, `y ${y}`).toBeGreaterThan(0.01);
    }
  });

  it('the trachea runs down behind the manubrium, with room in front of it for the strap muscles', () => {
    const trachea = boneField(['trachea']), sternum = boneField(['sternum']);
    for (const y of [1.415, 1.4, 1.385]) {
      const t = frontZ(trachea, y)!, s = frontZ(sternum, y)!;
      expect(t, `y ${y}`).not.toBeNull();
      // the back of the manubrium: the first point behind its front where the field is outside again
      let back = s;
      while (sternum(0, y, back) < 0) back -= 0.0005;
      expect(back - t, `y ${y}: ${((back - t) * 1000).toFixed(1)} mm`).toBeGreaterThan(0.015);
    }
    // the airway runs back as it descends
    expect(airwayZ(TRACHEA_BOTTOM_Y)).toBeLessThan(airwayZ(cricoid[1]) - 0.004);
  });
});

/** The skull, mandible and cervical spine against adult anatomy: the features muscles attach to and pass by. */
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { mandibleFeatures } from '../../src/anatomy/bones/skull';
import { vertebraNamed } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';
import { dist, lerp, type V3 } from '../../src/anatomy/vec';

const skull = boneField(['skull']);
const jaw = boneField(['mandible']);
const neck = boneField(['cervical-spine']);
const at = (f: (x: number, y: number, z: number) => number, p: V3) => f(p[0], p[1], p[2]);

describe('skull', () => {
  it('has a zygomatic arch that is a bar with free space under it for the temporalis tendon', () => {
    const arch = landmark('zygomatic-arch');
    for (const dz of [-0.008, -0.002, 0.004, 0.01]) {
      const c: V3 = [arch[0], arch[1], arch[2] + dz];
      // find the bar's centre in this section: the deepest point across x near the landmark
      let best = Infinity, bx = c[0];
      for (let x = c[0] - 0.008; x <= c[0] + 0.004; x += 0.0005) {
        const v = skull(x, c[1], c[2]);
        if (v < best) { best = v; bx = x; }
      }
      expect(best, `bar missing at z ${c[2].toFixed(3)}`).toBeLessThan(-0.001);
      // the bar is thin: 4 mm outside its centre there is no bone
      expect(skull(bx + 0.0045, c[1], c[2])).toBeGreaterThan(0);
      // under it (medial to it) at least 8 mm of open space across, and open space below it
      for (let gap = 0.006; gap <= 0.014; gap += 0.002) expect(skull(bx - gap, c[1], c[2]), `bone ${(gap * 1000).toFixed(0)} mm medial to the arch`).toBeGreaterThan(0);
      expect(skull(bx - 0.004, c[1] - 0.008, c[2])).toBeGreaterThan(0);
    }
  });

  it('has deep orbits: a free cavity at least 35 mm behind the rim, walled by bone around it', () => {
    const orbit = landmark('orbit');
    const rim = landmark('supraorbital');
    const apex: V3 = [0.016, orbit[1] - 0.004, 0.038];
    let depth = 0;
    for (let t = 0; t <= 1; t += 0.02) {
      const p = lerp(orbit, apex, t);
      if (at(skull, p) <= 0) break;
      depth = rim[2] - p[2];
    }
    expect(depth * 1000).toBeGreaterThanOrEqual(35);
    // roof above and floor below the middle of the cavity are bone
    const m = lerp(orbit, apex, 0.35);
    expect(skull(m[0], m[1] + 0.02, m[2])).toBeLessThan(0);
    expect(skull(m[0], m[1] - 0.021, m[2])).toBeLessThan(0);
  });

  it('has a nasal aperture open in front of the maxilla, pear-shaped, about 24 mm wide and 32 mm tall', () => {
    expect(skull(0, 1.61, 0.09)).toBeGreaterThan(0);
    expect(skull(0.02, 1.61, 0.078)).toBeLessThan(0);
    // open as seen from the front: no bone from in front of the face back to z 0.072 (the maxilla's front
    // lies at z 0.075-0.085 round it); its half-width at a height, its height beside the midline
    const open = (x: number, y: number) => {
      for (let z = 0.13; z > 0.072; z -= 0.0005) if (skull(x, y, z) < 0) return false;
      return true;
    };
    const halfWidth = (y: number) => {
      let x = 0;
      while (open(x + 0.0005, y) && x < 0.03) x += 0.0005;
      return x;
    };
    let top = 1.6, bottom = 1.6;
    while (open(0.003, top + 0.0005)) top += 0.0005;
    while (open(0.003, bottom - 0.0005)) bottom -= 0.0005;
    // about 22-26 mm wide in its lower third (Gray's Anatomy: the piriform aperture about 2.5 cm wide and 3.5 cm tall)
    expect(2 * halfWidth(1.602)).toBeGreaterThan(0.02);
    expect(2 * halfWidth(1.602)).toBeLessThan(0.027);
    // narrow under the nasal bones
    expect(halfWidth(top - 0.004)).toBeLessThan(halfWidth(1.602) * 0.7);
    expect(top - bottom).toBeGreaterThan(0.028);
    expect(top - bottom).toBeLessThan(0.038);
  });

  it('has the temporal fossa medial to the arch and the temporal line above it', () => {
    const arch = landmark('zygomatic-arch');
    // 1 cm above the arch the side of the skull lies at least 8 mm inside the arch's outer face
    let side = 0;
    for (let x = 0.08; x > 0; x -= 0.0005) if (skull(x, arch[1] + 0.01, arch[2]) < 0) { side = x; break; }
    expect(arch[0] + 0.003 - side).toBeGreaterThan(0.008);
  });

  it('has a mastoid process pointing down behind the ear, an occipital protuberance and nuchal lines', () => {
    const m = landmark('mastoid');
    const ear = landmark('ear-canal');
    expect(at(skull, m)).toBeLessThan(0.004);
    expect(m[1]).toBeLessThan(ear[1] - 0.02);
    expect(m[2]).toBeLessThan(ear[2]);
    const inion = landmark('inion');
    // the protuberance stands out from the curve of the occiput on either side of it
    const back = (x: number) => { for (let z = -0.12; z < 0; z += 0.0005) if (skull(x, inion[1], z) < 0) return z; return 0; };
    expect(back(0.012) - back(0)).toBeGreaterThan(0.002);
  });

  it('has the lateral pterygoid plate hanging below the cranial base behind the maxilla', () => {
    const p = landmark('lateral-pterygoid-plate');
    expect(skull(p[0], p[1] - 0.008, p[2])).toBeLessThan(0.002);
    // a thin plate: open space 5 mm lateral to it
    expect(skull(p[0] + 0.008, p[1] - 0.008, p[2])).toBeGreaterThan(0);
  });
});

describe('mandible', () => {
  it('rises to a coronoid process above the mandibular notch, which lies below the condyle', () => {
    const cor = landmark('coronoid');
    const condyle = landmark('mandibular-condyle');
    const { notch } = mandibleFeatures();
    expect(at(jaw, cor)).toBeLessThan(0.003);
    expect(cor[1] - notch[1]).toBeGreaterThan(0.008);
    expect(condyle[1] - notch[1]).toBeGreaterThan(0.012);
    // the notch is open: no bone between coronoid and condyle at the coronoid's height
    const midTop = lerp(cor, condyle, 0.5);
    expect(jaw(midTop[0], cor[1] - 0.002, midTop[2])).toBeGreaterThan(0);
    // the coronoid lies under the zygomatic arch, medial to it
    const arch = landmark('zygomatic-arch');
    expect(cor[0]).toBeLessThan(arch[0] - 0.01);
    expect(Math.abs(cor[2] - arch[2])).toBeLessThan(0.012);
  });

  it('seats its condyle in the temporomandibular joint in front of the ear, under the fossa', () => {
    const condyle = landmark('mandibular-condyle');
    const tmj = landmark('tmj');
    const ear = landmark('ear-canal');
    expect(at(jaw, condyle)).toBeLessThan(-0.002);
    expect(dist(condyle, tmj)).toBeLessThan(0.008);
    expect(condyle[2]).toBeGreaterThan(ear[2] + 0.008);
    // skull and mandible meet without overlapping: the condyle is free of the skull, the fossa's roof close above it
    expect(at(skull, condyle)).toBeGreaterThan(0);
    let roof = 0;
    for (let dy = 0; dy < 0.03; dy += 0.0005) if (skull(condyle[0], condyle[1] + dy, condyle[2]) < 0) { roof = dy; break; }
    expect(roof).toBeGreaterThan(0.004);
    expect(roof).toBeLessThan(0.012);
  });

  it('has a body, an angle and a ramus about 50–65 mm tall', () => {
    const angle = landmark('mandible-angle');
    const condyle = landmark('mandibular-condyle');
    expect(at(jaw, angle)).toBeLessThan(0.004);
    expect(at(jaw, landmark('mandible-body'))).toBeLessThan(0.004);
    const height = condyle[1] + 0.005 - angle[1];
    expect(height).toBeGreaterThan(0.05);
    expect(height).toBeLessThan(0.08);
  });
});

describe('cervical spine', () => {
  const tipBehind = (n: string) => { const v = vertebraNamed(n); return v.body[2] - v.spinous[2]; };
  it('sizes its spinous processes per level: C2 large, C3–C6 short, C7 the longest (vertebra prominens)', () => {
    const mid = ['c3', 'c4', 'c5', 'c6'].map(tipBehind);
    for (const d of mid) {
      expect(d).toBeGreaterThan(0.035);
      expect(d).toBeLessThan(0.05);
    }
    expect(tipBehind('c2')).toBeGreaterThan(Math.max(...mid.slice(0, 3)));
    expect(tipBehind('c7')).toBeGreaterThan(Math.max(...mid) + 0.008);
  });

  it('points its spinous processes down and back, not straight back', () => {
    for (const n of ['c3', 'c4', 'c5', 'c6', 'c7']) {
      const v = vertebraNamed(n);
      const drop = v.body[1] - v.spinous[1];
      const slope = (Math.atan2(drop, v.body[2] - v.spinous[2]) * 180) / Math.PI;
      expect(slope, n).toBeGreaterThan(15);
      expect(slope, n).toBeLessThan(50);
      expect(at(neck, v.spinous), n).toBeLessThan(0.003);
    }
  });

  it('splits the tips of C2–C6 into two tubercles and ends C7 in one', () => {
    for (const n of ['c2', 'c3', 'c4', 'c5', 'c6']) {
      const t = vertebraNamed(n).spinous;
      const fork = n === 'c2' ? 0.0055 : 0.0036;
      expect(neck(fork, t[1] - 0.001, t[2] + 0.001), n).toBeLessThan(0);
      expect(neck(0, t[1] - 0.001, t[2] - 0.001), n).toBeGreaterThan(neck(fork, t[1] - 0.001, t[2] + 0.001));
    }
    const c7 = vertebraNamed('c7').spinous;
    expect(neck(0, c7[1] - 0.001, c7[2] + 0.001)).toBeLessThan(-0.002);
  });
});

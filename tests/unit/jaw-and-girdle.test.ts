/** The mandible's angle, the coracoid and the cervical spinous processes, probed through the bones' distance fields. */
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { GLENOID_NORMAL, humeralHeadCentre, scapulaFrame } from '../../src/anatomy/bones/girdle';
import { VERTEBRAE } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';

type Field = (x: number, y: number, z: number) => number;

/** Whether any bone lies on the segment across x (the mandible's left half) at height y and depth z. */
const solidAcross = (f: Field, y: number, z: number, x0: number, x1: number) => {
  for (let x = x0; x <= x1; x += 0.001) if (f(x, y, z) < 0) return true;
  return false;
};

/** Least-squares slope dq/dp of points (p, q). */
function slope(pts: [number, number][]): number {
  const n = pts.length, mp = pts.reduce((s, p) => s + p[0], 0) / n, mq = pts.reduce((s, p) => s + p[1], 0) / n;
  let num = 0, den = 0;
  for (const [p, q] of pts) { num += (p - mp) * (q - mq); den += (p - mp) ** 2; }
  return num / den;
}

describe('mandible', () => {
  const jaw = boneField(['mandible']);

  it('has a gonial angle of 115–135° between the posterior border of the ramus and the lower border of the body', () => {
    const angle = landmark('mandible-angle'), chin = landmark('chin');
    // posterior border: the rearmost bone at each height up the ramus
    const back: [number, number][] = [];
    for (let y = angle[1] + 0.015; y <= angle[1] + 0.045; y += 0.002) {
      for (let z = -0.02; z < 0.05; z += 0.0005) if (solidAcross(jaw, y, z, 0.035, 0.065)) { back.push([y, z]); break; }
    }
    // lower border: the lowest bone at each depth from the angle forward
    const low: [number, number][] = [];
    for (let z = angle[2] + 0.004; z <= chin[2] - 0.02; z += 0.002) {
      for (let y = 1.49; y < 1.58; y += 0.0005) if (solidAcross(jaw, y, z, 0.0, 0.065)) { low.push([z, y]); break; }
    }
    expect(back.length).toBeGreaterThan(10);
    expect(low.length).toBeGreaterThan(15);
    // ramus direction going up (dz/dy), body direction going forward (dy/dz)
    const up = [slope(back), 1] as const, fwd = [1, slope(low)] as const;
    const cos = (up[0] * fwd[0] + up[1] * fwd[1]) / (Math.hypot(...up) * Math.hypot(...fwd));
    const deg = (Math.acos(cos) * 180) / Math.PI;
    expect(deg).toBeGreaterThan(115);
    expect(deg).toBeLessThan(135);
  });
});

describe('scapula', () => {
  const scap = boneField(['scapula']);

  it('has a coracoid about 4 cm long: solid bone from the neck to its tip, which lies forward of the glenoid and under the clavicle', () => {
    const cor = landmark('coracoid'), gl = landmark('glenoid'), ac = landmark('acromioclavicular');
    expect(scap(...cor)).toBeLessThan(0.003);
    expect(cor[2]).toBeGreaterThan(gl[2] + 0.03);
    expect(cor[1]).toBeLessThan(ac[1]);
    // a thick process: 5 mm behind the tip is well inside bone
    expect(scap(cor[0] - 0.002, cor[1] + 0.001, cor[2] - 0.01)).toBeLessThan(-0.003);
  });

  it('has the root of its spine 20–35 % of the way down the medial border', () => {
    const sa = landmark('scapula-superior-angle'), ia = landmark('scapula-inferior-angle'), root = landmark('scapula-spine-root');
    const border = [ia[0] - sa[0], ia[1] - sa[1], ia[2] - sa[2]];
    const t = ((root[0] - sa[0]) * border[0]! + (root[1] - sa[1]) * border[1]! + (root[2] - sa[2]) * border[2]!) / (border[0]! ** 2 + border[1]! ** 2 + border[2]! ** 2);
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThan(0.35);
    expect(Math.abs(scap(...root))).toBeLessThan(0.004);
  });

  it('carries the spine across the middle of its back, below the superior border: the supraspinous fossa a trough above it', () => {
    const f = scapulaFrame();
    const at = (u: number, v: number, w: number): [number, number, number] => [0, 1, 2].map((i) => f.origin[i]! + f.u[i]! * u + f.v[i]! * v + f.w[i]! * w) as [number, number, number];
    /** Height of the bone's back surface over the plate at (u, v), from a ray coming down its normal. */
    const back = (u: number, v: number) => {
      for (let w = 0.06; w > -0.03; w -= 0.0004) if (scap(...at(u, v, w)) < 0) return w;
      return -Infinity;
    };
    const drop: number[] = [];
    for (const v of [0.0, 0.02, 0.04]) {
      const us: number[] = [];
      for (let u = 0.075; u > -0.06; u -= 0.001) us.push(u);
      const top = us.find((u) => back(u, v) > -Infinity)!;
      const hs = us.map((u) => back(u, v));
      const k = hs.indexOf(Math.max(...hs));
      const spineU = us[k]!, crest = hs[k]!;
      // the spine stands well below the superior border (the crest leans up over the fossa), at least 8 mm off the blade
      drop.push(top - spineU);
      expect(top - spineU, `v ${v}: superior border to spine`).toBeGreaterThan(0.017);
      const fossa = back((top + spineU) / 2, v), below = back(spineU - 0.03, v);
      expect(crest - fossa, `v ${v}: spine over the supraspinous fossa`).toBeGreaterThan(0.008);
      expect(crest - below, `v ${v}: spine over the infraspinous fossa`).toBeGreaterThan(0.008);
    }
    // on average some 2.5 cm of supraspinous fossa between the superior border and the crest
    expect(drop.reduce((a, b) => a + b, 0) / drop.length).toBeGreaterThan(0.022);
  });

  it('turns the glenoid laterally, 10–20° forward and a little up', () => {
    const gl = landmark('glenoid');
    // the landmark lies just inside the face of the cavity
    expect(scap(...gl)).toBeLessThan(0);
    expect(scap(...gl)).toBeGreaterThan(-0.003);
    const e = 0.0005;
    const g = [
      scap(gl[0] + e, gl[1], gl[2]) - scap(gl[0] - e, gl[1], gl[2]),
      scap(gl[0], gl[1] + e, gl[2]) - scap(gl[0], gl[1] - e, gl[2]),
      scap(gl[0], gl[1], gl[2] + e) - scap(gl[0], gl[1], gl[2] - e),
    ];
    const len = Math.hypot(...g), n = g.map((x) => x / len);
    expect(n[0]).toBeGreaterThan(0.85);
    const forward = (Math.atan2(n[2]!, n[0]!) * 180) / Math.PI, up = (Math.asin(n[1]!) * 180) / Math.PI;
    expect(forward).toBeGreaterThan(10);
    expect(forward).toBeLessThan(20);
    expect(up).toBeGreaterThan(0);
    expect(up).toBeLessThan(15);
    expect(n[0]! * GLENOID_NORMAL[0] + n[1]! * GLENOID_NORMAL[1] + n[2]! * GLENOID_NORMAL[2]).toBeGreaterThan(0.98);
  });

  it('leaves a joint space between the glenoid and the humeral head: no overlap, the head within 4 mm of the cavity', () => {
    const hum = boneField(['humerus']);
    const h = humeralHeadCentre();
    let closest = Infinity;
    for (let x = h[0] - 0.045; x <= h[0] + 0.01; x += 0.001)
      for (let y = h[1] - 0.03; y <= h[1] + 0.03; y += 0.001)
        for (let z = h[2] - 0.03; z <= h[2] + 0.03; z += 0.001) closest = Math.min(closest, Math.max(scap(x, y, z), hum(x, y, z)));
    // half the gap at its narrowest: the two surfaces stay at least 1.5 mm apart
    expect(closest).toBeGreaterThan(0.00075);
    const gl = landmark('glenoid');
    expect(hum(...gl)).toBeLessThan(0.004);
    expect(hum(...gl)).toBeGreaterThan(0.0015);
  });
});

describe('clavicle', () => {
  const clav = boneField(['clavicle']);
  /** The clavicle's middle depth (halfway between its front and back faces) at x, and its width and height there. */
  const section = (x: number) => {
    let zb = Infinity, zf = -Infinity, lo = Infinity, hi = -Infinity;
    for (let y = 1.41; y < 1.47; y += 0.0005) for (let z = -0.02; z < 0.09; z += 0.0005) if (clav(x, y, z) < 0) { zb = Math.min(zb, z); zf = Math.max(zf, z); lo = Math.min(lo, y); hi = Math.max(hi, y); }
    return { z: (zb + zf) / 2, width: zf - zb, height: hi - lo };
  };
  const sc = landmark('sternoclavicular'), ac = landmark('acromioclavicular');
  const xAt = (t: number) => sc[0] + 0.006 + (ac[0] - 0.006 - sc[0] - 0.006) * t;
  /** How far the section at t lies in front of the chord between the sections at t0 and t1. */
  const bow = (t0: number, t: number, t1: number) => {
    const a = section(xAt(t0)).z, b = section(xAt(t1)).z, m = section(xAt(t)).z;
    return m - (a + ((b - a) * (t - t0)) / (t1 - t0));
  };

  it('is an S seen from above: the medial two thirds convex forward, the lateral third concave forward', () => {
    expect(bow(0, 0.33, 0.66)).toBeGreaterThan(0.003);
    expect(bow(0.66, 0.83, 1)).toBeLessThan(-0.003);
  });

  it('is flattened laterally: broader than high in its lateral third, rounder medially', () => {
    const lat = section(xAt(0.85)), med = section(xAt(0.3));
    expect(lat.width / lat.height).toBeGreaterThan(1.6);
    expect(lat.width / lat.height).toBeGreaterThan(med.width / med.height + 0.3);
  });
});

describe('cervical spine', () => {
  const neck = boneField(['cervical-spine']);

  it('gives C3–C5 spinous processes as separate blades: 7–14 mm tall, under 8 mm across, with an interspinous gap below each', () => {
    for (const name of ['c3', 'c4', 'c5']) {
      const i = VERTEBRAE.findIndex((x) => x.name === name);
      const v = VERTEBRAE[i]!, below = VERTEBRAE[i + 1]!;
      // a point four fifths of the way from the body's centre to the tip, on the midline
      const z = v.body[2] + (v.spinous[2] - v.body[2]) * 0.8, y0 = v.body[1] + (v.spinous[1] - v.body[1]) * 0.8;
      // the process's own height: the run of bone through the point, up and down
      expect(neck(0, y0, z), name).toBeLessThan(0);
      let lo = y0, hi = y0;
      while (neck(0, lo - 0.0002, z) < 0) lo -= 0.0002;
      while (neck(0, hi + 0.0002, z) < 0) hi += 0.0002;
      let wide = 0;
      for (let x = 0; x < 0.01; x += 0.0002) if (neck(x, (lo + hi) / 2, z) < 0) wide = x;
      expect(hi - lo, name).toBeGreaterThan(0.007);
      expect(hi - lo, name).toBeLessThan(0.014);
      expect(2 * wide, name).toBeLessThan(0.008);
      // between this tip and the next one down, on the midline, there is no bone
      const gap: [number, number, number] = [0, (v.spinous[1] + below.spinous[1]) / 2, (v.spinous[2] + below.spinous[2]) / 2];
      expect(neck(...gap), name).toBeGreaterThan(0);
    }
  });
});

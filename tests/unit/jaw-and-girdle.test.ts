/** The mandible's angle, the coracoid and the cervical spinous processes, probed through the bones' distance fields. */
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
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

/** Sheet draping (VolumeShape.sheet): fibres settled together over a ribbed ground, under a skin. */
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/anatomy/context';
import type { Fibre } from '../../src/anatomy/volumes/fibres';
import { settleSheet } from '../../src/anatomy/volumes/sheet';

// a "back": ribs as cylinders along x at y = 0, 0.025, 0.05, … lying in the plane z = 0 (radius 6 mm),
// and a skin plane at z = 0.02 (outside is +z)
const ribs: Field = (_x, y, z) => {
  const k = Math.round(y / 0.025) * 0.025;
  return Math.hypot(y - k, z) - 0.006;
};
// a deeper volume's grid: a true distance near its surface, capped 6 mm out (flat beyond)
const capped: Field = (x, y, z) => Math.min(0.006, Math.hypot(x - 0.05, y - 0.06, z - 0.004) - 0.008);
const ground: Field = (x, y, z) => Math.min(ribs(x, y, z), capped(x, y, z));
const skin: Field = (_x, _y, z) => z - 0.02;

/** Fibres along y across x, first laid badly: sunk between the ribs and scattered in depth. */
function fibres(): Fibre[] {
  const out: Fibre[] = [];
  for (let k = 0; k < 9; k++) {
    const points: [number, number, number][] = [];
    for (let i = 0; i < 25; i++) points.push([0.01 * k, 0.005 * i, i === 0 || i === 24 ? 0.007 : ((i * 7 + k * 3) % 5) * 0.003 - 0.004]);
    out.push({ v: k / 8, points, radii: points.map(() => 0.003) });
  }
  return out;
}

describe('settleSheet', () => {
  const laid = settleSheet(fibres(), ground, skin, 0, 0.002);
  const inner = laid.flatMap((f) => f.points.slice(3, -3));
  it('keeps every inner fibre point its radius out of the ground, and under the skin', () => {
    for (const p of inner) {
      expect(ground(p[0], p[1], p[2])).toBeGreaterThanOrEqual(0.003 - 2e-4);
      expect(skin(p[0], p[1], p[2])).toBeLessThanOrEqual(-0.003);
    }
  });
  it('leaves the end points on their footprints and keeps neighbours across close', () => {
    const before = fibres();
    for (let k = 0; k < laid.length; k++) {
      expect(laid[k]!.points[0]).toEqual(before[k]!.points[0]);
      expect(laid[k]!.points.at(-1)).toEqual(before[k]!.points.at(-1));
    }
    // (the two edge fibres are not eased: they may lie deeper where they started between the ribs)
    for (let k = 2; k < laid.length - 1; k++)
      for (let i = 3; i < 22; i++) {
        const a = laid[k - 1]!.points[i]!, b = laid[k]!.points[i]!;
        // away from the deeper volume's bump the sheet is smooth across (it started 12 mm ragged)
        if (Math.hypot(b[0] - 0.05, b[1] - 0.06) < 0.03) continue;
        expect(Math.abs(a[2] - b[2]), `fibres ${k - 1} and ${k} at ${i}`).toBeLessThan(0.004);
      }
  });
});

/**
 * The volume generator's opt-in shape fields, as pure functions: tendon bands across a belly (the
 * rectus's tendinous intersections) and a round edge that keeps a free border full (the axillary fold).
 */
import { describe, expect, it } from 'vitest';
import { bandWeight, tendonWeights } from '../../src/anatomy/volumes/fibre-attributes';
import { acrossProfile } from '../../src/anatomy/volumes/fibres';

describe('tendon bands', () => {
  it('weigh 1 inside a band, fall off just outside it and are 0 in the belly', () => {
    const band = [0.45, 0.475] as const;
    expect(bandWeight(0.46, band)).toBe(1);
    expect(bandWeight(0.447, band)).toBeGreaterThan(0);
    expect(bandWeight(0.447, band)).toBeLessThan(1);
    expect(bandWeight(0.3, band)).toBe(0);
    expect(bandWeight(0.6, band)).toBe(0);
  });
  it('mark the band vertices as tendon beside the end tendons', () => {
    // u, v pairs: origin end, belly, band, belly, insertion end
    const uvs = Float32Array.from([0.0, 0.5, 0.3, 0.5, 0.46, 0.5, 0.7, 0.5, 1.0, 0.5]);
    const plain = tendonWeights(uvs, [0.05, 0.05]);
    const banded = tendonWeights(uvs, [0.05, 0.05], [[0.45, 0.475]]);
    expect(Array.from(plain)).toEqual([1, 0, 0, 0, 1]);
    expect(Array.from(banded)).toEqual([1, 0, 1, 0, 1]);
  });
});

describe('round edge', () => {
  it('keeps the chosen edge at full thickness and thins the other', () => {
    const sheet = { architecture: 'fan' as const };
    expect(acrossProfile(sheet, 0.95)).toBeLessThan(0.9);
    expect(acrossProfile({ ...sheet, roundEdge: 1 }, 0.95)).toBe(1);
    expect(acrossProfile({ ...sheet, roundEdge: 1 }, 0.05)).toBeCloseTo(acrossProfile(sheet, 0.05), 6);
    expect(acrossProfile({ ...sheet, roundEdge: 0 }, 0.05)).toBe(1);
  });
});

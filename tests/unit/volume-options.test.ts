/**
 * The volume generator's opt-in shape fields, as pure functions: tendon bands across a belly (the
 * rectus's tendinous intersections), a round edge that keeps a free border full (the axillary fold), and a
 * belly profile and thin edges for a thick muscle that tapers to its borders (the gluteus maximus).
 */
import { describe, expect, it } from 'vitest';
import { bandWeight, tendonWeights } from '../../src/anatomy/volumes/fibre-attributes';
import { acrossProfile, bellyProfile } from '../../src/anatomy/volumes/fibres';

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

describe('grooves between heads', () => {
  it('lie where asked instead of between even parts', () => {
    const two = { architecture: 'multi-headed' as const, heads: 2 };
    const placed = { ...two, grooves: [0.29] };
    // even parts: the groove at the middle; placed: at 0.29 and none at the middle
    expect(acrossProfile(two, 0.5)).toBeLessThan(0.85 * acrossProfile(two, 0.35));
    expect(acrossProfile(placed, 0.29)).toBeLessThan(0.85 * acrossProfile(two, 0.29));
    expect(acrossProfile(placed, 0.5)).toBeGreaterThan(0.99);
  });
});

describe('belly profile and edges', () => {
  const tendon = [0.03, 0.12] as const;
  const belly = { at: 0.4, ends: 0.3 };
  const flesh = (s: number) => tendon[0] + s * (1 - tendon[0] - tendon[1]);
  it('is fullest where asked and falls to the given share at both ends of the flesh', () => {
    expect(bellyProfile('quadrilateral', tendon, flesh(0.4), belly)).toBeCloseTo(1, 6);
    expect(bellyProfile('quadrilateral', tendon, flesh(0), belly)).toBeCloseTo(0.3, 6);
    expect(bellyProfile('quadrilateral', tendon, flesh(1), belly)).toBeCloseTo(0.3, 6);
    expect(bellyProfile('quadrilateral', tendon, flesh(0.2), belly)).toBeGreaterThan(bellyProfile('quadrilateral', tendon, flesh(0.05), belly));
    expect(bellyProfile('quadrilateral', tendon, flesh(0.6), belly)).toBeGreaterThan(bellyProfile('quadrilateral', tendon, flesh(0.95), belly));
  });
  it("leaves the template's profile alone when no belly is given", () => {
    // a quadrilateral's template keeps 85 % at the ends of its flesh
    expect(bellyProfile('quadrilateral', tendon, flesh(0), undefined)).toBeCloseTo(0.85, 6);
  });
  it('thins the side edges to the given share, the default being a half', () => {
    const block = { architecture: 'quadrilateral' as const };
    expect(acrossProfile({ ...block, edges: 0.3 }, 0.5)).toBeCloseTo(1, 6);
    expect(acrossProfile({ ...block, edges: 0.3 }, 0.02)).toBeLessThan(acrossProfile(block, 0.02));
    expect(acrossProfile({ ...block, edges: 0.5 }, 0.1)).toBeCloseTo(acrossProfile(block, 0.1), 9);
  });
});

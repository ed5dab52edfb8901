/** The intermediate tendon of a two-bellied volume muscle: where it lies along the fibre and how it is drawn. */
import { describe, expect, it } from 'vitest';
import { tendonWeights } from '../../src/anatomy/volumes/fibre-attributes';
import { midTendonWeight } from '../../src/anatomy/volumes/fibres';

describe('intermediate tendon', () => {
  it('is full inside its span, absent in the bellies, and absent without one', () => {
    const mid = [0.4, 0.6] as const;
    expect(midTendonWeight(mid, 0.5)).toBe(1);
    expect(midTendonWeight(mid, 0.2)).toBe(0);
    expect(midTendonWeight(mid, 0.8)).toBe(0);
    expect(midTendonWeight(undefined, 0.5)).toBe(0);
    // blended at its edges, rising towards its middle
    const edge = midTendonWeight(mid, 0.4);
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(1);
    expect(midTendonWeight(mid, 0.39)).toBeLessThan(edge);
  });

  it('is drawn as tendon between the bellies, as the end tendons are', () => {
    const uvs = Float32Array.from([0, 0.5, 0.25, 0.5, 0.5, 0.5, 0.75, 0.5, 1, 0.5]);
    const w = tendonWeights(uvs, [0.05, 0.05], [], [0.4, 0.6]);
    expect(Array.from(w)).toEqual([1, 0, 1, 0, 1]);
    expect(Array.from(tendonWeights(uvs, [0.05, 0.05]))).toEqual([1, 0, 0, 0, 1]);
  });
});

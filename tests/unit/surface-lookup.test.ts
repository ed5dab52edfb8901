import { describe, expect, it } from 'vitest';
import { surfaceLookup } from '../../src/anatomy/volumes/surface-lookup';

/**
 * A thin two-faced sheet: the outer face at z = 0 (normal +z), the inner face at z = -0.01 (normal
 * -z), both spanning x 0..0.1 as along 0..1 and y 0..0.1 as across 0..1.
 */
function sheet() {
  const positions: number[] = [], normals: number[] = [], uvs: number[] = [], indices: number[] = [];
  for (const [z, nz] of [[0, 1], [-0.01, -1]] as const) {
    const base = positions.length / 3;
    for (const [u, v] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
      positions.push(u! * 0.1, v! * 0.1, z);
      normals.push(0, 0, nz);
      uvs.push(u!, v!);
    }
    indices.push(base, base + 1, base + 3, base, base + 3, base + 2);
  }
  return { positions, normals, uvs, indices };
}

describe('the trigger-point lookup on a volume surface', () => {
  const mesh = sheet();
  // the outer face's vertices face outward, the inner face's inward
  const facing = new Float32Array([1, 1, 1, 1, -1, -1, -1, -1]);
  const at = surfaceLookup(mesh, facing);

  it('interpolates between vertices instead of jumping to the nearest one', () => {
    const a = at(0.3, 0.6), b = at(0.35, 0.6);
    expect(a.position[0]).toBeCloseTo(0.03, 6);
    expect(a.position[1]).toBeCloseTo(0.06, 6);
    expect(b.position[0] - a.position[0]).toBeCloseTo(0.005, 6);
  });
  it('takes the outer face where both faces hold the same (along, across)', () => {
    const p = at(0.5, 0.5);
    expect(p.position[2]).toBeCloseTo(0, 6);
    expect(p.normal).toEqual([0, 0, 1]);
  });
  it('falls back to the nearest outer vertex outside the uv range', () => {
    const p = at(1.4, -0.2);
    expect(p.position).toEqual([0.1, 0, 0]);
  });
  it('does not put a point on the inner face where the outer face is missing there', () => {
    // the outer face's corner (1, 1) turned inward: no outer triangle holds (0.9, 0.9) on average
    const half = surfaceLookup(mesh, new Float32Array([1, 0.2, 0.2, -0.5, -1, -1, -1, -1]));
    const p = half(0.9, 0.9);
    expect(p.normal[2]).toBe(1);
    expect(p.position[2]).toBe(0);
  });
});

/** The skin is its left half mirrored: cut exactly at the midline, and the same on both sides. */
import { describe, expect, it } from 'vitest';
import { leftHalf } from '../../src/anatomy/half-mesh';
import { meshArea } from '../../src/anatomy/volumes/table';
import { loadSkin } from '../support/load-model';


describe('the skin’s symmetry', () => {
  it('leftHalf keeps x ≥ 0, cuts crossing triangles on the plane and keeps half of a symmetric strip', () => {
    // a strip of two triangles from x = -1 to x = 1 (area 2), one vertex exactly on the plane
    const positions = new Float32Array([-1, 0, 0, 1, 0, 0, 1, 1, 0, -1, 1, 0, 0, 0.5, 0]);
    const indices = new Uint32Array([0, 1, 2, 0, 2, 3]);
    const half = leftHalf({ positions, indices });
    const xs = Array.from({ length: half.positions.length / 3 }, (_, i) => half.positions[i * 3]!);
    expect(Math.min(...xs)).toBe(0);
    expect(xs.filter((x) => x === 0).length).toBeGreaterThanOrEqual(2);
    expect(meshArea(half.positions, half.indices)).toBeCloseTo(1, 6);
  });

  it('every skin vertex of the committed model has its mirror image', async () => {
    const { positions } = await loadSkin();
    const n = positions.length / 3;
    const key = (x: number, y: number, z: number) => `${Math.round(x * 2000)},${Math.round(y * 2000)},${Math.round(z * 2000)}`;
    const grid = new Set<string>();
    for (let i = 0; i < n; i++) grid.add(key(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!));
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const x = -positions[i * 3]!, y = positions[i * 3 + 1]!, z = positions[i * 3 + 2]!;
      let found = false;
      // within half a millimetre (a cell of 0.5 mm and its neighbours)
      for (let dx = -1; dx <= 1 && !found; dx++)
        for (let dy = -1; dy <= 1 && !found; dy++)
          for (let dz = -1; dz <= 1 && !found; dz++) found = grid.has(key(x + dx / 2000, y + dy / 2000, z + dz / 2000));
      if (!found) missing++;
    }
    expect(missing).toBe(0);
  });
});

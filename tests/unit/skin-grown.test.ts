/** The grown skin's pieces on small cases: the distance transform, the regional fat, a skin grown over a box. */
import { describe, expect, it } from 'vitest';
import { computeNormals, type MeshData } from '../../src/anatomy/mesh';
import { sampleBox } from '../../src/anatomy/polygonize';
import { edt, FAT_MIN, fatThickness, grownSkin } from '../../src/anatomy/skin-grown';

/** A closed box mesh (12 triangles, outward) centred at c with half-size h. */
function box(c: [number, number, number], h: number): MeshData {
  const positions = new Float32Array(
    [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [c[0] + (i & 1 ? h : -h), c[1] + (i & 2 ? h : -h), c[2] + (i & 4 ? h : -h)]),
  );
  const indices = new Uint32Array([0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5]);
  return { positions, indices, normals: computeNormals(positions, indices) };
}

describe('the grown skin', () => {
  it('distance transform: squared distances in cells to the nearest seed', () => {
    const nx = 10, ny = 8, nz = 6;
    const a = new Float32Array(nx * ny * nz).fill(1e12);
    a[2 + nx * (3 + ny * 1)] = 0;
    edt(a, nx, ny, nz);
    expect(a[9 + nx * (3 + ny * 1)]).toBe(49);
    expect(a[2 + nx * (7 + ny * 5)]).toBe(32);
    expect(a[0]).toBe(14);
  });

  it('fat: thin over the shin, thicker over the abdomen and buttocks, the same on both sides', () => {
    const shin = fatThickness(0.1, 0.3, 0.03);
    expect(shin).toBeCloseTo(FAT_MIN, 6);
    expect(fatThickness(0.03, 1.0, 0.1)).toBeGreaterThan(shin + 0.004);
    expect(fatThickness(0.08, 0.88, -0.11)).toBeGreaterThan(shin + 0.004);
    expect(fatThickness(-0.08, 0.88, -0.11)).toBe(fatThickness(0.08, 0.88, -0.11));
  });

  it('over a box: the box lies inside by at least the fat, the envelope beyond the fat stays outside', () => {
    const c: [number, number, number] = [0.1, 1.1, 0];
    const envelope = (x: number, y: number, z: number) => Math.hypot(x - c[0], y - c[1], z - c[2]) - 0.05;
    const sampled = sampleBox(envelope, { min: [0, 1.0, -0.1], max: [0.2, 1.2, 0.1] }, 0.005);
    const { field } = grownSkin([box(c, 0.02)], sampled, envelope);
    // the box's corners and face centres are inside, by about the fat
    for (const [x, y, z] of [[0.12, 1.12, 0.02], [0.08, 1.1, 0], [0.1, 1.08, -0.02]] as const) expect(field(x, y, z)).toBeLessThan(-FAT_MIN * 0.5);
    // 1.5 cm off a face (inside the envelope, less than its 3 cm depth limit) is outside the grown skin
    expect(field(0.1, 1.1, 0.035)).toBeGreaterThan(0);
    expect(field(0.135, 1.1, 0)).toBeGreaterThan(0);
  });
});

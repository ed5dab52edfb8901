import { describe, expect, it } from 'vitest';
import { buildBones, DEFAULT_BUILD_OPTIONS, mirrorMesh } from '../../src/anatomy/build';
import { writeGlb } from '../../src/anatomy/gltf/write-glb';
import type { MeshData } from '../../src/anatomy/mesh';
import { polygonize, signedVolume } from '../../src/anatomy/polygonize';
import { capsule, ellipsoid, roundBox, smin, smoothUnion, sphere, subtract } from '../../src/anatomy/sdf/primitives';

/** Each undirected edge must be used by exactly two triangles, once in each direction. */
function isClosed(m: MeshData): boolean {
  const uses = new Map<string, number>();
  for (let t = 0; t < m.indices.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = m.indices[t + e]!, b = m.indices[t + ((e + 1) % 3)]!;
      const key = `${a},${b}`;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  for (const [key, n] of uses) {
    const [a, b] = key.split(',');
    if (n !== 1 || uses.get(`${b},${a}`) !== 1) return false;
  }
  return true;
}

describe('distance primitives', () => {
  it('give signed distances', () => {
    expect(sphere([0, 0, 0], 1).d(2, 0, 0)).toBeCloseTo(1);
    expect(sphere([0, 0, 0], 1).d(0, 0, 0)).toBeCloseTo(-1);
    expect(capsule([0, 0, 0], [0, 1, 0], 0.1).d(0.3, 0.5, 0)).toBeCloseTo(0.2);
    expect(roundBox([0, 0, 0], [1, 1, 1], 0.1).d(2, 0, 0)).toBeCloseTo(1);
    expect(ellipsoid([0, 0, 0], [1, 2, 3]).d(0, 0, 4)).toBeCloseTo(1);
  });
  it('blends with smin and carves with subtract', () => {
    expect(smin(1, 2, 0)).toBe(1);
    expect(smin(1, 1, 0.4)).toBeCloseTo(0.9);
    const u = smoothUnion([sphere([-0.5, 0, 0], 0.3), sphere([0.5, 0, 0], 0.3)], 0.1);
    expect(u.d(0.5, 0, 0)).toBeCloseTo(-0.3);
    expect(u.d(0, 5, 0)).toBeGreaterThan(4);
    const s = subtract(sphere([0, 0, 0], 1), sphere([1, 0, 0], 0.5));
    expect(s.d(0.9, 0, 0)).toBeGreaterThan(0);
  });
});

describe('polygonize', () => {
  const ball = sphere([0.01, 0.02, 0.03], 0.1);
  const mesh = polygonize(ball.d, { min: [-0.12, -0.11, -0.1], max: [0.14, 0.15, 0.16] }, { cell: 0.01 });
  it('turns a sphere into a closed mesh on its surface', () => {
    expect(mesh.indices.length).toBeGreaterThan(3000);
    expect(isClosed(mesh)).toBe(true);
    for (let i = 0; i < mesh.positions.length; i += 3)
      expect(Math.abs(ball.d(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!))).toBeLessThan(1e-4);
    expect(signedVolume(mesh.positions, mesh.indices) / 6).toBeCloseTo((4 / 3) * Math.PI * 0.001, 4);
  });
  it('winds triangles counter-clockwise seen from outside and has outward normals', () => {
    const p = mesh.positions, ix = mesh.indices;
    for (let t = 0; t < ix.length; t += 3) {
      const a = ix[t]! * 3, b = ix[t + 1]! * 3, c = ix[t + 2]! * 3;
      const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
      const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
      const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
      expect(nx * (p[a]! - 0.01) + ny * (p[a + 1]! - 0.02) + nz * (p[a + 2]! - 0.03)).toBeGreaterThan(0);
    }
    for (let i = 0; i < p.length; i += 3)
      expect(mesh.normals[i]! * (p[i]! - 0.01) + mesh.normals[i + 1]! * (p[i + 1]! - 0.02) + mesh.normals[i + 2]! * (p[i + 2]! - 0.03)).toBeGreaterThan(0);
  });
  it('mirrors a mesh and keeps it facing outward', () => {
    const m = mirrorMesh(mesh);
    expect(signedVolume(m.positions, m.indices)).toBeCloseTo(signedVolume(mesh.positions, mesh.indices), 8);
    expect(m.positions[0]).toBe(-mesh.positions[0]!);
  });
});

describe('a small build', () => {
  it('is deterministic down to the GLB bytes', async () => {
    const opts = { ...DEFAULT_BUILD_OPTIONS, bones: ['patella', 'clavicle'] as const, boneCellScale: 1.5 };
    const extras = { generator: 'test', inputsHash: '0', frame: 'metres, +Y up, feet on y=0, facing +Z, body left = +X', stature: 1.75 } as const;
    const a = await buildBones(opts);
    const b = await buildBones(opts);
    expect(a.map((p) => p.name)).toEqual(['bone_clavicle_left', 'bone_clavicle_right', 'bone_patella_left', 'bone_patella_right']);
    const points = [{ name: 'landmark_patella-left', position: [0.1, 0.5, 0.04] as [number, number, number], extras: { kind: 'landmark', landmarkId: 'patella-left' } }];
    const glbA = await writeGlb(a, points, extras);
    const glbB = await writeGlb(b, points, extras);
    expect(glbA.byteLength).toBeGreaterThan(1000);
    expect(Buffer.from(glbA).equals(Buffer.from(glbB))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { BuildContext, Field } from '../../src/anatomy/context';
import type { MeshData } from '../../src/anatomy/mesh';
import { buildSpindle } from '../../src/anatomy/muscles/spindle';
import { mirrorMesh } from '../../src/anatomy/muscles/mirror';
import { buildShell } from '../../src/anatomy/muscles/shell';

/** A ball of radius 0.5 m around (0, 1, 0) stands in for the skin; a smaller ball for bone. */
const skin: Field = (x, y, z) => Math.hypot(x, y - 1, z) - 0.5;
const bone: Field = (x, y, z) => Math.hypot(x, y - 1, z) - 0.3;
const ctx: BuildContext = { skin, bones: bone, bone: () => bone };

function signedVolume(m: MeshData): number {
  let v = 0;
  const p = m.positions;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = m.indices[t]! * 3, b = m.indices[t + 1]! * 3, c = m.indices[t + 2]! * 3;
    v +=
      (p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)) /
      6;
  }
  return v;
}

function isClosed(m: MeshData): boolean {
  const edges = new Map<string, number>();
  for (let t = 0; t < m.indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = m.indices[t + k]!, b = m.indices[t + ((k + 1) % 3)]!;
      const key = `${a}>${b}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  for (const [key, n] of edges) {
    const [a, b] = key.split('>');
    if (n !== 1 || edges.get(`${b}>${a}`) !== 1) return false;
  }
  return true;
}

describe('muscle shapes', () => {
  const shell = buildShell(
    {
      id: 'upper-trapezius',
      kind: 'shell',
      origin: [{ at: [-0.1, 1.45, 0.2] }, { at: [0.1, 1.45, 0.2] }],
      insertion: [{ at: [0, 1.2, 0.4] }],
      ground: { on: 'skin', depth: 0.003 },
      thickness: 0.02,
    },
    ctx,
  );
  const loft = buildSpindle(
    {
      id: 'biceps-brachii',
      kind: 'loft',
      path: [{ at: [0, 1.4, 0.3] }, { at: [0.1, 1.0, 0.45] }, { at: [0, 0.6, 0.3] }],
      width: 0.03,
      ground: { on: 'skin', depth: 0.003 },
    },
    ctx,
  );

  it('builds closed, outward-facing solids', () => {
    for (const m of [shell.mesh, loft.mesh]) {
      expect(isClosed(m)).toBe(true);
      expect(signedVolume(m)).toBeGreaterThan(0);
    }
  });

  it('keeps a skin-grounded muscle inside the skin and its outer face near it', () => {
    const p = shell.mesh.positions;
    for (let i = 0; i < p.length; i += 3) expect(skin(p[i]!, p[i + 1]!, p[i + 2]!)).toBeLessThan(0);
    const s = shell.surface(0.5, 0.5);
    expect(Math.abs(skin(...s.position) + 0.003)).toBeLessThan(0.002);
  });

  it('keeps muscles out of bone', () => {
    const p = loft.mesh.positions;
    for (let i = 0; i < p.length; i += 3) expect(bone(p[i]!, p[i + 1]!, p[i + 2]!)).toBeGreaterThan(0.001);
  });

  it('mirrors to a closed outward solid on the other side', () => {
    const m = mirrorMesh(shell.mesh);
    expect(isClosed(m)).toBe(true);
    expect(signedVolume(m)).toBeCloseTo(signedVolume(shell.mesh), 8);
  });
});

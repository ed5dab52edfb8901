/**
 * Symmetric meshes from a mesh of a mirror-symmetric field: keep the left half (x ≥ 0), cut exactly
 * at the midline, so it can be simplified with the midline locked and mirrored; the two halves then
 * meet on the same midline vertices and the whole is left–right symmetric by construction.
 */
import type { MeshData } from './mesh';

/** The part of a triangle mesh with x ≥ 0; triangles crossing x = 0 are cut there (new vertices on the plane). */
export function leftHalf(m: Pick<MeshData, 'positions' | 'indices'>): { positions: Float32Array; indices: Uint32Array } {
  const pos = m.positions;
  const out: number[] = [];
  const index: number[] = [];
  const kept = new Map<number, number>();
  const cut = new Map<string, number>();
  const keep = (v: number): number => {
    let i = kept.get(v);
    if (i === undefined) {
      i = out.length / 3;
      out.push(Math.max(0, pos[v * 3]!), pos[v * 3 + 1]!, pos[v * 3 + 2]!);
      kept.set(v, i);
    }
    return i;
  };
  /** The vertex where edge a–b crosses x = 0 (shared by the two triangles on the edge). */
  const crossing = (a: number, b: number): number => {
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    let i = cut.get(key);
    if (i === undefined) {
      const xa = pos[a * 3]!, xb = pos[b * 3]!;
      const t = xa / (xa - xb);
      i = out.length / 3;
      out.push(0, pos[a * 3 + 1]! + (pos[b * 3 + 1]! - pos[a * 3 + 1]!) * t, pos[a * 3 + 2]! + (pos[b * 3 + 2]! - pos[a * 3 + 2]!) * t);
      cut.set(key, i);
    }
    return i;
  };
  const idx = m.indices;
  for (let t = 0; t < idx.length; t += 3) {
    const v = [idx[t]!, idx[t + 1]!, idx[t + 2]!];
    const inside = v.map((x) => pos[x * 3]! >= 0);
    const n = inside.filter(Boolean).length;
    if (n === 3) index.push(keep(v[0]!), keep(v[1]!), keep(v[2]!));
    if (n === 0 || n === 3) continue;
    // rotate so the lone vertex (inside when n = 1, outside when n = 2) comes first, keeping the winding
    const lone = inside.findIndex((x) => (n === 1 ? x : !x));
    const [a, b, c] = [v[lone]!, v[(lone + 1) % 3]!, v[(lone + 2) % 3]!];
    const ab = crossing(a, b), ca = crossing(c, a);
    if (n === 1) index.push(keep(a), ab, ca);
    else index.push(ab, keep(b), keep(c), ab, keep(c), ca);
  }
  return { positions: Float32Array.from(out), indices: Uint32Array.from(index) };
}

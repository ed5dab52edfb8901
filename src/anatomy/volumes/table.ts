/**
 * The per-muscle table the build prints and the tests check: centroid, length, width and thickness
 * (extents along the mesh's principal axes, longest first) and enclosed volume.
 */
import { signedVolume } from '../polygonize';
import type { V3 } from '../vec';

/** Measures of one closed mesh, in metres and cm³. */
export interface MuscleMeasures {
  centroid: V3;
  length: number;
  width: number;
  thickness: number;
  volumeCm3: number;
}

/** The enclosed volume of a closed, outward-facing mesh in cubic metres. */
export function meshVolume(pos: ArrayLike<number>, idx: ArrayLike<number>): number {
  return signedVolume(pos, idx) / 6;
}

/** The surface area of a triangle mesh in square metres. */
export function meshArea(pos: ArrayLike<number>, idx: ArrayLike<number>): number {
  let a = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const i = idx[t]! * 3, j = idx[t + 1]! * 3, k = idx[t + 2]! * 3;
    const ux = pos[j]! - pos[i]!, uy = pos[j + 1]! - pos[i + 1]!, uz = pos[j + 2]! - pos[i + 2]!;
    const vx = pos[k]! - pos[i]!, vy = pos[k + 1]! - pos[i + 1]!, vz = pos[k + 2]! - pos[i + 2]!;
    a += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
  }
  return a;
}

/** Unit eigenvectors of a symmetric 3×3 matrix by Jacobi rotations, sorted by eigenvalue (largest first). */
function principalAxes(m: number[][]): V3[] {
  const a = m.map((r) => [...r]);
  const v = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  for (let sweep = 0; sweep < 30; sweep++) {
    for (const [p, q] of [[0, 1], [0, 2], [1, 2]] as const) {
      const apq = a[p]![q]!;
      if (Math.abs(apq) < 1e-18) continue;
      const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1), s = t * c;
      for (let k = 0; k < 3; k++) {
        const akp = a[k]![p]!, akq = a[k]![q]!;
        a[k]![p] = c * akp - s * akq;
        a[k]![q] = s * akp + c * akq;
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p]![k]!, aqk = a[q]![k]!;
        a[p]![k] = c * apk - s * aqk;
        a[q]![k] = s * apk + c * aqk;
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k]![p]!, vkq = v[k]![q]!;
        v[k]![p] = c * vkp - s * vkq;
        v[k]![q] = s * vkp + c * vkq;
      }
    }
  }
  const order = [0, 1, 2].sort((i, j) => a[j]![j]! - a[i]![i]!);
  return order.map((i) => [v[0]![i]!, v[1]![i]!, v[2]![i]!] as V3);
}

/** Centroid (vertex mean), principal extents and volume of a closed mesh. */
export function measureMesh(pos: ArrayLike<number>, idx: ArrayLike<number>): MuscleMeasures {
  const n = pos.length / 3;
  const c: V3 = [0, 0, 0];
  for (let i = 0; i < n; i++) for (let a = 0; a < 3; a++) c[a] = c[a]! + pos[i * 3 + a]! / n;
  const cov = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < n; i++)
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) cov[a]![b] = cov[a]![b]! + ((pos[i * 3 + a]! - c[a]!) * (pos[i * 3 + b]! - c[b]!)) / n;
  const axes = principalAxes(cov);
  const ext = axes.map((ax) => {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const d = (pos[i * 3]! - c[0]) * ax[0] + (pos[i * 3 + 1]! - c[1]) * ax[1] + (pos[i * 3 + 2]! - c[2]) * ax[2];
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    return hi - lo;
  });
  return { centroid: c, length: ext[0]!, width: ext[1]!, thickness: ext[2]!, volumeCm3: meshVolume(pos, idx) * 1e6 };
}

/** The table as printable rows (centimetres, cm³). */
export function formatMeasures(rows: readonly { id: string; m: MuscleMeasures; targetCm3: number | null }[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    rows.map(({ id, m, targetCm3 }) => [
      id,
      {
        centroid: m.centroid.map((x) => x.toFixed(3)).join(', '),
        'length cm': (m.length * 100).toFixed(1),
        'width cm': (m.width * 100).toFixed(1),
        'thickness cm': (m.thickness * 100).toFixed(1),
        'volume cm³': m.volumeCm3.toFixed(0),
        'cited cm³': targetCm3 === null ? '—' : targetCm3.toFixed(0),
      },
    ]),
  );
}

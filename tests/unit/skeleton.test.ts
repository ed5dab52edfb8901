/** The skeleton against published adult anatomy: lengths, angles, curves and the facing of surfaces. */
import { describe, expect, it } from 'vitest';
import { allBones, boneField } from '../../src/anatomy/bones';
import { FEMUR_AXES } from '../../src/anatomy/bones/leg';
import { ILIUM_FRAME, iliumHeight } from '../../src/anatomy/bones/pelvis';
import { sacralAxis } from '../../src/anatomy/bones/spine';
import { ribPoints } from '../../src/anatomy/bones/thorax';
import { curvePoints } from '../../src/anatomy/curve';
import { VERTEBRAE } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';
import { polygonize } from '../../src/anatomy/polygonize';
import { gradient } from '../../src/anatomy/muscles/field-ops';
import { add, dot, lerp, norm, scale, sub, type V3 } from '../../src/anatomy/vec';
import { STATURE_M } from '../../src/core/frame';
import type { LandmarkId } from '../../src/core/landmarks';
import type { BoneId } from '../../src/core/model-contract';

const deg = 180 / Math.PI;
const angle = (a: V3, b: V3) => Math.acos(Math.max(-1, Math.min(1, dot(norm(a), norm(b))))) * deg;
const mid = (a: LandmarkId, b: LandmarkId): V3 => lerp(landmark(a), landmark(b), 0.5);

/** The bone's maximum length along an axis: the spread of its polygonized vertices projected on it. */
function lengthAlong(id: BoneId, from: V3, to: V3): number {
  const b = allBones().find((x) => x.boneId === id && x.side !== 'right')!;
  const m = polygonize(b.field, b.bounds, { cell: b.cell * 1.6, smooth: 0, project: 1 });
  const ax = norm(sub(to, from));
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < m.positions.length; i += 3) {
    const t = m.positions[i]! * ax[0] + m.positions[i + 1]! * ax[1] + m.positions[i + 2]! * ax[2];
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  return hi - lo;
}

describe('long bones', () => {
  // Stature from maximum long-bone length, American White males: Trotter & Gleser 1952, Am J Phys
  // Anthropol 10:463 (stature = slope × length + intercept, cm, ± standard error of estimate).
  // A bone passes when the stature it predicts lies within two standard errors of the figure's 175 cm.
  const TROTTER_GLESER: [BoneId, number, number, number, () => [V3, V3]][] = [
    ['humerus', 3.08, 70.45, 4.05, () => [landmark('humeral-head'), mid('lateral-epicondyle', 'medial-epicondyle')]],
    ['radius', 3.78, 79.01, 4.32, () => [landmark('radial-head'), landmark('radial-styloid')]],
    ['ulna', 3.7, 74.05, 4.32, () => [landmark('olecranon'), landmark('ulnar-styloid')]],
    ['femur', 2.38, 61.41, 3.27, () => [FEMUR_AXES.shaftTop, FEMUR_AXES.shaftLow]],
    ['tibia', 2.52, 78.62, 3.37, () => [mid('medial-tibial-condyle', 'lateral-tibial-condyle'), landmark('medial-malleolus')]],
    ['fibula', 2.68, 71.78, 3.29, () => [landmark('fibula-head'), landmark('lateral-malleolus')]],
  ];
  it.each(TROTTER_GLESER)('%s predicts a stature within two standard errors of the figure', (id, slope, intercept, se, axis) => {
    const [a, b] = axis();
    const cm = lengthAlong(id, a, b) * 100;
    const stature = slope * cm + intercept;
    expect(Math.abs(stature - STATURE_M * 100), `${id} ${cm.toFixed(1)} cm predicts ${stature.toFixed(1)} cm`).toBeLessThanOrEqual(2 * se);
  });
});

describe('femur', () => {
  it('has a neck–shaft angle of 120–135° seen from the front, and the neck turned forward', () => {
    const { head, neckBase, shaftTop, shaftLow } = FEMUR_AXES;
    const coronal = (v: V3): V3 => [v[0], v[1], 0];
    const neckShaft = angle(coronal(sub(head, neckBase)), coronal(sub(shaftLow, shaftTop)));
    expect(neckShaft).toBeGreaterThanOrEqual(120);
    expect(neckShaft).toBeLessThanOrEqual(135);
    const neck = sub(head, neckBase);
    const anteversion = Math.atan2(neck[2], Math.hypot(neck[0], neck[1])) * deg;
    expect(anteversion).toBeGreaterThan(5);
    expect(anteversion).toBeLessThan(25);
  });
  it('is built on those axes: head, neck and shaft lie inside the bone', () => {
    const f = boneField(['femur']);
    for (const p of [FEMUR_AXES.head, lerp(FEMUR_AXES.head, FEMUR_AXES.neckBase, 0.5), FEMUR_AXES.neckBase, lerp(FEMUR_AXES.shaftTop, FEMUR_AXES.shaftLow, 0.5)])
      expect(f(p[0], p[1], p[2])).toBeLessThan(-0.005);
  });
  it('carries the linea aspera as a ridge on the back of the shaft', () => {
    const f = boneField(['femur']);
    const la = landmark('linea-aspera');
    // the back of the shaft stands further out at the ridge than 12 mm to either side of it
    const depthAt = (x: number) => {
      let z = la[2] + 0.02;
      while (z > la[2] - 0.03 && f(x, la[1], z) < 0) z -= 0.0005;
      return z;
    };
    const ridge = depthAt(la[0] + 0.005);
    expect(ridge).toBeLessThan(depthAt(la[0] + 0.017) - 0.0015);
    expect(ridge).toBeLessThan(depthAt(la[0] - 0.007) - 0.0015);
  });
});

describe('spine', () => {
  /** The column's axis at a vertebra, from the centres of its neighbours' bodies. */
  const axisAt = (name: string): V3 => {
    const i = VERTEBRAE.findIndex((v) => v.name === name);
    const up = VERTEBRAE[i - 1]!.body, down = VERTEBRAE[i + 1]?.body ?? sacralAxis()[0]!;
    return norm(sub(up, down));
  };
  /** Signed sagittal angle (degrees) from axis a to axis b, positive when b leans further forward. */
  const sagittal = (a: V3, b: V3) => (Math.atan2(b[2], b[1]) - Math.atan2(a[2], a[1])) * deg;
  it('has a thoracic kyphosis T4–T12 within the normal standing range (20–50°: Fon et al. 1980, AJR 134:979)', () => {
    const kyphosis = sagittal(axisAt('t12'), axisAt('t4'));
    expect(kyphosis).toBeGreaterThanOrEqual(20);
    expect(kyphosis).toBeLessThanOrEqual(50);
  });
  it('has a lumbar lordosis L1–S1 within the normal standing range (40–60°: Been & Kalichman 2014, Spine J 14:87)', () => {
    const s = sacralAxis();
    const s1 = norm(sub(s[0]!, s[1]!));
    const lordosis = sagittal(axisAt('l1'), s1);
    expect(lordosis).toBeGreaterThanOrEqual(40);
    expect(lordosis).toBeLessThanOrEqual(60);
  });
  it('has a cervical lordosis C2–C7 (forward-facing curve) and every body (the atlas has none) on the curve', () => {
    expect(sagittal(axisAt('c3'), axisAt('c7'))).toBeGreaterThan(10);
    const fields: Record<string, (x: number, y: number, z: number) => number> = {
      c: boneField(['cervical-spine']), t: boneField(['thoracic-spine']), l: boneField(['lumbar-spine']),
    };
    for (const v of VERTEBRAE.filter((x) => x.name !== 'c1')) expect(fields[v.name[0]!]!(v.body[0], v.body[1], v.body[2]), v.name).toBeLessThan(-0.004);
  });
});

describe('thorax', () => {
  it('slopes every rib down from its head to its front end', () => {
    for (let n = 1; n <= 12; n++) {
      const pts = ribPoints(n);
      const head = pts[0]!, front = pts[pts.length - 1]!;
      expect(front[1], `rib ${n}`).toBeLessThan(head[1] - 0.02);
      // the true ribs and 8–10 end in front; the floating ribs end at the side of the trunk
      if (n <= 10) expect(front[2], `rib ${n} runs forward`).toBeGreaterThan(head[2] + 0.05);
    }
  });
  it('has costal cartilages reaching the sternum for ribs 1–7 and floating ribs 11–12', () => {
    const ribs = boneField(['ribs']);
    const sternum = boneField(['sternum']);
    // from the front end of rib 1–7, a flood through the rib field (2 mm voxels) reaches the sternum
    const step = 0.002;
    for (let n = 1; n <= 7; n++) {
      const a = landmark(`rib-${n}-anterior` as LandmarkId);
      const x0 = 0, y0 = a[1] - 0.02, z0 = a[2] - 0.03;
      const nx = Math.ceil((a[0] + 0.012) / step), ny = Math.ceil((1.45 - y0) / step), nz = Math.ceil((0.13 - z0) / step);
      const seen = new Uint8Array(nx * ny * nz);
      const key = (i: number, j: number, k: number) => i + nx * (j + ny * k);
      const inRib = (i: number, j: number, k: number) => ribs(x0 + i * step, y0 + j * step, z0 + k * step) < 0.001;
      const start: [number, number, number] = [Math.round(a[0] / step), Math.round((a[1] - y0) / step), Math.round((a[2] - z0) / step)];
      const queue = [start];
      seen[key(...start)] = 1;
      let reached = false;
      while (queue.length && !reached) {
        const [i, j, k] = queue.pop()!;
        if (sternum(x0 + i * step, y0 + j * step, z0 + k * step) < 0.002) reached = true;
        for (const [di, dj, dk] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]] as const) {
          const q: [number, number, number] = [i + di, j + dj, k + dk];
          if (q[0] < 0 || q[1] < 0 || q[2] < 0 || q[0] >= nx || q[1] >= ny || q[2] >= nz || seen[key(...q)]) continue;
          seen[key(...q)] = 1;
          if (inRib(...q)) queue.push(q);
        }
      }
      expect(reached, `rib ${n}`).toBe(true);
    }
    for (const n of [11, 12]) {
      const a = landmark(`rib-${n}-anterior` as LandmarkId);
      expect(sternum(a[0], a[1], a[2]), `rib ${n}`).toBeGreaterThan(0.08);
    }
  });
});

describe('scapula', () => {
  /** Height of rib n where it passes behind the scapula (its curve's point nearest in x, on the back half). */
  const ribHeightAt = (n: number, x: number): number => {
    const pts = curvePoints(ribPoints(n), 8).filter((p) => p[2] < -0.02);
    return pts.reduce((best, p) => (Math.abs(p[0] - x) < Math.abs(best[0] - x) ? p : best))[1];
  };
  it('spans ribs 2–7: the superior angle at the 2nd rib, the inferior angle at the 7th', () => {
    const sa = landmark('scapula-superior-angle'), ia = landmark('scapula-inferior-angle');
    expect(sa[1]).toBeLessThan(ribHeightAt(1, sa[0]));
    expect(sa[1]).toBeGreaterThan(ribHeightAt(3, sa[0]));
    expect(ia[1]).toBeLessThan(ribHeightAt(6, ia[0]));
    expect(ia[1]).toBeGreaterThan(ribHeightAt(8, ia[0]));
  });
  it('turns its supraspinous and infraspinous fossae backwards and its subscapular fossa to the ribs', () => {
    const f = boneField(['scapula']);
    for (const id of ['supraspinous-fossa', 'infraspinous-fossa'] as const) {
      const p = landmark(id);
      expect(gradient(f, p)[2], id).toBeLessThan(-0.5);
    }
    const front = landmark('subscapular-fossa');
    expect(gradient(f, front)[2]).toBeGreaterThan(0.5);
    // and the subscapular fossa faces the ribs: the point in front of it is closer to the rib cage
    const ribs = boneField(['ribs']);
    const n = gradient(f, front);
    const ahead = add(front, scale(n, 0.01)), behind = sub(front, scale(n, 0.01));
    expect(ribs(...ahead)).toBeLessThan(ribs(...behind));
  });
});

describe('pelvis', () => {
  it('has a concave iliac fossa: the inner face dips below the chord across it', () => {
    const f = boneField(['hip-bone']);
    const { origin, u, v } = ILIUM_FRAME;
    const w = ILIUM_FRAME.w;
    /** Where a ray from inside the pelvis (along -w) first meets the wing, as a plate height. */
    const innerFace = (cu: number, cv: number): number => {
      for (let h = iliumHeight(cu, cv) + 0.05; h > iliumHeight(cu, cv) - 0.03; h -= 0.0003) {
        const p = add(add(add(origin as V3, scale(u as V3, cu)), scale(v as V3, cv)), scale(w, h));
        if (f(p[0], p[1], p[2]) < 0) return h;
      }
      throw new Error(`no wing at (${cu}, ${cv})`);
    };
    for (const cv of [-0.045, -0.025, 0.0]) {
      const top = innerFace(0.05, cv), centre = innerFace(0.005, cv), low = innerFace(-0.04, cv);
      const chord = low + ((top - low) * (0.005 + 0.04)) / 0.09;
      expect(chord - centre, `across v = ${cv}`).toBeGreaterThan(0.002);
    }
    const across = [innerFace(0.005, 0.03), innerFace(0.005, -0.025), innerFace(0.005, -0.075)];
    expect((across[0]! + across[2]!) / 2 - across[1]!).toBeGreaterThan(0.0005);
  });
});

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
import { add, cross, dist, dot, lerp, norm, scale, sub, type V3 } from '../../src/anatomy/vec';
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

/** Voxels (2 mm) of the rib field connected to a start point, flooded inside a box: calls `visit` on each, stops when it returns true. */
function floodRibs(start: V3, lo: V3, hi: V3, visit: (p: V3) => boolean): boolean {
  const ribs = boneField(['ribs']);
  const step = 0.002;
  const n = [0, 1, 2].map((i) => Math.ceil((hi[i]! - lo[i]!) / step) + 1) as [number, number, number];
  const seen = new Uint8Array(n[0] * n[1] * n[2]);
  const key = (i: number, j: number, k: number) => i + n[0] * (j + n[1] * k);
  const at = (i: number, j: number, k: number): V3 => [lo[0] + i * step, lo[1] + j * step, lo[2] + k * step];
  const s: [number, number, number] = [Math.round((start[0] - lo[0]) / step), Math.round((start[1] - lo[1]) / step), Math.round((start[2] - lo[2]) / step)];
  const queue = [s];
  seen[key(...s)] = 1;
  while (queue.length) {
    const [i, j, k] = queue.pop()!;
    if (visit(at(i, j, k))) return true;
    for (const [di, dj, dk] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]] as const) {
      const q: [number, number, number] = [i + di, j + dj, k + dk];
      if (q[0] < 0 || q[1] < 0 || q[2] < 0 || q[0] >= n[0] || q[1] >= n[1] || q[2] >= n[2] || seen[key(...q)]) continue;
      seen[key(...q)] = 1;
      if (ribs(...at(...q)) < 0.001) queue.push(q);
    }
  }
  return false;
}

/** The rib field's section through p, normal to the rib's curve there: its principal axes and extents. */
function ribSection(n: number, p: V3) {
  const ribs = boneField(['ribs']);
  const pts = curvePoints(ribPoints(n), 12);
  let best = 0;
  for (let i = 1; i < pts.length; i++) if (dist(pts[i]!, p) < dist(pts[best]!, p)) best = i;
  const c = pts[best]!;
  const t = norm(sub(pts[Math.min(pts.length - 1, best + 1)]!, pts[Math.max(0, best - 1)]!));
  const e1 = norm(cross(t, [0, 1, 0]));
  const e2 = cross(e1, t);
  // inside samples on a 0.25 mm grid of the plane, within 12 mm of the axis
  const inside: [number, number][] = [];
  const h = 0.00025;
  for (let a = -0.012; a <= 0.012; a += h) for (let b = -0.012; b <= 0.012; b += h) {
    const q = add(add(c, scale(e1, a)), scale(e2, b));
    if (ribs(...q) < 0) inside.push([a, b]);
  }
  const m = inside.reduce((s, [a, b]) => [s[0] + a / inside.length, s[1] + b / inside.length], [0, 0]);
  let saa = 0, sbb = 0, sab = 0;
  for (const [a, b] of inside) {
    saa += (a - m[0]) ** 2;
    sbb += (b - m[1]) ** 2;
    sab += (a - m[0]) * (b - m[1]);
  }
  const tr = saa + sbb, det = saa * sbb - sab * sab;
  const l1 = tr / 2 + Math.sqrt((tr * tr) / 4 - det), l2 = tr / 2 - Math.sqrt((tr * tr) / 4 - det);
  // the long axis in the plane, as a world vector
  const ang = 0.5 * Math.atan2(2 * sab, saa - sbb);
  const long = add(scale(e1, Math.cos(ang)), scale(e2, Math.sin(ang)));
  return { momentRatio: l1 / l2, long, centre: add(add(c, scale(e1, m[0])), scale(e2, m[1])), inside: inside.map(([a, b]) => add(add(c, scale(e1, a)), scale(e2, b))), area: inside.length * h * h };
}

describe('ribs and sternum in detail', () => {
  it('slope down from the angle to the front end without rising again (ribs 1–12)', () => {
    for (let n = 1; n <= 12; n++) {
      const post = landmark(`rib-${n}-posterior` as LandmarkId), ant = landmark(`rib-${n}-anterior` as LandmarkId), lat = landmark(`rib-${n}-lateral` as LandmarkId);
      expect(ant[1], `rib ${n} front end below its angle`).toBeLessThan(post[1] - 0.02);
      expect(ant[1], `rib ${n} front end below its lateral point`).toBeLessThan(lat[1]);
      const pts = curvePoints(ribPoints(n), 8);
      const from = pts.findIndex((q) => dist(q, post) < 1e-6);
      let low = Infinity;
      for (const q of pts.slice(from)) {
        expect(q[1], `rib ${n} rises again on its way forward`).toBeLessThan(low + 0.003);
        low = Math.min(low, q[1]);
      }
    }
  });
  // Holcombe SA et al. 2023 (Front Bioeng Biotechnol 11:1158242, CT of 240 adults) give rib sections
  // whose principal moments differ several-fold along the shaft: the shaft is a blade, taller than thick.
  it('are flattened along the shaft: section height 1.5–3 × thickness, the long axis along the cage wall', () => {
    for (const n of [3, 5, 7, 9]) {
      const s = ribSection(n, landmark(`rib-${n}-lateral` as LandmarkId));
      const aspect = Math.sqrt(s.momentRatio);
      expect(aspect, `rib ${n}`).toBeGreaterThanOrEqual(1.5);
      expect(aspect, `rib ${n}`).toBeLessThanOrEqual(3);
      expect(Math.abs(s.long[1]), `rib ${n} stands on edge`).toBeGreaterThan(0.7);
      // a mid-shaft section of a man's rib is about 0.5–1 cm²
      expect(s.area, `rib ${n} section area`).toBeGreaterThan(0.4e-4);
      expect(s.area, `rib ${n} section area`).toBeLessThan(1.2e-4);
    }
  });
  it('have a costal groove: the inner face is hollowed near the lower border, the outer face is not', () => {
    for (const n of [4, 6, 8]) {
      const post = landmark(`rib-${n}-posterior` as LandmarkId), lat = landmark(`rib-${n}-lateral` as LandmarkId);
      const s = ribSection(n, lerp(post, lat, 0.6));
      const up: V3 = s.long[1] > 0 ? s.long : scale(s.long, -1);
      const outward = norm(cross(up, cross([s.centre[0], 0, s.centre[2] + 0.01], up)));
      const heightOf = (q: V3) => dot(sub(q, s.centre), up);
      const depthOf = (q: V3) => dot(sub(q, s.centre), outward);
      const top = Math.max(...s.inside.map(heightOf)), bottom = Math.min(...s.inside.map(heightOf));
      /** Inner and outer faces of the section in a band at fraction f of its height from the bottom. */
      const faces = (f: number) => {
        const y = bottom + (top - bottom) * f;
        const band = s.inside.filter((q) => Math.abs(heightOf(q) - y) < 0.0006).map(depthOf);
        return { inner: Math.min(...band), outer: Math.max(...band) };
      };
      const groove = faces(0.28), middle = faces(0.6);
      expect(groove.inner, `rib ${n} inner face at the groove`).toBeGreaterThan(middle.inner + 0.0007);
      expect(groove.outer, `rib ${n} outer face at the groove`).toBeGreaterThan(middle.outer - 0.0012);
    }
  });
  it('join the cartilages of ribs 8–10 to the cartilage above (the costal margin), ribs 11–12 free', () => {
    const sternum = boneField(['sternum']);
    for (const n of [8, 9, 10]) {
      const a = landmark(`rib-${n}-anterior` as LandmarkId), above = landmark(`rib-${n - 1}-anterior` as LandmarkId);
      // kept in front of the cage's side and below the rib above's front end, the flood meets that rib's cartilage
      const box: [V3, V3] = [[0.0, a[1] - 0.015, a[2] - 0.02], [a[0] + 0.012, above[1] + 0.03, 0.13]];
      const joins = floodRibs(a, box[0], box[1], (q) => dist(q, above) < 0.006);
      expect(joins, `rib ${n}`).toBe(true);
      // and its own cartilage stops short of the sternum: the flood kept below the rib above's front end never touches it
      const own = floodRibs(a, [0, a[1] - 0.015, a[2] - 0.02], [a[0] + 0.012, above[1] - 0.008, 0.13], (q) => sternum(...q) < 0.002);
      expect(own, `rib ${n} reaches the sternum by itself`).toBe(false);
    }
    for (const n of [11, 12]) {
      const a = landmark(`rib-${n}-anterior` as LandmarkId), ten = landmark('rib-10-anterior');
      const reaches = floodRibs(a, [a[0] - 0.05, a[1] - 0.03, a[2] - 0.03], [a[0] + 0.012, a[1] + 0.05, ten[2] + 0.02], (q) => dist(q, ten) < 0.01);
      expect(reaches, `rib ${n} floats`).toBe(false);
    }
  });
  it('meet the sternum with the 2nd cartilage at the sternal angle, which stands forward of the plates above and below', () => {
    const sternum = boneField(['sternum']);
    const sa = landmark('sternal-angle'), a2 = landmark('rib-2-anterior');
    let contact: V3 | null = null;
    floodRibs(a2, [0, a2[1] - 0.02, a2[2] - 0.03], [a2[0] + 0.012, a2[1] + 0.04, 0.13], (q) => {
      if (sternum(...q) < 0.002) contact = q;
      return contact !== null;
    });
    expect(contact, 'cartilage 2 reaches the sternum').not.toBeNull();
    expect(Math.abs(contact![1] - sa[1]), 'at the sternal angle').toBeLessThan(0.01);
    /** z of the sternum's front surface on the midline at height y. */
    const front = (y: number) => {
      let z = 0.16;
      while (z > 0 && sternum(0, y, z) > 0) z -= 0.0002;
      return z;
    };
    const chord = (front(sa[1] + 0.025) + front(sa[1] - 0.025)) / 2;
    expect(front(sa[1]), 'the angle stands forward of the chord').toBeGreaterThan(chord + 0.0008);
  });
  it('notch the top of the manubrium between the clavicular notches (the jugular notch)', () => {
    const sternum = boneField(['sternum']);
    const jn = landmark('jugular-notch');
    /** Highest point of the sternum at x, searched through its depth. */
    const top = (x: number) => {
      for (let y = jn[1] + 0.03; y > jn[1] - 0.03; y -= 0.0003) for (let z = jn[2] - 0.02; z < jn[2] + 0.01; z += 0.001) if (sternum(x, y, z) < 0) return y;
      return -Infinity;
    };
    expect(top(0)).toBeLessThan(top(0.02) - 0.004);
    expect(top(0)).toBeLessThan(top(-0.02) - 0.004);
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

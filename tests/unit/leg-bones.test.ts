/** The pelvis, leg and foot bones against published adult anatomy: joints that meet, the foot's arches, named features. */
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { FOOT } from '../../src/anatomy/bones/leg';
import { PROXIMAL_TIBIOFIBULAR_JOINT, SACROILIAC_JOINT } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';
import { jointFacePoints, type PlaneJoint } from '../../src/anatomy/sdf/joint';
import { add, scale } from '../../src/anatomy/vec';
import type { BoneId } from '../../src/core/model-contract';

type Field = (x: number, y: number, z: number) => number;

/** Height of the lowest bone surface above the ground at (x, z) (a ray cast upwards), or null if none below 0.12 m. */
function underside(f: Field, x: number, z: number): number | null {
  for (let y = -0.005; y < 0.12; y += 0.0005) if (f(x, y, z) < 0) return y;
  return null;
}

/** Height of the highest bone surface at (x, z) (a ray cast downwards from `from`). */
function topside(f: Field, x: number, z: number, from = 0.09): number | null {
  for (let y = from; y > -0.005; y -= 0.0005) if (f(x, y, z) < 0) return y;
  return null;
}

/** The fraction of a plane joint's face where both bones come within 2.5 mm of it, and how much of its space either fills. */
function jointFit(j: PlaneJoint, below: BoneId, above: BoneId): { contact: number; inSpace: number } {
  const a = boneField([above]), b = boneField([below]);
  const pts = jointFacePoints(j, 5);
  let contact = 0, inSpace = 0;
  for (const p of pts) {
    const up = add(p, scale(j.normal, 0.0025)), down = add(p, scale(j.normal, -0.0025));
    if (a(...up) < 0 && b(...down) < 0) contact++;
    if (a(...p) < 0 || b(...p) < 0) inSpace++;
  }
  return { contact: contact / pts.length, inSpace: inSpace / pts.length };
}

describe('pelvis', () => {
  it('meets the sacrum at the sacroiliac joint: auricular surfaces face to face across a thin joint space', () => {
    const fit = jointFit(SACROILIAC_JOINT, 'sacrum', 'hip-bone');
    expect(fit.contact).toBeGreaterThan(0.95);
    expect(fit.inSpace).toBe(0);
  });

  it('has an ischium and pubis of adult thickness: the tuberosity and the rami are solid well inside their surface', () => {
    const f = boneField(['hip-bone']);
    const depth = (p: readonly [number, number, number]) => -f(p[0], p[1], p[2]);
    const it = landmark('ischial-tuberosity'), pt = landmark('pubic-tubercle'), ps = landmark('pubic-symphysis');
    // the tuberosity is about 2–3 cm thick: a point 1 cm inside its surface is still bone
    expect(depth([it[0] + 0.003, it[1] + 0.012, it[2] + 0.002])).toBeGreaterThan(0.009);
    // superior pubic ramus between the acetabulum and the tubercle: at least 8 mm of bone around its axis
    expect(depth([0.05, 0.893, 0.058])).toBeGreaterThan(0.008);
    // the body of the pubis at the symphysis
    expect(depth([ps[0] + 0.0085, ps[1] - 0.01, ps[2] - 0.009])).toBeGreaterThan(0.008);
    expect(f(...pt)).toBeLessThan(0.01);
    // the obturator foramen stays open
    expect(f(...landmark('obturator-foramen'))).toBeGreaterThan(0.004);
  });
});

describe('knee and leg', () => {
  it('seats the fibular head against the facet under the lateral tibial condyle', () => {
    const fit = jointFit(PROXIMAL_TIBIOFIBULAR_JOINT, 'tibia', 'fibula');
    expect(fit.contact).toBeGreaterThan(0.95);
    expect(fit.inSpace).toBe(0);
  });

  it('gives the tibial shaft a triangular section with the anterior border in front', () => {
    const t = boneField(['tibia']);
    const y = landmark('tibia-mid')[1];
    let zMin = Infinity, zMax = -Infinity;
    for (let z = -0.03; z < 0.05; z += 0.0005) for (let x = 0.07; x < 0.13; x += 0.0005) if (t(x, y, z) < 0) { zMin = Math.min(zMin, z); zMax = Math.max(zMax, z); }
    const width = (z: number) => {
      let lo = Infinity, hi = -Infinity;
      for (let x = 0.07; x < 0.13; x += 0.0003) if (t(x, y, z) < 0) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
      return hi > lo ? hi - lo : 0;
    };
    const depthSpan = zMax - zMin;
    const back = width(zMin + 0.35 * depthSpan), front = width(zMin + 0.85 * depthSpan);
    // an elliptic section would keep about 0.75 of the width there, a triangle with its apex in front about 0.25
    expect(front).toBeLessThan(0.62 * back);
  });

  it('lets the lateral malleolus reach lower than the medial, with the talus under the tibia across a joint space', () => {
    const t = boneField(['tibia']), fib = boneField(['fibula']), ft = boneField(['foot']);
    const lowest = (f: Field, x0: number, x1: number) => {
      let low = Infinity;
      for (let x = x0; x < x1; x += 0.001) for (let z = -0.04; z < 0.03; z += 0.001) { const u = underside(f, x, z); if (u !== null && u < low) low = u; }
      return low;
    };
    expect(lowest(fib, 0.11, 0.145)).toBeLessThan(lowest(t, 0.06, 0.09) - 0.005);
    const plafond = underside(t, 0.1, -0.012)!, dome = topside(ft, 0.1, -0.012, plafond)!;
    expect(plafond - dome).toBeGreaterThan(0.0005);
    expect(plafond - dome).toBeLessThan(0.004);
  });
});

describe('foot', () => {
  const f = boneField(['foot']);

  it('has a medial longitudinal arch: navicular tuberosity 30–50 mm above the ground, the bones under it clear of the floor', () => {
    // standing navicular height of healthy adults is about 35–45 mm in clinical series (estimate used
    // for the figure; the navicular drop literature reports drops of 4–9 mm from such heights: Nielsen
    // et al. 2009, J Foot Ankle Res 2:12)
    const nav = landmark('navicular');
    expect(nav[1]).toBeGreaterThan(0.03);
    expect(nav[1]).toBeLessThan(0.05);
    expect(f(...nav)).toBeLessThan(0.004);
    // the heel and the first metatarsal head rest near the floor; the bone under the navicular does not
    const heel = landmark('heel-plantar'), m1 = FOOT.heads[0]!;
    expect(underside(f, heel[0], heel[2])!).toBeLessThan(0.006);
    expect(underside(f, m1[0] - 0.004, m1[2] - 0.004)!).toBeLessThan(0.012);
    expect(underside(f, FOOT.navicular[0] - 0.004, FOOT.navicular[2])!).toBeGreaterThan(0.025);
  });

  it('has a lower lateral arch: the cuboid lies nearer the ground than the navicular', () => {
    const cub = underside(f, FOOT.cuboid[0], FOOT.cuboid[2])!, nav = underside(f, FOOT.navicular[0], FOOT.navicular[2])!;
    expect(cub).toBeLessThan(nav - 0.008);
    expect(cub).toBeGreaterThan(0.006);
  });

  it('has a transverse arch: the dorsum across the cuneiforms and cuboid is highest in its medial half', () => {
    const z = FOOT.cuneiforms[1]![2];
    const tops: [number, number][] = [];
    for (let x = 0.07; x < 0.14; x += 0.002) { const t = topside(f, x, z); if (t !== null) tops.push([x, t]); }
    const peak = tops.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(peak[0]).toBeGreaterThan(0.078);
    expect(peak[0]).toBeLessThan(0.11);
    const lateral = tops.filter(([x]) => x > 0.125).map(([, t]) => t);
    expect(Math.max(...lateral)).toBeLessThan(peak[1] - 0.01);
  });

  it('has the tarsals, five metatarsals and the toes as bone where they should be', () => {
    for (const p of [FOOT.talusBody, FOOT.talusHead, FOOT.navicular, FOOT.cuboid, ...FOOT.cuneiforms, ...FOOT.heads, ...FOOT.bases]) expect(f(...p)).toBeLessThan(0);
    // metatarsal shafts are separate rays: between two heads is no bone
    for (let i = 0; i + 1 < 5; i++) {
      const a = FOOT.heads[i]!, b = FOOT.heads[i + 1]!;
      expect(f((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2 - 0.02)).toBeGreaterThan(0);
    }
    for (const id of ['hallux-tip', 'toe-2-tip', 'toe-5-tip', 'sustentaculum-tali', 'medial-cuneiform', 'metatarsal-1-base'] as const) expect(Math.abs(f(...landmark(id)))).toBeLessThan(0.006);
  });
});

/** The acetabulum and the sacrum probed through their distance fields: a deep socket facing the right way, a full sacrum. */
import { describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { FEMORAL_HEAD_RADIUS, FEMUR_AXES } from '../../src/anatomy/bones/leg';
import { SACRUM_FRAME } from '../../src/anatomy/bones/spine';
import { SACROILIAC_JOINT } from '../../src/anatomy/figure';
import { landmark } from '../../src/anatomy/landmarks';
import { add, dot, norm, scale, type V3 } from '../../src/anatomy/vec';

type Field = (x: number, y: number, z: number) => number;

/** Unit directions spread evenly over the sphere (a Fibonacci lattice). */
function directions(n: number): V3[] {
  const out: V3[] = [];
  for (let i = 0; i < n; i++) {
    const y = 1 - (2 * (i + 0.5)) / n, r = Math.sqrt(1 - y * y), a = i * Math.PI * (3 - Math.sqrt(5));
    out.push([r * Math.cos(a), y, r * Math.sin(a)]);
  }
  return out;
}

/** Distance from `from` along `dir` to the first bone, or null if none within `reach`. */
function firstBone(f: Field, from: V3, dir: V3, reach: number): number | null {
  for (let t = 0; t < reach; t += 0.0005) {
    const p = add(from, scale(dir, t));
    if (f(p[0], p[1], p[2]) < 0) return t;
  }
  return null;
}

describe('acetabulum', () => {
  const hip = boneField(['hip-bone']);
  const head = FEMUR_AXES.head;
  const rays = directions(400).map((d) => ({ d, hit: firstBone(hip, head, d, 0.06) }));

  it('is a deep socket: bone over at least 40 % of the sphere round the femoral head, just outside it', () => {
    const covered = rays.filter((r) => r.hit !== null && r.hit < FEMORAL_HEAD_RADIUS + 0.006);
    expect(covered.length / rays.length).toBeGreaterThan(0.4);
    // never closer than the head itself: room for the cartilage
    for (const r of rays) if (r.hit !== null) expect(r.hit).toBeGreaterThan(FEMORAL_HEAD_RADIUS + 0.001);
  });

  it('opens laterally, downwards and forwards (inclination 35–55°, anteversion 10–30°)', () => {
    const open = rays.filter((r) => r.hit === null).map((r) => r.d);
    expect(open.length).toBeGreaterThan(80);
    const axis = norm(open.reduce<V3>((s, d) => add(s, d), [0, 0, 0]));
    expect(axis[0]).toBeGreaterThan(0);
    expect(axis[1]).toBeLessThan(0);
    expect(axis[2]).toBeGreaterThan(0);
    // inclination: the axis from the vertical (downwards) in the frontal plane; anteversion: from lateral in the transverse plane
    const inclination = (Math.atan2(axis[0], -axis[1]) * 180) / Math.PI;
    const anteversion = (Math.atan2(axis[2], axis[0]) * 180) / Math.PI;
    expect(inclination).toBeGreaterThan(35);
    expect(inclination).toBeLessThan(55);
    expect(anteversion).toBeGreaterThan(10);
    expect(anteversion).toBeLessThan(30);
  });

  it('sinks the acetabular fossa below the lunate surface and opens the rim below in the acetabular notch', () => {
    const open = norm(rays.filter((r) => r.hit === null).map((r) => r.d).reduce<V3>((s, d) => add(s, d), [0, 0, 0]));
    const covered = rays.filter((r) => r.hit !== null && dot(r.d, open) < -0.2).map((r) => r.hit!);
    const deepest = Math.max(...covered), typical = covered.sort((a, b) => a - b)[Math.floor(covered.length / 2)]!;
    expect(deepest - typical).toBeGreaterThan(0.003);
    // the notch: towards the obturator foramen, along the rim plane, there is no bone within 4 cm
    const obt = landmark('obturator-foramen');
    const toObt = norm([obt[0] - head[0], obt[1] - head[1], obt[2] - head[2]]);
    const along = norm(add(toObt, scale(open, -dot(toObt, open))));
    expect(firstBone(hip, head, norm(add(along, scale(open, 0.05))), 0.04)).toBeNull();
  });

  it('has a rim at least 5 mm thick round the socket, above and behind (away from the notch)', () => {
    const open = norm(rays.filter((r) => r.hit === null).map((r) => r.d).reduce<V3>((s, d) => add(s, d), [0, 0, 0]));
    // directions in the rim plane, tilted 25° into the socket: up (the roof) and back (the posterior wall)
    for (const toward of [[0, 1, 0], [0, 0, -1]] as V3[]) {
      const inPlane = norm(add(toward, scale(open, -dot(toward, open))));
      const d = norm(add(scale(inPlane, Math.cos(0.44)), scale(open, -Math.sin(0.44))));
      let inside = 0;
      for (let t = FEMORAL_HEAD_RADIUS; t < 0.05; t += 0.0005) {
        const p = add(head, scale(d, t));
        if (hip(...p) < 0) inside += 0.0005;
      }
      expect(inside, `towards ${toward.join(',')}`).toBeGreaterThan(0.005);
    }
  });

  it('holds the femoral head: the head lies wholly inside the socket sphere, the femur nowhere inside the hip bone', () => {
    const femur = boneField(['femur']);
    let both = 0;
    for (let x = -0.04; x <= 0.04; x += 0.004)
      for (let y = -0.04; y <= 0.04; y += 0.004)
        for (let z = -0.04; z <= 0.04; z += 0.004) {
          const p: V3 = [head[0] + x, head[1] + y, head[2] + z];
          if (femur(...p) < 0 && hip(...p) < 0) both++;
        }
    expect(both).toBe(0);
  });
});

describe('sacrum', () => {
  const s = boneField(['sacrum']);

  it('is about 10 cm across its base, from ala to ala, and tapers to the apex', () => {
    const widthAt = (y: number, z: number) => {
      let hi = 0;
      for (let x = 0; x < 0.08; x += 0.0005) if (s(x, y, z) < 0) hi = x;
      return 2 * hi;
    };
    const base = Math.max(...[-0.03, -0.04, -0.05, -0.06].map((z) => widthAt(0.95, z)));
    expect(base).toBeGreaterThan(0.09);
    expect(base).toBeLessThan(0.125);
    const apex = landmark('sacrum-apex');
    expect(Math.max(...[-0.06, -0.07, -0.08].map((z) => widthAt(apex[1] + 0.01, z)))).toBeLessThan(0.04);
  });

  it('has four pairs of sacral foramina: open holes through the lateral parts beside the bodies', () => {
    const { origin, u, v, w } = SACRUM_FRAME;
    let holes = 0;
    for (const [cu, cv] of [[0.028, 0.024], [0.01, 0.021], [-0.008, 0.017], [-0.024, 0.0135]] as const) {
      // a foramen: empty at its centre, bone a few millimetres above and below it along the bone
      const at = (du: number): V3 => add(add(add(origin as V3, scale(u as V3, cu + du)), scale(v as V3, -cv)), scale(w, 2.5 * (cu + du) ** 2 - 0.002));
      const centre = at(0), above = at(0.009), below = at(-0.009);
      if (s(...centre) > 0 && s(...above) < 0 && s(...below) < 0) holes++;
    }
    expect(holes).toBe(4);
  });

  it('reaches out to the sacroiliac joints on both sides, its promontory in front of the alae', () => {
    const c = SACROILIAC_JOINT.centre;
    expect(s(c[0] - 0.004, c[1], c[2])).toBeLessThan(0);
    expect(s(-c[0] + 0.004, c[1], c[2])).toBeLessThan(0);
    // the front of S1 (the promontory) stands forward of the alae at the same height
    const front = (x: number) => {
      for (let z = 0.04; z > -0.1; z -= 0.0005) if (s(x, 0.955, z) < 0) return z;
      return -Infinity;
    };
    expect(front(0)).toBeGreaterThan(front(0.04) + 0.008);
  });
});

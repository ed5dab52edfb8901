/**
 * The neck muscles built as volumes, read from the committed model, against their anatomy: the
 * sternocleidomastoid is an oblique band from the manubrium and the clavicle up and back to the
 * mastoid, lying outside the anterior scalene; the suboccipitals fill the space between the atlas and
 * axis and the occiput; the semispinalis capitis climbs beside the spines to the occiput under the
 * splenius capitis, which runs from the midline up and out to the mastoid; the platysma covers the
 * front and side of the neck in front of the sternocleidomastoid.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { between, landmark } from '../../src/anatomy/landmarks';
import { muscleKey } from '../../src/core/model-contract';
import { DoubleSide, Ray, Vector3 } from 'three';
import { bvhOf, centroid } from '../support/geometry';
import { loadModel } from '../support/load-model';

type P = [number, number, number];
const meshes = new Map<string, Float32Array>();
const indices = new Map<string, Uint32Array>();
beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes)
    if (n.extras?.kind === 'muscle' && n.positions) {
      meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n.positions);
      if (n.indices) indices.set(muscleKey(n.extras.muscleId, n.extras.side), n.indices);
    }
});
const verts = (id: string): P[] => {
  const p = meshes.get(muscleKey(id, 'left'));
  if (!p) throw new Error(`no mesh for ${id}`);
  return Array.from({ length: p.length / 3 }, (_, i) => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]);
};
const nearest = (v: readonly P[], q: P) => Math.min(...v.map((p) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])));
const mean = (v: readonly P[]): P => [0, 1, 2].map((k) => v.reduce((a, p) => a + p[k]! / v.length, 0)) as P;

describe('neck muscles', () => {
  it('sternocleidomastoid runs from the manubrium and clavicle up and back to the mastoid', () => {
    const v = verts('sternocleidomastoid');
    const notch = landmark('jugular-notch'), sc = landmark('sternoclavicular'), mastoid = landmark('mastoid');
    expect(nearest(v, sc)).toBeLessThan(0.015);
    expect(nearest(v, notch)).toBeLessThan(0.02);
    expect(nearest(v, mastoid)).toBeLessThan(0.012);
    // oblique: the lowest fifth lies in front of and medial to the highest fifth
    const ys = v.map((p) => p[1]).sort((a, b) => a - b);
    const lo = mean(v.filter((p) => p[1] < ys[Math.floor(ys.length * 0.2)]!)), hi = mean(v.filter((p) => p[1] > ys[Math.floor(ys.length * 0.8)]!));
    expect(hi[1] - lo[1]).toBeGreaterThan(0.1);
    expect(lo[2] - hi[2]).toBeGreaterThan(0.05);
    expect(hi[0]).toBeGreaterThan(lo[0]);
  });

  it('sternocleidomastoid is a strong band, not a strap: at mid-neck at least 2.5 cm wide', () => {
    const v = verts('sternocleidomastoid');
    const mid = v.filter((p) => Math.abs(p[1] - 1.5) < 0.004);
    expect(mid.length).toBeGreaterThan(10);
    let span = 0;
    for (const a of mid) for (const b of mid) span = Math.max(span, Math.hypot(a[0] - b[0], a[2] - b[2]));
    expect(span).toBeGreaterThan(0.025);
  });

  it('sternocleidomastoid lies outside the anterior scalene, never through the spine', () => {
    const scm = verts('sternocleidomastoid'), as = verts('anterior-scalene');
    // at the anterior scalene's mid-height the band is farther from the neck's axis than the scalene
    const y = centroid(meshes.get(muscleKey('anterior-scalene', 'left'))!)[1];
    const axis = (p: P) => Math.hypot(p[0], p[2] + 0.015);
    const at = (v: P[]) => v.filter((p) => Math.abs(p[1] - y) < 0.006);
    expect(mean(at(scm).map((p) => [axis(p), 0, 0] as P))[0]).toBeGreaterThan(mean(at(as).map((p) => [axis(p), 0, 0] as P))[0] + 0.008);
    const spine = boneField(['cervical-spine']);
    expect(scm.filter((p) => spine(p[0], p[1], p[2]) < -0.001).length).toBe(0);
  });

  it('suboccipitals lie between the atlas and axis and the occiput, behind the transverse processes', () => {
    const v = verts('suboccipitals');
    const c2 = landmark('c2-spinous'), inl = landmark('inferior-nuchal-line'), atlas = landmark('c1-transverse');
    const c = mean(v);
    expect(c[1]).toBeGreaterThan(c2[1] - 0.005);
    expect(c[1]).toBeLessThan(inl[1] + 0.005);
    expect(c[2]).toBeLessThan(atlas[2]);
    expect(c[0]).toBeGreaterThan(0.005);
    expect(nearest(v, inl)).toBeLessThan(0.02);
  });
  it('semispinalis capitis runs up beside the spines to the occiput; splenius capitis over it from the midline up and out to the mastoid', () => {
    const ss = verts('semispinalis-capitis'), sp = verts('splenius-capitis');
    const inion = landmark('inion'), mastoid = landmark('mastoid'), c7 = landmark('c7-spinous');
    // semispinalis: near the midline, from below C7 up to the occiput beside the inion
    expect(nearest(ss, inion)).toBeLessThan(0.02);
    expect(Math.min(...ss.map((p) => p[1]))).toBeLessThan(c7[1]);
    expect(mean(ss)[0]).toBeLessThan(0.035);
    // splenius: its low end at the midline, its high end out at the mastoid
    const ys = sp.map((p) => p[1]).sort((a, b) => a - b);
    const lo = mean(sp.filter((p) => p[1] < ys[Math.floor(ys.length * 0.15)]!)), hi = mean(sp.filter((p) => p[1] > ys[Math.floor(ys.length * 0.85)]!));
    expect(lo[0]).toBeLessThan(0.02);
    expect(hi[0] - lo[0]).toBeGreaterThan(0.02);
    expect(nearest(sp, mastoid)).toBeLessThan(0.015);
    // at mid-neck it lies behind the semispinalis where both are
    const y = 1.53, at = (v: P[]) => v.filter((p) => Math.abs(p[1] - y) < 0.004 && p[0] > 0.015 && p[0] < 0.03);
    expect(Math.min(...at(sp).map((p) => p[2]))).toBeLessThan(Math.min(...at(ss).map((p) => p[2])));
  });

  it('platysma: a sheet over the front and side of the neck from below the clavicle to the lower border of the mandible', () => {
    const v = verts('platysma');
    const clav = landmark('clavicle-mid'), body = landmark('mandible-body');
    expect(Math.min(...v.map((p) => p[1]))).toBeLessThan(clav[1]);
    expect(Math.max(...v.map((p) => p[1]))).toBeGreaterThan(body[1] - 0.01);
    // in front of the sternocleidomastoid: at mid-neck a ray from the front meets the sheet before the band
    // (rays, not the meshes' few vertices at that height, which move with every simplification)
    const pl = bvhOf(meshes.get(muscleKey('platysma', 'left'))!, indices.get(muscleKey('platysma', 'left'))!);
    const scm = bvhOf(meshes.get(muscleKey('sternocleidomastoid', 'left'))!, indices.get(muscleKey('sternocleidomastoid', 'left'))!);
    let crossed = 0;
    for (const x of [0.03, 0.035, 0.04, 0.045]) {
      const ray = new Ray(new Vector3(x, 1.47, 0.2), new Vector3(0, 0, -1));
      const a = pl.raycastFirst(ray, DoubleSide), b = scm.raycastFirst(ray, DoubleSide);
      if (!b) continue;
      crossed++;
      expect(a, `x ${x}`).not.toBeNull();
      expect(a!.point.z, `x ${x}`).toBeGreaterThan(b.point.z + 0.002);
    }
    expect(crossed).toBeGreaterThanOrEqual(3);
  });
  it('middle scalene: from the transverse processes of C2 to C7 down to the first rib, behind the anterior scalene', () => {
    const v = verts('middle-scalene'), as = verts('anterior-scalene');
    expect(nearest(v, landmark('c2-transverse'))).toBeLessThan(0.012);
    expect(nearest(v, landmark('c7-transverse'))).toBeLessThan(0.012);
    expect(nearest(v, between('rib-1-anterior', 'rib-1-lateral', 0.75))).toBeLessThan(0.01);
    // it reaches higher up the spine than the anterior scalene (C2 against C3) and lies behind it
    expect(Math.max(...v.map((p) => p[1]))).toBeGreaterThan(Math.max(...as.map((p) => p[1])));
    expect(mean(v)[2]).toBeLessThan(mean(as)[2] - 0.006);
    // never through the spine
    const spine = boneField(['cervical-spine']);
    expect(v.filter((p) => spine(p[0], p[1], p[2]) < -0.001).length).toBe(0);
  });

  it('posterior scalene: from the lower cervical transverse processes behind the middle scalene down past the first rib to the second', () => {
    const v = verts('posterior-scalene'), ms = verts('middle-scalene');
    expect(nearest(v, landmark('c5-transverse'))).toBeLessThan(0.012);
    expect(nearest(v, landmark('rib-2-lateral'))).toBeLessThan(0.015);
    // it ends lower than the middle scalene (rib 2 under rib 1) and lies behind it
    expect(Math.min(...v.map((p) => p[1]))).toBeLessThan(Math.min(...ms.map((p) => p[1])) - 0.01);
    expect(mean(v)[2]).toBeLessThan(mean(ms)[2] - 0.008);
    const ribs = boneField(['ribs']);
    expect(v.filter((p) => ribs(p[0], p[1], p[2]) < -0.001).length).toBe(0);
  });
});

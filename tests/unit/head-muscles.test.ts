/**
 * The masticatory muscles built as volumes, read from the committed model, against their anatomy:
 * the temporalis fans out of its fossa and passes under the zygomatic arch to the coronoid, the
 * masseter covers the ramus from the arch to the angle, the pterygoids lie medial to the ramus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { landmark } from '../../src/anatomy/landmarks';
import { muscleKey } from '../../src/core/model-contract';
import { bvhOf, centroid, rayCrossings, rayHits } from '../support/geometry';
import { loadModel } from '../support/load-model';

const meshes = new Map<string, Float32Array>();
const indices = new Map<string, Uint32Array>();
let model: Awaited<ReturnType<typeof loadModel>>;
beforeAll(async () => {
  model = await loadModel();
  for (const n of model.nodes)
    if (n.extras?.kind === 'muscle' && n.positions && n.indices) {
      meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n.positions);
      indices.set(muscleKey(n.extras.muscleId, n.extras.side), n.indices);
    }
});
const verts = (id: string): [number, number, number][] => {
  const p = meshes.get(muscleKey(id, 'left'));
  if (!p) throw new Error(`no mesh for ${id}`);
  return Array.from({ length: p.length / 3 }, (_, i) => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]);
};
const skull = boneField(['skull']);
const jaw = boneField(['mandible']);

describe('head muscles', () => {
  it('temporalis passes medial to the zygomatic arch, through the gap over the coronoid, never through the bar', () => {
    const arch = landmark('zygomatic-arch');
    const v = verts('temporalis');
    const inGap = v.filter((p) => Math.abs(p[1] - arch[1]) < 0.004 && p[2] > arch[2] - 0.012 && p[2] < arch[2] + 0.012 && p[0] < arch[0] - 0.003);
    expect(inGap.length).toBeGreaterThan(10);
    const inBone = v.filter((p) => skull(p[0], p[1], p[2]) < -0.0015);
    expect(inBone.length / v.length).toBeLessThan(0.01);
  });

  it('temporalis is a fan: wide over the fossa, narrow at the coronoid', () => {
    const v = verts('temporalis');
    const spread = (lo: number, hi: number) => {
      const zs = v.filter((p) => p[1] >= lo && p[1] < hi).map((p) => p[2]);
      return Math.max(...zs) - Math.min(...zs);
    };
    const cor = landmark('coronoid');
    expect(spread(1.66, 1.68)).toBeGreaterThan(0.07);
    // its upper border arches along the temporal lines: still wide near the top, not tapering to a lozenge's point
    expect(spread(1.687, 1.693)).toBeGreaterThan(0.07);
    expect(spread(cor[1] - 0.004, cor[1] + 0.004)).toBeLessThan(spread(1.66, 1.68) / 3);
    // it reaches down to the coronoid process
    expect(Math.min(...v.map((p) => p[1]))).toBeLessThan(cor[1]);
  });

  it('temporalis fills its fossa: from the temporal lines down to the arch, in front of and above the ear', () => {
    // seen from the side, the fossa between just above the arch and 1.5 cm under the temporal line,
    // from behind the orbit's rim back to above the ear canal, is covered by the fan (no bare bone
    // between its lower border and the arch, as there was when its fibres gathered to a narrow neck)
    const arch = landmark('zygomatic-arch'), line = landmark('temporal-line'), ear = landmark('ear-canal');
    const bvh = bvhOf(meshes.get(muscleKey('temporalis', 'left'))!, indices.get(muscleKey('temporalis', 'left'))!);
    let cells = 0, covered = 0;
    for (let y = arch[1] + 0.008; y <= line[1] - 0.015; y += 0.004)
      for (let z = ear[2] - 0.012; z <= arch[2] + 0.01; z += 0.004) {
        cells++;
        // a ray from outside the head, inward across the side of the skull
        if (rayHits(bvh, [0.2, y, z], [-1, 0, 0])) covered++;
      }
    expect(cells).toBeGreaterThan(50);
    expect(covered / cells).toBeGreaterThan(0.9);
  });

  it('masseter covers the lateral face of the ramus from the arch to the angle', () => {
    const v = verts('masseter');
    const angle = landmark('mandible-angle'), arch = landmark('zygomatic-arch');
    expect(Math.max(...v.map((p) => p[1]))).toBeGreaterThan(arch[1] - 0.012);
    expect(Math.min(...v.map((p) => p[1]))).toBeLessThan(angle[1] + 0.008);
    const c = centroid(meshes.get(muscleKey('masseter', 'left'))!);
    expect(c[0]).toBeGreaterThan(angle[0] + 0.002);
    // lateral to the bone: almost nothing inside the mandible
    expect(v.filter((p) => jaw(p[0], p[1], p[2]) < -0.0015).length / v.length).toBeLessThan(0.01);
  });

  it('masseter as an atlas shows it: an oblique straight front border, the joint bare behind it, thickest over the lower ramus', () => {
    const v = verts('masseter');
    const angle = landmark('mandible-angle'), arch = landmark('zygomatic-arch'), condyle = landmark('mandibular-condyle');
    // the front border: the most anterior point of 6 mm slices runs forward from the front of the angle
    // to the zygoma in one straight oblique edge (not a vertical front with a corner under the arch)
    const front = (y: number) => Math.max(...v.filter((p) => Math.abs(p[1] - y) < 0.003).map((p) => p[2]));
    const top = front(arch[1] - 0.017), low = front(angle[1] - 0.007), mid = front((arch[1] - 0.017 + angle[1] - 0.007) / 2);
    expect(top - low).toBeGreaterThan(0.012);
    expect(Math.abs(mid - (top + low) / 2)).toBeLessThan(0.0035);
    // the condyle and its neck are uncovered: rays from the side over them miss the muscle
    const bvh = bvhOf(meshes.get(muscleKey('masseter', 'left'))!, indices.get(muscleKey('masseter', 'left'))!);
    for (let dy = -0.012; dy <= 0.004; dy += 0.004)
      for (let dz = -0.006; dz <= 0.006; dz += 0.003) expect(rayHits(bvh, [0.2, condyle[1] + dy, condyle[2] + dz], [-1, 0, 0])).toBe(false);
    // thickness from the side (through the muscle along x), over the ramus behind the front border:
    // thicker over its lower middle than just under the arch, where it arises by its aponeurosis
    const thickness = (y: number, z: number) => {
      const d = rayCrossings(bvh, [0.2, y, z], [-1, 0, 0]);
      let t = 0;
      for (let i = 0; i + 1 < d.length; i += 2) t += d[i + 1]! - d[i]!;
      return t;
    };
    const band = (y0: number, y1: number) => {
      const t: number[] = [];
      for (let y = y0; y <= y1 + 1e-9; y += 0.002) for (let z = angle[2] + 0.008; z <= angle[2] + 0.03 + 1e-9; z += 0.002) t.push(thickness(y, z));
      return t.reduce((a, b) => a + b, 0) / t.length;
    };
    const underArch = band(arch[1] - 0.014, arch[1] - 0.008), lowerRamus = band(angle[1] + 0.005, angle[1] + 0.03);
    expect(lowerRamus).toBeGreaterThan(0.007);
    expect(lowerRamus).toBeGreaterThan(underArch * 1.15);
  });

  it('the masseter trigger points: upper at the front under the cheekbone, lower by the angle, deep high at the back', () => {
    const tp = new Map<string, { at: [number, number, number]; normal: readonly number[] }>();
    for (const n of model.nodes)
      if (n.extras?.kind === 'trigger-point' && n.extras.side === 'left' && n.extras.muscleId === 'masseter') tp.set(n.extras.triggerPointId as string, { at: n.translation, normal: n.extras.normal });
    const angle = landmark('mandible-angle'), zygoma = landmark('zygoma'), condyle = landmark('mandibular-condyle');
    const up = tp.get('masseter-superficial-upper')!, mid = tp.get('masseter-superficial-middle')!, low = tp.get('masseter-superficial-lower')!, deep = tp.get('masseter-deep')!;
    expect(up.at[2]).toBeGreaterThan(mid.at[2] + 0.01);
    expect(zygoma[1] - up.at[1]).toBeLessThan(0.035);
    // near the lower border, just in front of the angle (not on its corner)
    expect(Math.hypot(low.at[0] - angle[0], low.at[1] - angle[1], low.at[2] - angle[2])).toBeLessThan(0.02);
    expect(low.at[2]).toBeGreaterThan(angle[2] + 0.006);
    expect(Math.abs(low.at[1] - angle[1])).toBeLessThan(0.012);
    expect(deep.at[1]).toBeGreaterThan(mid.at[1] + 0.02);
    expect(deep.at[2]).toBeLessThan(mid.at[2]);
    expect(deep.at[2]).toBeGreaterThan(condyle[2] + 0.008);
    // each on the outer face, where a finger finds it
    for (const p of [up, mid, low, deep]) expect(p.normal[0]).toBeGreaterThan(0.5);
  });

  it('the pterygoids lie medial to the ramus, the lateral one reaching the condylar neck, the medial one the angle', () => {
    const condyle = landmark('mandibular-condyle'), angle = landmark('mandible-angle');
    const lp = verts('lateral-pterygoid'), mp = verts('medial-pterygoid');
    // both lie medial to the ramus; the lateral one reaches out to the condylar neck, so its centre is less deep
    const mid = (v: [number, number, number][]) => v.reduce((a, p) => a + p[0] / v.length, 0);
    expect(mid(mp)).toBeLessThan(angle[0] - 0.01);
    expect(mid(lp)).toBeLessThan(angle[0] - 0.004);
    expect(mid(mp)).toBeLessThan(mid(lp));
    const nearCondyle = Math.min(...lp.map((p) => Math.hypot(p[0] - condyle[0], p[1] - condyle[1] + 0.006, p[2] - condyle[2])));
    expect(nearCondyle).toBeLessThan(0.008);
    expect(Math.min(...mp.map((p) => p[1]))).toBeLessThan(angle[1] + 0.01);
    // the lateral pterygoid runs nearly horizontally, the medial one steeply down
    const extent = (v: [number, number, number][], k: 1 | 2) => Math.max(...v.map((p) => p[k])) - Math.min(...v.map((p) => p[k]));
    expect(extent(mp, 1)).toBeGreaterThan(extent(lp, 1));
  });

  it('digastric: a posterior belly from behind the angle and an anterior belly to the chin, joined low at the hyoid', () => {
    const v = verts('digastric');
    const hyoid = landmark('hyoid'), chin = landmark('chin'), mastoid = landmark('mastoid'), angle = landmark('mandible-angle');
    const near = (q: readonly number[]) => Math.min(...v.map((p) => Math.hypot(p[0] - q[0]!, p[1] - q[1]!, p[2] - q[2]!)));
    expect(near(mastoid)).toBeLessThan(0.015);
    expect(near(chin)).toBeLessThan(0.02);
    // the lowest point is the loop beside the hyoid, below the angle and the chin
    const low = v.reduce((a, p) => (p[1] < a[1] ? p : a));
    expect(Math.hypot(low[0] - hyoid[0], low[1] - hyoid[1], low[2] - hyoid[2])).toBeLessThan(0.03);
    expect(low[1]).toBeLessThan(angle[1] - 0.03);
    expect(low[1]).toBeLessThan(chin[1] - 0.01);
    // the posterior belly runs medial to the angle of the mandible, never through the jaw
    expect(v.filter((p) => jaw(p[0], p[1], p[2]) < -0.0015).length / v.length).toBeLessThan(0.01);
  });
});

/** Trigger-point nodes of the left side by id. */
const points = new Map<string, [number, number, number]>();
beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes) if (n.extras?.kind === 'trigger-point' && n.extras.side === 'left') points.set(n.extras.triggerPointId as string, n.translation);
});

describe('muscles of facial expression', () => {
  it('the scalp comes down the side of the vault to just above the temporalis, not only over its top', () => {
    const v = verts('occipitofrontalis'), t = verts('temporalis');
    // beside the vertex, where the vault is some 7 cm wide: the sheet reaches out past 6 cm from the midline
    const side = v.filter((p) => Math.abs(p[2]) < 0.02);
    expect(Math.max(...side.map((p) => p[0]))).toBeGreaterThan(0.06);
    // and its lateral edge there is within 2.5 cm of the temporalis's upper border
    const edge = Math.min(...side.filter((p) => p[0] > 0.05).map((p) => p[1]));
    const top = Math.max(...t.filter((p) => Math.abs(p[2]) < 0.02).map((p) => p[1]));
    expect(edge - top).toBeLessThan(0.025);
  });

  it('orbicularis oculi is a flat ring round the orbit, open over the palpebral fissure, attached at the medial canthus', () => {
    const v = verts('orbicularis-oculi');
    const orbit = landmark('orbit');
    const xs = v.map((p) => p[0]), ys = v.map((p) => p[1]), zs = v.map((p) => p[2]);
    // an ellipse some 5 cm across and 4 cm high round the orbit, and thin front to back
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.038);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.03);
    expect(Math.max(...ys)).toBeGreaterThan(orbit[1] + 0.015);
    expect(Math.min(...ys)).toBeLessThan(orbit[1] - 0.012);
    expect(Math.max(...zs) - Math.min(...zs)).toBeLessThan(0.03);
    // a ring: nothing in the palpebral fissure in front of the eye, muscle above, below and on both sides of it
    const c: [number, number] = [0.037, 1.647];
    const inFissure = v.filter((p) => Math.abs(p[0] - c[0]) < 0.0035 && Math.abs(p[1] - c[1]) < 0.0015);
    expect(inFissure.length).toBe(0);
    const band = (dx: number, dy: number) => v.filter((p) => Math.abs(p[0] - c[0] - dx) < 0.004 && Math.abs(p[1] - c[1] - dy) < 0.004).length;
    expect(band(0, 0.013)).toBeGreaterThan(0);
    expect(band(0, -0.012)).toBeGreaterThan(0);
    expect(band(0.02, 0)).toBeGreaterThan(0);
    expect(band(-0.016, 0)).toBeGreaterThan(0);
    // attached on the frontal process of the maxilla beside the medial canthus, and never in the bone
    expect(v.some((p) => p[0] < 0.022 && Math.abs(p[1] - c[1]) < 0.005 && Math.abs(skull(p[0], p[1], p[2])) < 0.002)).toBe(true);
    expect(v.filter((p) => skull(p[0], p[1], p[2]) < -0.0015).length / v.length).toBeLessThan(0.01);
  });

  it('the orbicularis oculi trigger point lies above the eye, between the upper lid and the brow', () => {
    const tp = points.get('orbicularis-oculi-1');
    expect(tp).toBeDefined();
    const orbit = landmark('orbit'), brow = landmark('supraorbital');
    expect(tp![1]).toBeGreaterThan(orbit[1] + 0.004);
    expect(tp![1]).toBeLessThan(brow[1] + 0.004);
    expect(Math.abs(tp![0] - orbit[0])).toBeLessThan(0.015);
  });

  it('zygomaticus major: a strap from the zygomatic bone down and forward to the modiolus beside the corner of the mouth, over the masseter', () => {
    const v = verts('zygomaticus-major');
    const zygoma = landmark('zygoma'), mouth = landmark('mouth-corner');
    const top = v.reduce((a, p) => (p[1] > a[1] ? p : a)), low = v.reduce((a, p) => (p[1] < a[1] ? p : a));
    // from the cheekbone, on the bone there
    expect(Math.abs(top[1] - zygoma[1])).toBeLessThan(0.016);
    expect(v.some((p) => p[1] > zygoma[1] - 0.01 && Math.abs(skull(p[0], p[1], p[2])) < 0.002)).toBe(true);
    // to the modiolus, a centimetre lateral to the corner of the mouth
    expect(Math.hypot(low[0] - mouth[0] - 0.01, low[1] - mouth[1], low[2] - mouth[2])).toBeLessThan(0.015);
    // down, forward and medially
    expect(low[0]).toBeLessThan(top[0] - 0.01);
    expect(low[2]).toBeGreaterThan(top[2]);
    // a strap about a centimetre wide at mid-length
    const ys = v.map((p) => p[1]).sort((a, b) => a - b);
    const mid = ys[Math.floor(ys.length / 2)]!;
    const slice = v.filter((p) => Math.abs(p[1] - mid) < 0.002);
    const wide = Math.max(...slice.map((p) => p[0])) - Math.min(...slice.map((p) => p[0]));
    expect(wide).toBeGreaterThan(0.005);
    expect(wide).toBeLessThan(0.025);
    expect(v.filter((p) => skull(p[0], p[1], p[2]) < -0.0015 || jaw(p[0], p[1], p[2]) < -0.0015).length / v.length).toBeLessThan(0.01);
    // its trigger point in the cheek between the cheekbone and the corner of the mouth
    const tp = points.get('zygomaticus-major-1');
    expect(tp).toBeDefined();
    expect(tp![1]).toBeLessThan(zygoma[1] - 0.01);
    expect(tp![1]).toBeGreaterThan(mouth[1] + 0.01);
  });
});

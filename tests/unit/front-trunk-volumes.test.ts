/**
 * The front of the trunk as built by the volume generator, read from the committed model: the
 * iliopsoas crosses the pelvic brim to the lesser trochanter, the iliacus fills its fossa, the
 * pectoralis major reaches the humerus and covers the pectoralis minor, which lies on ribs 3–5; the
 * abdominal wall lies under the skin in its layers, the rectus with its tendinous intersections, the
 * external oblique from its rib slips over the intercostal layer of the cage and the internal oblique
 * to the crest, the inguinal ligament and its aponeurosis beside the rectus; the obturator internus lines the pelvic side wall; the linea alba and the lateral border of the rectus
 * sheath are drawn as tendon; the serratus anterior runs from its digitations on ribs 1–8 round the cage,
 * under the scapula, to the costal face of its medial border.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '@gltf-transform/core';
import { boneField } from '../../src/anatomy/bones';
import { skinField } from '../../src/anatomy/skin';
import { landmark } from '../../src/anatomy/landmarks';
import { gradient } from '../../src/anatomy/muscles/field-ops';
import { add, scale, type V3 } from '../../src/anatomy/vec';
import { muscleKey } from '../../src/core/model-contract';
import { ABDOMINAL_WALL, FRONT_TRUNK_SERRATUS, FRONT_TRUNK_TISSUES } from '../../src/anatomy/volumes/defs/front-trunk';
import { bvhOf, isInside, surfaceDistance } from '../support/geometry';
import { loadModel, type LoadedNode } from '../support/load-model';

const meshes = new Map<string, LoadedNode>();
const tissues = new Map<string, LoadedNode>();
const triggerPoints = new Map<string, V3>();
let doc: Document;
beforeAll(async () => {
  const model = await loadModel();
  doc = model.doc;
  for (const n of model.nodes) {
    if (n.extras?.kind === 'muscle') meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n);
    if (n.extras?.kind === 'tendon') tissues.set(`${n.extras.tissueId}/${n.extras.side}`, n);
    if (n.extras?.kind === 'trigger-point' && n.extras.side === 'left' && n.translation) triggerPoints.set(n.extras.triggerPointId, [n.translation[0]!, n.translation[1]!, n.translation[2]!]);
  }
});
const mesh = (id: string) => {
  const n = meshes.get(muscleKey(id, 'left'));
  if (!n?.positions || !n.indices) throw new Error(`no mesh for ${id}`);
  return { positions: n.positions, indices: n.indices, bvh: bvhOf(n.positions, n.indices) };
};
const vertices = (p: Float32Array): V3[] => Array.from({ length: p.length / 3 }, (_, i) => [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]);

describe('iliopsoas', () => {
  it('psoas major runs from the T12–L1 bodies across the pelvic brim down to the lesser trochanter', () => {
    const m = mesh('psoas-major');
    const ys = vertices(m.positions).map((v) => v[1]);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('l1-body')[1]);
    // below the brim: past the hip joint, to within 2 cm of the lesser trochanter's height
    expect(Math.min(...ys)).toBeLessThan(landmark('lesser-trochanter')[1] + 0.02);
    expect(surfaceDistance(m.bvh, landmark('lesser-trochanter'))).toBeLessThan(0.012);
    // in front of the hip joint on its way down
    const head = landmark('femoral-head');
    const front = vertices(m.positions).filter((v) => Math.abs(v[1] - head[1]) < 0.01);
    expect(front.length).toBeGreaterThan(0);
    expect(Math.max(...front.map((v) => v[2]))).toBeGreaterThan(head[2] + 0.02);
  });
  it('iliacus fills the iliac fossa and joins the psoas tendon at the lesser trochanter', () => {
    const m = mesh('iliacus');
    const fossa = landmark('iliac-fossa');
    // from the fossa, a few millimetres into the pelvis along the bone's normal, lies iliacus
    const n = gradient(boneField(['hip-bone']), fossa);
    const inward = [0.004, 0.008, 0.012].map((d) => isInside(m.bvh, add(fossa, scale(n, d))));
    expect(inward.some(Boolean)).toBe(true);
    // it inserts on and just below the lesser trochanter
    expect(Math.min(...vertices(m.positions).map((v) => v[1]))).toBeLessThan(landmark('lesser-trochanter')[1]);
    expect(surfaceDistance(m.bvh, landmark('lesser-trochanter'))).toBeLessThan(0.02);
  });
});

describe('pectoral region', () => {
  it('pectoralis major reaches the lateral lip of the intertubercular groove', () => {
    const m = mesh('pectoralis-major');
    const humerus = boneField(['humerus']);
    const onHumerus = vertices(m.positions).filter((v) => humerus(...v) < 0.003);
    expect(onHumerus.length).toBeGreaterThan(5);
    // lateral to the groove itself
    const groove = landmark('bicipital-groove');
    expect(onHumerus.some((v) => v[0] > groove[0] - 0.004)).toBe(true);
  });
  it('pectoralis major: its lower border rises from the 6th cartilage to the axilla, and it is thickest at the fold', () => {
    const m = mesh('pectoralis-major');
    const vs = vertices(m.positions);
    const lowest = (x: number) => Math.min(...vs.filter((v) => Math.abs(v[0] - x) < 0.005).map((v) => v[1]));
    // no horizontal lower border with a corner under the nipple: it climbs all the way out
    expect(lowest(0.11) - lowest(0.07)).toBeGreaterThan(0.02);
    expect(lowest(0.15) - lowest(0.11)).toBeGreaterThan(0.02);
    // front-to-back depth of flesh, the most over the column's heights, in millimetre steps
    const depth = (x: number) => {
      let most = 0;
      for (let y = 1.24; y <= 1.42; y += 0.01) {
        let n = 0;
        for (let z = -0.02; z < 0.16; z += 0.001) if (isInside(m.bvh, [x, y, z])) n++;
        most = Math.max(most, n * 0.001);
      }
      return most;
    };
    // the rolled anterior axillary fold about 1.5-2.5 cm, thinning to the sternum
    const fold = depth(0.14), sternal = depth(0.03);
    expect(fold).toBeGreaterThan(0.015);
    expect(fold).toBeLessThan(0.035);
    expect(fold).toBeGreaterThan(1.5 * sternal);
  });
  it('pectoralis major covers the pectoralis minor seen from the front', () => {
    const major = mesh('pectoralis-major'), minor = mesh('pectoralis-minor');
    let front = 0, covered = 0;
    for (const v of vertices(minor.positions)) {
      // sample the minor's front half only
      if (!isInside(minor.bvh, add(v, [0, 0, -0.003]))) continue;
      front++;
      for (let dz = 0.002; dz < 0.05; dz += 0.002)
        if (isInside(major.bvh, add(v, [0, 0, dz]))) {
          covered++;
          break;
        }
    }
    expect(front).toBeGreaterThan(30);
    expect(covered / front).toBeGreaterThan(0.7);
  });
  it('pectoralis major lies on the pectoralis minor, with no gap between them', () => {
    const major = mesh('pectoralis-major'), minor = mesh('pectoralis-minor');
    // from each point of the minor's front face, straight forward to the major's deep face
    const gaps: number[] = [];
    for (const v of vertices(minor.positions)) {
      if (!isInside(minor.bvh, add(v, [0, 0, -0.003]))) continue;
      for (let dz = 0.001; dz < 0.05; dz += 0.001)
        if (isInside(major.bvh, add(v, [0, 0, dz]))) {
          gaps.push(dz);
          break;
        }
    }
    gaps.sort((a, b) => a - b);
    expect(gaps.length).toBeGreaterThan(30);
    expect(gaps[Math.floor(gaps.length / 2)]!).toBeLessThan(0.003);
    expect(gaps[Math.floor(0.9 * (gaps.length - 1))]!).toBeLessThan(0.01);
  });
  it('pectoralis minor arises from ribs 3–5 in front and rises to the coracoid', () => {
    const m = mesh('pectoralis-minor');
    const ys = vertices(m.positions).map((v) => v[1]);
    expect(Math.min(...ys)).toBeLessThan(landmark('rib-5-anterior')[1] + 0.01);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('coracoid')[1] - 0.01);
    expect(surfaceDistance(m.bvh, landmark('coracoid'))).toBeLessThan(0.012);
  });
});

/** Per-vertex tendon weight and position of a muscle's left mesh, read from its primitive. */
function tendonVertices(id: string): { p: V3; w: number }[] {
  const prim = doc.getRoot().listNodes().find((n) => n.getName() === `muscle_${id}_left`)?.getMesh()?.listPrimitives()[0];
  const w = prim?.getAttribute('_TENDON');
  if (!w) throw new Error(`no tendon weights for ${id}`);
  const p = mesh(id).positions;
  return Array.from({ length: w.getCount() }, (_, i) => ({ p: [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!] as V3, w: w.getScalar(i) }));
}

/** Groups of sorted heights separated by more than `gap` metres. */
function bands(ys: number[], gap: number): number[][] {
  const out: number[][] = [];
  for (const y of [...ys].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && y - last[last.length - 1]! <= gap) last.push(y);
    else out.push([y]);
  }
  return out;
}

describe('abdominal wall', () => {
  it('rectus abdominis runs from the pubic crest to the xiphoid and the cartilages of ribs 5–7', () => {
    const m = mesh('rectus-abdominis');
    const ys = vertices(m.positions).map((v) => v[1]);
    expect(Math.min(...ys)).toBeLessThan(landmark('pubic-symphysis')[1] + 0.02);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('xiphoid')[1] - 0.01);
    expect(surfaceDistance(m.bvh, landmark('rib-6-anterior'))).toBeLessThan(0.035);
    // beside the midline at the navel, a finger's width or less from it, under the skin
    const navel = vertices(m.positions).filter((v) => Math.abs(v[1] - landmark('umbilicus')[1]) < 0.01);
    expect(Math.min(...navel.map((v) => v[0]))).toBeLessThan(0.015);
    const skin = skinField();
    const front = navel.reduce((a, b) => (b[2] > a[2] ? b : a));
    expect(skin(...front)).toBeLessThan(-0.001);
    expect(skin(...front)).toBeGreaterThan(-0.015);
  });
  it('rectus abdominis is crossed by three tendinous intersections, one at the navel', () => {
    const lo = landmark('pubic-symphysis')[1] + 0.08, hi = landmark('xiphoid')[1] - 0.005;
    const ys = tendonVertices('rectus-abdominis').filter((t) => t.w > 0.8 && t.p[1] > lo && t.p[1] < hi).map((t) => t.p[1]);
    const found = bands(ys, 0.012).filter((b) => b.length >= 4);
    expect(found.length).toBe(3);
    const mid = found.map((b) => b[Math.floor(b.length / 2)]!);
    expect(mid.some((y) => Math.abs(y - landmark('umbilicus')[1]) < 0.025)).toBe(true);
    // and the belly between them is muscle
    const fleshy = tendonVertices('rectus-abdominis').filter((t) => t.w < 0.2 && t.p[1] > lo && t.p[1] < hi).length;
    expect(fleshy).toBeGreaterThan(ys.length);
  });
  it('internal oblique arises from the iliac crest and fans up and forward to the rectus', () => {
    const m = mesh('internal-oblique');
    const hip = boneField(['hip-bone']);
    expect(vertices(m.positions).filter((v) => hip(...v) < 0.004).length).toBeGreaterThan(10);
    const ys = vertices(m.positions).map((v) => v[1]);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('rib-10-anterior')[1] - 0.02);
    // its front edge meets the lateral border of the rectus, without entering it
    const rectus = mesh('rectus-abdominis');
    const navel = vertices(m.positions).filter((v) => Math.abs(v[1] - landmark('umbilicus')[1]) < 0.01);
    const rectusNavel = vertices(rectus.positions).filter((v) => Math.abs(v[1] - landmark('umbilicus')[1]) < 0.01);
    expect(Math.min(...navel.map((v) => v[0])) - Math.max(...rectusNavel.map((v) => v[0]))).toBeLessThan(0.02);
    expect(navel.filter((v) => isInside(rectus.bvh, v)).length).toBeLessThan(navel.length * 0.1);
  });
});

describe('external oblique', () => {
  /** The first of the named volumes met on a ray from outside the flank inwards (−x) at (y, z), or null. */
  const firstMet = (y: number, z: number, names: Record<string, ReturnType<typeof bvhOf>>): string | null => {
    for (let x = 0.25; x > 0; x -= 0.0005)
      for (const [name, bvh] of Object.entries(names)) if (isInside(bvh, [x, y, z])) return name;
    return null;
  };
  it('arises by slips from the outer faces of the lower ribs, from the 5th down to the 12th', () => {
    const m = mesh('external-oblique');
    const ribs = boneField(['ribs']);
    const onRibs = vertices(m.positions).filter((v) => ribs(...v) < 0.004);
    expect(onRibs.length).toBeGreaterThan(20);
    const ys = onRibs.map((v) => v[1]);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('rib-5-lateral')[1] - 0.03);
    expect(Math.min(...ys)).toBeLessThan(landmark('rib-10-lateral')[1] - 0.03);
  });
  it('reaches the front of the iliac crest, the inguinal ligament and the edge of the rectus sheath', () => {
    const m = mesh('external-oblique');
    expect(surfaceDistance(m.bvh, landmark('asis'))).toBeLessThan(0.02);
    expect(surfaceDistance(m.bvh, landmark('iliac-tubercle'))).toBeLessThan(0.02);
    // above the pubic tubercle, on the way to it along the inguinal ligament
    expect(Math.min(...vertices(m.positions).map((v) => v[1]))).toBeLessThan(landmark('asis')[1] - 0.03);
    // at the navel its medial edge lies within 2 cm of the rectus's lateral edge
    const rectus = mesh('rectus-abdominis');
    const at = (pts: V3[]) => pts.filter((v) => Math.abs(v[1] - landmark('umbilicus')[1]) < 0.01);
    const edge = Math.max(...at(vertices(rectus.positions)).map((v) => v[0]));
    expect(Math.abs(Math.min(...at(vertices(m.positions)).map((v) => v[0])) - edge)).toBeLessThan(0.02);
  });
  it('turns into its aponeurosis (tendon colour) medially, fleshy over the flank', () => {
    const tv = tendonVertices('external-oblique');
    const navel = tv.filter((t) => Math.abs(t.p[1] - landmark('umbilicus')[1]) < 0.03);
    const medial = navel.filter((t) => t.p[0] < 0.1), lateral = navel.filter((t) => t.p[0] > 0.13);
    expect(medial.length).toBeGreaterThan(5);
    expect(lateral.length).toBeGreaterThan(5);
    expect(medial.filter((t) => t.w > 0.6).length).toBeGreaterThan(medial.length / 2);
    expect(lateral.filter((t) => t.w < 0.3).length).toBeGreaterThan(lateral.length / 2);
  });
  it('lies over the intercostal layer on the cage and over the internal oblique below it, not under them', () => {
    const eo = mesh('external-oblique').bvh;
    const fascia = tissues.get('costal-fascia/left')!;
    const layer = bvhOf(fascia.positions!, fascia.indices!);
    const io = mesh('internal-oblique').bvh;
    // over the 8th-9th costal cartilages and the side of the cage, where it once lay under the layer
    for (const [y, z] of [[1.15, 0.04], [1.1, 0.04], [1.1, -0.01]] as const) expect(firstMet(y, z, { eo, layer, io }), `at y ${y}, z ${z}`).toBe('eo');
    // and over the internal oblique on the flank below the cage
    for (const [y, z] of [[1.06, 0.06], [1.02, 0.08], [0.98, 0.09]] as const) expect(firstMet(y, z, { eo, layer, io }), `at y ${y}, z ${z}`).toBe('eo');
  });
  it('the intercostal layer on the side of the cage is drawn as muscle (the external intercostals), with its fibres', () => {
    for (const side of ['left', 'right'] as const) {
      const n = tissues.get(`costal-fascia/${side}`)!;
      expect(n.extras).toMatchObject({ kind: 'tendon', look: 'muscle' });
      const prim = doc.getRoot().listNodes().find((x) => x.getName() === n.name)!.getMesh()!.listPrimitives()[0]!;
      expect(prim.getAttribute('TANGENT'), `${side}: fibre directions`).toBeTruthy();
      expect(prim.getMaterial()?.getName(), side).toBe('muscle');
    }
  });
});

describe('pelvic wall', () => {
  it('obturator internus lies on the inner face of the obturator rim and reaches the greater trochanter', () => {
    const m = mesh('obturator-internus');
    const foramen = landmark('obturator-foramen');
    // medial to the foramen (inside the pelvis)
    const inner = vertices(m.positions).filter((v) => Math.abs(v[1] - foramen[1]) < 0.015 && Math.abs(v[2] - foramen[2]) < 0.015);
    expect(inner.length).toBeGreaterThan(0);
    expect(Math.min(...inner.map((v) => v[0]))).toBeLessThan(foramen[0] - 0.005);
    expect(surfaceDistance(m.bvh, landmark('greater-trochanter'))).toBeLessThan(0.03);
  });
});

describe('rectus sheath and linea alba', () => {
  const tissue = (id: string) => {
    for (const side of ['left', 'right'] as const) expect(tissues.get(`${id}/${side}`)?.positions, `${id}/${side}`).toBeTruthy();
    const n = tissues.get(`${id}/left`)!;
    return { positions: n.positions!, bvh: bvhOf(n.positions!, n.indices!) };
  };
  it('the linea alba runs down the midline from the xiphoid to the pubic symphysis, between the two recti', () => {
    const t = tissue('linea-alba');
    expect(surfaceDistance(t.bvh, landmark('xiphoid'))).toBeLessThan(0.015);
    expect(surfaceDistance(t.bvh, landmark('pubic-symphysis'))).toBeLessThan(0.015);
    const vs = vertices(t.positions);
    // on the midline at the navel, medial to the rectus and under the skin
    const navel = vs.filter((v) => Math.abs(v[1] - landmark('umbilicus')[1]) < 0.02);
    expect(navel.length).toBeGreaterThan(2);
    expect(Math.min(...navel.map((v) => Math.abs(v[0])))).toBeLessThan(0.002);
    const rectus = mesh('rectus-abdominis');
    const rectusNavel = vertices(rectus.positions).filter((v) => Math.abs(v[1] - landmark('umbilicus')[1]) < 0.01);
    expect(Math.max(...navel.map((v) => v[0]))).toBeLessThan(Math.min(...rectusNavel.map((v) => v[0])) + 0.004);
    const skin = skinField();
    expect(Math.max(...vs.map((v) => skin(...v)))).toBeLessThan(-0.0008);
  });
  it('the linea alba is one continuous flat band between the recti: no gap in the midline shows what lies behind', () => {
    const t = tissue('linea-alba'), rectus = mesh('rectus-abdominis');
    let rays = 0, hits = 0;
    for (let y = 0.94; y <= 1.22; y += 0.01)
      for (let x = 0.0005; x <= 0.0095; x += 0.001) {
        rays++;
        for (let z = 0.125; z > 0.07; z -= 0.0005)
          if (isInside(t.bvh, [x, y, z]) || isInside(rectus.bvh, [x, y, z])) {
            hits++;
            break;
          }
      }
    expect(hits / rays).toBeGreaterThan(0.98);
  });
  it('the lateral border of the sheath follows the edge of the rectus from above the pubis to the costal margin', () => {
    const t = tissue('rectus-sheath');
    const vs = vertices(t.positions);
    const ys = vs.map((v) => v[1]);
    expect(Math.min(...ys)).toBeLessThan(landmark('pubic-tubercle')[1] + 0.05);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('rib-7-anterior')[1]);
    const rectus = mesh('rectus-abdominis');
    for (const y of [0.95, 1.05, 1.15]) {
      const band = vs.filter((v) => Math.abs(v[1] - y) < 0.006);
      const edge = Math.max(...vertices(rectus.positions).filter((v) => Math.abs(v[1] - y) < 0.006).map((v) => v[0]));
      expect(band.length, `at ${y}`).toBeGreaterThan(0);
      const mid = band.reduce((a, v) => a + v[0], 0) / band.length;
      expect(Math.abs(mid - edge), `at ${y}`).toBeLessThan(0.015);
    }
  });
});

describe('the closed-cage ground under the external oblique', () => {
  const fascia = FRONT_TRUNK_TISSUES.find((t) => t.id === 'costal-fascia')!;
  const lines = [fascia.origin.line, ...(fascia.via ?? []), fascia.insertion.line];
  const at = (a: (typeof lines)[number][number]): V3 => {
    if (typeof a === 'string' || !('at' in a)) throw new Error('the layer is laid through points on the ribs');
    return a.at;
  };
  it('passes through points on the outer faces of ribs 5-10, a few millimetres out from the bone', () => {
    const ribs = boneField(['ribs']);
    expect(lines).toHaveLength(6);
    for (const [i, line] of lines.entries())
      for (const a of line) {
        const p = at(a);
        // outside the rib, close enough to lie on it (a point in an intercostal space would be ~1 cm off)
        expect(ribs(...p), `rib ${5 + i}`).toBeGreaterThan(0.0005);
        expect(ribs(...p), `rib ${5 + i}`).toBeLessThan(0.0045);
        // on the outer face: farther from the cage's axis than the rib's own centre line there
        const lateral = landmark(`rib-${5 + i}-lateral` as Parameters<typeof landmark>[0]);
        if (Math.abs(p[2] - lateral[2]) < 0.01) expect(p[0]).toBeGreaterThan(lateral[0]);
      }
  });
  it('runs down across the ribs, one line per rib, front to back round the cage', () => {
    for (const line of lines) {
      const zs = line.map((a) => at(a)[2]);
      for (let k = 1; k < zs.length; k++) expect(zs[k]!).toBeLessThan(zs[k - 1]!);
    }
    for (let i = 1; i < lines.length; i++) expect(at(lines[i]![2]!)[1]).toBeLessThan(at(lines[i - 1]![2]!)[1]);
  });
  it('is what the external oblique lies on, with the internal oblique and the rectus', () => {
    const eo = ABDOMINAL_WALL.find((d) => d.id === 'external-oblique')!;
    expect(eo.overTissues).toEqual(['costal-fascia']);
    expect(eo.over).toEqual(expect.arrayContaining(['internal-oblique', 'rectus-abdominis']));
  });
});

describe('serratus anterior', () => {
  const sa = FRONT_TRUNK_SERRATUS[0]!;
  /** The point of an origin anchor written as an explicit point (the serratus' slips are all `{ at }`). */
  const at = (a: (typeof sa.origin.line)[number]): readonly [number, number, number] => {
    if (typeof a === 'object' && 'at' in a) return a.at;
    throw new Error(`serratus origin anchor ${JSON.stringify(a)} is not a point`);
  };
  it('arises by digitations from the outer faces of ribs 1 to 8 at the side of the chest', () => {
    const m = mesh('serratus-anterior');
    const ribs = boneField(['ribs']);
    for (const a of sa.origin.line) {
      const p = at(a);
      expect(Math.abs(ribs(...p))).toBeLessThan(0.002);
      expect(isInside(m.bvh, p) ? 0 : surfaceDistance(m.bvh, p)).toBeLessThan(0.003);
    }
    const ys = vertices(m.positions).map((v) => v[1]);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('rib-2-lateral')[1]);
    // down to the 8th rib's digitation (its landmark lies on the rib's lower edge)
    expect(Math.min(...ys)).toBeLessThan(landmark('rib-8-lateral')[1] + 0.005);
  });
  it('reaches the costal face of the medial border from the superior angle to the inferior angle, most of it at the angle', () => {
    const m = mesh('serratus-anterior');
    expect(surfaceDistance(m.bvh, landmark('scapula-superior-angle'))).toBeLessThan(0.015);
    // (the angle's landmark is its tip; the muscle ends on the costal face above it)
    expect(surfaceDistance(m.bvh, landmark('scapula-inferior-angle'))).toBeLessThan(0.02);
    // in front of the scapula (between it and the ribs), not behind it
    const back = vertices(m.positions).filter((v) => v[2] < -0.06);
    const behindBlade = back.filter((v) => v[2] < landmark('scapula-inferior-angle')[2] - 0.012);
    expect(back.length).toBeGreaterThan(0);
    expect(behindBlade.length / back.length).toBeLessThan(0.05);
    // the lower digitations converge on the inferior angle: more of the insertion's half lies below the spine's root than above it
    const low = back.filter((v) => v[1] < landmark('scapula-spine-root')[1]).length;
    expect(low).toBeGreaterThan(back.length - low);
  });
  it('has its trigger point on the side of the chest about the 5th-6th ribs, near the mid-axillary line', () => {
    const tp = triggerPoints.get('serratus-anterior-1')!;
    expect(tp).toBeTruthy();
    expect(tp[1]).toBeLessThan(landmark('rib-4-lateral')[1]);
    expect(tp[1]).toBeGreaterThan(landmark('rib-7-lateral')[1]);
    expect(tp[0]).toBeGreaterThan(0.12);
    expect(Math.abs(tp[2])).toBeLessThan(0.045);
  });
});

/**
 * The front of the trunk as built by the volume generator, read from the committed model: the
 * iliopsoas crosses the pelvic brim to the lesser trochanter, the iliacus fills its fossa, the
 * pectoralis major reaches the humerus and covers the pectoralis minor, which lies on ribs 3–5.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { landmark } from '../../src/anatomy/landmarks';
import { gradient } from '../../src/anatomy/muscles/field-ops';
import { add, scale, type V3 } from '../../src/anatomy/vec';
import { muscleKey } from '../../src/core/model-contract';
import { bvhOf, isInside, surfaceDistance } from '../support/geometry';
import { loadModel, type LoadedNode } from '../support/load-model';

const meshes = new Map<string, LoadedNode>();
beforeAll(async () => {
  const model = await loadModel();
  for (const n of model.nodes) if (n.extras?.kind === 'muscle') meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n);
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
  it('pectoralis minor arises from ribs 3–5 in front and rises to the coracoid', () => {
    const m = mesh('pectoralis-minor');
    const ys = vertices(m.positions).map((v) => v[1]);
    expect(Math.min(...ys)).toBeLessThan(landmark('rib-5-anterior')[1] + 0.01);
    expect(Math.max(...ys)).toBeGreaterThan(landmark('coracoid')[1] - 0.01);
    expect(surfaceDistance(m.bvh, landmark('coracoid'))).toBeLessThan(0.012);
  });
});

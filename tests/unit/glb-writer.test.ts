/** The GLB writer: positions on a step per kind of part, shared buffer views, rounded node numbers, byte report. */
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { glbByteReport } from '../../src/anatomy/gltf/byte-report';
import { maxPositionError } from '../../src/anatomy/gltf/quantize-positions';
import { writeGlb } from '../../src/anatomy/gltf/write-glb';
import type { BuildPart, ModelPoint } from '../../src/anatomy/mesh';
import { polygonize } from '../../src/anatomy/polygonize';
import { sphere } from '../../src/anatomy/sdf/primitives';

const extras = { generator: 'test', inputsHash: '0', frame: 'metres, +Y up, feet on y=0, facing +Z, body left = +X', stature: 1.75 } as const;

/** A ball part of the given material at a centre. */
function ball(name: string, material: BuildPart['material'], c: [number, number, number], r: number): BuildPart {
  const mesh = polygonize(sphere(c, r).d, { min: [c[0] - r - 0.01, c[1] - r - 0.01, c[2] - r - 0.01], max: [c[0] + r + 0.01, c[1] + r + 0.01, c[2] + r + 0.01] }, { cell: r / 6 });
  return { name, material, mesh, extras: material === 'muscle' ? { kind: 'muscle', muscleId: name, side: 'left', layer: 1 } : { kind: material } };
}

const parts = [
  ball('skin', 'skin', [0, 0.9, 0], 0.3),
  ...Array.from({ length: 6 }, (_, i) => ball(`m${i}`, 'muscle', [0.1 + 0.013 * i, 1.2 - 0.07 * i, 0.02], 0.03 + 0.004 * i)),
];
const points: ModelPoint[] = [
  { name: 'trp_a_left', position: [0.1234567, 1.2345678, 0.0123456], extras: { kind: 'trigger-point', triggerPointId: 'a', muscleId: 'm0', side: 'left', normal: [0.6000004, 0.7999996, 0] } },
];
const steps = { skin: 0.0004, muscle: 0.0002, bone: 0.0002, tendon: 0.0002 };
let glb: Uint8Array;
let json: { nodes: { name: string; translation?: number[]; scale?: number[]; extras?: { normal?: number[] } }[]; bufferViews: unknown[] };

beforeAll(async () => {
  glb = await writeGlb(parts, points, extras, steps);
  const length = new DataView(glb.buffer, glb.byteOffset).getUint32(12, true);
  json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + length))) as typeof json;
});

describe('the GLB writer', () => {
  it('keeps every vertex within the error bound of its step, and does quantize to it', async () => {
    await MeshoptDecoder.ready;
    const doc = await new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder }).readBinary(glb);
    for (const part of parts) {
      const node = doc.getRoot().listNodes().find((n) => n.getName() === part.name);
      const prim = node?.getMesh()?.listPrimitives()[0];
      const acc = prim?.getAttribute('POSITION');
      if (!node || !acc) throw new Error(`no mesh for ${part.name}`);
      const m = node.getWorldMatrix();
      const step = steps[part.material];
      // every written vertex lies near a built vertex, and every built vertex near a written one (weld may merge)
      const built = part.mesh.positions;
      let worst = 0, offGrid = 0;
      const el: number[] = [];
      for (let i = 0; i < acc.getCount(); i++) {
        acc.getElement(i, el);
        const [x, y, z] = el as [number, number, number];
        const w = [m[0] * x + m[12], m[5] * y + m[13], m[10] * z + m[14]] as const;
        let best = Infinity;
        for (let j = 0; j < built.length; j += 3) best = Math.min(best, Math.hypot(w[0] - built[j]!, w[1] - built[j + 1]!, w[2] - built[j + 2]!));
        worst = Math.max(worst, best);
        if (best > 1e-6) offGrid++;
      }
      expect(worst, part.name).toBeLessThanOrEqual(maxPositionError(step) + 1e-7);
      expect(offGrid, `${part.name} is quantized`).toBeGreaterThan(acc.getCount() / 2);
      expect(m[0], `${part.name} scale is its step`).toBeCloseTo(step, 9);
    }
  });
  it('shares buffer views across meshes (their number does not grow with the meshes)', () => {
    expect(json.bufferViews.length).toBeLessThanOrEqual(4);
  });
  it('rounds trigger-point translations to 0.01 mm and normals to three decimals', () => {
    const tp = json.nodes.find((n) => n.name === 'trp_a_left');
    expect(tp?.translation).toEqual([0.12346, 1.23457, 0.01235]);
    expect(tp?.extras?.normal).toEqual([0.6, 0.8, 0]);
  });
  it('reports bytes that add up to the chunks', () => {
    const rows = glbByteReport(glb);
    const jsonLength = new DataView(glb.buffer, glb.byteOffset).getUint32(12, true);
    const jsonRows = rows.filter((r) => r.part.startsWith('json')).reduce((a, r) => a + r.bytes, 0);
    expect(jsonRows).toBe(jsonLength);
    expect(rows.find((r) => r.part === 'bin POSITION')?.bytes).toBeGreaterThan(0);
    expect(rows.every((r) => r.bytes >= 0)).toBe(true);
  });
});

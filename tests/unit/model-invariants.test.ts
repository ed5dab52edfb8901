/** Invariants of the committed model against the real dataset and the anatomy definitions. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { landmark } from '../../src/anatomy/landmarks';
import { anchorPoint } from '../../src/anatomy/muscles/anchors';
import { MUSCLE_DEFS } from '../../src/anatomy/muscles/defs';
import { VOLUME_IDS } from '../../src/anatomy/volumes';
import { MUSCLE_TRIANGLE_BUDGET } from '../../src/anatomy/volumes/budget';
import type { AnchorDef, MuscleDef } from '../../src/anatomy/muscles/types';
import { parseDatasetText } from '../../src/core/dataset/parse';
import type { Dataset } from '../../src/core/dataset/schema';
import { STATURE_M } from '../../src/core/frame';
import { muscleKey } from '../../src/core/model-contract';
import { bvhOf, centroid, isInside, surfaceDistance } from '../support/geometry';
import { loadModel, type LoadedModel, type LoadedNode } from '../support/load-model';
import { computeInputsHash } from '../../src/anatomy/inputs-hash';

let model: LoadedModel;
let data: Dataset;
const muscles = new Map<string, LoadedNode>();

beforeAll(async () => {
  const parsed = parseDatasetText(readFileSync(new URL('../../data/trigger-points.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the dataset is invalid; run npm run validate:data');
  data = parsed.data;
  model = await loadModel();
  for (const n of model.nodes) if (n.extras?.kind === 'muscle') muscles.set(muscleKey(n.extras.muscleId, n.extras.side), n);
});

const mesh = (id: string, side: 'left' | 'right' = 'left') => {
  const n = muscles.get(muscleKey(id, side));
  if (!n?.positions || !n.indices) throw new Error(`no mesh for ${id}/${side}`);
  return { positions: n.positions, indices: n.indices };
};

describe('the model and the dataset name the same muscles', () => {
  it('has a left and a right mesh for every dataset muscle', () => {
    const missing = data.muscles.flatMap((m) => (['left', 'right'] as const).filter((s) => !muscles.has(muscleKey(m.id, s))).map((s) => `${m.id}/${s}`));
    expect(missing).toEqual([]);
  });
  it('has no muscle mesh without a dataset entry, and carries the dataset layer', () => {
    const ids = new Map(data.muscles.map((m) => [m.id as string, m.layer]));
    for (const n of muscles.values()) {
      if (n.extras?.kind !== 'muscle') continue;
      expect(ids.has(n.extras.muscleId), n.extras.muscleId).toBe(true);
      expect(n.extras.layer).toBe(ids.get(n.extras.muscleId));
    }
  });
});

describe('geometry', () => {
  it('mirrors left and right centroids within 1 mm', () => {
    for (const m of data.muscles) {
      const l = centroid(mesh(m.id, 'left').positions), r = centroid(mesh(m.id, 'right').positions);
      expect(Math.hypot(l[0] + r[0], l[1] - r[1], l[2] - r[2]), m.id).toBeLessThan(0.001);
      expect(l[0], `${m.id} left lies at +X`).toBeGreaterThan(0);
    }
  });

  it('puts every trigger point on or within 5 mm of its muscle surface', () => {
    const points = model.nodes.filter((n) => n.extras?.kind === 'trigger-point');
    const expected = data.muscles.reduce((a, m) => a + m.triggerPoints.length * 2, 0);
    expect(points.length).toBe(expected);
    const bvhs = new Map<string, ReturnType<typeof bvhOf>>();
    for (const p of points) {
      if (p.extras?.kind !== 'trigger-point') continue;
      const key = muscleKey(p.extras.muscleId, p.extras.side);
      let bvh = bvhs.get(key);
      if (!bvh) {
        const m = mesh(p.extras.muscleId, p.extras.side);
        bvh = bvhOf(m.positions, m.indices);
        bvhs.set(key, bvh);
      }
      expect(surfaceDistance(bvh, p.translation), p.name).toBeLessThan(0.005);
    }
  });

  it('keeps superficial muscles inside the skin (sampled vertices)', () => {
    const skin = model.nodes.find((n) => n.extras?.kind === 'skin');
    expect(skin?.positions).toBeTruthy();
    const bvh = bvhOf(skin!.positions!, skin!.indices!);
    const outside: string[] = [];
    for (const m of data.muscles.filter((x) => x.layer === 1)) {
      const p = mesh(m.id).positions;
      const step = Math.max(1, Math.floor(p.length / 3 / 40));
      let bad = 0, total = 0;
      for (let i = 0; i < p.length / 3; i += step) {
        total++;
        const v: [number, number, number] = [p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!];
        if (!isInside(bvh, v) && surfaceDistance(bvh, v) > 0.001) bad++;
      }
      if (bad / total > 0.02) outside.push(`${m.id}: ${bad}/${total}`);
    }
    expect(outside).toEqual([]);
  });

  it('attaches each muscle end within 2 cm of its named anchor', () => {
    const far: string[] = [];
    const ends = (d: MuscleDef): AnchorDef[] =>
      d.kind === 'shell'
        ? [d.origin[0]!, d.origin[d.origin.length - 1]!, d.insertion[0]!, d.insertion[d.insertion.length - 1]!]
        : d.kind === 'loft'
          ? [d.path[0]!, d.path[d.path.length - 1]!]
          : [];
    // muscles built as volumes are checked against their bony footprints instead (volume-muscles.test.ts)
    for (const d of MUSCLE_DEFS.filter((x) => !VOLUME_IDS.has(x.id))) {
      const m = mesh(d.id);
      const bvh = bvhOf(m.positions, m.indices);
      for (const a of ends(d)) {
        const dist = surfaceDistance(bvh, anchorPoint(a));
        if (dist > 0.02) far.push(`${d.id} ${JSON.stringify(a)}: ${(dist * 100).toFixed(1)} cm`);
      }
    }
    expect(far).toEqual([]);
  });
});

describe('proportions of key muscles', () => {
  const at = (id: string) => centroid(mesh(id).positions);
  it('upper trapezius sits at 0.8–0.9 of stature, behind the coronal plane', () => {
    const c = at('upper-trapezius');
    expect(c[1] / STATURE_M).toBeGreaterThan(0.8);
    expect(c[1] / STATURE_M).toBeLessThan(0.9);
    expect(c[2]).toBeLessThan(0);
  });
  it('gastrocnemius sits at 0.15–0.3 of stature, behind the leg', () => {
    const c = at('gastrocnemius');
    expect(c[1] / STATURE_M).toBeGreaterThan(0.15);
    expect(c[1] / STATURE_M).toBeLessThan(0.3);
    expect(c[2]).toBeLessThan(landmark('tibia-mid')[2]);
  });
  it('iliacus lies inside the pelvis, medial to the ASIS and between the pubis and the iliac crest', () => {
    const c = at('iliacus');
    expect(c[0]).toBeLessThan(landmark('asis')[0]);
    expect(c[1]).toBeGreaterThan(landmark('pubic-symphysis')[1]);
    expect(c[1]).toBeLessThan(landmark('iliac-crest')[1]);
  });
  it('subscapularis lies in front of the scapula, behind the rib fronts', () => {
    const c = at('subscapularis');
    expect(c[2]).toBeGreaterThan(landmark('infraspinous-fossa')[2]);
    expect(c[2]).toBeLessThan(landmark('rib-4-lateral')[2] + 0.02);
  });
  it('lateral pterygoid lies medial to the jaw joint, in front of it', () => {
    const c = at('lateral-pterygoid');
    expect(c[0]).toBeLessThan(landmark('tmj')[0]);
    expect(c[2]).toBeGreaterThan(landmark('ear-canal')[2]);
  });
});

describe('budgets', () => {
  it('stays within 2.5 MB, 450k triangles and 400 meshes', () => {
    const meshes = model.nodes.filter((n) => n.positions);
    // 2.5 MB read as decimal megabytes, the stricter reading
    expect(model.bytes).toBeLessThanOrEqual(2_500_000);
    expect(meshes.reduce((a, n) => a + n.triangles, 0)).toBeLessThanOrEqual(450_000);
    expect(meshes.length).toBeLessThanOrEqual(400);
  });
  it('keeps muscles and tendons within their share of the triangles', () => {
    const soft = model.nodes.filter((n) => n.positions && (n.extras?.kind === 'muscle' || n.extras?.kind === 'tendon'));
    expect(soft.reduce((a, n) => a + n.triangles, 0)).toBeLessThanOrEqual(MUSCLE_TRIANGLE_BUDGET);
  });
});

describe('freshness', () => {
  it('was built from the current sources and data (run npm run build:model if this fails)', () => {
    const root = new URL('../..', import.meta.url).pathname;
    expect(model.assetExtras['inputsHash']).toBe(computeInputsHash(root));
  });
});

/**
 * The committed model as the region tests read it: left-side muscle and tissue meshes by id, trigger
 * points by id, and the distance from a point to a mesh. `regionModel()` loads the model in its own
 * `beforeAll`; the maps are filled before the tests run.
 */
import { beforeAll } from 'vitest';
import { muscleKey } from '../../src/core/model-contract';
import { bvhOf, isInside, surfaceDistance } from './geometry';
import { loadModel, type LoadedNode } from './load-model';

type P3 = readonly [number, number, number];

/** A mesh's positions and triangle indices. */
export interface PartMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

export interface RegionModel {
  /** Muscle nodes by muscleKey(id, side). */
  meshes: Map<string, LoadedNode>;
  /** Tissue (tendon) nodes by `<tissueId>/<side>`. */
  tendons: Map<string, LoadedNode>;
  /** Left-side trigger points by id. */
  points: Map<string, [number, number, number]>;
  /** The left-side mesh of a muscle, or of a tissue when `tissue` is set. */
  left(id: string, tissue?: boolean): PartMesh;
  /** Distance from a point to a left-side muscle or tissue (0 inside it). */
  reach(id: string, p: P3, tissue?: boolean): number;
}

export function regionModel(): RegionModel {
  const meshes = new Map<string, LoadedNode>();
  const tendons = new Map<string, LoadedNode>();
  const points = new Map<string, [number, number, number]>();
  beforeAll(async () => {
    const model = await loadModel();
    for (const n of model.nodes) {
      if (n.extras?.kind === 'muscle') meshes.set(muscleKey(n.extras.muscleId, n.extras.side), n);
      if (n.extras?.kind === 'tendon') tendons.set(`${n.extras.tissueId}/${n.extras.side}`, n);
      if (n.extras?.kind === 'trigger-point' && n.extras.side === 'left') points.set(n.extras.triggerPointId, n.translation);
    }
  });
  const left = (id: string, tissue = false): PartMesh => {
    const n = tissue ? tendons.get(`${id}/left`) : meshes.get(muscleKey(id, 'left'));
    if (!n?.positions || !n.indices) throw new Error(`no mesh for ${id}/left`);
    return { positions: n.positions, indices: n.indices };
  };
  const reach = (id: string, p: P3, tissue = false): number => {
    const m = left(id, tissue);
    const bvh = bvhOf(m.positions, m.indices);
    return isInside(bvh, p) ? 0 : surfaceDistance(bvh, p);
  };
  return { meshes, tendons, points, left, reach };
}

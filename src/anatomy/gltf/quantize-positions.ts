/**
 * Position quantization by a fixed step in metres per kind of part, instead of a fixed number of bits
 * per mesh box: a muscle 10 cm long no longer spends the skin's 13 bits on 0.01 mm it cannot show.
 * Each mesh's positions become signed 16-bit integers (not normalized, as KHR_mesh_quantization
 * allows) counted in steps from the mesh's centre, and its node carries the centre as translation and
 * the step as a uniform scale, so every consumer that applies node transforms sees the same geometry.
 * The largest error a vertex can take is half a step along each axis (√3/2 of a step in space).
 */
import type { Document } from '@gltf-transform/core';

/** Step (metres) per part material; every vertex lies within √3/2 of a step of where it was built. */
export type PositionSteps = Readonly<Record<string, number>>;

/**
 * The steps the model is written with: 0.2 mm on the skin, bones and tendons (at most 0.17 mm from
 * where they were built, far under a screen pixel at any atlas zoom), 0.1 mm on the muscles: the
 * splenius capitis lies at its 90 % limits behind the upper trapezius and under it on the nape, and
 * coarser steps tip one or the other over (0.2 mm: 0.900 behind; 0.15 mm: 0.893 under).
 */
export const POSITION_STEPS: PositionSteps = { skin: 0.0002, bone: 0.0002, muscle: 0.0001, tendon: 0.0002 };

/** The grid node translations are snapped to (metres); exact, so it adds no error. */
const ORIGIN_GRID = 0.0001;
const MAX_STEPS = 32767;

/** The worst distance (metres) between a written vertex and its built position for a step. */
export function maxPositionError(step: number): number {
  return (Math.sqrt(3) / 2) * step;
}

/**
 * Quantizes every mesh's POSITION to its material's step (materials named by the primitive's material).
 * Meshes must each belong to one node with an identity transform (as the writer makes them).
 */
export function quantizePositions(doc: Document, steps: PositionSteps): void {
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const t0 = node.getTranslation(), s0 = node.getScale();
    if (t0.some((v) => v !== 0) || s0.some((v) => v !== 1)) throw new Error(`quantizePositions: node "${node.getName()}" already has a transform`);
    if (mesh.listParents().filter((p) => p.propertyType === 'Node').length > 1) throw new Error(`quantizePositions: mesh "${mesh.getName()}" is shared`);
    const prims = mesh.listPrimitives();
    const material = prims[0]?.getMaterial()?.getName() ?? '';
    const step = steps[material];
    if (step === undefined) throw new Error(`quantizePositions: no step for material "${material}"`);
    const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
    for (const prim of prims) {
      const a = prim.getAttribute('POSITION')?.getArray();
      if (!a) continue;
      for (let i = 0; i < a.length; i++) {
        const v = a[i]!, k = i % 3;
        if (v < lo[k]!) lo[k] = v;
        if (v > hi[k]!) hi[k] = v;
      }
    }
    const centre = lo.map((l, k) => Math.round((l + hi[k]!) / 2 / ORIGIN_GRID) * ORIGIN_GRID) as [number, number, number];
    for (const prim of prims) {
      const acc = prim.getAttribute('POSITION');
      if (!acc) continue;
      const a = acc.getArray();
      if (!(a instanceof Float32Array)) throw new Error(`quantizePositions: "${mesh.getName()}" positions are not floats`);
      const q = new Int16Array(a.length);
      for (let i = 0; i < a.length; i++) {
        const n = Math.round((a[i]! - centre[i % 3]!) / step);
        if (Math.abs(n) > MAX_STEPS) throw new Error(`quantizePositions: "${mesh.getName()}" is too large for a ${step} m step`);
        q[i] = n;
      }
      const out = acc.clone().setArray(q).setNormalized(false);
      prim.setAttribute('POSITION', out);
      if (acc.listParents().every((p) => p.propertyType === 'Root')) acc.dispose();
    }
    node.setTranslation(centre).setScale([step, step, step]);
  }
}

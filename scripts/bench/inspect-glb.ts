/** Triangles and meshes of a GLB, read with glTF-Transform (meshopt decoded). */
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer/decoder';

/** Counts of a model file. */
export interface GlbCounts {
  triangles: number;
  /** Triangles by the `kind` in each mesh node's extras (skin, bone, muscle, tendon). */
  trianglesByKind: Record<string, number>;
  meshes: number;
  meshNodes: number;
}

/** Reads the GLB bytes and counts triangles (of triangle-list primitives), meshes and mesh nodes. */
export async function inspectGlb(bytes: Uint8Array): Promise<GlbCounts> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  let triangles = 0;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== 4) continue;
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0;
      triangles += count / 3;
    }
  }
  const nodes = doc.getRoot().listNodes().filter((n) => n.getMesh());
  const trianglesByKind: Record<string, number> = {};
  for (const n of nodes) {
    const kind = String((n.getExtras() as { kind?: unknown }).kind ?? 'other');
    for (const prim of n.getMesh()!.listPrimitives())
      if (prim.getMode() === 4) trianglesByKind[kind] = (trianglesByKind[kind] ?? 0) + (prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0) / 3;
  }
  return { triangles, trianglesByKind, meshes: doc.getRoot().listMeshes().length, meshNodes: nodes.length };
}

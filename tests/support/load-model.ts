/** Loads the committed model in Node with its contract extras, for the invariant tests. */
import { readFileSync } from 'node:fs';
import { NodeIO, type Document } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { computeNormals } from '../../src/anatomy/mesh';
import { readExtras, type NodeExtras } from '../../src/core/model-contract';

export const MODEL_PATH = new URL('../../assets/models/body.glb', import.meta.url);

export interface LoadedNode {
  name: string;
  extras: NodeExtras | null;
  /** World-space positions (quantization may give mesh nodes a transform; it is applied here). */
  positions: Float32Array | null;
  /** Triangle vertex indices into `positions`. */
  indices: Uint32Array | null;
  translation: [number, number, number];
  triangles: number;
}

export interface LoadedModel {
  doc: Document;
  nodes: LoadedNode[];
  assetExtras: Record<string, unknown>;
  bytes: number;
}

/** Reads and decodes assets/models/body.glb (or the GLB at `path`). */
export async function loadModel(path: URL = MODEL_PATH): Promise<LoadedModel> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const bytes = readFileSync(path);
  const doc = await io.readBinary(new Uint8Array(bytes));
  const nodes: LoadedNode[] = doc
    .getRoot()
    .listNodes()
    .map((node) => {
      const mesh = node.getMesh();
      let positions: Float32Array | null = null;
      let indices: Uint32Array | null = null;
      let triangles = 0;
      if (mesh) {
        const chunks: number[] = [];
        const tri: number[] = [];
        for (const prim of mesh.listPrimitives()) {
          const acc = prim.getAttribute('POSITION');
          if (!acc) continue;
          const el: number[] = [];
          const base = chunks.length / 3;
          const idx = prim.getIndices();
          if (idx) for (let i = 0; i < idx.getCount(); i++) tri.push(base + idx.getScalar(i));
          else for (let i = 0; i < acc.getCount(); i++) tri.push(base + i);
          const m = node.getWorldMatrix();
          for (let i = 0; i < acc.getCount(); i++) {
            const [x, y, z] = acc.getElement(i, el) as [number, number, number];
            chunks.push(
              m[0] * x + m[4] * y + m[8] * z + m[12],
              m[1] * x + m[5] * y + m[9] * z + m[13],
              m[2] * x + m[6] * y + m[10] * z + m[14],
            );
          }
          triangles += (prim.getIndices()?.getCount() ?? acc.getCount()) / 3;
        }
        positions = Float32Array.from(chunks);
        indices = Uint32Array.from(tri);
      }
      const w = node.getWorldMatrix();
      const t: [number, number, number] = [w[12], w[13], w[14]];
      return { name: node.getName(), extras: readExtras(node.getExtras()), positions, indices, translation: t, triangles };
    });
  return { doc, nodes, assetExtras: (doc.getRoot().getAsset().extras ?? {}) as Record<string, unknown>, bytes: bytes.length };
}

/** The committed model's skin mesh with vertex normals, and its landmark positions by node key. */
export interface LoadedSkin {
  positions: Float32Array;
  indices: Uint32Array;
  normals: Float32Array;
  landmarks: Map<string, [number, number, number]>;
}

/** Loads the committed model's skin and landmarks (for tests that paint regions on the body). */
export async function loadSkin(): Promise<LoadedSkin> {
  const model = await loadModel();
  const skin = model.nodes.find((n) => n.extras?.kind === 'skin');
  if (!skin?.positions || !skin.indices) throw new Error('the model has no skin mesh');
  const landmarks = new Map<string, [number, number, number]>();
  for (const n of model.nodes) if (n.extras?.kind === 'landmark') landmarks.set(n.extras.landmarkId, n.translation);
  return { positions: skin.positions, indices: skin.indices, normals: computeNormals(skin.positions, skin.indices), landmarks };
}

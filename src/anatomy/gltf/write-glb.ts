/**
 * Writes the model's parts and points as a binary glTF: one node and mesh per part with its contract
 * extras, shared skin/bone/muscle/tendon materials (muscle vertices with their fibre direction as
 * TANGENT and their tendon weight as _TENDON, the ribs' cartilage weight as _CARTILAGE), empty nodes
 * for landmarks and trigger points, and the build's asset extras; then dedup, weld, prune, positions on a fixed step per kind of part
 * (`quantize-positions.ts`), meshopt compression with vertex attributes in shared views
 * (`shared-views.ts`), and node numbers rounded (`round-json.ts`). The same input always gives
 * the same bytes (no timestamps, parts and points written in the order given).
 */
import { Document, Logger, NodeIO, type Material } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dedup, prune, quantize, reorder, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { ModelAssetExtras } from '../../core/model-contract';
import type { BuildPart, ModelPoint } from '../mesh';
import type { CartilageMesh } from '../cartilage';
import { POSITION_STEPS, quantizePositions, type PositionSteps } from './quantize-positions';
import { roundGlbJson } from './round-json';
import { SharedViewMeshoptCompression } from './shared-views';

/** PBR look of the materials (linear base colour, roughness). */
const MATERIALS: Record<BuildPart['material'], { color: [number, number, number, number]; roughness: number }> = {
  skin: { color: [0.8, 0.55, 0.45, 1], roughness: 0.62 },
  // dry bone: a warm ivory, matte (no sheen, no metal)
  bone: { color: [0.78, 0.7, 0.55, 1], roughness: 0.9 },
  muscle: { color: [0.5, 0.13, 0.1, 1], roughness: 0.55 },
  // tendon and aponeurosis: pale silver-white with a slight sheen
  tendon: { color: [0.69, 0.64, 0.53, 1], roughness: 0.45 },
};

/** Builds the glTF document (uncompressed) from parts and points. */
export function buildDocument(parts: readonly BuildPart[], points: readonly ModelPoint[], assetExtras: ModelAssetExtras): Document {
  const doc = new Document();
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  const asset = doc.getRoot().getAsset();
  asset.generator = assetExtras.generator;
  asset.extras = { ...assetExtras };
  const buffer = doc.createBuffer();
  const scene = doc.createScene('body');
  doc.getRoot().setDefaultScene(scene);
  const materials = new Map<string, Material>();
  for (const [name, m] of Object.entries(MATERIALS)) {
    materials.set(
      name,
      doc.createMaterial(name).setBaseColorFactor(m.color).setRoughnessFactor(m.roughness).setMetallicFactor(0).setDoubleSided(false),
    );
  }
  for (const part of parts) {
    const { mesh } = part;
    if (mesh.indices.length === 0) throw new Error(`part "${part.name}" has no triangles; drop it or fix its field`);
    const vertexCount = mesh.positions.length / 3;
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(mesh.normals).setBuffer(buffer))
      .setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(vertexCount < 65536 ? Uint16Array.from(mesh.indices) : mesh.indices)
          .setBuffer(buffer),
      )
      .setMaterial(materials.get(part.material) ?? null);
    if (mesh.uvs) prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(mesh.uvs).setBuffer(buffer));
    if (mesh.tangents) prim.setAttribute('TANGENT', doc.createAccessor().setType('VEC4').setArray(mesh.tangents).setBuffer(buffer));
    // tendon weight 0..1 as a normalized byte (the shader reads it as a float)
    if (mesh.tendon)
      prim.setAttribute('_TENDON', doc.createAccessor().setType('SCALAR').setArray(Uint8Array.from(mesh.tendon, (w) => Math.round(Math.min(1, Math.max(0, w)) * 255))).setNormalized(true).setBuffer(buffer));
    // cartilage weight of a bone's vertices, the same way
    const cartilage = (mesh as CartilageMesh).cartilage;
    if (cartilage)
      prim.setAttribute('_CARTILAGE', doc.createAccessor().setType('SCALAR').setArray(Uint8Array.from(cartilage, (w) => Math.round(Math.min(1, Math.max(0, w)) * 255))).setNormalized(true).setBuffer(buffer));
    const m = doc.createMesh(part.name).addPrimitive(prim);
    const node = doc.createNode(part.name).setMesh(m);
    node.setExtras({ ...part.extras });
    scene.addChild(node);
  }
  for (const p of points) {
    const node = doc.createNode(p.name).setTranslation([p.position[0], p.position[1], p.position[2]]);
    node.setExtras({ ...p.extras });
    scene.addChild(node);
  }
  return doc;
}

/** Writes parts and points as compressed GLB bytes (positions on the given steps per material). */
export async function writeGlb(
  parts: readonly BuildPart[],
  points: readonly ModelPoint[],
  assetExtras: ModelAssetExtras,
  steps: PositionSteps = POSITION_STEPS,
): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = buildDocument(parts, points, assetExtras);
  await doc.transform(
    dedup({ keepUniqueNames: true }),
    weld(),
    // muscle and bone attributes (TEXCOORD_0, TANGENT, _TENDON, _CARTILAGE) feed our own shaders, not a texture: keep them
    prune({ keepLeaves: true, keepExtras: true, keepAttributes: true }),
    // what meshopt() does at level high, with positions on a step per kind of part instead of bits per box:
    // vertex order for compression, (along, across) as bytes (1/255 of a muscle's length or width per
    // vertex, interpolated smoothly between them), normals and fibre directions octahedral in bytes
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ pattern: /^TEXCOORD_\d+$/, quantizeTexcoord: 8 }),
  );
  quantizePositions(doc, steps);
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  doc.createExtension(SharedViewMeshoptCompression).setRequired(true).setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return roundGlbJson(await io.writeBinary(doc));
}

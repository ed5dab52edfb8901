/**
 * Writes the model's parts and points as a binary glTF: one node and mesh per part with its contract
 * extras, shared skin/bone/muscle/tendon materials (muscle vertices with their fibre direction as
 * TANGENT and their tendon weight as _TENDON), empty nodes for landmarks and trigger points, and the
 * build's asset extras; then dedup, weld, prune and meshopt compression, and node numbers rounded to
 * seven significant digits. The same input always gives
 * the same bytes (no timestamps, parts and points written in the order given).
 */
import { Document, Logger, NodeIO, type Material } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dedup, meshopt, prune, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { ModelAssetExtras } from '../../core/model-contract';
import type { BuildPart, ModelPoint } from '../mesh';
import { roundGlbJson } from './round-json';

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

/** Writes parts and points as compressed GLB bytes. */
export async function writeGlb(parts: readonly BuildPart[], points: readonly ModelPoint[], assetExtras: ModelAssetExtras): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = buildDocument(parts, points, assetExtras);
  await doc.transform(
    dedup({ keepUniqueNames: true }),
    weld(),
    // muscle attributes (TEXCOORD_0, TANGENT, _TENDON) feed our own shader, not a texture: keep them
    prune({ keepLeaves: true, keepExtras: true, keepAttributes: true }),
    // 13-bit positions (0.2 mm on the skin's 1.75 m box, finer on every smaller part) and (along, across)
    // as bytes (1/255 of a muscle's length or width per vertex, interpolated smoothly between them)
    meshopt({ encoder: MeshoptEncoder, level: 'high', quantizePosition: 13, quantizeTexcoord: 8 }),
  );
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return roundGlbJson(await io.writeBinary(doc));
}

/**
 * An index of a loaded glTF by the model contract: muscles by key, the skin, bones, landmarks and
 * trigger points, each with its world transform baked so the scene can draw them flat under one group.
 */
import * as THREE from 'three';
import type { Side, Vec3 } from '../../core/frame';
import { muscleKey, readExtras } from '../../core/model-contract';

/** One drawable mesh from the model with its world matrix. */
export interface MeshPart {
  name: string;
  geometry: THREE.BufferGeometry;
  matrix: THREE.Matrix4;
}
export interface MusclePart extends MeshPart {
  key: string;
  muscleId: string;
  side: Side;
  layer: number;
}
/** A connective-tissue or tissue-muscle mesh with the peel layer it goes with. */
export interface TissuePart extends MeshPart {
  layer: number;
}
export interface BonePart extends MeshPart {
  boneId: string;
}
/** A trigger-point node: where its X mark goes and which way the surface faces there. */
export interface TriggerPointNode {
  triggerPointId: string;
  muscleId: string;
  side: Side;
  position: THREE.Vector3;
  normal: THREE.Vector3;
}
export interface ModelIndex {
  muscles: MusclePart[];
  muscleByKey: Map<string, MusclePart>;
  skin: MeshPart | null;
  bones: BonePart[];
  /** Stand-alone connective tissue (fasciae, aponeuroses): drawn, never picked. */
  tendons: TissuePart[];
  /**
   * Tissue nodes (kind 'tendon') with the muscle look: muscles the dataset does not list (the
   * infrahyoid straps), drawn in the muscle material, never picked.
   */
  tissueMuscles: TissuePart[];
  /** Landmark positions (world) by node key. */
  landmarks: Map<string, Vec3>;
  /** Trigger points by muscle key ("upper-trapezius/left"). */
  triggerPointsByMuscle: Map<string, TriggerPointNode[]>;
  /** World bounds of everything drawable. */
  bounds: THREE.Box3;
}

/** Builds the index of a loaded glTF scene; throws a message naming the fix if the model has no muscles. */
export function buildModelIndex(scene: THREE.Object3D, url: string): ModelIndex {
  scene.updateMatrixWorld(true);
  const index: ModelIndex = {
    muscles: [],
    muscleByKey: new Map(),
    skin: null,
    bones: [],
    tendons: [],
    tissueMuscles: [],
    landmarks: new Map(),
    triggerPointsByMuscle: new Map(),
    bounds: new THREE.Box3(),
  };
  const box = new THREE.Box3();
  const normalMatrix = new THREE.Matrix3();
  scene.traverse((node) => {
    const extras = readExtras(node.userData);
    if (!extras) return;
    const mesh = firstMesh(node);
    const part = (m: THREE.Mesh): MeshPart => {
      m.geometry.computeBoundingBox();
      box.copy(m.geometry.boundingBox as THREE.Box3).applyMatrix4(m.matrixWorld);
      index.bounds.union(box);
      return { name: node.name, geometry: m.geometry, matrix: m.matrixWorld.clone() };
    };
    switch (extras.kind) {
      case 'muscle': {
        if (!mesh) return;
        const key = muscleKey(extras.muscleId, extras.side);
        const entry: MusclePart = { ...part(mesh), key, muscleId: extras.muscleId, side: extras.side, layer: extras.layer };
        index.muscles.push(entry);
        index.muscleByKey.set(key, entry);
        return;
      }
      case 'skin':
        if (mesh && !index.skin) index.skin = part(mesh);
        return;
      case 'bone':
        if (mesh) index.bones.push({ ...part(mesh), boneId: extras.boneId });
        return;
      case 'tendon':
        if (mesh) (extras.look === 'muscle' ? index.tissueMuscles : index.tendons).push({ ...part(mesh), layer: extras.layer });
        return;
      case 'landmark': {
        const p = new THREE.Vector3().setFromMatrixPosition(node.matrixWorld);
        index.landmarks.set(extras.landmarkId, [p.x, p.y, p.z]);
        return;
      }
      case 'trigger-point': {
        const position = new THREE.Vector3().setFromMatrixPosition(node.matrixWorld);
        normalMatrix.getNormalMatrix(node.parent ? node.parent.matrixWorld : new THREE.Matrix4());
        const normal = new THREE.Vector3(...extras.normal).applyMatrix3(normalMatrix).normalize();
        const key = muscleKey(extras.muscleId, extras.side);
        const list = index.triggerPointsByMuscle.get(key) ?? [];
        list.push({ triggerPointId: extras.triggerPointId, muscleId: extras.muscleId, side: extras.side, position, normal });
        index.triggerPointsByMuscle.set(key, list);
        return;
      }
    }
  });
  if (index.muscles.length === 0 && !index.skin)
    throw new Error(`The model ${url} has neither a skin nor muscle meshes (nodes with extras kind "skin" / "muscle"); rebuild it with npm run build:model`);
  if (index.muscles.length === 0) console.warn(`The model ${url} has no muscle meshes yet; nothing can be picked`);
  return index;
}

/** The node itself if it is a mesh, else its first mesh child (glTF nodes may wrap primitives). */
function firstMesh(node: THREE.Object3D): THREE.Mesh | null {
  if ((node as THREE.Mesh).isMesh) return node as THREE.Mesh;
  for (const child of node.children) if ((child as THREE.Mesh).isMesh && !readExtras(child.userData)) return child as THREE.Mesh;
  return null;
}

/** World-space positions and unit normals of a part's vertices, for zone painting. */
export function worldVertices(part: MeshPart): { positions: Float32Array; normals: Float32Array } {
  const pos = part.geometry.getAttribute('position');
  if (!pos) throw new Error(`Mesh ${part.name} has no positions`);
  let nrm = part.geometry.getAttribute('normal');
  if (!nrm) {
    part.geometry.computeVertexNormals();
    nrm = part.geometry.getAttribute('normal');
  }
  const n = pos.count;
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  const v = new THREE.Vector3();
  const nm = new THREE.Matrix3().getNormalMatrix(part.matrix);
  for (let i = 0; i < n; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(part.matrix);
    positions[3 * i] = v.x;
    positions[3 * i + 1] = v.y;
    positions[3 * i + 2] = v.z;
    v.fromBufferAttribute(nrm, i).applyMatrix3(nm).normalize();
    normals[3 * i] = v.x;
    normals[3 * i + 1] = v.y;
    normals[3 * i + 2] = v.z;
  }
  return { positions, normals };
}

/**
 * Merges many static parts (the bones) into one world-space geometry: one draw call instead of
 * one per bone. Reads quantised attributes through three's accessors, so meshopt models work.
 */
import * as THREE from 'three';
import type { ModelPart } from './model-index';

/** One indexed geometry holding every part's positions and normals in world space. */
export function mergeParts(parts: readonly ModelPart[]): THREE.BufferGeometry {
  let vertices = 0;
  let indices = 0;
  for (const p of parts) {
    const pos = p.geometry.getAttribute('position');
    vertices += pos.count;
    indices += p.geometry.index ? p.geometry.index.count : pos.count;
  }
  const positions = new Float32Array(vertices * 3);
  const normals = new Float32Array(vertices * 3);
  const index = new Uint32Array(indices);
  const v = new THREE.Vector3();
  const nm = new THREE.Matrix3();
  let vo = 0;
  let io = 0;
  for (const p of parts) {
    const g = p.geometry;
    const pos = g.getAttribute('position');
    if (!g.getAttribute('normal')) g.computeVertexNormals();
    const nrm = g.getAttribute('normal');
    nm.getNormalMatrix(p.matrix);
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(p.matrix).toArray(positions, (vo + i) * 3);
      v.fromBufferAttribute(nrm, i).applyMatrix3(nm).normalize().toArray(normals, (vo + i) * 3);
    }
    if (g.index) for (let i = 0; i < g.index.count; i++) index[io + i] = g.index.getX(i) + vo;
    else for (let i = 0; i < pos.count; i++) index[io + i] = i + vo;
    vo += pos.count;
    io += g.index ? g.index.count : pos.count;
  }
  const merged = new THREE.BufferGeometry();
  merged.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  merged.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
  merged.setIndex(new THREE.BufferAttribute(index, 1));
  merged.computeBoundingSphere();
  return merged;
}

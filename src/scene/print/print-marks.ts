/**
 * Trigger-point crosses for printed pictures: a black X over a white outline, sized for print and
 * laid flat on the surface by the node's normal. Black and white reads on any printer. The materials
 * are transparent only so that they sort after the (transparent) zone overlay and draw on top of it.
 */
import * as THREE from 'three';
import { crossGeometry as cross } from '../zones/cross-geometry';
import type { TriggerPointNode } from '../model/model-index';

const Z = new THREE.Vector3(0, 0, 1);

/** A group of X marks at the given trigger points, `size` metres across; dispose() frees them. */
export function createPrintMarks(points: readonly TriggerPointNode[], size: number): { group: THREE.Group; dispose(): void } {
  const inner = cross(size, size * 0.22);
  const outline = cross(size * 1.3, size * 0.22 + size * 0.3);
  const ink = new THREE.MeshBasicMaterial({ color: '#000000', depthTest: false, depthWrite: false, side: THREE.DoubleSide, transparent: true });
  const halo = new THREE.MeshBasicMaterial({ color: '#ffffff', depthTest: false, depthWrite: false, side: THREE.DoubleSide, transparent: true });
  const group = new THREE.Group();
  group.name = 'print-marks';
  for (const p of points) {
    const mark = new THREE.Group();
    mark.position.copy(p.position).addScaledVector(p.normal, 0.002);
    mark.quaternion.setFromUnitVectors(Z, p.normal);
    mark.userData.normal = p.normal.clone();
    const o = new THREE.Mesh(outline, halo);
    o.renderOrder = 100;
    const i = new THREE.Mesh(inner, ink);
    i.renderOrder = 101;
    mark.add(o, i);
    group.add(mark);
  }
  return {
    group,
    dispose() {
      inner.dispose();
      outline.dispose();
      ink.dispose();
      halo.dispose();
    },
  };
}

/**
 * Shows only the marks whose surface faces a camera looking along -dir (dir points to the camera),
 * scaled by `scale` so they stay legible however much of the body the picture holds.
 */
export function showMarksFacing(group: THREE.Group, dir: THREE.Vector3, scale = 1): void {
  for (const mark of group.children) {
    const n = mark.userData.normal as THREE.Vector3 | undefined;
    mark.visible = n ? n.dot(dir) > -0.05 : true;
    mark.scale.setScalar(scale);
  }
}

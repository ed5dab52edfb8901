/** The X of a trigger-point mark as one flat geometry (two crossed strips), shared by the screen and print marks. */
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** An X of arms `length` long and `width` wide, in the XY plane (normal +Z). */
export function crossGeometry(length: number, width: number): THREE.BufferGeometry {
  const a = new THREE.PlaneGeometry(length, width).rotateZ(Math.PI / 4);
  const b = new THREE.PlaneGeometry(length, width).rotateZ(-Math.PI / 4);
  const g = mergeGeometries([a, b]);
  a.dispose();
  b.dispose();
  return g;
}

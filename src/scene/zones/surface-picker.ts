/**
 * Finds the point of the skin under a client position, whether the skin is drawn or hidden: painting and
 * zone hovering always land on the body's surface, the place the literature's charts draw on.
 * Uses a BVH of the skin geometry, built on the first pick once three-mesh-bvh has loaded (it loads
 * after the first framed view, ../picking/lazy-bvh.ts); a pick before that is an exact brute-force raycast.
 */
import * as THREE from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { Vec3 } from '../../core/frame';
import { bvhLibrary, loadBvh } from '../picking/lazy-bvh';

/** A hit on the skin, in the body (world) frame. */
export interface SurfaceHit {
  point: Vec3;
  normal: Vec3;
}

/** Picks points on one surface (geometry plus its world matrix). */
export interface SurfacePicker {
  /** The surface point under client (x, y) of `element`, seen by `camera`, or null. */
  pick(clientX: number, clientY: number, element: HTMLElement, camera: THREE.Camera): SurfaceHit | null;
}

/** Builds a picker for a surface (the skin). */
export function createSurfacePicker(geometry: THREE.BufferGeometry, matrix: THREE.Matrix4): SurfacePicker {
  let bvh: MeshBVH | null = null;
  const brute = new THREE.Mesh(geometry, new THREE.MeshBasicMaterial({ side: THREE.DoubleSide }));
  const inverse = matrix.clone().invert();
  const normalMatrix = new THREE.Matrix3().getNormalMatrix(matrix);
  const raycaster = new THREE.Raycaster();
  const ndc = new THREE.Vector2();
  const local = new THREE.Ray();
  const p = new THREE.Vector3();
  const n = new THREE.Vector3();
  return {
    pick(clientX, clientY, element, camera) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 0 || rect.height <= 0) return null;
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      local.copy(raycaster.ray).applyMatrix4(inverse);
      const lib = bvhLibrary();
      if (lib) bvh ??= new lib.MeshBVH(geometry);
      else void loadBvh();
      const hit = bvh ? bvh.raycastFirst(local, THREE.DoubleSide) : bruteFirst(brute, local);
      if (!hit?.face) return null;
      p.copy(hit.point).applyMatrix4(matrix);
      n.copy(hit.face.normal).applyMatrix3(normalMatrix).normalize();
      // Face normals of a mesh seen from inside would point away from the viewer; keep the one facing out.
      if (n.dot(raycaster.ray.direction) > 0) n.negate();
      return { point: [p.x, p.y, p.z], normal: [n.x, n.y, n.z] };
    },
  };
}

const _bruteCaster = new THREE.Raycaster();
const _bruteHits: THREE.Intersection[] = [];

/** The nearest hit of a local-space ray on the mesh (at identity), without a BVH. */
function bruteFirst(mesh: THREE.Mesh, ray: THREE.Ray): THREE.Intersection | null {
  _bruteCaster.ray.copy(ray);
  _bruteHits.length = 0;
  mesh.raycast(_bruteCaster, _bruteHits);
  let best: THREE.Intersection | null = null;
  for (const h of _bruteHits) if (!best || h.distance < best.distance) best = h;
  _bruteHits.length = 0;
  return best;
}

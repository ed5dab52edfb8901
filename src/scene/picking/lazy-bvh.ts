/**
 * Picking BVHs, kept off the load path: three-mesh-bvh is loaded after the first framed view, the
 * trees are then built one mesh per idle slice, and a muscle raycast before its tree exists builds
 * it on the spot (or, before the library has arrived, uses three's exact brute-force raycast: the
 * same nearest hit, only slower). Trees are `indirect`, so geometry indices stay untouched.
 */
import { Mesh, type BufferGeometry, type Intersection, type Raycaster } from 'three';
import type * as BvhModule from 'three-mesh-bvh';

type BvhLib = typeof BvhModule;

let lib: BvhLib | null = null;
let loading: Promise<BvhLib> | null = null;

/** Starts loading three-mesh-bvh (once); resolves with it. */
export function loadBvh(): Promise<BvhLib> {
  loading ??= import('three-mesh-bvh').then((m) => (lib = m));
  return loading;
}

/** The library once loaded, else null. */
export function bvhLibrary(): BvhLib | null {
  return lib;
}

/** Builds the mesh's tree if the library is here and it has none; true when the mesh can raycast through one. */
export function buildBvh(mesh: Mesh): boolean {
  if (!lib) return false;
  const geometry = mesh.geometry as BufferGeometry & { boundsTree?: unknown };
  // drei's <Bvh> defaults (SAH, 10 triangles a leaf, depth 40), as picking used before; `indirect`
  // is missing from the library's option types.
  const options = { strategy: lib.SAH, maxLeafTris: 10, maxDepth: 40, setBoundingBox: true, indirect: true };
  geometry.boundsTree ??= new lib.MeshBVH(geometry, options as ConstructorParameters<BvhLib['MeshBVH']>[1]);
  return true;
}

/** The raycast of muscle meshes: through the mesh's BVH (built on first use) once the library is loaded, brute force before. */
export function lazyBvhRaycast(this: Mesh, raycaster: Raycaster, hits: Intersection[]): void {
  if (buildBvh(this)) lib!.acceleratedRaycast.call(this, raycaster, hits);
  else Mesh.prototype.raycast.call(this, raycaster, hits);
}

type Deadline = { timeRemaining(): number };
const whenIdle = (fn: (deadline: Deadline) => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(() => fn({ timeRemaining: () => 8 }), 16);
};

/** Loads the library, then builds the trees of `meshes()` in idle time, a mesh at a time. */
export function buildBvhsWhenIdle(meshes: () => Iterable<Mesh>): void {
  void loadBvh().then(() => {
    const queue = [...meshes()];
    const step = (deadline: Deadline) => {
      do {
        const mesh = queue.shift();
        if (mesh) buildBvh(mesh);
      } while (queue.length > 0 && deadline.timeRemaining() > 4);
      if (queue.length > 0) whenIdle(step);
    };
    whenIdle(step);
  });
}

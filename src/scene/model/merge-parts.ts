/**
 * Merges many static parts (the bones) into one world-space geometry with three's
 * `mergeGeometries`: one draw call instead of one per bone. Quantised (meshopt) attributes are
 * read through three's accessors into float copies first, so baking the transform loses nothing.
 */
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { MeshPart } from './model-index';

function floatAttribute(attr: THREE.BufferAttribute | THREE.InterleavedBufferAttribute): THREE.BufferAttribute {
  const out = new Float32Array(attr.count * attr.itemSize);
  for (let i = 0; i < attr.count; i++) for (let k = 0; k < attr.itemSize; k++) out[i * attr.itemSize + k] = attr.getComponent(i, k);
  return new THREE.BufferAttribute(out, attr.itemSize);
}

/**
 * One geometry holding every part's positions and normals in world space (null for no parts), and each
 * of the `weights` (vertex attributes such as the bones' scalar `_cartilage` or a muscle's `uv`,
 * `tangent` and `_tendon`) that any part has, at the size the first part with it gives: zero for the
 * parts without it (the part's matrix turns positions, normals and tangents alike).
 */
export function mergeParts(parts: readonly MeshPart[], weights: readonly string[] = []): THREE.BufferGeometry | null {
  const carried = weights.filter((w) => parts.some((p) => p.geometry.getAttribute(w)));
  const size = new Map(carried.map((w) => [w, parts.map((p) => p.geometry.getAttribute(w)).find((a) => a)!.itemSize]));
  const baked = parts.map((p) => {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', floatAttribute(p.geometry.getAttribute('position')));
    const normal = p.geometry.getAttribute('normal');
    if (normal) g.setAttribute('normal', floatAttribute(normal));
    else g.computeVertexNormals();
    for (const w of carried) {
      const a = p.geometry.getAttribute(w);
      g.setAttribute(w, a ? floatAttribute(a) : new THREE.BufferAttribute(new Float32Array(g.getAttribute('position').count * size.get(w)!), size.get(w)!));
    }
    if (p.geometry.index) g.setIndex(p.geometry.index.clone());
    return g.applyMatrix4(p.matrix);
  });
  const merged = baked.length ? mergeGeometries(baked) : null;
  for (const g of baked) g.dispose();
  merged?.computeBoundingSphere();
  return merged;
}

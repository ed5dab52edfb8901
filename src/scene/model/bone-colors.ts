/**
 * The skeleton's colours: ivory bone, and the costal cartilages paler with a faint blue-grey cast, as
 * atlases draw hyaline cartilage. The model marks cartilage per vertex (the glTF attribute _CARTILAGE,
 * see src/anatomy/cartilage.ts); the merged skeleton turns it into a vertex colour.
 */
import * as THREE from 'three';

/** Bone: ivory. */
export const BONE_COLOR = new THREE.Color('#e9e2cf');
/** Hyaline cartilage (the costal cartilages): paler, with a faint blue-grey cast. */
export const CARTILAGE_COLOR = new THREE.Color('#d3dcda');

/** Gives the merged skeleton a vertex colour: bone, blended to cartilage by the `_cartilage` weight. */
export function tinted(g: THREE.BufferGeometry | null): THREE.BufferGeometry | null {
  if (!g) return g;
  const n = g.getAttribute('position').count;
  const w = g.getAttribute('_cartilage');
  const colors = new Float32Array(n * 3);
  const c = new THREE.Color();
  for (let i = 0; i < n; i++) {
    c.copy(BONE_COLOR).lerp(CARTILAGE_COLOR, w ? w.getX(i) : 0);
    colors[i * 3] = c.r;
    colors[i * 3 + 1] = c.g;
    colors[i * 3 + 2] = c.b;
  }
  g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  if (w) g.deleteAttribute('_cartilage');
  return g;
}

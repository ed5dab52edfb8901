/**
 * Tissue with the muscle look (the infrahyoid straps): the model index keeps it apart from the
 * connective tissue, and the merge that draws it carries the muscle shader's attributes at their sizes.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { mergeParts } from '../../src/scene/model/merge-parts';
import { buildModelIndex, type MeshPart } from '../../src/scene/model/model-index';
import { loadModel } from '../support/load-model';

const triangle = () => {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(Float32Array.from([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
  g.setAttribute('normal', new THREE.BufferAttribute(Float32Array.from([0, 0, 1, 0, 0, 1, 0, 0, 1]), 3));
  return g;
};

describe('tissue with the muscle look', () => {
  it('is indexed apart from the tendons', () => {
    const scene = new THREE.Group();
    for (const [name, look] of [['tendon_sternohyoid_left', 'muscle'], ['tendon_linea-alba_left', undefined]] as const) {
      const m = new THREE.Mesh(triangle());
      m.name = name;
      m.userData = { kind: 'tendon', tissueId: name.split('_')[1], side: 'left', ...(look ? { look } : {}) };
      scene.add(m);
    }
    const skin = new THREE.Mesh(triangle());
    skin.userData = { kind: 'skin' };
    scene.add(skin);
    const index = buildModelIndex(scene, 'test.glb');
    expect(index.tissueMuscles.map((p) => p.name)).toEqual(['tendon_sternohyoid_left']);
    expect(index.tendons.map((p) => p.name)).toEqual(['tendon_linea-alba_left']);
  });

  it('carries each tissue’s peel layer from the committed model: the deep straps and tendons below the first', async () => {
    const model = await loadModel();
    const layer = new Map(model.nodes.flatMap((n) => (n.extras?.kind === 'tendon' && n.extras.side === 'left' ? [[n.extras.tissueId, n.extras.layer] as const] : [])));
    expect(layer.get('linea-alba')).toBe(1);
    expect(layer.get('sternohyoid')).toBe(2);
    expect(layer.get('sternothyroid')).toBe(3);
    expect(layer.get('achilles-tendon')).toBe(2);
    expect([...layer.values()].every((l) => Number.isInteger(l) && l >= 1 && l <= 4)).toBe(true);
  });

  it('merges with its tangents, uvs and tendon weights, zero for parts without them', () => {
    const a = triangle(), b = triangle();
    a.setAttribute('tangent', new THREE.BufferAttribute(Float32Array.from([1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1]), 4));
    a.setAttribute('uv', new THREE.BufferAttribute(Float32Array.from([0, 0, 1, 0, 0, 1]), 2));
    b.setAttribute('_tendon', new THREE.BufferAttribute(Float32Array.from([1, 1, 1]), 1));
    const parts: MeshPart[] = [a, b].map((geometry, i) => ({ name: `p${i}`, geometry, matrix: new THREE.Matrix4() }));
    const g = mergeParts(parts, ['uv', 'tangent', '_tendon'])!;
    expect(g.getAttribute('position').count).toBe(6);
    expect(g.getAttribute('tangent').itemSize).toBe(4);
    expect(g.getAttribute('uv').itemSize).toBe(2);
    expect(g.getAttribute('tangent').getX(0)).toBe(1);
    expect(g.getAttribute('tangent').getX(4)).toBe(0);
    expect(g.getAttribute('_tendon').getX(0)).toBe(0);
    expect(g.getAttribute('_tendon').getX(5)).toBe(1);
  });
});

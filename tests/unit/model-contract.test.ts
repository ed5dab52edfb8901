/** The model contract's node extras: connective tissue is read as 'tendon', never as a muscle. */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { readExtras, tendonNodeName } from '../../src/core/model-contract';
import { buildModelIndex } from '../../src/scene/model/model-index';

const meshWith = (name: string, userData: Record<string, unknown>) => {
  const m = new THREE.Mesh(new THREE.BoxGeometry(0.1, 0.1, 0.1));
  m.name = name;
  m.userData = userData;
  return m;
};

describe('tendon extras', () => {
  it('reads a tissue node with its id and side, and rejects one without them', () => {
    // a tissue without a layer goes with the superficial muscles
    expect(readExtras({ kind: 'tendon', tissueId: 'thoracolumbar-fascia', side: 'left' })).toEqual({ kind: 'tendon', tissueId: 'thoracolumbar-fascia', side: 'left', layer: 1 });
    expect(readExtras({ kind: 'tendon', tissueId: 'sternothyroid', side: 'left', look: 'muscle', layer: 3 })).toEqual({ kind: 'tendon', tissueId: 'sternothyroid', side: 'left', look: 'muscle', layer: 3 });
    expect(readExtras({ kind: 'tendon', tissueId: 'linea-alba', side: 'left', layer: 'deep' })).toMatchObject({ layer: 1 });
    expect(readExtras({ kind: 'tendon', side: 'left' })).toBeNull();
    expect(readExtras({ kind: 'tendon', tissueId: 'thoracolumbar-fascia', side: 'middle' })).toBeNull();
    expect(tendonNodeName('thoracolumbar-fascia', 'right')).toBe('tendon_thoracolumbar-fascia_right');
  });

  it('puts tissue meshes among the tendons of the model index, not among its pickable muscles', () => {
    const scene = new THREE.Group();
    scene.add(meshWith('muscle_deltoid_left', { kind: 'muscle', muscleId: 'deltoid', side: 'left', layer: 1 }));
    scene.add(meshWith(tendonNodeName('thoracolumbar-fascia', 'left'), { kind: 'tendon', tissueId: 'thoracolumbar-fascia', side: 'left' }));
    const index = buildModelIndex(scene, 'test.glb');
    expect(index.muscles.map((m) => m.key)).toEqual(['deltoid/left']);
    expect(index.tendons.map((t) => t.name)).toEqual(['tendon_thoracolumbar-fascia_left']);
  });
});

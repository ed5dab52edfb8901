/**
 * The costal cartilages in their own colour: the weight that marks them (src/anatomy/cartilage.ts), the
 * model's rib meshes carrying it, and the skeleton's vertex colours made from it.
 */
import * as THREE from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { cartilagePoints } from '../../src/anatomy/bones/thorax';
import { CARTILAGE_BONES, cartilageWeight } from '../../src/anatomy/cartilage';
import { landmark } from '../../src/anatomy/landmarks';
import { BONE_COLOR, CARTILAGE_COLOR, tinted } from '../../src/scene/model/bone-colors';
import { loadModel, type LoadedModel } from '../support/load-model';

describe('the cartilage weight', () => {
  it('is cartilage along each costal cartilage past its costochondral junction', () => {
    for (let n = 1; n <= 10; n++) {
      const c = cartilagePoints(n);
      expect(cartilageWeight(c[c.length - 1]!), `cartilage ${n}, medial end`).toBeGreaterThan(0.99);
      expect(cartilageWeight(c[2]!), `cartilage ${n}, middle`).toBeGreaterThan(0.99);
    }
  });

  it('is bone along the ribs behind their junctions and on the floating ribs', () => {
    for (let n = 1; n <= 12; n++) {
      expect(cartilageWeight(landmark(`rib-${n}-posterior` as 'rib-1-posterior')), `rib ${n} behind`).toBe(0);
      expect(cartilageWeight(landmark(`rib-${n}-lateral` as 'rib-1-lateral')), `rib ${n} at the side`).toBe(0);
    }
    // the junction itself is where the colour starts to turn
    expect(cartilageWeight(landmark('rib-4-anterior'))).toBeLessThan(0.05);
  });
});

describe('the model marks its costal cartilages', () => {
  let model: LoadedModel;
  beforeAll(async () => {
    model = await loadModel();
  });

  /** The _CARTILAGE weights and positions of a node's mesh (null without the attribute). */
  function weights(name: string): { w: number[]; z: number[] } | null {
    const node = model.doc.getRoot().listNodes().find((n) => n.getName() === name);
    const prim = node?.getMesh()?.listPrimitives()[0];
    const acc = prim?.getAttribute('_CARTILAGE');
    if (!prim || !acc) return null;
    const pos = model.nodes.find((n) => n.name === name)!.positions!;
    const w: number[] = [], z: number[] = [];
    for (let i = 0; i < acc.getCount(); i++) {
      w.push(acc.getScalar(i) / (acc.getNormalized() ? 1 : 255));
      z.push(pos[i * 3 + 2]!);
    }
    return { w, z };
  }

  it('on both rib cages: a front part of their vertices, and no other bone', () => {
    for (const side of ['left', 'right']) {
      const r = weights(`bone_ribs_${side}`);
      expect(r, side).not.toBeNull();
      const { w, z } = r!;
      const cart = w.filter((x) => x > 0.5).length / w.length;
      // ten cartilages against twelve ribs' shafts: more than a tenth, less than half of the cage
      expect(cart, side).toBeGreaterThan(0.1);
      expect(cart, side).toBeLessThan(0.5);
      const meanZ = (sel: (i: number) => boolean) => {
        const zs = z.filter((_, i) => sel(i));
        return zs.reduce((a, b) => a + b, 0) / zs.length;
      };
      // cartilage lies at the front of the chest, the bony ribs on average well behind it
      expect(meanZ((i) => w[i]! > 0.5) - meanZ((i) => w[i]! < 0.5), side).toBeGreaterThan(0.05);
    }
    const others = model.nodes.filter((n) => n.extras?.kind === 'bone' && !n.name.startsWith('bone_ribs_') && !CARTILAGE_BONES.has(n.name.replace(/^bone_/, '')));
    expect(others.length).toBeGreaterThan(20);
    for (const n of others) expect(weights(n.name), n.name).toBeNull();
  });

  it('the larynx and the trachea wholly, the hyoid not at all', () => {
    expect([...CARTILAGE_BONES].sort()).toEqual(['larynx', 'trachea']);
    for (const id of CARTILAGE_BONES) {
      const r = weights(`bone_${id}`);
      expect(r, id).not.toBeNull();
      expect(Math.min(...r!.w), id).toBeGreaterThan(0.99);
    }
    expect(weights('bone_hyoid')).toBeNull();
  });
});

describe('the skeleton colours', () => {
  it('blend bone to cartilage by the weight', () => {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(new Float32Array(9), 3));
    g.setAttribute('_cartilage', new THREE.BufferAttribute(Float32Array.from([0, 1, 0.5]), 1));
    const c = tinted(g)!.getAttribute('color');
    expect([c.getX(0), c.getY(0), c.getZ(0)]).toEqual([BONE_COLOR.r, BONE_COLOR.g, BONE_COLOR.b].map((x) => Math.fround(x)));
    expect([c.getX(1), c.getY(1), c.getZ(1)]).toEqual([CARTILAGE_COLOR.r, CARTILAGE_COLOR.g, CARTILAGE_COLOR.b].map((x) => Math.fround(x)));
    expect(c.getZ(2)).toBeCloseTo((BONE_COLOR.b + CARTILAGE_COLOR.b) / 2, 5);
    // the weight has become colour
    expect(g.getAttribute('_cartilage')).toBeUndefined();
  });
});

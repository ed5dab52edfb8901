/**
 * Every trigger point sits on the face of its muscle a clinician's finger reaches: a ray from the
 * node along its normal meets the skin before any bone. (An earlier lookup put some on the face turned
 * into the body: the iliocostalis's front, the quadratus lumborum's belly side.) The few below lie
 * where bone is in the way in every direction, or where the model's skin is open; each says why.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshBVH } from 'three-mesh-bvh';
import { bvhOf, rayDistance } from '../support/geometry';
import { loadModel, type LoadedModel } from '../support/load-model';

const EXCEPTIONS: Record<string, string> = {
  'lateral-pterygoid-1': 'deep to the ramus and the arch, reached inside the mouth',
  'lateral-pterygoid-2': 'deep to the ramus and the arch, reached inside the mouth',
  'subscapularis-1': 'on the front of the blade, reached in the axilla with the humerus beside it',
  'iliacus-1': 'inside the iliac fossa, reached by pressing behind the rim of the pelvis',
  'piriformis-medial': 'at the edge of the sacrum, its free face turned into the pelvis',
  'external-oblique-lower': 'just above the anterior superior iliac spine, whose rim its normal grazes',
  'adductor-magnus-2': 'high on the inner thigh, where the skin mesh is open at the perineum',
  'teres-major-2': 'in the posterior axillary fold, its face turned down into the axilla between arm and trunk',
};

let model: LoadedModel;
let bones: MeshBVH[];
let skin: MeshBVH;
beforeAll(async () => {
  model = await loadModel();
  bones = model.nodes.filter((n) => n.extras?.kind === 'bone' && n.positions && n.indices).map((n) => bvhOf(n.positions!, n.indices!));
  const s = model.nodes.find((n) => n.extras?.kind === 'skin' && n.positions && n.indices)!;
  skin = bvhOf(s.positions!, s.indices!);
});

describe('trigger points face the skin', () => {
  it('meets the skin before any bone along each left-side node’s normal, but for the listed deep ones', () => {
    const blocked: string[] = [];
    let checked = 0;
    for (const node of model.nodes) {
      const e = node.extras;
      if (e?.kind !== 'trigger-point' || e.side !== 'left' || !node.translation) continue;
      checked++;
      // from half a millimetre out along the normal, clear of the muscle's own surface
      const p = node.translation, d = e.normal;
      const from = [p[0] + 0.0005 * d[0], p[1] + 0.0005 * d[1], p[2] + 0.0005 * d[2]] as const;
      const skinAt = rayDistance(skin, from, d);
      const boneAt = Math.min(...bones.map((b) => rayDistance(b, from, d)));
      if (boneAt < skinAt && !(e.triggerPointId in EXCEPTIONS)) blocked.push(`${e.triggerPointId}: bone at ${(boneAt * 1000).toFixed(0)} mm, skin at ${(skinAt * 1000).toFixed(0)} mm`);
    }
    expect(checked).toBeGreaterThan(150);
    expect(blocked).toEqual([]);
  });
  it('lists only exceptions that exist in the model', () => {
    const ids = new Set(model.nodes.flatMap((n) => (n.extras?.kind === 'trigger-point' ? [n.extras.triggerPointId] : [])));
    expect(Object.keys(EXCEPTIONS).filter((id) => !ids.has(id))).toEqual([]);
  });
});

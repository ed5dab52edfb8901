import { describe, expect, it } from 'vitest';
import { allBones, BONE_IDS, boneField } from '../../src/anatomy/bones';
import { landmark } from '../../src/anatomy/landmarks';
import { polygonize } from '../../src/anatomy/polygonize';
import { skinField } from '../../src/anatomy/skin';
import type { LandmarkId } from '../../src/core/landmarks';
import { LANDMARK_BONES } from './bone-landmarks';

describe('bones', () => {
  it('provide every contract bone id', () => {
    expect([...BONE_IDS].sort()).toEqual(
      ['clavicle', 'cervical-spine', 'femur', 'fibula', 'foot', 'hand', 'hip-bone', 'humerus', 'lumbar-spine', 'mandible', 'patella', 'radius', 'ribs', 'sacrum', 'scapula', 'skull', 'sternum', 'thoracic-spine', 'tibia', 'ulna', 'hyoid', 'larynx', 'trachea'].sort(),
    );
    const right = allBones().filter((b) => b.side === 'right');
    expect(right.length).toBe(13);
  });

  it.each(LANDMARK_BONES)('%s lies on the %s', (id, boneId, maxOutside, maxInside) => {
    const p = landmark(id as LandmarkId);
    const d = boneField([boneId])(p[0], p[1], p[2]);
    expect(d, `${id}: ${(d * 1000).toFixed(1)} mm from the ${boneId} surface`).toBeLessThanOrEqual(maxOutside);
    expect(d).toBeGreaterThanOrEqual(-maxInside);
  });

  it('mirrors the right side', () => {
    const [left, right] = allBones().filter((b) => b.boneId === 'femur');
    const p = landmark('greater-trochanter');
    expect(right!.field(-p[0], p[1], p[2])).toBeCloseTo(left!.field(p[0], p[1], p[2]), 10);
  });

  it('stay at least 4 mm under the skin', () => {
    const skin = skinField();
    for (const b of allBones()) {
      if (b.side === 'right' || !['skull', 'mandible', 'scapula', 'hand', 'tibia', 'foot', 'hip-bone', 'clavicle', 'hyoid', 'larynx'].includes(b.boneId)) continue;
      const m = polygonize(b.field, b.bounds, { cell: b.cell * 2, smooth: 0, project: 1 });
      let min = Infinity;
      for (let i = 0; i < m.positions.length; i += 3) min = Math.min(min, -skin(m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!));
      expect(min, `${b.boneId} comes within ${(min * 1000).toFixed(1)} mm of the skin`).toBeGreaterThanOrEqual(0.004);
    }
  });
});

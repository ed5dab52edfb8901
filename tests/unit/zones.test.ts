import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/core/frame';
import type { Dataset, Region } from '../../src/core/dataset/schema';
import { capsuleDistance, computeZoneWeights, regionCapsules, resolveAnchor, zonesForSelection, SOFT_EDGE } from '../../src/core/zones';

/** A unit sphere of vertices (Fibonacci lattice); normals equal positions. */
function sphere(n: number): { positions: Float32Array; normals: Float32Array } {
  const positions = new Float32Array(n * 3);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const y = 1 - (2 * (i + 0.5)) / n;
    const r = Math.sqrt(1 - y * y);
    positions.set([Math.cos(golden * i) * r, y, Math.sin(golden * i) * r], i * 3);
  }
  return { positions, normals: positions.slice() };
}

/** A row of vertices along +X at y = z = 0, normals facing +Z. */
function row(xs: number[]): { positions: Float32Array; normals: Float32Array } {
  const positions = new Float32Array(xs.flatMap((x) => [x, 0, 0]));
  const normals = new Float32Array(xs.flatMap(() => [0, 0, 1]));
  return { positions, normals };
}

const region = (r: Partial<Region> & Pick<Region, 'id' | 'patches'>): Region =>
  ({ name: r.id, synonyms: [], area: 'trunk', midline: false, ...r }) as Region;

const landmarks = new Map<string, Vec3>([
  ['acromion-left', [0.5, 0, 0]],
  ['acromion-right', [-0.5, 0, 0]],
  ['patella-left', [1, 0, 0]],
  ['patella-right', [-1, 0, 0]],
  ['vertex', [0, 0, 0]],
]);

const weightsAt = (xs: number[], regions: Region[], regionId: string, side: 'left' | 'right' = 'left') =>
  computeZoneWeights({ ...row(xs), landmarks, regions, essential: [{ regionId, side }], spillover: [] }).essential;

describe('resolveAnchor', () => {
  it('finds a bilateral landmark on the given side and a midline one on either', () => {
    expect(resolveAnchor('acromion', 'right', landmarks)).toEqual([-0.5, 0, 0]);
    expect(resolveAnchor('vertex', 'left', landmarks)).toEqual([0, 0, 0]);
  });
  it('interpolates between two landmarks', () => {
    expect(resolveAnchor({ between: ['acromion', 'patella'], t: 0.5 }, 'left', landmarks)).toEqual([0.75, 0, 0]);
  });
  it('returns null for a landmark the model lacks', () => {
    expect(resolveAnchor('mastoid', 'left', landmarks)).toBeNull();
  });
});

describe('computeZoneWeights', () => {
  it('paints a blob fully inside and fades over the soft edge', () => {
    const regions = [region({ id: 'r' as Region['id'], patches: [{ at: 'acromion', radius: 0.1 }] })];
    const inner = 0.1 * (1 - SOFT_EDGE);
    const w = weightsAt([0.5, 0.5 + inner - 0.001, 0.5 + 0.085, 0.5 + 0.1, 0.7], regions, 'r');
    expect(w[0]).toBe(1);
    expect(w[1]).toBe(1);
    expect(w[2]).toBeGreaterThan(0);
    expect(w[2]).toBeLessThan(1);
    expect(w[3]).toBe(0);
    expect(w[4]).toBe(0);
  });

  it('paints along a stroke, not just at its ends', () => {
    const regions = [
      region({ id: 'stroke' as Region['id'], patches: [{ from: 'acromion', to: 'patella', radius: 0.05 }] }),
      region({ id: 'blob' as Region['id'], patches: [{ at: 'acromion', radius: 0.05 }] }),
    ];
    expect(weightsAt([0.75], regions, 'stroke')[0]).toBe(1);
    expect(weightsAt([0.75], regions, 'blob')[0]).toBe(0);
  });

  it('mirrors a region on the right side, with offset x pointing away from the midline', () => {
    const regions = [region({ id: 'r' as Region['id'], patches: [{ at: 'acromion', offset: [0.2, 0, 0], radius: 0.05 }] })];
    const left = weightsAt([0.7, -0.7, 0.3], regions, 'r', 'left');
    const right = weightsAt([0.7, -0.7, 0.3], regions, 'r', 'right');
    expect([left[0], left[1], left[2]]).toEqual([1, 0, 0]);
    expect([right[0], right[1], right[2]]).toEqual([0, 1, 0]);
  });

  it('paints a midline region on both sides whatever side is asked', () => {
    const regions = [
      region({ id: 'mid' as Region['id'], midline: true, patches: [{ at: 'acromion', radius: 0.05 }] }),
    ];
    const w = weightsAt([0.5, -0.5], regions, 'mid', 'left');
    expect([w[0], w[1]]).toEqual([1, 1]);
  });

  it('keeps only skin that faces the named way, with lateral flipping with side', () => {
    const { positions, normals } = sphere(2000);
    const big = (facing: 'anterior' | 'lateral' | 'superior') =>
      [region({ id: 'r' as Region['id'], patches: [{ at: 'vertex', radius: 0.4 * 5, facing }] })];
    const paint = (facing: 'anterior' | 'lateral' | 'superior', side: 'left' | 'right') =>
      computeZoneWeights({ positions, normals, landmarks, regions: big(facing), essential: [{ regionId: 'r', side }], spillover: [] }).essential;
    const check = (w: Float32Array, axis: 0 | 1 | 2, sign: 1 | -1) => {
      for (let i = 0; i < 2000; i++) {
        const d = (normals[i * 3 + axis] as number) * sign;
        if (d > 0.3) expect(w[i]).toBe(1);
        if (d < 0.1) expect(w[i]).toBe(0);
      }
    };
    check(paint('anterior', 'left'), 2, 1);
    check(paint('superior', 'right'), 1, 1);
    check(paint('lateral', 'left'), 0, 1);
    check(paint('lateral', 'right'), 0, -1);
  });

  it('keeps essential and spillover apart and reports missing landmarks', () => {
    const regions = [
      region({ id: 'a' as Region['id'], patches: [{ at: 'acromion', radius: 0.05 }] }),
      region({ id: 'b' as Region['id'], patches: [{ at: 'patella', radius: 0.05 }, { at: 'mastoid', radius: 0.05 }] }),
    ];
    const out = computeZoneWeights({
      ...row([0.5, 1]),
      landmarks,
      regions,
      essential: [{ regionId: 'a', side: 'left' }],
      spillover: [{ regionId: 'b', side: 'left' }],
    });
    expect([out.essential[0], out.essential[1]]).toEqual([1, 0]);
    expect([out.spillover[0], out.spillover[1]]).toEqual([0, 1]);
    expect(out.missing).toEqual(['mastoid-left (region b)']);
  });

  it('fails loudly when normals are missing', () => {
    expect(() =>
      computeZoneWeights({ positions: new Float32Array(9), normals: new Float32Array(3), landmarks, regions: [], essential: [], spillover: [] }),
    ).toThrow(/normals/);
  });
});

describe('zonesForSelection', () => {
  const tp = (id: string, essential: string[], spillover: string[], referralSide: 'same' | 'both' | 'opposite' = 'same') => ({
    id, label: id, location: id, position: { along: 0.5, across: 0.5 }, referredPain: { essential, spillover }, referralSide,
  });
  const dataset = {
    regions: [region({ id: 'neck' as Region['id'], patches: [{ at: 'vertex', radius: 0.1 }] }), region({ id: 'crown' as Region['id'], midline: true, patches: [{ at: 'vertex', radius: 0.1 }] })],
    muscles: [
      {
        id: 'm',
        triggerPoints: [tp('m-1', ['neck'], ['jaw', 'crown']), tp('m-2', ['jaw'], ['neck', 'temple'], 'both'), tp('m-3', ['temple'], [], 'opposite')],
      },
    ],
  } as unknown as Dataset;

  it('collects every trigger point with its referral side, essential winning over spillover', () => {
    const z = zonesForSelection(dataset, 'm', 'left', null);
    const keys = (l: { regionId: string; side: string }[]) => l.map((r) => `${r.regionId}/${r.side}`).sort();
    expect(keys(z.essential)).toEqual(['jaw/left', 'jaw/right', 'neck/left', 'temple/right']);
    expect(keys(z.spillover)).toEqual(['crown/left', 'neck/right', 'temple/left']);
  });

  it('shows a focused trigger point alone', () => {
    const z = zonesForSelection(dataset, 'm', 'right', 'm-3');
    expect(z.essential).toEqual([{ regionId: 'temple', side: 'left' }]);
    expect(z.spillover).toEqual([]);
  });

  it('returns nothing for an unknown muscle', () => {
    expect(zonesForSelection(dataset, 'nope', 'left', null)).toEqual({ essential: [], spillover: [] });
  });
});

describe('paths and coarse regions', () => {
  it('draws a path as tapered strokes whose width follows the radii', () => {
    const regions = [
      region({
        id: 'band' as Region['id'],
        patches: [{ path: [{ at: 'acromion', radius: 0.02 }, { at: 'patella', radius: 0.1 }] }],
      }),
    ];
    const { capsules } = regionCapsules(regions[0]!, 'left', landmarks);
    expect(capsules).toEqual([{ a: [0.5, 0, 0], b: [1, 0, 0], ra: 0.02, rb: 0.1, facing: null }]);
    // half-way the radius is 0.06: a point 0.05 off the axis is inside, 0.07 off is outside
    expect(capsuleDistance(capsules[0]!, 0.75, 0.05, 0)).toBeLessThan(0);
    expect(capsuleDistance(capsules[0]!, 0.75, 0.07, 0)).toBeGreaterThan(0);
    // near the thin end a point 0.05 off is outside
    expect(capsuleDistance(capsules[0]!, 0.5, 0.05, 0)).toBeGreaterThan(0);
  });
  it('mirrors path offsets to the right side and adds the patch offset to each point', () => {
    const r = region({ id: 'p' as Region['id'], patches: [{ path: [{ at: 'acromion', offset: [0.1, 0, 0], radius: 0.02 }, { at: 'patella', radius: 0.02 }], offset: [0, 0.5, 0] }] });
    const { capsules } = regionCapsules(r, 'right', landmarks);
    expect(capsules[0]?.a).toEqual([-0.6, 0.5, 0]);
    expect(capsules[0]?.b).toEqual([-1, 0.5, 0]);
  });
  it('paints a coarse region without patches as the union of the regions within it', () => {
    const regions = [
      region({ id: 'whole' as Region['id'], patches: [] }),
      region({ id: 'part-a' as Region['id'], within: ['whole'] as Region['id'][], patches: [{ at: 'acromion', radius: 0.05 }] }),
      region({ id: 'part-b' as Region['id'], within: ['whole'] as Region['id'][], patches: [{ at: 'patella', radius: 0.05 }] }),
    ];
    expect(Array.from(weightsAt([0.5, 0.75, 1], regions, 'whole'))).toEqual([1, 0, 1]);
  });
  it('reports the anchor a path lacks and skips that patch', () => {
    const r = region({ id: 'p' as Region['id'], patches: [{ path: [{ at: 'acromion', radius: 0.02 }, { at: 'mastoid', radius: 0.02 }] }, { at: 'patella', radius: 0.02 }] });
    const got = regionCapsules(r, 'left', landmarks);
    expect(got.missing).toEqual(['mastoid-left (region p)']);
    expect(got.capsules).toHaveLength(1);
  });
});

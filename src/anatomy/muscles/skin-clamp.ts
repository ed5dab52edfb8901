/**
 * The last muscle step: keeps every muscle vertex (and trigger-point node) under the polygonized
 * skin mesh by a margin. The skin field already bounds the muscles, but the mesh made from it is
 * smoothed and simplified, so in concave places (the sides of the neck, the armpit) it can dip
 * below the field's surface; this checks against the mesh the viewer actually draws.
 */
import { BufferAttribute, BufferGeometry, Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { computeNormals, type MeshData, type BuildPart, type ModelPoint } from '../mesh';

/** Options of the clamp step, with defaults. */
export interface SkinClampOptions {
  /** Minimum depth of a muscle vertex under the skin mesh (m). */
  margin: number;
}
export const SKIN_CLAMP_DEFAULTS: SkinClampOptions = { margin: 0.0025 };

const _p = new Vector3();
const _n = new Vector3();
const _tri = new Triangle();
const _bary = new Vector3();
const _va = new Vector3();

/** A function that moves a point under the skin mesh if it is above `-margin`; returns whether it moved. */
export function skinClamper(skin: MeshData, opts: Partial<SkinClampOptions> = {}): (p: Float32Array | number[], i: number) => boolean {
  const { margin } = { ...SKIN_CLAMP_DEFAULTS, ...opts };
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(skin.positions, 3));
  g.setIndex(new BufferAttribute(skin.indices, 1));
  const bvh = new MeshBVH(g);
  g.setAttribute('normal', new BufferAttribute(skin.normals, 3));
  const pos = g.getAttribute('position');
  const nor = g.getAttribute('normal');
  const idx = g.getIndex()!;
  const once = (p: Float32Array | number[], i: number): boolean => {
    _p.set(p[i]!, p[i + 1]!, p[i + 2]!);
    const hit = bvh.closestPointToPoint(_p);
    if (!hit) return false;
    const f = hit.faceIndex * 3;
    // the smooth (vertex-interpolated) normal at the closest point tells inside from outside even at creases
    const a = idx.getX(f), b = idx.getX(f + 1), c = idx.getX(f + 2);
    _tri.setFromAttributeAndIndices(pos, a, b, c);
    _tri.getBarycoord(hit.point, _bary);
    _n.set(0, 0, 0)
      .addScaledVector(_va.fromBufferAttribute(nor, a), _bary.x)
      .addScaledVector(_va.fromBufferAttribute(nor, b), _bary.y)
      .addScaledVector(_va.fromBufferAttribute(nor, c), _bary.z)
      .normalize();
    const signed = _n.dot(_p.sub(hit.point));
    if (signed <= -margin * 0.95) return false;
    p[i] = hit.point.x - _n.x * margin;
    p[i + 1] = hit.point.y - _n.y * margin;
    p[i + 2] = hit.point.z - _n.z * margin;
    return true;
  };
  // in concave places one step can land above a neighbouring face: repeat until the point holds
  return (p, i) => {
    let moved = false;
    for (let k = 0; k < 6 && once(p, i); k++) moved = true;
    return moved;
  };
}

/** Clamps muscle parts and trigger-point nodes under the skin mesh (in place); returns how many vertices moved. */
export function clampMusclesToSkin(
  skin: MeshData,
  parts: BuildPart[],
  points: ModelPoint[],
  opts: Partial<SkinClampOptions> = {},
  clamp = skinClamper(skin, opts),
): number {
  let moved = 0;
  for (const part of parts) {
    if (part.material !== 'muscle') continue;
    let any = false;
    for (let i = 0; i < part.mesh.positions.length; i += 3) {
      if (!clamp(part.mesh.positions, i)) continue;
      moved++;
      any = true;
    }
    if (any) part.mesh.normals = computeNormals(part.mesh.positions, part.mesh.indices);
  }
  for (const pt of points) {
    if (pt.extras['kind'] !== 'trigger-point') continue;
    const v = [pt.position[0], pt.position[1], pt.position[2]];
    if (clamp(v, 0)) pt.position = [v[0]!, v[1]!, v[2]!];
  }
  return moved;
}

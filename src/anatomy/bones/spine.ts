/**
 * The vertebral column from the standard figure's VERTEBRAE (body, pedicles and laminae, spinous and
 * transverse processes for each), the sacrum and the coccyx. All midline and symmetric.
 */
import type { Vec3 } from '../../core/frame';
import { VERTEBRAE, type Vertebra } from '../figure';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, symmetric, type Prim } from '../sdf/primitives';

type Region = 'cervical' | 'thoracic' | 'lumbar';

function regionOf(v: Vertebra): Region {
  return v.name.startsWith('c') ? 'cervical' : v.name.startsWith('t') ? 'thoracic' : 'lumbar';
}

/** Transverse-process tip of a vertebra (left side). */
function transverseTip(v: Vertebra, region: Region, order: number): Vec3 {
  const [, by, bz] = v.body;
  if (region === 'cervical') return landmark(`${v.name}-transverse` as 'c1-transverse');
  if (region === 'lumbar') return landmark(`${v.name}-transverse` as 'l1-transverse');
  const t = order / 11;
  return [0.036 - 0.006 * t, by - 0.006, bz - 0.04 - 0.004 * t];
}

/** One vertebra, left half (made symmetric by the caller). */
function vertebra(v: Vertebra, order: number): Prim[] {
  const region = regionOf(v);
  const [, by, bz] = v.body;
  const [, sy, sz] = v.spinous;
  const t = order / 11;
  const size =
    region === 'cervical'
      ? { rx: 0.011, ry: 0.0065, rz: 0.008, arch: 0.0045, sp: 0.0048 }
      : region === 'thoracic'
        ? { rx: 0.012 + 0.006 * t, ry: 0.0095, rz: 0.011 + 0.004 * t, arch: 0.0045, sp: 0.0035 }
        : { rx: 0.02, ry: 0.0115, rz: 0.015, arch: 0.0055, sp: 0.005 };
  const back = bz - size.rz;
  const canal = region === 'cervical' ? 0.014 : region === 'thoracic' ? 0.015 : 0.017;
  const archZ = back - canal;
  const pedicle: Vec3 = [size.rx * 0.55, by, back - canal * 0.45];
  const laminaEnd: Vec3 = [0.006, by - 0.002, archZ];
  const parts: Prim[] = [
    ellipsoid(v.body, [size.rx, size.ry, size.rz]),
    capsule([size.rx * 0.45, by, back + 0.003], pedicle, size.arch),
    capsule(pedicle, laminaEnd, size.arch),
    capsule(laminaEnd, [0, by - 0.003, archZ - 0.002], size.arch),
    capsule(pedicle, transverseTip(v, region, order), size.arch * 0.85, size.arch * 0.75),
  ];
  if (v.name !== 'c1') {
    const flat = region === 'lumbar' ? { axis: [1, 0, 0] as Vec3, factor: 0.45 } : undefined;
    parts.push(capsule([0, by - 0.003, archZ], [0, sy, sz + size.sp * 0.3], region === 'lumbar' ? 0.009 : size.sp, region === 'lumbar' ? 0.008 : size.sp * 0.9, flat));
  }
  // articular processes: short pillars joining neighbours
  parts.push(capsule([pedicle[0] + 0.004, by + size.ry, pedicle[2] - 0.003], [pedicle[0] + 0.004, by - size.ry, pedicle[2] - 0.004], size.arch * 0.9));
  return parts;
}

/** One spinal region (cervical, thoracic or lumbar) as a midline bone. */
export function spineRegion(region: Region): Prim {
  const parts: Prim[] = [];
  let order = 0;
  for (const v of VERTEBRAE) {
    if (regionOf(v) !== region) continue;
    parts.push(smoothUnion(vertebra(v, region === 'thoracic' ? order : 0), 0.004));
    order++;
  }
  return symmetric(smoothUnion(parts, 0));
}

/** The sacrum (a curved wedge with a median crest and alae) and the coccyx. */
export function sacrum(): Prim {
  const s2 = landmark('s2-spinous');
  const apex = landmark('sacrum-apex');
  const cx = landmark('coccyx');
  const lat = landmark('sacrum-lateral');
  const si = landmark('sacroiliac');
  const parts: Prim[] = [
    // segments S1..S5 down the curve
    ellipsoid([0, 0.97, -0.032], [0.024, 0.012, 0.02]),
    ellipsoid([0.018, 0.962, -0.05], [0.034, 0.018, 0.02]),
    ellipsoid([0.0, 0.935, -0.065], [0.04, 0.02, 0.017]),
    ellipsoid([0.0, 0.908, -0.072], [0.03, 0.016, 0.012]),
    ellipsoid([0.0, 0.886, -0.076], [0.02, 0.012, 0.01]),
    ellipsoid([0.0, apex[1] + 0.004, apex[2]], [0.011, 0.008, 0.007]),
    // alae reaching the sacroiliac joints
    ellipsoid([si[0] - 0.004, si[1] + 0.006, si[2] - 0.002], [0.012, 0.02, 0.014]),
    capsule([0.02, 0.955, -0.045], [lat[0] - 0.004, lat[1], lat[2]], 0.01, 0.008),
    // median sacral crest
    ...chain([[0, 0.962, -0.078], [0, s2[1], s2[2] + 0.004], [0, 0.9, -0.084]], 0.004),
    // coccyx
    ...chain([[0, apex[1] - 0.002, apex[2]], [0, (apex[1] + cx[1]) / 2, (apex[2] + cx[2]) / 2 - 0.003], [0, cx[1] + 0.003, cx[2] - 0.002]], [0.006, 0.005, 0.004]),
  ];
  return symmetric(smoothUnion(parts, 0.01));
}

/**
 * The vertebral column: one template per vertebra, placed and tilted on the sagittal curve of
 * ../spine-curve.ts (body perpendicular to the column's axis, so the curve's lordoses and kyphosis
 * show in the endplates), sized for its level: an elliptic-cylinder body, pedicles and laminae round
 * the vertebral foramen, superior and inferior articular processes, transverse processes and a
 * spinous process reaching the palpable tip of the standard figure. C1 is a ring with lateral
 * masses, C2 carries the dens. Then the sacrum (a curved, tapering wedge under the S1 endplate with
 * its alae, median crest and sacral foramina) and the coccyx. All midline and symmetric.
 */
import type { Vec3 } from '../../core/frame';
import { SACROILIAC_JOINT, VERTEBRAE, type Vertebra } from '../figure';
import { landmark } from '../landmarks';
import { SACRAL_SLOPE_DEG, S1_TOP } from '../spine-curve';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, symmetric, type Prim } from '../sdf/primitives';
import { fitToJoint } from '../sdf/joint';
import { ellipticCylinder, sweep } from '../sdf/sweep';
import { plate, plateFrame, type P2 } from '../sdf/plate';
import { add, lerp, norm, scale, type V3 } from '../vec';

type Region = 'cervical' | 'thoracic' | 'lumbar';

function regionOf(v: Vertebra): Region {
  return v.name.startsWith('c') ? 'cervical' : v.name.startsWith('t') ? 'thoracic' : 'lumbar';
}

/** Half-sizes of a level's body (m): width, depth, height; and its vertebral canal's depth and arch thickness. */
interface LevelSize {
  rx: number;
  rz: number;
  ry: number;
  canal: number;
  arch: number;
}

/**
 * Body sizes grow down the column; adult ranges (mm, full sizes): cervical bodies about 15–20 wide,
 * 15–17 deep and 14 high; thoracic 25–40 wide, 17–30 deep, 17–24 high; lumbar 42–50 wide, 30–35 deep,
 * 25–27 high (Panjabi et al. 1991, Spine 16:888; Panjabi et al. 1992, Spine 17:299; Gilad & Nissan 1986, Spine 11:154).
 */
function sizeOf(v: Vertebra, order: number): LevelSize {
  const region = regionOf(v);
  if (region === 'cervical') {
    const t = Math.max(0, order - 2) / 4;
    return { rx: 0.0085 + 0.0025 * t, rz: 0.0075 + 0.001 * t, ry: 0.0065, canal: 0.015, arch: 0.0035 };
  }
  if (region === 'thoracic') {
    const t = order / 11;
    return { rx: 0.0125 + 0.0075 * t, rz: 0.0085 + 0.0065 * t, ry: 0.0085 + 0.003 * t, canal: 0.015, arch: 0.004 };
  }
  const t = order / 4;
  return { rx: 0.021 + 0.004 * t, rz: 0.015 + 0.0025 * t, ry: 0.0125 + 0.001 * t, canal: 0.016, arch: 0.005 };
}

/** A point in a vertebra's frame: x to the left, u up the column's axis, w backwards (perpendicular to the axis). */
function framePoint(v: Vertebra, x: number, u: number, w: number): V3 {
  const a = v.axis;
  const back: V3 = [0, a[2], -a[1]];
  return [v.body[0] + x, v.body[1] + a[1] * u + back[1] * w, v.body[2] + a[2] * u + back[2] * w];
}

/** Transverse-process tip of a vertebra (left side). */
function transverseTip(v: Vertebra, region: Region, order: number, s: LevelSize): Vec3 {
  if (region === 'cervical') return landmark(`${v.name}-transverse` as 'c1-transverse');
  if (region === 'lumbar') return landmark(`${v.name}-transverse` as 'l1-transverse');
  // thoracic processes point laterally, backwards and a little up; they shorten below T10
  const t = order / 11;
  const reach = 0.036 - 0.008 * Math.max(0, (order - 8) / 3);
  return framePoint(v, reach - 0.004 * t, 0.004, s.rz + s.canal * 0.75 + 0.01);
}

/** One typical vertebra (C3–L5) as its left half. */
function typicalVertebra(v: Vertebra, order: number): Prim[] {
  const region = regionOf(v);
  const s = sizeOf(v, order);
  const P = (x: number, u: number, w: number) => framePoint(v, x, u, w);
  const pedicleFront = P(s.rx * 0.55, s.ry * 0.2, s.rz * 0.75);
  const pedicleBack = P(s.rx * 0.55, s.ry * 0.1, s.rz + s.canal * 0.5);
  const laminaMid = P(0, -s.ry * 0.25, s.rz + s.canal + s.arch * 0.5);
  const spinousTip = v.spinous;
  const parts: Prim[] = [
    ellipticCylinder(v.body, v.axis, [1, 0, 0], s.rx, s.rz, s.ry, Math.min(0.003, s.ry * 0.45)),
    capsule(pedicleFront, pedicleBack, s.arch * 0.95, s.arch),
    // the lamina: a flat plate from the pedicle round the back of the canal to the midline
    capsule(pedicleBack, laminaMid, s.arch, s.arch * 0.9, { axis: norm(v.axis), factor: 1.8 }),
    capsule(pedicleBack, transverseTip(v, region, order, s), s.arch * 0.85, s.arch * 0.7),
    // articular pillars: superior process up, inferior process down, at the pedicle-lamina junction
    capsule(P(s.rx * 0.6, s.ry * 1.3, s.rz + s.canal * 0.55), P(s.rx * 0.55, -s.ry * 1.3, s.rz + s.canal * 0.75), s.arch * 0.9),
  ];
  if (region === 'cervical') {
    // the neck's lateral masses: a column of articular pillars well out to the side, behind the
    // transverse processes, joined to the pedicles and laminae (about 25–30 mm apart from side to side)
    const pillar = P(0.0135, 0, s.rz + s.canal * 0.45);
    parts.push(
      capsule(P(0.0125, s.ry * 1.25, s.rz + s.canal * 0.35), P(0.0135, -s.ry * 1.25, s.rz + s.canal * 0.6), 0.0048),
      capsule(pedicleBack, pillar, s.arch),
      capsule(pillar, laminaMid, s.arch * 0.9, s.arch * 0.9, { axis: norm(v.axis), factor: 1.6 }),
    );
  }
  // spinous process: flat side to side, from the laminae to the palpable tip (long and down-sloping
  // in the thorax, short and square in the lumbar spine; in the neck sized per level)
  if (region === 'cervical') parts.push(...cervicalSpinous(v, laminaMid));
  else {
    const tall = region === 'lumbar' ? 2.6 : 1.5;
    const r = region === 'lumbar' ? 0.0045 : 0.0032;
    parts.push(capsule(laminaMid, spinousTip, r * tall, r * tall * 0.8, { axis: [1, 0, 0] as Vec3, factor: 1 / tall }));
  }
  if (region === 'thoracic') {
    // costal facets for the rib heads and tubercles
    parts.push(sphere(P(s.rx * 0.9, s.ry * 0.6, s.rz * 0.45), 0.0035));
  }
  return parts;
}

/**
 * A cervical spinous process from the laminae down and back to its tip: C2's large and bifid, C3–C6
 * short and bifid (two small tubercles), C7's long with a single rounded tubercle (vertebra prominens).
 */
function cervicalSpinous(v: Vertebra, laminaMid: V3): Prim[] {
  const tip = v.spinous;
  const big = v.name === 'c2', prominens = v.name === 'c7';
  // a blade, tall where it leaves the laminae and thin from side to side, narrowing to its tip
  const r = big ? 0.0042 : prominens ? 0.0034 : 0.0028;
  const tall = big ? 1.9 : prominens ? 1.7 : 1.8;
  const flat = { axis: [1, 0, 0] as Vec3, factor: 1 / tall };
  const parts: Prim[] = [capsule(laminaMid, tip, r * tall, r * tall * (prominens ? 0.75 : 0.6), flat)];
  if (prominens) parts.push(sphere([0, tip[1] - 0.001, tip[2] + 0.001], 0.0045));
  else {
    const fork = big ? 0.0055 : 0.0036;
    parts.push(capsule(lerp(laminaMid, tip, 0.7), [fork, tip[1] - 0.001, tip[2] + 0.001], r * 0.9, big ? 0.0042 : 0.0026));
  }
  return parts;
}

/** C1, the atlas: anterior and posterior arches, lateral masses and long transverse processes. */
function atlas(v: Vertebra): Prim[] {
  const P = (x: number, u: number, w: number) => framePoint(v, x, u, w);
  const front = P(0, 0, -0.006), mass = P(0.016, 0, 0.008), back = P(0, -0.002, 0.034);
  return [
    capsule(front, P(0.012, 0, -0.002), 0.004),
    capsule(P(0.012, 0, -0.002), mass, 0.0045),
    ellipsoid(mass, [0.007, 0.0075, 0.009]),
    capsule(mass, P(0.016, -0.001, 0.022), 0.0045),
    capsule(P(0.016, -0.001, 0.022), back, 0.0045, 0.0042, { axis: norm(v.axis), factor: 1.5 }),
    ellipsoid(v.spinous, [0.0055, 0.0045, 0.004]),
    capsule(back, v.spinous, 0.0045),
    capsule(mass, landmark('c1-transverse'), 0.0045, 0.0035),
  ];
}

/** C2, the axis: a body with the dens rising into the atlas' ring, a bifid spinous process. */
function axisVertebra(v: Vertebra, atlasV: Vertebra): Prim[] {
  const parts = typicalVertebra(v, 1);
  const top = framePoint(atlasV, 0, 0.002, 0.002);
  // the dens, about 1.5 cm tall and 1 cm thick, its tip rising through the atlas' ring behind the anterior arch
  parts.push(capsule(framePoint(v, 0, 0.006, 0.001), top, 0.0058, 0.0048), sphere(add(top, [0, 0.003, 0]), 0.0045));
  return parts;
}

/** One spinal region (cervical, thoracic or lumbar) as a midline bone. */
export function spineRegion(region: Region): Prim {
  const parts: Prim[] = [];
  const levels = VERTEBRAE.filter((v) => regionOf(v) === region);
  levels.forEach((v, order) => {
    const prims = v.name === 'c1' ? atlas(v) : v.name === 'c2' ? axisVertebra(v, levels[0]!) : typicalVertebra(v, order);
    parts.push(smoothUnion(prims, 0.0025));
  });
  return symmetric(smoothUnion(parts, 0));
}

const rad = Math.PI / 180;
/** The sacral axis: from the S1 endplate down and back, curving forward to the apex. */
export function sacralAxis(): V3[] {
  const a: V3 = [0, Math.cos(SACRAL_SLOPE_DEG * rad), Math.sin(SACRAL_SLOPE_DEG * rad)];
  const down = scale(a, -1);
  const apex = landmark('sacrum-apex');
  const s1 = add(S1_TOP as V3, scale(down, 0.012));
  const s2 = add(s1, scale(down, 0.026));
  const s4: V3 = [0, (s2[1] + apex[1]) / 2 - 0.004, (s2[2] + apex[2] + 0.012) / 2 - 0.01];
  return [s1, s2, s4, [0, apex[1] + 0.002, apex[2] + 0.008]];
}

/**
 * The sacrum's lateral parts as one curved plate (sdf/plate.ts): origin amid the bone, u up along it
 * towards the base, w facing forward (the pelvic surface), v to the right (the bone is authored whole and kept symmetric).
 */
export const SACRUM_FRAME = plateFrame([0, 0.912, -0.059], [0, 0.955, -0.045], [0, -0.3, 1]);
/** The plate's outline: the base with both alae (about 10 cm across), the lateral borders narrowing past the auricular surfaces to the inferior lateral angles and the apex. */
const SACRUM_OUTLINE: readonly P2[] = [
  [0.046, 0.05], [0.03, 0.055], [0.008, 0.051], [-0.012, 0.039], [-0.026, 0.024], [-0.041, 0.013], [-0.05, 0.007],
  [-0.05, -0.007], [-0.041, -0.013], [-0.026, -0.024], [-0.012, -0.039], [0.008, -0.051], [0.03, -0.055], [0.046, -0.05],
];
/** Mid-surface: bowed back in the middle, so the pelvic surface is concave from base to apex. */
const sacrumHeight = (u: number) => 2.5 * u * u - 0.002;
/** Half thickness: about 3 cm through the alae, thinning to the apex. */
const sacrumThickness = (u: number) => 0.005 + 0.0095 * Math.max(0, Math.min(1, (u + 0.05) / 0.096));

/**
 * The sacrum, S1–S5 fused into a wedge whose base tilts forward at the sacral slope: the bodies down
 * the middle with the promontory at the front of S1, the alae and lateral parts as a curved plate
 * concave in front, four pairs of sacral foramina through it, the roof of the sacral canal with the
 * median crest behind, the auricular surfaces at the sacroiliac joints; and the coccyx.
 */
export function sacrum(): Prim {
  const s2sp = landmark('s2-spinous');
  const apex = landmark('sacrum-apex');
  const cx = landmark('coccyx');
  const axis = sacralAxis();
  const f = SACRUM_FRAME;
  const W = f.w;
  const at = (u: number, v: number, dw = 0): V3 =>
    add(add(add(f.origin as V3, scale(f.u as V3, u)), scale(f.v as V3, v)), scale(W, sacrumHeight(u) + dw));
  // the fused bodies: S1's endplate about 5 cm wide, the lower ones narrowing
  const bodies = sweep(
    [
      { at: axis[0]!, a: 0.024, b: 0.0145 },
      { at: axis[1]!, a: 0.017, b: 0.012 },
      { at: axis[2]!, a: 0.012, b: 0.009 },
      { at: axis[3]!, a: 0.007, b: 0.006 },
    ],
    [1, 0, 0],
    4,
    0.002,
  );
  // the roof of the sacral canal (fused laminae) behind the bodies
  const back = (p: V3, d: number): V3 => [p[0], p[1] + 0.004, p[2] - d];
  const roof = sweep(
    [
      { at: back(axis[0]!, 0.03), a: 0.017, b: 0.005 },
      { at: back(axis[1]!, 0.03), a: 0.015, b: 0.005 },
      { at: back(axis[2]!, 0.018), a: 0.011, b: 0.004 },
      { at: back(axis[3]!, 0.009), a: 0.006, b: 0.0035 },
    ],
    [1, 0, 0],
    4,
    0.002,
  );
  const lateral = plate(f, SACRUM_OUTLINE, (u) => sacrumHeight(u), (u) => sacrumThickness(u));
  const parts: Prim[] = [
    bodies,
    roof,
    lateral,
    // the superior articular processes, rising behind S1 to meet L5
    capsule(back(axis[0]!, 0.024), [0.018, axis[0]![1] + 0.012, axis[0]![2] - 0.028], 0.005, 0.0045),
    // median sacral crest (fused spinous processes), tubercles at S1–S3
    ...chain([back(axis[0]!, 0.036), [0, s2sp[1], s2sp[2] + 0.003], back(axis[2]!, 0.023)], [0.004, 0.0035, 0.003], { axis: [1, 0, 0], factor: 0.6 }),
    // coccyx: four small segments curving forward
    ...chain([[0, apex[1], apex[2] + 0.002], [0, (apex[1] + cx[1]) / 2, (apex[2] + cx[2]) / 2 - 0.002], [0, cx[1] + 0.003, cx[2] - 0.001]], [0.0055, 0.0045, 0.0035]),
  ];
  let s = smoothUnion(parts, 0.004);
  // four pairs of sacral foramina through the lateral parts, beside the bodies, shrinking downwards
  const FORAMINA: [u: number, v: number, r: number][] = [[0.028, 0.024, 0.0045], [0.01, 0.021, 0.004], [-0.008, 0.017, 0.0033], [-0.024, 0.0135, 0.0026]];
  for (const [u, v, r] of FORAMINA) s = subtract(s, capsule(at(u, -v, 0.03), at(u - 0.004, -v - 0.002, -0.03), r, r * 0.85), 0.0015);
  // the sacrum's auricular surfaces, meeting the ilia across the sacroiliac joint spaces
  return symmetric(fitToJoint(s, SACROILIAC_JOINT, -1, 0.03));
}

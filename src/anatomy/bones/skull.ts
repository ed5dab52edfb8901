/**
 * The skull and the mandible, both midline and symmetric, authored as their left halves.
 *
 * Skull: a vault of blended ellipsoids whose side is hollowed into the temporal fossa (its upper edge
 * is the temporal line), deep conical orbits behind raised rims, a pear-shaped nasal aperture, the
 * maxilla with its alveolar process and the upper teeth, the zygoma with a free zygomatic arch (a bar
 * from the zygoma back to the temporal root, with open space under it for the temporalis tendon), the
 * mandibular fossa with the articular eminence in front of it, the external acoustic meatus, the
 * mastoid process, the external occipital protuberance with the superior and inferior nuchal lines,
 * and the lateral pterygoid plate hanging from the cranial base behind the maxilla.
 *
 * Mandible: the body swept round the dental arch with the lower teeth on its alveolar border, the
 * angle, and the ramus as a thin web between a thick posterior border (rising to the condylar neck and
 * the condyle, seated in the mandibular fossa) and an anterior border (rising to the coronoid process),
 * with the mandibular notch between coronoid and condyle.
 *
 * Sizes are those of an adult skull (maximum length about 190 mm, breadth 144 mm, bizygomatic breadth
 * about 130 mm, orbit openings about 40 × 35 mm and 45 mm deep, ramus height about 60 mm). Shapes are
 * placed from the head landmarks (src/anatomy/landmarks.ts).
 */
import type { Vec3 } from '../../core/frame';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, smoothUnion, sphere, subtract, symmetric, triangle, type Prim } from '../sdf/primitives';
import { sweep } from '../sdf/sweep';
import { add, type V3 } from '../vec';

type Axes = [Vec3, Vec3, Vec3];
/** World axes turned about +Y by `deg` degrees (x towards -z for positive angles). */
function turnedY(deg: number): Axes {
  const a = (deg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  return [[c, 0, -s], [0, 1, 0], [s, 0, c]];
}

/** Left-side tooth crown centres (x, z) from the central incisor back to the third molar, and their half-sizes (along the arch, across it). */
const UPPER_TEETH: { x: number; z: number; along: number; across: number }[] = [
  { x: 0.0045, z: 0.0865, along: 0.0046, across: 0.0032 },
  { x: 0.0118, z: 0.0825, along: 0.0033, across: 0.003 },
  { x: 0.0178, z: 0.0765, along: 0.0038, across: 0.0039 },
  { x: 0.0217, z: 0.0688, along: 0.0034, across: 0.0043 },
  { x: 0.0242, z: 0.0618, along: 0.0033, across: 0.0044 },
  { x: 0.0268, z: 0.0525, along: 0.0051, across: 0.0054 },
  { x: 0.0285, z: 0.0435, along: 0.0045, across: 0.0052 },
  { x: 0.0293, z: 0.0355, along: 0.004, across: 0.0048 },
];

/** One row of teeth: crowns as small ellipsoids set along the arch, their long axes vertical. */
function teethRow(y: number, inset: number, height: number, lowerFront: number): Prim[] {
  return UPPER_TEETH.map((t, i) => {
    const next = UPPER_TEETH[Math.min(i + 1, UPPER_TEETH.length - 1)]!, prev = UPPER_TEETH[Math.max(i - 1, 0)]!;
    const ang = (Math.atan2(next.x - prev.x, -(next.z - prev.z)) * 180) / Math.PI - 90;
    // the lower arch sits inside the upper one (overjet at the front)
    const k = i < 3 ? lowerFront : inset;
    return ellipsoid([t.x * (1 - k * 0.6), y, t.z - k * 0.04], [t.across, height, t.along * 1.12], turnedY(-ang));
  });
}

/** The curve of the upper alveolar process (left half), midline to behind the last molar. */
function alveolarArch(y: number, inward: number): V3[] {
  return [[0, y, 0.0875 - inward], [0.0125, y, 0.0835 - inward], [0.0205, y, 0.0725 - inward * 0.8], [0.0255 - inward * 0.3, y, 0.056], [0.0283 - inward * 0.3, y, 0.04], [0.0288 - inward * 0.3, y, 0.032]];
}

/** The cranium: vault, temporal fossa and lines, cranial base, mastoid, occipital protuberance and nuchal lines. */
function cranium(): Prim {
  const mast = landmark('mastoid');
  const snl = landmark('superior-nuchal-line');
  const inion = landmark('inion');
  const ear = landmark('ear-canal');
  let vault = smoothUnion(
    [
      ellipsoid([0, 1.664, -0.01], [0.071, 0.087, 0.093]),
      ellipsoid([0, 1.695, -0.035], [0.069, 0.045, 0.07]),
      ellipsoid([0, 1.688, 0.028], [0.059, 0.058, 0.064]),
      ellipsoid([0, 1.636, -0.055], [0.058, 0.042, 0.04]),
    ],
    0.02,
  );
  // the cranial base is narrower than the vault: trim the lower sides and the floor under the foramen magnum
  vault = subtract(vault, ellipsoid([0.0, 1.566, -0.006], [0.075, 0.036, 0.062]), 0.012);
  // temporal fossa: a broad shallow hollow on the side of the vault, deepest in front above the arch,
  // bounded above by the temporal line (the sharp rim of the cut)
  vault = subtract(vault, ellipsoid([0.156, 1.648, 0.036], [0.098, 0.064, 0.1]), 0.005);
  // the fossa runs on down under the zygomatic arch, where the temporalis passes to the coronoid process
  vault = subtract(vault, ellipsoid([0.074, 1.62, 0.032], [0.028, 0.02, 0.028]), 0.004);
  // and opens below into the infratemporal fossa, under the cranial base and lateral to the pterygoid plates
  vault = subtract(vault, ellipsoid([0.042, 1.585, 0.022], [0.026, 0.022, 0.03]), 0.004);
  const base = smoothUnion(
    [
      // petrous and squamous temporal bone round the ear, behind the mandibular fossa
      ellipsoid([0.053, 1.616, -0.02], [0.014, 0.014, 0.018]),
      // supramastoid crest: the temporal line's lower end, over the ear canal to the arch's root
      capsule([0.06, 1.627, -0.032], [0.061, 1.624, 0.002], 0.0035, 0.004),
      // mastoid process: a cone pointing down behind the ear canal
      capsule([mast[0] - 0.006, mast[1] + 0.024, mast[2] - 0.003], [mast[0] - 0.002, mast[1] + 0.002, mast[2] + 0.001], 0.0125, 0.0062),
      // occipital condyles on the atlas
      ellipsoid([0.014, 1.609, -0.008], [0.006, 0.005, 0.011]),
      // the sphenoid's greater wing and the roof of the infratemporal fossa, from the orbit back to the eminence
      ellipsoid([0.03, 1.608, 0.032], [0.014, 0.006, 0.016]),
    ],
    0.008,
  );
  const crests = smoothUnion(
    [
      // external occipital protuberance and the superior nuchal lines curving out to the mastoids
      ellipsoid([0, inion[1] - 0.001, inion[2] - 0.003], [0.009, 0.006, 0.005]),
      ...chain([[0, inion[1] + 0.001, inion[2] - 0.002], [0.021, inion[1] + 0.003, -0.089], [snl[0], snl[1], snl[2] - 0.002], [0.054, 1.624, -0.061], [0.058, 1.62, -0.04]], [0.0026, 0.0022, 0.002, 0.0018, 0.002]),
      // inferior nuchal lines on the planum below
      ...chain([[0, 1.6065, -0.075], landmark('inferior-nuchal-line'), [0.038, 1.6005, -0.06]], [0.0022, 0.002, 0.0016]),
    ],
    0.006,
  );
  let s = smoothUnion([vault, base], 0.008);
  // the planum of the occipital bone below the superior nuchal line faces down and back
  s = subtract(s, ellipsoid([0, 1.574, -0.074], [0.056, 0.034, 0.028]), 0.01);
  s = smoothUnion([s, crests], 0.004);
  // external acoustic meatus
  s = subtract(s, capsule([ear[0] + 0.008, ear[1], ear[2]], [ear[0] - 0.012, ear[1] + 0.001, ear[2] + 0.002], 0.004, 0.003), 0.0015);
  return s;
}

/** The facial skeleton: orbits, nasal aperture, maxilla, zygoma and arch, pterygoid plate, upper teeth. */
function face(): Prim {
  const zyg = landmark('zygoma');
  const arch = landmark('zygomatic-arch');
  const ptery = landmark('lateral-pterygoid-plate');
  const condyle = landmark('mandibular-condyle');
  const upperY = landmark('upper-molars')[1];
  const block = smoothUnion(
    [
      // frontal bone in front of the vault, holding the orbital roofs, and the glabella
      ellipsoid([0, 1.654, 0.058], [0.054, 0.028, 0.038]),
      ellipsoid([0, 1.664, 0.087], [0.016, 0.01, 0.011]),
      // maxilla: the body under the orbits and round the nose, with the palate
      ellipsoid([0, 1.603, 0.056], [0.036, 0.029, 0.03]),
      ellipsoid([0.024, 1.606, 0.055], [0.016, 0.02, 0.02]),
      // the lateral wall of the orbit (zygoma and greater wing of the sphenoid) behind its rim
      triangle([0.049, 1.664, 0.07], [zyg[0] - 0.002, zyg[1] + 0.008, zyg[2] - 0.008], [0.03, 1.646, 0.045], 0.003),
      // alveolar process carrying the upper teeth
      sweep(alveolarArch(upperY + 0.007, 0.002).map((at) => ({ at, a: 0.008, b: 0.0045 })), [0, 1, 0], 3, 0.003),
      // nasal bones
      capsule([0.002, 1.65, 0.094], [0.004, 1.63, 0.103], 0.005, 0.0038),
      // the orbital rims: supraorbital margin, lateral margin (frontal process of the zygoma), infraorbital margin
      ...chain([[0.008, 1.664, 0.094], [0.034, 1.668, 0.089], [0.05, 1.662, 0.077]], [0.0048, 0.0042, 0.0046]),
      capsule([0.05, 1.662, 0.077], [zyg[0] + 0.001, zyg[1] + 0.006, zyg[2] - 0.001], 0.0046, 0.0062, { axis: [0, 0, 1], factor: 0.7 }),
      ...chain([[zyg[0] - 0.004, zyg[1] + 0.006, zyg[2] + 0.004], [0.032, 1.627, 0.085], [0.017, 1.632, 0.09]], [0.0045, 0.0038, 0.0036]),
      // body of the zygoma (the cheekbone)
      ellipsoid([zyg[0] - 0.003, zyg[1], zyg[2] - 0.002], [0.009, 0.011, 0.011], turnedY(35)),
      // lateral pterygoid plate: a thin plate, its back edge turned out, hanging from the base behind the maxilla
      triangle([ptery[0] - 0.005, ptery[1] + 0.015, ptery[2] + 0.012], [ptery[0] + 0.006, ptery[1] + 0.014, ptery[2] - 0.008], [ptery[0] - 0.001, ptery[1] - 0.016, ptery[2] + 0.006], 0.0016),
      triangle([ptery[0] - 0.005, ptery[1] + 0.015, ptery[2] + 0.012], [ptery[0] - 0.001, ptery[1] - 0.016, ptery[2] + 0.006], [ptery[0] - 0.006, ptery[1] - 0.008, ptery[2] + 0.014], 0.0016),
      // the medial plate beside it
      capsule([ptery[0] - 0.009, ptery[1] + 0.012, ptery[2] + 0.004], [ptery[0] - 0.009, ptery[1] - 0.014, ptery[2] + 0.002], 0.0018),
    ],
    0.008,
  );
  const s = block;
  // the zygomatic arch: the zygoma's temporal process meeting the temporal bone's zygomatic process,
  // a bar flattened from side to side, standing free of the skull's side
  const flat = { axis: [1, 0, 0] as Vec3, factor: 0.55 };
  const archBar = smoothUnion(
    [
      ...chain([[zyg[0] + 0.003, zyg[1] - 0.001, zyg[2] - 0.009], [arch[0] - 0.001, arch[1] - 0.001, arch[2] + 0.008], [arch[0], arch[1], arch[2] - 0.008], [arch[0] - 0.002, arch[1] + 0.001, arch[2] - 0.02]], [0.0052, 0.0045, 0.0043, 0.0045], flat),
      // the root over the mandibular fossa, sweeping back as the supramastoid crest
      capsule([arch[0] - 0.002, arch[1] + 0.001, arch[2] - 0.02], [0.06, 1.624, 0.002], 0.0045, 0.004, flat),
      // articular eminence: the roll in front of the fossa, under the root
      ellipsoid(add(landmark('articular-eminence'), [0, 0.0035, -0.001]), [0.009, 0.0045, 0.005]),
      // the fossa's roof over the condyle
      ellipsoid([condyle[0] - 0.001, condyle[1] + 0.0085, condyle[2]], [0.011, 0.0035, 0.008]),
    ],
    0.003,
  );
  // upper teeth, below the alveolar process
  const teeth = smoothUnion(teethRow(upperY - 0.0035, 0, 0.0052, 0), 0.0008);
  return smoothUnion([smoothUnion([s, archBar], 0.004), teeth], 0.002);
}

/** The apex of the left orbit, where its cone narrows to the optic canal. */
export const ORBIT_APEX: V3 = [0.016, 1.641, 0.036];

/** The cranium and facial skeleton as one midline bone. */
export function skull(): Prim {
  const condyle = landmark('mandibular-condyle');
  let s = smoothUnion([cranium(), face()], 0.006);
  // orbits: a wide opening narrowing to the apex about 45 mm back
  const orbit = landmark('orbit');
  s = subtract(s, ellipsoid([orbit[0] + 0.001, orbit[1], orbit[2] + 0.008], [0.0175, 0.0155, 0.012], turnedY(-18)), 0.003);
  s = subtract(s, capsule([orbit[0], orbit[1], orbit[2] + 0.002], ORBIT_APEX, 0.0145, 0.004), 0.003);
  // nasal aperture: pear-shaped, about 32 mm tall and 24 mm wide, narrow under the nasal bones and
  // widest in its lower third, its lower border nearly straight with the anterior nasal spine in the
  // middle; deep enough to open into the dark of the nasal cavity. Its widest sections lie at the
  // face's surface (z about 0.08): centred further forward, the ellipsoids had narrowed there to
  // 16 mm, and the aperture read as a small hole in a wall of maxilla
  s = subtract(
    s,
    smoothUnion([ellipsoid([0, 1.619, 0.092], [0.0075, 0.012, 0.032]), ellipsoid([0, 1.6035, 0.09], [0.0132, 0.0105, 0.03]), ellipsoid([0, 1.5985, 0.09], [0.0122, 0.0058, 0.028])], 0.007),
    0.0015,
  );
  s = smoothUnion([s, capsule([0, 1.5945, 0.082], [0, 1.5945, 0.092], 0.0022, 0.0012)], 0.002);
  // the mandibular fossa: room for the condyle under the root of the arch
  s = subtract(s, ellipsoid([condyle[0] - 0.001, condyle[1] + 0.001, condyle[2] - 0.001], [0.0112, 0.0062, 0.0068], turnedY(-15)), 0.0015);
  return symmetric(s);
}

/** Points of the mandible's left half, from the standard landmarks. */
function mandiblePoints() {
  const angle = landmark('mandible-angle');
  const cor = landmark('coronoid');
  const condyle = landmark('mandibular-condyle');
  const molarY = landmark('lower-molars')[1];
  return {
    angle,
    cor,
    condyle,
    molarY,
    /** top of the condylar neck, under the head */
    neck: [condyle[0] - 0.001, condyle[1] - 0.009, condyle[2] - 0.001] as V3,
    /** lowest point of the mandibular notch */
    notch: landmark('mandibular-notch'),
    /** where the anterior border of the ramus meets the body, lateral to the last molar */
    anteriorFoot: [0.043, molarY - 0.012, 0.047] as V3,
  };
}

/**
 * The mandible: body swept round the arch (the lower border rising from the chin to the angle), lower
 * teeth on its alveolar border, and the ramus as a thin web between its thick posterior border (angle
 * to the condylar neck and the condyle) and its anterior border (to the coronoid process), the
 * mandibular notch between coronoid and condyle.
 */
export function mandible(): Prim {
  const { angle, cor, condyle, molarY, neck, notch, anteriorFoot } = mandiblePoints();
  const chin = landmark('chin');
  // body: section tall (a, vertical) and thin (b); centres under the alveolar border
  const body = sweep(
    [
      { at: [angle[0] - 0.002, angle[1] + 0.004, angle[2] + 0.008], a: 0.008, b: 0.0038 },
      { at: [0.045, molarY - 0.015, 0.038], a: 0.012, b: 0.005 },
      { at: [0.038, molarY - 0.018, 0.05], a: 0.015, b: 0.0058 },
      { at: [0.023, molarY - 0.019, 0.073], a: 0.0155, b: 0.006 },
      { at: [0.0, molarY - 0.0215, chin[2] - 0.005], a: 0.0165, b: 0.0068 },
    ],
    [0, 1, 0],
    4,
    0.003,
  );
  const lowerTeeth = smoothUnion(teethRow(molarY + 0.0025, 0.085, 0.0048, 0.075), 0.0008);
  // the ramus: borders as capsules and a thin web between them
  const web = 0.0016;
  const lowAngle: V3 = [angle[0], angle[1] - 0.002, angle[2] + 0.002];
  const lowBorder: V3 = [0.046, molarY - 0.023, 0.036];
  const ramus = [
    capsule(lowAngle, neck, 0.0042, 0.0036, { axis: [1, 0, 0], factor: 0.7 }),
    capsule(anteriorFoot, [cor[0], cor[1] - 0.004, cor[2] + 0.001], 0.0036, 0.0022, { axis: [1, 0, 0], factor: 0.65 }),
    capsule([cor[0], cor[1] - 0.004, cor[2] + 0.001], cor, 0.0022, 0.0018),
    capsule(cor, notch, 0.0016, 0.0017),
    capsule(notch, neck, 0.0017, 0.003),
    triangle(lowAngle, neck, notch, web),
    triangle(lowAngle, notch, cor, web),
    triangle(lowAngle, cor, anteriorFoot, web),
    triangle(lowAngle, anteriorFoot, lowBorder, web * 1.3),
    // the inferior border behind the body, rising to the angle: with the posterior border leaning back
    // some 9° the gonial angle is near 122° (adult means 121–125° ± 7°: Rehman et al. 2020, J Coll
    // Physicians Surg Pak 30:355, panoramic; about 121° cephalometric in the same range)
    capsule(lowAngle, lowBorder, 0.0034, 0.0042, { axis: [1, 0, 0], factor: 0.75 }),
  ];
  const parts: Prim[] = [
    body,
    lowerTeeth,
    smoothUnion(ramus, 0.002),
    // condylar neck and head: the head wide from side to side, its long axis turned back at the medial pole
    capsule(neck, [condyle[0], condyle[1] - 0.003, condyle[2]], 0.0032, 0.004, { axis: [0, 0, 1], factor: 0.75 }),
    ellipsoid(condyle, [0.0098, 0.0048, 0.0052], turnedY(-15)),
    // the mental protuberance
    ellipsoid([0.0, chin[1] + 0.001, chin[2] - 0.006], [0.012, 0.008, 0.006]),
    sphere([0.011, chin[1] + 0.001, chin[2] - 0.009], 0.0045),
  ];
  return symmetric(smoothUnion(parts, 0.003));
}

/** Named points of the mandible used by tests and muscle definitions (left side). */
export function mandibleFeatures(): { notch: V3; neck: V3; anteriorFoot: V3 } {
  const { notch, neck, anteriorFoot } = mandiblePoints();
  return { notch, neck, anteriorFoot };
}

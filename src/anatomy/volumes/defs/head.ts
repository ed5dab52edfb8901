/**
 * The muscles of mastication as volumes, left side, deepest first: the lateral and medial pterygoids
 * in the infratemporal fossa between the pterygoid plate and the mandible, the temporalis as a fan
 * from the arch of the temporal lines converging under the zygomatic arch onto the coronoid process, then the
 * masseter over the ramus from the arch to the angle. `across` follows each origin line from its
 * first anchor: temporalis and masseter anterior → posterior (the masseter's deep part posterior),
 * pterygoids upper → lower.
 */
import type { VolumeDef } from '../types';
import { estimate } from './estimate';

const MASTICATION: VolumeDef[] = [
  {
    id: 'lateral-pterygoid',
    architecture: 'multi-headed',
    heads: 2,
    // upper head from the infratemporal surface of the greater wing, lower head from the lateral face of the plate
    origin: {
      bones: ['skull'],
      line: [
        { lm: 'lateral-pterygoid-plate', off: [0.01, 0.011, 0.006] },
        { lm: 'lateral-pterygoid-plate', off: [0.004, 0.003, 0.003] },
        { lm: 'lateral-pterygoid-plate', off: [0.003, -0.007, 0.004] },
      ],
    },
    // pterygoid fovea on the front of the condylar neck, the upper fibres to the joint's disc and capsule
    insertion: {
      bones: ['mandible'],
      line: [{ lm: 'mandibular-condyle', off: [-0.005, -0.009, 0.005] }, { lm: 'mandibular-condyle', off: [-0.004, -0.014, 0.005] }],
    },
    thickness: 0.014,
    tendon: [0.04, 0.12],
    hug: false,
    over: [],
    volume: estimate(7, 'adult lateral pterygoid about 6–9 cm³ in jaw-muscle MRI and dissection series; the smallest of the four masticatory muscles'),
    cell: 0.0018,
    triangles: 1000,
  },
  {
    id: 'medial-pterygoid',
    architecture: 'quadrilateral',
    // deep head from the medial face of the lateral plate (pterygoid fossa), superficial head from the maxillary tuberosity
    origin: {
      bones: ['skull'],
      line: [{ lm: 'lateral-pterygoid-plate', off: [-0.004, 0.008, -0.001] }, { lm: 'lateral-pterygoid-plate', off: [-0.002, -0.012, 0.004] }],
    },
    // the rough medial face of the ramus above the angle
    insertion: {
      bones: ['mandible'],
      line: [{ lm: 'mandible-angle', off: [-0.006, 0.022, 0.01] }, { lm: 'mandible-angle', off: [-0.005, 0.004, 0.006] }],
    },
    thickness: 0.012,
    tendon: [0.05, 0.06],
    hug: false,
    over: ['lateral-pterygoid'],
    volume: estimate(10, 'adult medial pterygoid about 8–12 cm³ in CT and MRI series of the jaw muscles (Xu et al. 1994, Dentomaxillofac Radiol 23:154 measured it with the masseter)'),
    cell: 0.0018,
    triangles: 1000,
  },
  {
    id: 'temporalis',
    architecture: 'fan',
    // the temporal fossa up to the inferior temporal line, anterior border first
    origin: {
      bones: ['skull'],
      // the inferior temporal line arches from the frontal bone's zygomatic process up over the
      // parietal and down towards the supramastoid crest: the fan's wide, rounded upper border
      line: [
        { at: [0.052, 1.652, 0.058] },
        { at: [0.058, 1.684, 0.042] },
        { at: [0.065, 1.7, 0.016] },
        { lm: 'temporal-line', off: [0.0, 0.01, -0.01] },
        { at: [0.069, 1.686, -0.03] },
        { at: [0.066, 1.664, -0.036] },
        // down behind to the supramastoid crest above the ear: the posterior fibres run almost
        // horizontally forward and fill the back of the fossa above the root of the arch
        { at: [0.065, 1.64, -0.028] },
      ],
    },
    // coronoid process, its medial face and the front border of the ramus
    insertion: {
      bones: ['mandible'],
      line: [{ lm: 'coronoid', off: [-0.001, -0.012, 0.007] }, { lm: 'coronoid', off: [0.0, 0.0, 0.001] }, { lm: 'mandibular-notch', off: [-0.001, 0.004, 0.004] }],
    },
    // through the gap between the zygomatic arch and the side of the skull, along most of the arch
    via: [[{ at: [0.054, 1.63, 0.046] }, { at: [0.056, 1.632, 0.03] }, { at: [0.056, 1.632, 0.02] }, { at: [0.057, 1.634, 0.012] }, { at: [0.059, 1.636, 0.004] }]],
    thickness: 0.008,
    tendon: [0.02, 0.24],
    tendonRadius: 0.0018,
    hug: true,
    over: [],
    // not sized: no volume series at hand, and resizing this thin, wide fan breaks it up. Filling the
    // fossa down to the arch, an 8 mm belly gives 42 cm³: about 50 cm² of fossa at the 0.88 cm mean
    // resting thickness measured by ultrasound in 160 healthy adults (Koruyucu AN, Aşantoğrol F,
    // temporal and masseter thickness reference values) thinning to its borders (estimate)
    volume: null,
    // a fine grid keeps the thin posterior fan, a few cells thick, from being smoothed away
    cell: 0.0015,
    triangles: 1900,
  },
  {
    id: 'masseter',
    architecture: 'multi-headed',
    heads: 2,
    // the deep part is the posterior third of the origin, the groove between the parts at its front
    // (`across` anterior → posterior on the arch; below, front of the angle → angle → up the ramus)
    grooves: [0.68],
    // superficial part by a strong aponeurosis from the zygomatic process of the maxilla and the lower
    // border of the anterior two-thirds of the arch; deep part from the posterior third and the deep
    // surface of the arch, ending in front of the articular eminence so the joint stays bare (Gray's
    // Anatomy, the muscles of mastication)
    origin: {
      bones: ['skull'],
      line: [
        { lm: 'zygoma', off: [-0.002, -0.013, -0.002] },
        { lm: 'zygoma', off: [0.004, -0.012, -0.014] },
        { lm: 'zygomatic-arch', off: [0.0, -0.007, 0.008] },
        { lm: 'zygomatic-arch', off: [0.0, -0.007, -0.006] },
        { lm: 'zygomatic-arch', off: [-0.004, -0.006, -0.014] },
      ],
    },
    // superficial fibres down and back to the lower border in front of the angle (under the 2nd–3rd
    // molars), the angle and the lower posterior border; the deep fibres, more vertical, to the upper
    // lateral ramus below the condylar neck
    insertion: {
      bones: ['mandible'],
      line: [
        { lm: 'mandible-angle', off: [-0.002, -0.021, 0.036] },
        { lm: 'mandible-angle', off: [0.0, -0.013, 0.018] },
        { lm: 'mandible-angle', off: [0.002, -0.008, -0.002] },
        { lm: 'mandible-angle', off: [0.003, 0.008, -0.005] },
        { lm: 'mandible-angle', off: [0.002, 0.03, 0.005] },
      ],
    },
    // held off the lower lateral ramus, so the belly is fullest over it and not where it meets the bone
    via: [[{ at: [0.053, 1.561, 0.051] }, { at: [0.055, 1.566, 0.04] }, { at: [0.058, 1.57, 0.028] }, { at: [0.059, 1.579, 0.021] }, { at: [0.059, 1.588, 0.02] }, { at: [0.058, 1.597, 0.02] }]],
    thickness: 0.012,
    // thickest (about 1 cm relaxed) over the lower middle of the ramus, thinning to the aponeurosis at the arch
    belly: { at: 0.75, ends: 0.2 },
    edges: 0.4,
    tendon: [0.12, 0.02],
    // a free belly, not draped on the bone: its front border stands off the teeth over the buccal fat
    // as one straight oblique edge from the zygoma to the front of the angle (hugging, it sank onto the
    // alveolar bone in front of the ramus and its front border ran straight down the ramus)
    hug: false,
    // the cheek over it is thin in the skin model: a 2 mm margin lets it reach its cited volume
    skinMargin: 0.002,
    // small pads on the footprints, so the belly thins to its aponeurosis along the arch
    endPad: 0.003,
    over: ['temporalis', 'medial-pterygoid', 'lateral-pterygoid'],
    volume: estimate(24, 'adult masseter about 20–30 cm³ in MRI series; relaxed thickness about 10 mm in men (Kiliaridis & Kälebo 1991, J Dent Res 70:1262)'),
    cell: 0.002,
    triangles: 1600,
  },
];

/**
 * The scalp as a volume, left half: the occipitofrontalis, one sheet in the scalp over the vault from
 * the superior nuchal line over the top of the skull to the eyebrows, its occipital and frontal bellies
 * joined by the galea aponeurotica, drawn as tendon between them. `along` 0 at the nuchal line, 1 at
 * the eyebrows; `across` medial (the midline, where the two halves of the galea meet) → lateral.
 * The braincase is hollow and the scalp thin (under a centimetre of skin above the vault, half that in
 * skin-field units): laid on the bone, the sheet kept only pieces low on the side of the vault. So it
 * is laid under the skin (underSkin), and its two ends lie in the scalp 3 mm under the skin over the
 * nuchal line and the brows instead of diving to the bone; it is thicker than the real 1–3 mm sheet
 * (and the galea than a fascia) so its surface closes on 1 mm cells.
 */
export const SCALP: VolumeDef[] = [
  {
    id: 'occipitofrontalis',
    architecture: 'quadrilateral',
    // occipital belly from the lateral two-thirds of the superior nuchal line (in the scalp over it)
    origin: { bones: ['skull'], underSkin: 0.003, line: [{ lm: 'inion', off: [0.012, 0.006, 0.002] }, { lm: 'superior-nuchal-line', off: [0.01, 0.002, 0.006] }] },
    // frontal belly into the skin of the eyebrows, over the supraorbital margin from beside the glabella outwards
    insertion: { bones: ['skull'], underSkin: 0.003, line: [{ lm: 'glabella', off: [0.006, 0.008, -0.002] }, { lm: 'supraorbital', off: [0.014, 0.006, -0.01] }] },
    // over the vault: behind, on top and in front, each line medial → lateral
    // (3 mm out from the vault: the braincase is hollow, so a fibre must never cut through it)
    // and down the side of the vault to just above the temporal lines, where the galea passes on into
    // the temporoparietal fascia over the temporalis (each lateral anchor midway between vault and skin)
    via: [
      [{ at: [0.012, 1.665, -0.106] }, { at: [0.046, 1.665, -0.087] }, { at: [0.049, 1.66, -0.08] }],
      [{ at: [0.012, 1.721, -0.097] }, { at: [0.046, 1.714, -0.084] }, { at: [0.055, 1.695, -0.078] }],
      [{ at: [0.012, 1.749, -0.048] }, { at: [0.046, 1.736, -0.041] }, { at: [0.069, 1.712, -0.038] }],
      [{ at: [0.012, 1.753, 0.0] }, { at: [0.046, 1.736, 0.0] }, { at: [0.066, 1.713, 0.0] }],
      [{ at: [0.012, 1.747, 0.047] }, { at: [0.046, 1.730, 0.038] }, { at: [0.062, 1.707, 0.036] }],
      [{ at: [0.012, 1.715, 0.087] }, { at: [0.046, 1.705, 0.069] }, { at: [0.052, 1.688, 0.066] }],
    ],
    thickness: 0.0055,
    tendon: [0.02, 0.02],
    // the galea aponeurotica: from a few centimetres above the nuchal line to the hairline
    midTendon: [0.16, 0.7],
    tendonRadius: 0.0024,
    hug: true,
    // draped under the skin of the scalp, its outer face 0.4 mm under it
    underSkin: 0.0004,
    skinMargin: 0.0003,
    maxFibres: 60,
    // its lateral edge comes down over the upper border of the temporalis
    over: ['temporalis'],
    // not sized: a sheet whose bellies are 2–3 mm thick (estimate); sizing would thicken the galea too
    volume: null,
    cell: 0.001,
    triangles: 1200,
  },
];

/** Nothing of the scalp is pending now (the occipitofrontalis is in SCALP, built with HEAD). */
export const SCALP_PENDING: VolumeDef[] = [];

/**
 * The floor of the mouth, left side: the digastric, two bellies joined by an intermediate tendon slung
 * to the hyoid, from the mastoid notch medial to the mastoid, down and forward under the angle of the
 * mandible, through its loop beside the hyoid, and forward to the digastric fossa beside the chin.
 * `along` 0 at the mastoid, 1 at the chin; `across` upper → lower edge of the origin.
 */
export const FLOOR_OF_MOUTH: VolumeDef[] = [
  {
    id: 'digastric',
    architecture: 'strap',
    // the mastoid notch, on the inner side of the mastoid process
    origin: { bones: ['skull'], line: [{ lm: 'mastoid', off: [-0.01, -0.002, 0.002] }, { lm: 'mastoid', off: [-0.012, -0.006, -0.004] }] },
    // the digastric fossa on the inner side of the lower border of the mandible, beside the symphysis
    insertion: { bones: ['mandible'], line: [{ lm: 'chin', off: [0.008, -0.006, -0.012] }, { lm: 'chin', off: [0.015, -0.005, -0.014] }] },
    // medial to the angle, then the loop on the hyoid at the junction of its body and greater horn, then forward
    via: [
      [{ at: [0.033, 1.548, -0.006] }, { at: [0.034, 1.544, -0.008] }],
      [{ at: [0.026, 1.518, 0.016] }, { at: [0.027, 1.515, 0.014] }],
      [{ at: [0.017, 1.498, 0.036] }, { at: [0.018, 1.496, 0.034] }],
      [{ at: [0.012, 1.502, 0.058] }, { at: [0.014, 1.5, 0.056] }],
    ],
    thickness: 0.011,
    tendon: [0.05, 0.05],
    // the intermediate tendon through its fibrous loop on the hyoid
    midTendon: [0.52, 0.66],
    tendonRadius: 0.0018,
    hug: false,
    over: ['medial-pterygoid'],
    volume: estimate(7, 'posterior belly about 3–5 cm³ and anterior belly about 2–3 cm³ in adult dissection and CT series of the suprahyoid muscles'),
    cell: 0.0015,
    triangles: 460,
  },
];

/**
 * Points round the orbit for the orbicularis oculi: at each angle (degrees, 0 lateral, 90 up, on the
 * left side +x is lateral), a radial line from the lid margin (across 0) out to past the orbital margin
 * (across 1), in the plane of the face in front of the orbit; the fibres are then draped under the skin.
 * `inner` and `outer` are [lateral, medial, up, down] half-widths in metres.
 */
const ORBIT_CENTRE: [number, number, number] = [0.037, 1.647, 0.094];
function orbitLine(deg: number, inner: readonly number[], outer: readonly number[]): { at: [number, number, number] }[] {
  const a = (deg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  const r = (h: readonly number[]) => [c >= 0 ? h[0]! : h[1]!, s >= 0 ? h[2]! : h[3]!] as const;
  const [ix, iy] = r(inner), [ox, oy] = r(outer);
  // the face curves back laterally: the lateral canthus and the lateral rim lie deeper than the medial
  const z = (x: number) => ORBIT_CENTRE[2] - Math.max(0, x) * 0.22;
  return [
    { at: [ORBIT_CENTRE[0] + ix * c, ORBIT_CENTRE[1] + iy * s, z(ix * c)] },
    { at: [ORBIT_CENTRE[0] + ox * c, ORBIT_CENTRE[1] + oy * s, z(ox * c)] },
  ];
}
/** The palpebral fissure (lid margins) and the outer edge of the orbital part round it. */
const LIDS = [0.014, 0.012, 0.005, 0.004] as const;
const ORBITAL_EDGE = [0.025, 0.02, 0.021, 0.019] as const;

/**
 * The muscles of facial expression, left side, in the subcutaneous tissue over the bones.
 *
 * The orbicularis oculi is a flat elliptical ring, and its fibres run round the eye: the palpebral part
 * from the medial palpebral ligament across the lids to the lateral palpebral raphe, where the upper and
 * lower arcs meet, the orbital part in complete ellipses from the frontal process of the maxilla and the
 * nasal part of the frontal bone round the orbital margin and back. So it is built as a closed loop of
 * fibres: origin and insertion are the same radial line at the medial canthus (on the frontal process
 * of the maxilla, lid margin → past the orbital margin), and the via lines go round the orbit over the
 * top, down the lateral side, under the lower lid and back. `along` runs round the loop from the medial
 * canthus (over the top first: 0.4 lies above the eye, just lateral of the top), `across` from the lid
 * margin (palpebral part, across 0 to about 0.4) out to the edge of the orbital part beyond the margin.
 * Laid under the skin like the scalp: there is no eyeball in the model, and the orbit behind the lids is
 * empty.
 *
 * The zygomaticus major is a strap a centimetre wide from the zygomatic bone down, forward and medially
 * over the front edge of the masseter and the buccal fat to the modiolus beside the corner of the mouth,
 * laid under the skin; `along` 0 at the zygoma, `across` upper → lower edge. Its end at the modiolus
 * (soft tissue, 4 mm under the skin) is the generator's round end pad: the knot where the muscles of the
 * corner of the mouth meet.
 */
export const FACE: VolumeDef[] = [
  {
    id: 'orbicularis-oculi',
    architecture: 'quadrilateral',
    // the medial palpebral ligament and the frontal process of the maxilla beside the medial canthus
    // (the anterior lacrimal crest at the medial orbital margin, out onto the side of the nose)
    origin: { bones: ['skull'], line: [{ at: [0.022, 1.648, 0.094] }, { at: [0.012, 1.648, 0.1] }] },
    // round the orbit and back to the same attachment, just below where the loop began
    insertion: { bones: ['skull'], line: [{ at: [0.022, 1.645, 0.094] }, { at: [0.012, 1.645, 0.1] }] },
    // over the upper lid and the brow first (more lines there, so the upper half takes more of `along`),
    // down past the lateral canthus, under the lower lid back to the medial canthus
    via: [150, 120, 100, 80, 60, 30, 0, -60, -120].map((d) => orbitLine(d, LIDS, ORBITAL_EDGE)),
    fibres: 14,
    thickness: 0.0026,
    tendon: [0.03, 0.03],
    tendonRadius: 0.0012,
    hug: true,
    underSkin: 0.0004,
    skinMargin: 0.0003,
    // the orbital part interlaces with the frontal belly at the brow: kept out of it
    over: ['occipitofrontalis'],
    // sized as a ring of about 15 cm² (the palpebral fissure about 3 × 1 cm, the orbital part reaching
    // a centimetre beyond the orbital margin) 1 mm thick in the lids and 2–3 mm round the margin; built
    // thicker than that in the lids, so its surface closes on 1 mm cells
    volume: estimate(3.5, 'a ring of about 15 cm² round the palpebral fissure, about 1 mm thick in the lids and 2–3 mm over the orbital margin in dissection and ultrasound descriptions'),
    // fine cells: sized to its volume the ring is under 3 mm thick
    cell: 0.0007,
    triangles: 1100,
  },
  {
    id: 'zygomaticus-major',
    architecture: 'strap',
    // the lateral face of the zygomatic bone in front of the zygomaticotemporal suture, at the upper
    // margin of its temporal process (Sarilita et al. 2021, Morphologie 105:24), a centimetre wide
    origin: { bones: ['skull'], line: [{ lm: 'zygoma', off: [0.004, 0.007, -0.005] }, { lm: 'zygoma', off: [0.007, -0.003, -0.011] }] },
    // the modiolus, lateral to the corner of the mouth, in the skin over it (soft tissue, no bone)
    insertion: { bones: ['skull'], underSkin: 0.004, line: [{ lm: 'mouth-corner', off: [0.009, 0.003, -0.004] }, { lm: 'mouth-corner', off: [0.01, -0.002, -0.004] }] },
    // down and forward over the front edge of the masseter and the buccal fat, straight for the modiolus
    // (each line upper → lower edge; draped under the skin, so only their place in the face counts)
    via: [
      [{ at: [0.05, 1.605, 0.072] }, { at: [0.053, 1.597, 0.068] }],
      [{ at: [0.042, 1.578, 0.08] }, { at: [0.045, 1.572, 0.077] }],
    ],
    thickness: 0.0026,
    tendon: [0.05, 0.05],
    tendonRadius: 0.0013,
    hug: true,
    underSkin: 0.0006,
    skinMargin: 0.0004,
    // over the anterosuperior border of the masseter (Sarilita et al. 2021)
    over: ['masseter'],
    volume: estimate(2, 'a strap 45–50 mm long and 8.5–9 mm wide in 51 fixed cadavers (Stoltidou et al. 2011, Can J Plast Surg 19 suppl A:158A), longer (6–7 cm) from the zygoma to the modiolus in the living face, and 2–3 mm thick', 0.5),
    cell: 0.0008,
    // (800 before the orbicularis oris was added beside it: the strap keeps its shape at 500)
    triangles: 500,
  },
];

/** The head muscles switched over: the masticatory muscles, the scalp, then the face over them. */
export const HEAD: VolumeDef[] = [...MASTICATION, ...SCALP, ...FACE];

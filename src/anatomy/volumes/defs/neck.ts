/**
 * Neck muscles as volumes, left side, deepest first: the anterior scalene from the cervical
 * transverse processes to rib 1, the middle scalene behind it from the posterior tubercles of C2–C7 to
 * the first rib behind the subclavian groove, the posterior scalene behind that from C4–C6 to the outer
 * face of rib 2, then the sternocleidomastoid over them from the manubrium and the clavicle to the mastoid
 * and the superior nuchal line. The middle and posterior scalenes arise on the posterior tubercles,
 * whose processes are about 7 mm deep front to back: their end pads are 2.5 mm (endPad), not the
 * generator's 5.5 mm, else the pads of two muscles on one process overlap whatever the offsets.
 * `across` follows each origin line from its first anchor: scalenes from the upper level down,
 * sternocleidomastoid sternal head (front border, to the mastoid's tip) → clavicular head (back border,
 * to the nuchal line).
 */
import type { VolumeDef } from '../types';
import { estimate } from './estimate';

/** The neck muscles switched over to the volume generator. */
export const NECK: VolumeDef[] = [
  {
    id: 'anterior-scalene',
    architecture: 'strap',
    // anterior tubercles of the transverse processes of C3–C6
    origin: {
      bones: ['cervical-spine'],
      line: [{ lm: 'c3-transverse', off: [-0.002, 0, 0.008] }, { lm: 'c6-transverse', off: [-0.002, 0, 0.008] }],
    },
    // scalene tubercle on the inner border of the first rib
    insertion: { bones: ['ribs'], line: [{ between: ['rib-1-anterior', 'rib-1-lateral'], t: 0.3, off: [0, 0.004, 0] }, { between: ['rib-1-anterior', 'rib-1-lateral'], t: 0.4, off: [0, 0.004, 0] }] },
    thickness: 0.007,
    tendon: [0.08, 0.08],
    tendonRadius: 0.0015,
    hug: false,
    over: [],
    volume: estimate(11, 'adult anterior scalene about 8–14 cm³ (mass about 10 g in neck-muscle dissection series)'),
    cell: 0.002,
    triangles: 1000,
  },
  {
    id: 'middle-scalene',
    architecture: 'strap',
    // posterior tubercles of the transverse processes of C2–C7
    origin: {
      bones: ['cervical-spine'],
      line: [{ lm: 'c2-transverse', off: [0.003, 0, -0.003] }, { lm: 'c4-transverse', off: [0.003, 0, -0.003] }, { lm: 'c7-transverse', off: [0.003, 0, -0.003] }],
    },
    // upper face of the first rib behind the groove for the subclavian artery
    insertion: { bones: ['ribs'], line: [{ between: ['rib-1-anterior', 'rib-1-lateral'], t: 0.55, off: [0, 0.004, 0] }, { between: ['rib-1-anterior', 'rib-1-lateral'], t: 0.9, off: [0, 0.004, 0] }] },
    // the belly gathers beside the lower cervical transverse processes, lateral to them
    via: [[{ at: [0.045, 1.505, -0.005] }, { at: [0.05, 1.485, -0.012] }]],
    thickness: 0.011,
    tendon: [0.06, 0.06],
    tendonRadius: 0.002,
    hug: false,
    endPad: 0.0025,
    // the levator scapulae shares the upper posterior tubercles (C2–C4) behind it
    over: ['anterior-scalene', 'levator-scapulae'],
    volume: estimate(14, 'adult middle scalene about 10–18 cm³, the largest of the three'),
    cell: 0.002,
    triangles: 600,
  },
  {
    id: 'posterior-scalene',
    architecture: 'strap',
    // posterior tubercles of C4–C6, behind and below the middle scalene's slips on them
    origin: {
      bones: ['cervical-spine'],
      line: [{ lm: 'c4-transverse', off: [0.004, -0.003, -0.009] }, { lm: 'c6-transverse', off: [0.004, -0.003, -0.009] }],
    },
    // outer face of the second rib, behind the middle scalene's insertion
    insertion: { bones: ['ribs'], line: [{ lm: 'rib-2-lateral', off: [-0.008, 0.006, -0.014] }, { lm: 'rib-2-lateral', off: [-0.002, 0.006, -0.004] }] },
    // down behind the middle scalene, then out past the first rib's outer border (a straight fibre
    // runs through the rib and is cut in two there)
    via: [[{ at: [0.046, 1.48, -0.027] }], [{ at: [0.068, 1.43, -0.016] }]],
    thickness: 0.009,
    tendon: [0.08, 0.08],
    tendonRadius: 0.0015,
    hug: false,
    endPad: 0.0025,
    // it arises beside the middle scalene on the same tubercles: cut by it from close to its ends
    attachmentZone: 0.0045,
    over: ['anterior-scalene', 'middle-scalene', 'levator-scapulae'],
    volume: estimate(7, 'adult posterior scalene about 5–9 cm³, the smallest of the three'),
    cell: 0.0018,
    triangles: 500,
  },
  {
    id: 'sternocleidomastoid',
    architecture: 'multi-headed',
    heads: 2,
    // sternal head from the front of the manubrium, clavicular head from the medial third of the clavicle
    origin: {
      bones: ['sternum', 'clavicle'],
      line: [
        { lm: 'jugular-notch', off: [0.011, -0.008, 0.012] },
        { between: ['sternoclavicular', 'clavicle-mid'], t: 0.25, off: [0, 0.006, 0.002] },
        { between: ['sternoclavicular', 'clavicle-mid'], t: 0.6, off: [0, 0.006, 0] },
      ],
    },
    // the mastoid's lateral face from its tip up, and the lateral half of the superior nuchal line
    insertion: {
      bones: ['skull'],
      line: [{ lm: 'mastoid', off: [0.004, 0.004, 0.006] }, { lm: 'mastoid', off: [0.004, 0.014, -0.012] }, { lm: 'superior-nuchal-line', off: [0.012, -0.002, 0.014] }],
    },
    // up the side of the neck just under the skin, one band from its front border (sternum to the
    // mastoid's tip) to its back border (clavicle to the nuchal line); the heads join below mid-neck
    via: [
      [{ at: [0.024, 1.452, 0.048] }, { at: [0.045, 1.455, 0.04] }],
      [{ at: [0.042, 1.505, 0.024] }, { at: [0.052, 1.508, 0.002] }],
      // behind the angle of the mandible
      [{ at: [0.055, 1.552, -0.012] }, { at: [0.05, 1.56, -0.03] }],
    ],
    thickness: 0.014,
    // the skin is tight over the mastoid: a thin cut lets the band reach it
    skinMargin: 0.001,
    tendon: [0.06, 0.05],
    hug: false,
    over: ['anterior-scalene'],
    volume: estimate(45, 'mean cross-section about 512 mm² along C3–C7 in young men (Stemper et al. 2010, Aviat Space Environ Med 81:878) over a 15–16 cm tapering belly'),
    cell: 0.0025,
    triangles: 1250,
  },
];

/**
 * The back of the neck, deepest first: the suboccipitals from the axis and atlas to the occiput, the
 * semispinalis capitis from the upper thoracic transverse processes to between the nuchal lines, the
 * splenius cervicis from T3–T6 to the upper cervical transverse processes and the splenius capitis
 * over them from the nuchal ligament and upper thoracic spines to the mastoid and the superior nuchal
 * line. `across`: suboccipitals medial → lateral, semispinalis medial (thoracic) → lateral
 * (cervical), splenii upper → lower origin. The suboccipitals, the semispinalis capitis and the splenius
 * capitis are switched over; the splenius cervicis is in NECK_BACK_PENDING.
 */
export const NECK_BACK: VolumeDef[] = [
  {
    id: 'suboccipitals',
    architecture: 'quadrilateral',
    // spinous process of the axis (recti and inferior oblique) out to the transverse process of the atlas
    origin: { bones: ['cervical-spine'], line: [{ lm: 'c2-spinous', off: [0.004, 0.004, 0.0] }, { lm: 'c1-transverse', off: [-0.008, 0.0, -0.014] }] },
    // the occiput under the inferior nuchal line, medial to the mastoid
    insertion: { bones: ['skull'], line: [{ lm: 'inferior-nuchal-line', off: [-0.014, -0.006, -0.008] }, { lm: 'inferior-nuchal-line', off: [0.012, -0.01, 0.01] }] },
    thickness: 0.009,
    tendon: [0.06, 0.06],
    tendonRadius: 0.0018,
    hug: false,
    over: [],
    volume: estimate(9, 'the four suboccipital muscles together about 7–11 cm³: rectus capitis posterior major and minor and the two obliques, each a few cm³ in MRI series of the upper neck'),
    cell: 0.0018,
    triangles: 320,
  },
  {
    id: 'semispinalis-capitis',
    architecture: 'strap',
    // transverse processes of the upper thoracic vertebrae and C7 (medial fibres) and the articular
    // processes of C6–C4 (lateral); the small tendinous slips from T4–T6 are left out: laid along the
    // laminae with nothing yet built between (semispinalis thoracis and cervicis, multifidus), the
    // transverse processes cut them into pieces at every level
    origin: {
      bones: ['thoracic-spine', 'cervical-spine'],
      line: [
        { lm: 't3-spinous', off: [0.026, 0, 0.03] },
        { lm: 't1-spinous', off: [0.026, 0, 0.03] },
        { lm: 'c6-spinous', off: [0.024, 0, 0.026] },
        { lm: 'c4-spinous', off: [0.02, 0, 0.014] },
      ],
    },
    // the occipital bone between the superior and inferior nuchal lines, near the midline
    insertion: { bones: ['skull'], line: [{ lm: 'inion', off: [0.006, -0.012, 0.006] }, { lm: 'inferior-nuchal-line', off: [0.012, 0.012, -0.004] }] },
    via: [[{ at: [0.012, 1.5, -0.062] }, { at: [0.03, 1.51, -0.05] }]],
    thickness: 0.012,
    tendon: [0.06, 0.05],
    tendonRadius: 0.002,
    hug: false,
    over: ['suboccipitals', 'multifidus'],
    volume: estimate(40, 'the largest of the nape extensors on axial MRI, about 3 cm² at C3–C5 in adults, over a 13–15 cm fleshy belly from C7 to the occiput, tapering into its upper thoracic slips'),
    // fine cells: its lower slips and its edges, a few cells thick, would otherwise be softened away
    // (1500 triangles, from 1800: it lies under the splenius and the trapezius, and the model is at its byte budget)
    cell: 0.0015,
    triangles: 1500,
  },
];

/**
 * The splenius capitis, built after the upper trapezius (defs/back.ts), which cuts it (VolumeShape.cutBy)
 * without it being draped on the sheet.
 */
export const NECK_BACK_SPLENIUS: VolumeDef[] = [
  {
    id: 'splenius-capitis',
    architecture: 'quadrilateral',
    // the lower half of the nuchal ligament and the spinous processes of C7–T2: the ligament is a
    // fibrous septum from the spines to under the skin, so the origin lies in it 12 mm under the skin
    // (over the spines of C7–T2 that is on them)
    origin: {
      bones: ['cervical-spine', 'thoracic-spine'],
      underSkin: 0.012,
      line: [{ lm: 'c3-spinous', off: [0.006, 0, -0.03] }, { lm: 'c7-spinous', off: [0.006, 0, -0.02] }, { lm: 't2-spinous', off: [0.006, 0, -0.004] }],
    },
    // the lateral third of the superior nuchal line and the mastoid, under the sternocleidomastoid
    insertion: { bones: ['skull'], line: [{ lm: 'superior-nuchal-line', off: [0.004, -0.004, 0.006] }, { lm: 'mastoid', off: [0.0, 0.008, -0.01] }] },
    thickness: 0.007,
    tendon: [0.05, 0.06],
    tendonRadius: 0.002,
    // laid on the semispinalis capitis, under the sternocleidomastoid at the mastoid
    hug: true,
    // the skin of the nape is tight over the semispinalis below the nuchal line
    skinMargin: 0.0015,
    over: ['semispinalis-capitis', 'sternocleidomastoid'],
    // kept out of the upper trapezius over it, a little allowed into it (a full cut leaves it in strands;
    // 2.5-3 mm, pieces; 4 mm, it shows through the sheet, see defs/back.ts)
    cutBy: ['upper-trapezius'],
    cutSlack: 0.0035,
    // not sized: the sizing counts the pads along its 15 cm origin line and thins it to pieces; a 7 mm
    // sheet gives about 24 cm³, of the order of its 1.5–2.5 cm² cross-section at C3–C5 on neck-extensor
    // MRI over 12–15 cm (estimate)
    volume: null,
    cell: 0.002,
    triangles: 1400,
  },
];

/** Neck muscles written but not switched over yet (none at present). */
export const NECK_PENDING: VolumeDef[] = [
];

/**
 * The back of the neck written but not switched over: the splenius cervicis, laid on the semispinalis
 * capitis, falls apart under the tight skin of the nape (largest piece 41 %), with or without hugging
 * the ground. Its origin is the worst of it: the skin lies about 7 mm over the tips of the spines of
 * T3–T6, and the trapezius, the rhomboids and the serratus posterior superior, all built before it,
 * already fill that space (they share the spines). It lies deeper than all three, so it should be built
 * before them: moved, with the semispinalis capitis it lies on, into the deep back group (defs/back.ts)
 * and listed in their `over`, rather than cut out of them afterwards here.
 */
export const NECK_BACK_PENDING: VolumeDef[] = [
  {
    id: 'splenius-cervicis',
    architecture: 'strap',
    // spinous processes of T3–T6
    origin: { bones: ['thoracic-spine'], line: [{ lm: 't3-spinous', off: [0.005, 0, 0.008] }, { lm: 't6-spinous', off: [0.005, 0, 0.008] }] },
    // posterior tubercles of the transverse processes of C1–C3
    insertion: { bones: ['cervical-spine'], line: [{ lm: 'c1-transverse', off: [0.0, 0.0, -0.008] }, { lm: 'c3-transverse', off: [0.004, 0, -0.008] }] },
    via: [[{ at: [0.036, 1.44, -0.072] }, { at: [0.04, 1.43, -0.078] }]],
    thickness: 0.007,
    tendon: [0.08, 0.12],
    tendonRadius: 0.0018,
    hug: true,
    over: ['semispinalis-capitis'],
    volume: estimate(10, 'a thin strap lateral to the splenius capitis, about a third to half its size in neck-muscle dissection series'),
    cell: 0.002,
    triangles: 900,
  },
];

/**
 * The platysma, a thin sheet in the subcutaneous tissue of the neck, laid under the skin (not on the
 * ground) over the sternocleidomastoid: from the fascia over the clavicle and the upper chest, where its
 * fibres begin, up and medially over the hollow of the neck to the lower border of the mandible and the
 * skin of the lower face. Both ends lie in that fascia, 3 mm under the skin, not on bone: the clavicle
 * and the mandible's border lie 1.3–1.9 cm (skin field) under the skin, and ends dived to them wore the
 * sheet to strands. `across` medial (the chin) → lateral (the angle).
 */
export const NECK_SHEET: VolumeDef[] = [
  {
    id: 'platysma',
    architecture: 'quadrilateral',
    // the fascia over the clavicle and just below it, from its medial quarter out to near the acromion
    origin: {
      bones: ['clavicle'],
      underSkin: 0.003,
      line: [
        { between: ['sternoclavicular', 'clavicle-mid'], t: 0.2, off: [0, -0.01, 0.006] },
        { lm: 'clavicle-mid', off: [0, -0.012, 0.006] },
        { between: ['clavicle-mid', 'acromioclavicular'], t: 0.55, off: [0, -0.012, 0.004] },
      ],
    },
    // the lower border of the mandible from beside the chin back towards the angle, in the skin over it
    insertion: {
      bones: ['mandible'],
      underSkin: 0.003,
      line: [{ lm: 'chin', off: [0.018, -0.002, -0.008] }, { lm: 'mandible-body', off: [0.004, -0.004, 0] }, { lm: 'mandible-angle', off: [0.003, -0.002, 0.014] }],
    },
    // down into the hollow of the neck between the chest and the chin (a straight fibre would bridge it
    // in the air and the skin would pull its middle apart)
    via: [[{ at: [0.03, 1.468, 0.052] }, { at: [0.052, 1.472, 0.036] }, { at: [0.075, 1.476, 0.0] }]],
    // thicker than the 1–2 mm of the real sheet: thinner, its surface is not closed on these cells
    thickness: 0.0055,
    tendon: [0.02, 0.03],
    tendonRadius: 0.0014,
    hug: true,
    underSkin: 0.0004,
    skinMargin: 0.0003,
    maxFibres: 90,
    over: ['sternocleidomastoid'],
    // not sized: a sheet 1–2 mm thick over about 100 cm² (estimate); sizing would only thicken it
    volume: null,
    cell: 0.001,
    triangles: 1200,
  },
];

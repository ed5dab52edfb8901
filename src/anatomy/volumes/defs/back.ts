/**
 * The back of the trunk as volumes, left side, deepest first: multifidus in the groove beside the
 * spinous processes and quadratus lumborum between the iliac crest and the twelfth rib, the erectors
 * (longissimus thoracis, iliocostalis lumborum and thoracis) over them, the serrati posteriores, then
 * latissimus dorsi and the three parts of trapezius over everything. `across` follows the order of
 * each origin line (the dataset's trigger-point positions use the same order as the first
 * generator's definitions in ../../muscles/defs/).
 *
 * Volumes: no MRI series of every back muscle was at hand. Where a figure is given it is an estimate
 * from the muscle's cross-sectional area on axial MRI (order of magnitude of the lumbar series, e.g.
 * McGill, Santaguida and Stevens 1993, Clin Biomech 8:171–178) times its length, flagged as such,
 * with a wide tolerance.
 */
import { armPoint } from '../../figure';
import type { TissueDef, VolumeDef } from '../types';
import { estimate } from './estimate';

/** The deep back switched over: multifidus, quadratus lumborum and the erectors. */
export const BACK_DEEP: VolumeDef[] = [
  {
    id: 'multifidus',
    architecture: 'strap',
    origin: {
      bones: ['sacrum'],
      line: [{ lm: 's2-spinous', off: [0.012, -0.025, 0.008] }, { lm: 's2-spinous', off: [0.024, -0.01, 0.012] }],
    },
    insertion: { bones: ['thoracic-spine'], line: [{ lm: 't11-spinous', off: [0.005, -0.004, 0.012] }, { lm: 't11-spinous', off: [0.012, -0.004, 0.02] }] },
    via: [
      [{ lm: 'l4-spinous', off: [0.01, 0, 0.02] }, { lm: 'l4-spinous', off: [0.022, 0, 0.024] }],
      [{ lm: 'l2-spinous', off: [0.008, 0, 0.02] }, { lm: 'l2-spinous', off: [0.02, 0, 0.024] }],
    ],
    thickness: 0.024,
    tendon: [0.03, 0.05],
    hug: true,
    over: [],
    volume: estimate(70, 'lumbar multifidus cross-section of about 5 cm² at L4–L5 on axial MRI, over 18 cm from the sacrum to T11, thinning upwards', 0.5),
  },
  {
    id: 'quadratus-lumborum',
    architecture: 'quadrilateral',
    // medial (iliolumbar, L5) border first, lateral border last
    origin: {
      bones: ['hip-bone', 'lumbar-spine'],
      line: [{ lm: 'l5-transverse', off: [0.006, -0.004, 0.004] }, { between: ['psis', 'iliac-crest'], t: 0.55, off: [0, -0.002, 0.02] }],
    },
    insertion: { bones: ['lumbar-spine', 'ribs'], line: [{ lm: 'l1-transverse', off: [0.006, 0.004, 0.004] }, { lm: 'rib-12-posterior', off: [0.03, -0.01, 0.02] }] },
    thickness: 0.016,
    tendon: [0.05, 0.05],
    hug: false,
    over: [],
    volume: estimate(40, 'quadratus lumborum cross-section of about 4 cm² at L3 on axial MRI over 12 cm, less at both ends', 0.5),
  },
  {
    id: 'longissimus-thoracis',
    architecture: 'strap',
    origin: {
      bones: ['sacrum'],
      line: [{ lm: 's2-spinous', off: [0.024, 0.01, 0.006] }, { lm: 'sacrum-lateral', off: [-0.008, 0.02, -0.012] }],
    },
    insertion: { bones: ['ribs', 'thoracic-spine'], line: [{ lm: 'rib-3-posterior', off: [-0.01, 0.0, -0.004] }, { lm: 'rib-4-posterior', off: [0.0, 0.0, -0.004] }] },
    via: [
      [{ lm: 'l3-spinous', off: [0.024, 0, 0.004] }, { lm: 'l3-spinous', off: [0.044, 0, 0.01] }],
      [{ lm: 't12-spinous', off: [0.024, 0, 0.012] }, { lm: 't12-spinous', off: [0.04, 0, 0.014] }],
      [{ lm: 't7-spinous', off: [0.024, 0, 0.018] }, { lm: 't7-spinous', off: [0.038, 0, 0.022] }],
    ],
    thickness: 0.022,
    tendon: [0.06, 0.1],
    hug: true,
    over: ['multifidus'],
    volume: estimate(110, 'longissimus thoracis cross-section of about 6 cm² in the lumbar region on axial MRI, 2–3 cm² in the thorax, over 40 cm', 0.5),
  },

  {
    id: 'iliocostalis-lumborum',
    architecture: 'strap',
    origin: {
      bones: ['hip-bone'],
      line: [{ between: ['psis', 'iliac-crest'], t: 0.15, off: [0, 0.004, -0.004] }, { between: ['psis', 'iliac-crest'], t: 0.4, off: [0, 0.004, -0.004] }],
    },
    insertion: { bones: ['ribs'], line: [{ lm: 'rib-8-posterior', off: [0.022, 0, 0.0] }, { lm: 'rib-10-posterior', off: [0.03, 0, 0.0] }] },
    via: [[{ lm: 'l3-spinous', off: [0.05, 0, 0.02] }, { lm: 'l3-spinous', off: [0.07, 0, 0.03] }]],
    thickness: 0.022,
    tendon: [0.08, 0.12],
    // its tendons to the ribs thick enough to join their neighbours (a few fibres over a broad line)
    tendonRadius: 0.0045,
    hug: true,
    over: ['quadratus-lumborum', 'longissimus-thoracis', 'multifidus'],
    volume: estimate(70, 'iliocostalis lumborum cross-section of about 5 cm² at L3 on axial MRI, over 22 cm, tapering to its rib tendons', 0.5),
  },
  {
    id: 'iliocostalis-thoracis',
    architecture: 'strap',
    // from the lower ribs (along 0) up to the upper ribs
    origin: { bones: ['ribs'], line: [{ lm: 'rib-12-posterior', off: [0.018, 0.004, 0.0] }, { lm: 'rib-11-posterior', off: [0.028, 0.0, 0.0] }] },
    insertion: { bones: ['ribs'], line: [{ lm: 'rib-2-posterior', off: [0.016, 0.0, 0.0] }, { lm: 'rib-3-posterior', off: [0.024, 0.0, 0.0] }] },
    via: [[{ lm: 'rib-7-posterior', off: [0.026, 0, -0.006] }, { lm: 'rib-7-posterior', off: [0.038, 0, -0.002] }]],
    thickness: 0.012,
    tendon: [0.08, 0.1],
    hug: true,
    over: ['longissimus-thoracis', 'iliocostalis-lumborum'],
    volume: estimate(35, 'iliocostalis thoracis, a thin column of about 1.5 cm² over 25 cm on the rib angles', 0.5),
  },
];

/**
 * Latissimus dorsi over the deep back and the cuff, under the lower trapezius: a sheet from the
 * spines of T7–L4 and the posterior iliac crest, its medial part aponeurosis (the posterior layer of
 * the thoracolumbar fascia through which it arises below T12), its upper border over the inferior
 * angle of the scapula, then converging and twisting round the teres major (the posterior axillary
 * fold) into its flat tendon on the floor of the intertubercular groove.
 */
export const BACK_LATISSIMUS: VolumeDef[] = [
  {
    id: 'latissimus-dorsi',
    architecture: 'fan',
    // superior edge (T7 fibres, nearly horizontal) first, iliac fibres last
    origin: {
      bones: ['thoracic-spine', 'lumbar-spine', 'hip-bone'],
      line: [
        // (on the side of the thoracic spines, a little deeper than the tips, which the lower trapezius over it takes)
        { lm: 't7-spinous', off: [0.012, 0, 0.014] },
        { lm: 't10-spinous', off: [0.012, 0, 0.014] },
        { lm: 'l1-spinous', off: [0.008, 0, 0.006] },
        { lm: 'l4-spinous', off: [0.008, 0, 0.006] },
        { lm: 'psis', off: [0.004, 0.02, -0.002] },
        { between: ['psis', 'iliac-crest'], t: 0.6, off: [0, 0.004, -0.004] },
      ],
    },
    insertion: { bones: ['humerus'], line: [{ lm: 'bicipital-groove', off: [-0.004, -0.012, -0.004] }, { lm: 'bicipital-groove', off: [-0.004, -0.03, -0.004] }] },
    via: [
      [
        { lm: 'scapula-inferior-angle', off: [0.0, -0.012, -0.012] },
        { at: [0.12, 1.16, -0.1] },
        { at: [0.145, 1.09, -0.07] },
        { at: [0.155, 1.06, -0.03] },
      ],
      // (tried, not kept: the upper fibre's point here moved up and back along the teres major's lower
      // border, to [0.148, 1.292, -0.09] or [0.153, 1.284, -0.082], so the upper border sweeps up into the
      // posterior axillary fold instead of turning the corner round the side: it did, but the lower
      // trapezius over it came out at 114 cm³, over its band, and overlapping the rhomboid major by 5.2 %)
      [{ at: [0.16, 1.27, -0.07] }, { at: [0.17, 1.24, -0.045] }],
      [{ at: armPoint(0.05, -0.036, -0.02) }, { at: armPoint(0.07, -0.03, -0.006) }],
    ],
    thickness: 0.01,
    tendon: [0.12, 0.1],
    // the aponeurosis 6 mm thick (three cells): thinner, the sheet frays where it spreads over the erectors
    tendonRadius: 0.003,
    steadyDrape: true,
    skinMargin: 0.0015,
    sheet: true,
    triangles: 2700,
    hug: false,
    over: ['teres-major', 'iliocostalis-lumborum', 'iliocostalis-thoracis', 'longissimus-thoracis', 'infraspinatus', 'teres-minor', 'serratus-anterior'],
    volume: {
      cm3: 260,
      source: 'Holzbaur KRS et al. 2007, J Biomech 40:742–749 (MRI, 10 adults): latissimus dorsi about a tenth of the upper limb muscle volume (estimate of the fraction), × 2500 cm³ total',
      tolerance: 0.5,
    },
  },
];

/**
 * The lower and middle trapezius over the deep back, the rhomboid major and the cuff, meeting along
 * the T3–T4 border and at the root of the spine (the lower part's tendons thick enough to stay joined;
 * the middle part a sheet, see VolumeShape.sheet).
 */
export const BACK_TRAPEZIUS: VolumeDef[] = [
  {
    id: 'lower-trapezius',
    architecture: 'fan',
    // from the T3–T4 interspinous ligament, where the middle part ends, to T12
    origin: {
      bones: ['thoracic-spine'],
      line: [
        { between: ['t3-spinous', 't4-spinous'], t: 0.4, off: [0.002, 0, -0.002] },
        ...['t4-spinous', 't6-spinous', 't8-spinous', 't10-spinous', 't12-spinous'].map((lm) => ({ lm: lm as 't4-spinous', off: [0.002, 0, -0.002] as [number, number, number] })),
      ],
    },
    insertion: { bones: ['scapula'], line: [{ lm: 'scapula-spine-root', off: [0.012, 0.004, -0.006] }, { lm: 'scapula-spine-root', off: [0.004, -0.012, -0.006] }] },
    // (6.5 mm: with the root of the spine a quarter of the way down the medial border, at 8 mm the sheet
    // came out just over the estimate's band, 113 cm³)
    thickness: 0.0065,
    tendon: [0.08, 0.12],
    // (thick enough to stay over the rhomboid major's lower end where it rises over the latissimus's upper border)
    tendonRadius: 0.0043,
    hug: false,
    // the spinous line it shares with the rhomboid major beneath: a narrow zone, or the two overlap along it
    attachmentZone: 0.012,
    over: ['infraspinatus', 'iliocostalis-thoracis', 'longissimus-thoracis', 'rhomboid-major', 'latissimus-dorsi'],
    // (±60 %: its 4.3 mm tendon radius, which keeps it closed and over the rhomboid major where it rises
    // over the latissimus, makes the sheet some 9 mm thick, about half again the estimate)
    volume: estimate(70, 'lower trapezius, a sheet about 7 mm thick over some 100 cm²', 0.6),
  },
  {
    id: 'middle-trapezius',
    architecture: 'quadrilateral',
    // superior (C7) border first
    origin: { bones: ['cervical-spine', 'thoracic-spine'], line: ['c7-spinous', 't1-spinous', 't2-spinous', 't3-spinous'].map((lm) => ({ lm: lm as 'c7-spinous', off: [0.002, 0, -0.002] as [number, number, number] })) },
    insertion: {
      bones: ['scapula'],
      line: [
        { lm: 'acromion', off: [-0.008, 0.002, -0.016] },
        { between: ['acromion', 'scapula-spine-mid'], t: 0.5, off: [0, 0.002, -0.004] },
        { lm: 'scapula-spine-mid', off: [0, 0.002, -0.004] },
        { between: ['scapula-spine-mid', 'scapula-spine-root'], t: 0.5, off: [0, 0.002, -0.004] },
      ],
    },
    thickness: 0.008,
    tendonRadius: 0.004,
    tendon: [0.08, 0.04],
    steadyDrape: true,
    skinMargin: 0.0015,
    sheet: true,
    hug: true,
    // (two small holes remain where it crosses the supraspinatus near the acromion)
    // the spinous line it shares with the rhomboid major beneath: a narrow zone, or the two overlap along it
    attachmentZone: 0.012,
    over: ['lower-trapezius', 'rhomboid-major', 'rhomboid-minor', 'supraspinatus', 'infraspinatus', 'levator-scapulae', 'iliocostalis-thoracis', 'longissimus-thoracis', 'deltoid'],
    volume: estimate(100, 'middle trapezius, a sheet about 8 mm thick over some 125 cm² (the trapezoid between its 7 cm origin on C7–T3 and its 14 cm insertion on the acromion and spine, about 12 cm apart on our skeleton)', 0.5),
  },
];

/**
 * The upper (descending) trapezius: from the medial third of the superior nuchal line, the external
 * occipital protuberance and the ligamentum nuchae down to C7, its fibres descend and turn laterally
 * over the top of the shoulder (the trapezius ridge) to the posterior border of the lateral third of
 * the clavicle and the acromion, where the middle part takes over. `across` runs from the C7 (lowest,
 * near-horizontal) fibres at 0 to the occipital fibres, the free anterior border at the side of the
 * neck, at 1: the dataset's TrP1 (across 0.8) then lies in the vertical fibres of that border at the
 * top of the shoulder and TrP2 (0.45) below and lateral to it, as the literature puts them.
 *
 * Built after the semispinalis capitis and BEFORE the splenius capitis (NECK_BACK_SPLENIUS in
 * ../neck.ts), which names it in VolumeShape.cutBy (kept out of the sheet, not draped on it) with
 * cutSlack 3.5 mm: the sheet is one closed piece, 95 cm³ (cited 90), and lies behind 91 % of the
 * splenius (the splenius whole, 24 cm³). What closed it: the 2 mm tendon radius (1.8 mm left 2-10
 * non-manifold edges where the sheet pinched to nothing at the lateral end of its occipital origin,
 * x 0.03, y 1.60; 2.3 mm gave 110 cm³), the nuchal-line anchor 15 mm medial and 3 mm down (at 14 or
 * 16 mm, or level with the landmark, the pinch stayed), skin margin 1.6 mm. With the thicker sheet the
 * splenius needs the 3.5 mm slack to stay whole (2.5-3 mm: largest piece 75 %; 4 mm: whole, but only
 * 86 % behind the sheet); tried and worse: the splenius 3 mm under the skin (pieces, 87 % behind), its
 * origin 13-15 mm under the skin (pieces), a 7 mm end pad on the sheet (still open). Its `over` below
 * no longer names the splenius. Built the other way round, over the splenius, the sheet had a hole
 * and 10–24 open edges beside the midline of the upper nape, where the splenius comes within 3–5 mm
 * of the skin (the fibres, too thick for the room left, folded round under it; thinner or finer sheets,
 * via rows, a longer origin tendon did not close it); with the splenius draped on the sheet instead,
 * the splenius fell apart on the sheet's edges (largest piece 84 %). Its origin: in the ligamentum
 * nuchae just under the skin of the nape (anchored on the spines with z offsets; projected from the
 * spines, 4–5 cm deep, the footprint zigzagged to the side of the neck), and on the medial third of
 * the superior nuchal line (its anchor 15 mm medial of the landmark, clear of the splenius's and the
 * sternocleidomastoid's insertions lateral to it).
 */
export const BACK_UPPER_TRAPEZIUS: VolumeDef[] = [
  {
    id: 'upper-trapezius',
    architecture: 'fan',
    // inferior (C7) border first, superior (occipital) border, the free anterior border, last. The
    // ligamentum nuchae is a fibrous septum from the cervical spines (4–5 cm deep on our figure) to
    // under the skin of the nape; the trapezius arises from its posterior edge, so the origin lies in it
    // under the skin; at the occiput, where the scalp is 13–16 mm thick, that is on the nuchal line
    origin: {
      bones: ['cervical-spine', 'skull'],
      underSkin: 0.006,
      line: [
        { lm: 'c7-spinous', off: [0.003, 0.004, -0.03] },
        { lm: 'c5-spinous', off: [0.003, 0, -0.045] },
        { lm: 'c3-spinous', off: [0.003, 0, -0.045] },
        { lm: 'c2-spinous', off: [0.003, 0, -0.035] },
        { lm: 'inion', off: [0.006, -0.004, 0.0] },
        { lm: 'superior-nuchal-line', off: [-0.015, -0.003, 0] },
      ],
    },
    // the C7 fibres to the medial edge of the acromion (beside the middle part), the occipital fibres
    // to the posterior border of the clavicle a third of the way in from its lateral end
    insertion: {
      bones: ['scapula', 'clavicle'],
      line: [{ lm: 'acromion', off: [-0.008, 0.004, -0.014] }, { lm: 'acromioclavicular', off: [0, 0.004, -0.004] }, { between: ['clavicle-mid', 'acromioclavicular'], t: 0.35, off: [0, 0.004, -0.004] }],
    },
    // draped on the skin of the nape and the shoulder (VolumeShape.underSkin): the splenius capitis and
    // the levator scapulae come within 4 mm of the skin at the side of the neck, where it thins to a
    // couple of millimetres; over the top of the shoulder it has its full thickness
    underSkin: 0.0012,
    thickness: 0.01,
    tendon: [0.05, 0.06],
    tendonRadius: 0.002,
    steadyDrape: true,
    skinMargin: 0.0016,
    sheet: true,
    hug: true,
    cell: 0.0011,
    attachmentZone: 0.008,
    over: ['middle-trapezius', 'rhomboid-minor', 'levator-scapulae', 'semispinalis-capitis', 'sternocleidomastoid', 'supraspinatus', 'deltoid'],
    volume: estimate(90, 'upper trapezius, about 1 cm thick over the top of the shoulder, thinner over the nape, some 90 cm²', 0.5),
    triangles: 1600,
  },
];

/**
 * Written, not switched over yet (the first generator keeps them), each tried as a sheet (see
 * VolumeShape.sheet): the serrati posteriores are one piece at a 1.5 mm cell but twice their volume
 * and overlap the erectors at their spinous origins. Tried again with the per-muscle end pad: the
 * inferior one at the end of BACK_DEEP (and named in the latissimus's `over`), endPad 3 mm, attachment
 * zone 6 mm, tendon radius 1.2 mm (thickness 2.5 mm, origin tendon a quarter) or 1.8 mm (3.5 mm, a
 * sixth): sized down to its 12 cm³ it falls apart (largest piece 20 % and 28 %, 5 and 0 cm³ kept);
 * it needs a cell finer than 1.5 mm or a thicker sheet left unsized. Tried at the end of BACK_DEEP with
 * 1 mm cells: with the default tendon radius (2.5 mm, more than the 1.25 mm belly radius, so every fibre
 * is at least 5 mm thick) it is one piece but 51 of 12 cm³; with a tendon radius of 1, 1.6 or 2 mm
 * (thickness 3–4 mm) it falls apart again (largest piece 47, 79 and 76 %; 9, 17 and 29 cm³ kept).
 * Tried at the end of BACK_DEEP softened only round its pinched edges (softenLocally): in 0.8 mm cells
 * with a 0.7 mm tendon radius and a 1.5 mm sheet it is one piece (94 %) of 17 cm³, but no simplified
 * mesh of it stays closed (at 900–1440 triangles asked it keeps all of its 93,000), far over the
 * model's budget; 1 mm cells fell apart, thicker sheets came to 23–62 cm³.
 * Deepest first, in the order they would join VOLUME_DEFS.
 */
export const BACK_PENDING: VolumeDef[] = [
  {
    id: 'serratus-posterior-inferior',
    architecture: 'quadrilateral',
    origin: { bones: ['thoracic-spine', 'lumbar-spine'], line: [{ lm: 't11-spinous', off: [0.004, 0, 0.002] }, { lm: 'l2-spinous', off: [0.004, 0, 0.002] }] },
    insertion: { bones: ['ribs'], line: [{ lm: 'rib-9-posterior', off: [0.05, 0, 0.008] }, { lm: 'rib-12-posterior', off: [0.04, -0.01, 0.012] }] },
    thickness: 0.0025,
    tendon: [0.25, 0.06],
    steadyDrape: true,
    cell: 0.0015,
    sheet: true,
    hug: true,
    over: ['longissimus-thoracis', 'iliocostalis-lumborum', 'iliocostalis-thoracis', 'multifidus'],
    volume: estimate(12, 'a thin sheet about 2–3 mm thick over some 40 cm², half of it aponeurosis', 0.5),
  },
  {
    id: 'serratus-posterior-superior',
    architecture: 'quadrilateral',
    origin: { bones: ['cervical-spine', 'thoracic-spine'], line: [{ lm: 'c7-spinous', off: [0.004, 0, 0.002] }, { lm: 't3-spinous', off: [0.004, 0, 0.002] }] },
    insertion: { bones: ['ribs'], line: [{ lm: 'rib-2-posterior', off: [0.04, 0, 0.004] }, { lm: 'rib-5-posterior', off: [0.045, 0, 0.006] }] },
    thickness: 0.0025,
    tendon: [0.25, 0.06],
    steadyDrape: true,
    cell: 0.0015,
    sheet: true,
    hug: true,
    over: ['longissimus-thoracis', 'iliocostalis-thoracis'],
    volume: estimate(10, 'a thin sheet about 2–3 mm thick over some 35 cm², a third of it aponeurosis', 0.5),
  },
];

/**
 * The thoracolumbar fascia's posterior layer over the lumbar erectors, from which latissimus arises;
 * pending with the superficial back (it falls apart the same way).
 */
export const BACK_TISSUES_PENDING: TissueDef[] = [
  {
    id: 'thoracolumbar-fascia',
    name: 'thoracolumbar fascia (posterior layer)',
    architecture: 'quadrilateral',
    origin: { bones: ['lumbar-spine', 'sacrum'], line: [{ lm: 't12-spinous', off: [0.003, 0, 0] }, { lm: 'l3-spinous', off: [0.003, 0, 0] }, { lm: 's2-spinous', off: [0.003, 0, 0] }] },
    insertion: { bones: ['ribs', 'hip-bone'], line: [{ lm: 'rib-12-posterior', off: [0.05, 0, 0.01] }, { between: ['psis', 'iliac-crest'], t: 0.7, off: [0, 0.02, -0.006] }, { between: ['psis', 'iliac-crest'], t: 0.2, off: [0, 0.004, -0.006] }] },
    thickness: 0.005,
    tendon: [0, 0],
    hug: false,
    over: ['iliocostalis-lumborum', 'longissimus-thoracis', 'multifidus', 'serratus-posterior-inferior'],
    volume: null,
  },
];

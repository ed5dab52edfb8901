/**
 * The front of the trunk as volumes, left side, deepest first: psoas major down the lumbar spine and
 * across the pelvic brim to the lesser trochanter, iliacus out of the iliac fossa beside it to the
 * same tendon; subclavius under the clavicle, pectoralis minor from ribs 3-5 to the coracoid, then
 * pectoralis major over them from the clavicle, sternum and cartilages to the lateral lip of the
 * intertubercular groove. `across` follows each origin line from its first anchor, in the order the
 * dataset's trigger-point positions use (pectoralis major: clavicular → costal; psoas: T12 → L4;
 * iliacus: sacral ala → ASIS).
 */
import { boneField } from '../../bones';
import { armPoint } from '../../figure';
import { landmark } from '../../landmarks';
import { alongPolyline, anchorPoint } from '../../muscles/anchors';
import { gradient, projectToLevel } from '../../muscles/field-ops';
import type { AnchorDef } from '../../muscles/types';
import { skinField } from '../../skin';
import type { LandmarkId } from '../../../core/landmarks';
import { add, lerp, norm, scale, type V3 } from '../../vec';
import type { CitedVolume, TissueDef, VolumeDef } from '../types';
import { estimate } from './estimate';

/**
 * Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS 2014, J Biomech 47:631–638 (MRI of 24
 * adults): total lower-limb muscle volume V = 47·height·mass + 1285 cm³ (m, kg). Our figure: 1.75 m,
 * 70 kg, so V ≈ 7040 cm³. The fractions below are our estimates of the psoas' and iliacus' share of it.
 */
const V_TOTAL = 47 * 1.75 * 70 + 1285;
const handsfieldShare = (fraction: number, what: string, tolerance: number): CitedVolume => ({
  cm3: Math.round(V_TOTAL * fraction),
  source: `estimate: ${what}, ${(fraction * 100).toFixed(1)} % of the lower-limb muscle volume V of Handsfield GG et al. 2014, J Biomech 47:631–638 (MRI, 24 adults; V for 1.75 m and 70 kg)`,
  tolerance,
});
export const FRONT_TRUNK: VolumeDef[] = [
  {
    id: 'psoas-major',
    architecture: 'fan',
    // the sides of the bodies T12-L4, just in front of the transverse processes
    origin: {
      bones: ['thoracic-spine', 'lumbar-spine'],
      line: [
        { lm: 't12-body', off: [0.018, -0.008, -0.004] },
        { lm: 'l1-body', off: [0.022, 0, -0.004] },
        { lm: 'l2-body', off: [0.024, 0, -0.006] },
        { lm: 'l3-body', off: [0.026, 0, -0.008] },
        { lm: 'l4-body', off: [0.028, 0, -0.008] },
      ],
    },
    insertion: { bones: ['femur'], line: [{ lm: 'lesser-trochanter', off: [-0.004, 0.004, 0.006] }, { lm: 'lesser-trochanter', off: [-0.002, -0.004, 0.008] }] },
    // down beside L5, forward over the pelvic brim, in front of the hip joint, back round to the trochanter
    via: [
      [{ at: [0.036, 1.005, 0.006] }, { at: [0.046, 1.0, 0.0] }],
      [{ at: [0.06, 0.945, 0.04] }, { at: [0.07, 0.94, 0.036] }],
      [{ at: [0.094, 0.885, 0.052] }],
      [{ at: [0.112, 0.855, 0.026] }],
    ],
    thickness: 0.034,
    tendon: [0.03, 0.16],
    tendonRadius: 0.005,
    hug: false,
    over: [],
    volume: handsfieldShare(0.036, 'psoas major about 250 cm³ in adult men', 0.4),
    // below its area's share (1750): the model's triangles are tight, and a smooth spindle keeps its shape
    triangles: 1500,
  },
  {
    id: 'iliacus',
    architecture: 'fan',
    // the upper two-thirds of the iliac fossa and the inner lip of the crest, from the sacral ala to the ASIS
    origin: {
      bones: ['hip-bone'],
      line: [
        { lm: 'sacroiliac', off: [0.018, 0.035, 0.035] },
        { between: ['sacroiliac', 'iliac-crest'], t: 0.6, off: [0.0, 0.02, 0.04] },
        { lm: 'iliac-crest', off: [-0.014, -0.01, 0.03] },
        { between: ['iliac-crest', 'asis'], t: 0.55, off: [-0.016, -0.008, 0.008] },
        { lm: 'asis', off: [-0.012, -0.006, -0.01] },
      ],
    },
    // on and just below the lesser trochanter, lateral to the psoas tendon
    insertion: { bones: ['femur'], line: [{ lm: 'lesser-trochanter', off: [0.006, -0.012, 0.012] }, { lm: 'lesser-trochanter', off: [0.01, -0.028, 0.012] }] },
    via: [
      [{ lm: 'iliac-fossa', off: [-0.03, -0.01, 0.026] }, { lm: 'iliac-fossa', off: [-0.004, -0.01, 0.018] }, { lm: 'iliac-fossa', off: [0.004, -0.02, 0.032] }],
      // over the brim lateral to the psoas and medial to the AIIS (whose front the rectus femoris takes),
      // under the inguinal ligament, over the hip joint
      [{ at: [0.086, 0.935, 0.074] }, { at: [0.094, 0.93, 0.081] }, { at: [0.102, 0.925, 0.083] }],
      [{ at: [0.12, 0.885, 0.06] }],
    ],
    thickness: 0.02,
    tendon: [0.02, 0.15],
    tendonRadius: 0.004,
    hug: true,
    over: ['psoas-major'],
    volume: handsfieldShare(0.026, 'iliacus about 180 cm³ in adult men', 0.4),
  },
  {
    id: 'subclavius',
    architecture: 'unipennate',
    origin: { bones: ['ribs'], line: [{ lm: 'rib-1-anterior', off: [0.004, 0.008, -0.002] }, { lm: 'rib-1-anterior', off: [0.012, 0.006, -0.006] }] },
    insertion: { bones: ['clavicle'], line: [{ between: ['sternoclavicular', 'clavicle-mid'], t: 0.65, off: [0, -0.008, -0.01] }, { lm: 'clavicle-mid', off: [0.022, -0.008, -0.014] }] },
    thickness: 0.012,
    tendon: [0.18, 0.06],
    hug: false,
    over: [],
    volume: estimate(8, 'a small pencil-like muscle under the middle third of the clavicle, about 8 cm long and 1 cm across'),
  },
  {
    id: 'pectoralis-minor',
    architecture: 'fan',
    // the outer faces of ribs 3-5 near their cartilages, converging up and out on the coracoid process
    origin: {
      bones: ['ribs'],
      line: [
        { lm: 'rib-3-anterior', off: [0.01, 0.0, 0.0] },
        { lm: 'rib-4-anterior', off: [0.012, 0.0, 0.0] },
        { lm: 'rib-5-anterior', off: [0.014, 0.0, 0.0] },
      ],
    },
    insertion: { bones: ['scapula'], line: [{ lm: 'coracoid', off: [-0.008, -0.002, 0.002] }, { lm: 'coracoid', off: [-0.004, -0.006, 0.004] }] },
    via: [[{ at: [0.095, 1.36, 0.088] }, { at: [0.105, 1.33, 0.085] }, { at: [0.115, 1.3, 0.075] }]],
    thickness: 0.012,
    tendon: [0.04, 0.16],
    hug: false,
    over: ['subclavius', 'serratus-anterior'],
    volume: estimate(45, 'a thin triangle about 14 cm long, 8 cm wide at the ribs and 5–8 mm thick'),
  },
  {
    id: 'pectoralis-major',
    architecture: 'multi-headed',
    heads: 2,
    // the slight groove between the heads over the sternoclavicular joint, 0.29 of the origin line's length
    grooves: [0.29],
    // clavicular head (medial half of the clavicle), then the sternocostal head down the sternum and cartilages 1-6
    origin: {
      bones: ['clavicle', 'sternum', 'ribs'],
      line: [
        { lm: 'clavicle-mid', off: [0.006, 0.004, 0.01] },
        { between: ['sternoclavicular', 'clavicle-mid'], t: 0.45, off: [0, 0.004, 0.01] },
        { lm: 'sternoclavicular', off: [-0.006, -0.01, 0.004] },
        { lm: 'sternal-angle', off: [0.008, 0.0, 0.004] },
        { between: ['sternal-angle', 'xiphoid'], t: 0.55, off: [0.012, 0, 0.0] },
        { between: ['sternal-angle', 'xiphoid'], t: 0.95, off: [0.016, 0, 0.0] },
        // the 6th cartilage short of its rib: the lowest point of the muscle, whence its lower border rises
        { between: ['xiphoid', 'rib-6-anterior'], t: 0.7, off: [0.0, 0.0, 0.004] },
      ],
    },
    // the twisted tendon on the lateral lip of the groove: the clavicular fibres lowest, the costal highest
    insertion: { bones: ['humerus'], line: [{ at: armPoint(0.1, 0.016, 0.022) }, { at: armPoint(0.07, 0.018, 0.024) }, { at: armPoint(0.04, 0.02, 0.026) }] },
    // (Standring S ed. 2016, Gray's Anatomy 41st ed., ch. 48: the fibres converge on the humerus, the
    // lower border forming the anterior axillary fold.) The first line lies just over the pectoralis
    // minor and the cartilages (about 2 cm under the skin), so the fan's deep face rests on them and
    // its outer face lies 1-1.5 cm under the skin (a via line nearer the skin left a 1-2 cm gap over
    // the minor); its lowest anchor sits on the straight line from the 6th cartilage to the fold, so
    // the lower border climbs obliquely to the axilla with no corner
    via: [
      [{ at: [0.09, 1.425, 0.08] }, { at: [0.072, 1.405, 0.092] }, { at: [0.07, 1.365, 0.097] }, { at: [0.075, 1.325, 0.098] }, { at: [0.085, 1.29, 0.097] }, { at: [0.1, 1.268, 0.096] }],
      // the anterior axillary fold: the costal fibres roll under and behind the clavicular ones, then
      // rise under the deltoid to insert highest on the bone
      [{ at: [0.136, 1.382, 0.07] }, { at: [0.14, 1.352, 0.072] }, { at: [0.146, 1.322, 0.066] }],
      [{ at: [0.176, 1.346, 0.028] }, { at: [0.178, 1.354, 0.02] }, { at: [0.18, 1.364, 0.012] }],
    ],
    // the lower border stays full: the rolled free edge of the fold
    roundEdge: 1,
    // fullest towards the fold and the humerus (our estimate: about 2 cm there), thinning to about
    // 1 cm at the sternum; enough fibres that their ends along the sternum merge into one edge
    belly: { at: 0.65, ends: 0.6 },
    fibres: 20,
    // below its area's share (2400): the region's bytes are tight
    triangles: 2000,
    thickness: 0.03,
    // fleshy from the sternum and cartilages, tendinous only at the humerus
    tendon: [0, 0.14],
    tendonRadius: 0.004,
    hug: false,
    // held at most 6 mm off the minor, so its thick belly is not pushed on to the skin (4 mm let the
    // softened surface sink 5 % into the minor)
    steadyDrape: true,
    drapeReach: 0.006,
    over: ['pectoralis-minor', 'subclavius', 'serratus-anterior'],
    volume: estimate(390, 'MRI series of the adult male chest put the pectoralis major at about 250–400 cm³; near the top, as it fills the space from the minor to the fat under the skin'),
  },
];

/**
 * The pelvic wall: obturator internus from the inner face of the obturator rim out through the
 * lesser sciatic notch to the trochanter.
 */
export const PELVIC_WALL: VolumeDef[] = [
  {
    id: 'obturator-internus',
    architecture: 'fan',
    // the inner face of the obturator membrane's bony rim, out through the lesser sciatic notch to the trochanter
    origin: {
      bones: ['hip-bone'],
      line: [
        { lm: 'obturator-foramen', off: [-0.012, 0.018, -0.008] },
        { lm: 'obturator-foramen', off: [-0.014, 0.0, -0.012] },
        { lm: 'obturator-foramen', off: [-0.012, -0.016, -0.014] },
      ],
    },
    insertion: { bones: ['femur'], line: [{ lm: 'greater-trochanter', off: [-0.022, 0.006, -0.01] }, { lm: 'greater-trochanter', off: [-0.022, 0.0, -0.012] }] },
    via: [[{ at: [0.04, 0.86, -0.018] }], [{ at: [0.056, 0.856, -0.052] }], [{ at: [0.1, 0.885, -0.04] }]],
    thickness: 0.014,
    tendon: [0.02, 0.35],
    hug: false,
    over: [],
    volume: handsfieldShare(0.004, 'obturator internus about 30 cm³ (our estimate of its share)', 0.45),
  },
];

/**
 * Thicknesses of the abdominal wall: Rankin G, Stokes M, Newham DJ 2006, Muscle Nerve 34:320–326
 * (ultrasound, 123 adults) found the rectus thickest, then the internal oblique, then the external
 * oblique (rectus about 1 cm in men); the volumes below are our estimates from those thicknesses and
 * each sheet's area on our figure.
 */
const RANKIN = 'thickness order and size after Rankin G et al. 2006, Muscle Nerve 34:320–326 (ultrasound, 123 adults)';

/** The external oblique's slips on ribs 5-12, in a line running down and back (across: superior → inferior). */
const EO_ORIGIN: AnchorDef[] = [
  { between: ['rib-5-anterior', 'rib-5-lateral'], t: 0.45, off: [0, 0, 0.004] },
  { between: ['rib-6-anterior', 'rib-6-lateral'], t: 0.55, off: [0, 0, 0.004] },
  { between: ['rib-7-anterior', 'rib-7-lateral'], t: 0.65, off: [0, 0, 0.004] },
  { lm: 'rib-8-lateral', off: [0.004, 0, 0.012] },
  { between: ['rib-9-lateral', 'rib-9-posterior'], t: 0.1, off: [0.004, 0, 0] },
  { between: ['rib-10-lateral', 'rib-10-posterior'], t: 0.18, off: [0.004, 0, 0] },
  { lm: 'rib-11-lateral', off: [0.004, 0, -0.01] },
  { lm: 'rib-12-anterior', off: [0.006, 0, -0.01] },
];
/** Its aponeurosis's edge beside the rectus, the inguinal ligament, then the front half of the iliac crest. */
const EO_INSERTION: AnchorDef[] = [
  { lm: 'umbilicus', off: [0.098, 0.16, 0] },
  { lm: 'umbilicus', off: [0.09, 0.06, 0] },
  { lm: 'umbilicus', off: [0.086, -0.04, 0] },
  { between: ['pubic-tubercle', 'asis'], t: 0.55, off: [0, 0.012, 0] },
  { lm: 'asis', off: [0.0, 0.012, 0] },
  { between: ['asis', 'iliac-tubercle'], t: 0.6, off: [0.004, 0.01, 0] },
  { lm: 'iliac-tubercle', off: [0.004, 0.012, -0.012] },
];
/** The external oblique's axis (m under the skin) where nothing deeper is near: below the cage it lies on the internal oblique. */
const EO_AXIS_DEPTH = 0.008;
/** …and its least distance from the ribs (m): the intercostal layer (6 mm) and half the muscle's thickness. */
const EO_OFF_RIBS = 0.011;
/**
 * …but no nearer the skin than this (m): over the costal margin the cartilages lie only 8-11 mm under
 * the skin, and an axis kept 7 mm deep left the muscle's core on the cartilage, cut through (the
 * cartilages of ribs 8-9 showed bare beside the rectus).
 */
const EO_LEAST_DEPTH = 0.005;
let skinF: ((x: number, y: number, z: number) => number) | null = null;
let eoRibs: ((x: number, y: number, z: number) => number) | null = null;
/**
 * A via line of the external oblique at `f` of each fibre's length: the chord from its slip to its
 * insertion runs inside the curved cage (so the fibres, draped there, lay on the intercostal layer's
 * inner face, under the ribs); the chord's point is moved to the muscle's axis under the skin, and out
 * from the ribs where they are nearer, so the fibres run over the cage.
 */
function eoVia(f: number, n: number): { at: V3 }[] {
  eoRibs ??= boneField(['ribs']);
  skinF ??= skinField();
  const ribs = eoRibs, skin = skinF;
  const o = EO_ORIGIN.map(anchorPoint), ins = EO_INSERTION.map(anchorPoint);
  return Array.from({ length: n }, (_, k) => {
    const v = k / (n - 1);
    let p = projectToLevel(skin, lerp(alongPolyline(o, v), alongPolyline(ins, v), f), -EO_AXIS_DEPTH, 16, 0.01);
    for (let i = 0; i < 40 && ribs(...p) < EO_OFF_RIBS && skin(...p) < -EO_LEAST_DEPTH; i++) {
      const g = gradient(skin, p);
      p = add(p, scale(g, 0.0005));
    }
    return { at: p.map((c) => Math.round(c * 1e5) / 1e5) as V3 };
  });
}

/** The wall lies under the skin, from the inside: depth of the outer layer (external oblique, rectus) in metres. */
const WALL_DEPTH = 0.004;
/** Thickness of the external oblique (m): the internal oblique lies this much deeper. */
const EO_THICKNESS = 0.009;

/**
 * The abdominal wall, laid under the skin where no bone is beneath: rectus abdominis in front with
 * its three tendinous intersections, the internal oblique beside it, and the external oblique over
 * both and over the intercostal layer of the lower cage (costal-fascia), from its slips on ribs 5-12
 * down and forward to the iliac crest, the inguinal ligament and its aponeurosis along the rectus sheath.
 */
export const ABDOMINAL_WALL: VolumeDef[] = [
  {
    id: 'rectus-abdominis',
    architecture: 'strap',
    // from the pubic crest up to the xiphoid and the cartilages of ribs 5-7 (across: medial → lateral)
    origin: { bones: ['hip-bone'], line: [{ lm: 'pubic-symphysis', off: [0.006, 0.01, 0.0] }, { lm: 'pubic-tubercle', off: [0.002, 0.01, -0.002] }] },
    insertion: {
      bones: ['sternum', 'ribs'],
      line: [{ lm: 'xiphoid', off: [0.006, 0.012, -0.004] }, { lm: 'rib-7-anterior', off: [-0.05, 0.04, 0.004] }, { lm: 'rib-6-anterior', off: [-0.03, 0.01, 0.002] }, { lm: 'rib-5-anterior', off: [-0.006, 0.0, 0.002] }],
    },
    // narrow above the pubis, widest above the navel. Tried, not kept: the upper via line and the
    // insertions on the 5th-6th cartilages 1-2 cm more lateral (with the sheath moved out with it), to
    // close the window beside the costal margin: the tendinous intersections came out as chevrons,
    // not bands, and the window at the 7th cartilage stayed open
    via: [
      [{ lm: 'umbilicus', off: [0.008, -0.085, 0] }, { lm: 'umbilicus', off: [0.048, -0.085, 0] }],
      [{ lm: 'umbilicus', off: [0.009, 0.0, 0] }, { lm: 'umbilicus', off: [0.066, 0.0, 0] }],
      [{ lm: 'umbilicus', off: [0.009, 0.12, 0.01] }, { lm: 'umbilicus', off: [0.074, 0.12, 0.0] }],
    ],
    thickness: 0.011,
    tendon: [0.05, 0.03],
    // three tendinous intersections: at the navel, at the tip of the xiphoid and halfway between
    tendonBands: [[0.45, 0.475], [0.66, 0.685], [0.86, 0.885]],
    hug: true,
    skinDepth: WALL_DEPTH,
    // a wall with nothing beneath: fibre points stay put where the ground is flat, and finer cells keep it closed
    steadyDrape: true,
    cell: 0.0018,
    over: [],
    // fewer than its area's share: the region's bytes are tight
    triangles: 1300,
    volume: estimate(160, `${RANKIN}: a strap about 35 cm long, 6–8 cm wide above the navel and 3–4 cm below, about 1 cm thick`),
  },
  {
    id: 'internal-oblique',
    architecture: 'fan',
    // the front two-thirds of the iliac crest and the outer inguinal ligament (across: superior → inferior fibres)
    origin: {
      bones: ['hip-bone'],
      line: [
        { lm: 'iliac-crest', off: [0.0, 0.004, -0.006] },
        { between: ['iliac-crest', 'iliac-tubercle'], t: 0.6, off: [0.0, 0.004, 0] },
        { lm: 'iliac-tubercle', off: [-0.004, 0.004, 0.0] },
        { between: ['iliac-tubercle', 'asis'], t: 0.6, off: [-0.004, 0.004, 0.006] },
        { lm: 'asis', off: [-0.01, 0.0, 0.002] },
      ],
    },
    // up to the lower ribs' cartilages, forward to the rectus sheath, down to the pubic crest (conjoint tendon)
    insertion: {
      bones: ['ribs', 'hip-bone'],
      underSkin: WALL_DEPTH + EO_THICKNESS + 0.005,
      line: [
        { lm: 'rib-10-anterior', off: [0.0, -0.004, 0.0] },
        { lm: 'umbilicus', off: [0.09, 0.09, 0] },
        { lm: 'umbilicus', off: [0.082, 0.0, 0] },
        { lm: 'umbilicus', off: [0.072, -0.08, 0] },
        { lm: 'pubic-tubercle', off: [0.02, 0.03, 0.0] },
      ],
    },
    fibres: 48,
    thickness: 0.009,
    tendon: [0.04, 0.1],
    hug: true,
    skinDepth: WALL_DEPTH + EO_THICKNESS + 0.001,
    over: ['rectus-abdominis'],
    triangles: 900,
    volume: estimate(110, `${RANKIN}: a sheet about 15 × 12 cm over the flank, 8–10 mm thick, thinning forward`),
  },
  {
    id: 'external-oblique',
    architecture: 'multi-headed',
    heads: 4,
    // slips from the outer faces of ribs 5-12, in a line running down and back (across: superior → inferior)
    origin: {
      bones: ['ribs'],
      line: EO_ORIGIN,
    },
    // the aponeurosis's edge beside the rectus, the inguinal ligament, then the front half of the iliac crest
    insertion: {
      bones: ['hip-bone'],
      underSkin: WALL_DEPTH + 0.0035,
      line: EO_INSERTION,
    },
    // over the cage, not through it: two via lines on the muscle's axis (see eoVia); without them the
    // fibres lay between the ribs and the intercostal layer, shaved to a film (4-6 open edges)
    via: [eoVia(0.33, 12), eoVia(0.66, 12)],
    // a wide sheet: enough fibres that they close up at the 40 cm insertion
    fibres: 64,
    thickness: EO_THICKNESS,
    tendonRadius: 0.0025,
    // the medial ends turn into the aponeurosis
    tendon: [0.03, 0.22],
    // on the intercostal layer over the cage and on the internal oblique and rectus below it (laid on the
    // bones, its fibres sink into the trunk); the skin only a ceiling: its level 1 cm outside the body
    hug: true,
    skinDepth: -0.01,
    skinOnly: true,
    skinMargin: 0.0015,
    steadyDrape: true,
    cell: 0.0015,
    // its slips reach the ribs through the intercostal layer: within 6 cm of the fibre ends the layer (and
    // the internal oblique and rectus) do not cut it, so no slip is shaved to a film where it enters the
    // layer (the default 22 mm left 8-20 open edges at the 5th-7th rib slips; 5 cm closes it on the full
    // layer, 6 cm on the layer cut back to the slips)
    attachmentZone: 0.06,
    over: ['internal-oblique', 'rectus-abdominis'],
    overTissues: ['costal-fascia'],
    triangles: 1500,
    volume: estimate(200, `${RANKIN}: the widest of the flat muscles, about 20 × 15 cm of fleshy sheet 6–7 mm thick`),
  },
];


/**
 * A point on the outer face of rib `rib`, `lift` metres out: the chord between two of the rib's
 * landmarks at `t` (0 = anterior, 1 = lateral, 2 = posterior; below 0 past the anterior one, onto the
 * cartilage), followed out from the cage's axis
 * until it leaves the rib (the chord runs inside the curved rib, so it is not itself on the bone).
 */
const clampInt = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
let ribsField: ((x: number, y: number, z: number) => number) | null = null;
function onRib(rib: number, t: number, lift: number): { at: V3 } {
  ribsField ??= boneField(['ribs']);
  const f = ribsField;
  const names = ['anterior', 'lateral', 'posterior'] as const;
  const i = clampInt(Math.floor(t), 0, 1);
  const c = lerp(landmark(`rib-${rib}-${names[i]!}` as LandmarkId), landmark(`rib-${rib}-${names[i + 1]!}` as LandmarkId), t - i);
  const out = norm([c[0], 0, c[2]]);
  // march out: into the rib (or to its nearest approach) and out of it again
  let best = 0, bestD = Infinity, entered = false, outer = -1;
  for (let s = -0.015; s <= 0.05; s += 0.0005) {
    const d = f(...add(c, scale(out, s)));
    if (d < bestD) [best, bestD] = [s, d];
    if (d < 0) entered = true;
    else if (entered) {
      outer = s;
      break;
    }
  }
  let s = (outer >= 0 ? outer : best + Math.max(0, 0.004 - bestD)) + lift;
  // where the next rib overlaps this one seen from the axis (the 10th and 11th at the side), out past both
  while (f(...add(c, scale(out, s))) < lift * 0.6 && s < 0.06) s += 0.0005;
  return { at: add(c, scale(out, s)) };
}

/**
 * The fibrous frame of the rectus, in the tendon colour: the linea alba in the midline from the xiphoid
 * to the pubic symphysis (about 1.5–2 cm wide above the navel, narrower below it; each side builds
 * its half), and the rectus sheath where an atlas shows it plainly over the muscle: its lateral border,
 * the linea semilunaris, a curved band from the pubic tubercle up along the edge of the rectus to the
 * costal margin, where the aponeuroses of the obliques meet to form the sheath's layers. The anterior
 * layer over the fleshy rectus is left undrawn (tissues are drawn opaque, and it would hide the muscle
 * and its trigger points); its adhesions to the muscle, the tendinous intersections, are drawn on the
 * rectus itself (its tendonBands).
 */
/**
 * Columns of the intercostal layer round the cage (onRib's t) and its fibres' height over the ribs (m).
 * Tried, not kept: the front column forward to t 0 or 0.06 on ribs 5-7 (so the layer fills the window
 * between the rectus, the costal margin and the pectoralis major's lower border, where a ray from the
 * front passes through the body): the window closed at the 6th cartilage, but the external oblique laid
 * on it came out with 8 open edges at either setting.
 */
const CAGE_COLUMNS = [0.15, 0.4, 0.7, 1.0, 1.3];
/**
 * The layer's back edge on ribs 5-10 (onRib's t): at the external oblique's slips, which run down and
 * back from the 5th rib in front to the 10th behind the lateral line, so none of the layer lies bare
 * behind them (there the serratus and latissimus cover the ribs).
 */
const CAGE_BACK: Record<number, number> = { 5: 0.5, 6: 0.6, 7: 0.72, 8: 1.0, 9: 1.1, 10: 1.2 };
/** The layer's columns on rib `r`: CAGE_COLUMNS' spacing from the front column to the rib's back edge. */
const cageColumns = (r: number) => CAGE_COLUMNS.map((t) => CAGE_COLUMNS[0]! + ((t - CAGE_COLUMNS[0]!) * (CAGE_BACK[r]! - CAGE_COLUMNS[0]!)) / (CAGE_COLUMNS[CAGE_COLUMNS.length - 1]! - CAGE_COLUMNS[0]!));
const CAGE_LIFT = 0.003;
/** Where the front column meets the costal margin on the 8th–10th cartilages: a little past the rib's anterior landmark, onto the cartilage. */
const MARGIN_T = 0;

export const FRONT_TRUNK_TISSUES: TissueDef[] = [
  {
    id: 'linea-alba',
    name: 'linea alba',
    architecture: 'strap',
    // full thickness at the midline, where the right side's half meets it: one flat band
    roundEdge: 0,
    origin: { bones: ['hip-bone'], line: [{ lm: 'pubic-symphysis', off: [0.0004, 0.012, 0.004] }, { lm: 'pubic-symphysis', off: [0.006, 0.012, 0.004] }] },
    insertion: { bones: ['sternum'], line: [{ lm: 'xiphoid', off: [0.0004, -0.004, 0.002] }, { lm: 'xiphoid', off: [0.012, -0.004, 0.002] }] },
    // a narrow band below the navel, broadening above it to the xiphoid (Beer GM et al. 2009, Clin Anat
    // 22:706–711: about 15 mm wide at the xiphoid, 22 mm 3 cm above the navel, 11 mm 2 cm below it);
    // each half reaches a little under the medial edge of its rectus, which cuts it, so the band is flat
    // and closed from rectus to rectus and nothing behind shows through the midline
    via: [
      [{ lm: 'umbilicus', off: [0.0004, -0.085, 0] }, { lm: 'umbilicus', off: [0.0095, -0.085, 0] }],
      [{ lm: 'umbilicus', off: [0.0004, 0.0, 0] }, { lm: 'umbilicus', off: [0.013, 0.0, 0] }],
      [{ lm: 'umbilicus', off: [0.0004, 0.12, 0.01] }, { lm: 'umbilicus', off: [0.0145, 0.12, 0.01] }],
    ],
    thickness: 0.005,
    tendon: [0.02, 0.02],
    tendonRadius: 0.002,
    hug: true,
    skinDepth: 0.003,
    steadyDrape: true,
    skinMargin: 0.0012,
    cell: 0.0015,
    over: ['rectus-abdominis'],
    volume: null,
    triangles: 350,
  },
  {
    id: 'rectus-sheath',
    name: 'rectus sheath (linea semilunaris)',
    architecture: 'strap',
    // from the pubic tubercle, along the lateral edge of the rectus, to the costal margin at the 8th cartilage
    // (its lower end fades into the aponeuroses above the pubic tubercle: a soft-tissue footprint)
    origin: { bones: ['hip-bone'], underSkin: 0.0045, line: [{ lm: 'pubic-tubercle', off: [0.012, 0.035, 0.02] }, { lm: 'pubic-tubercle', off: [0.022, 0.035, 0.02] }] },
    insertion: { bones: ['ribs'], line: [{ lm: 'rib-7-anterior', off: [-0.034, 0.02, 0.006] }, { lm: 'rib-7-anterior', off: [-0.022, 0.01, 0.006] }] },
    via: [
      [{ lm: 'umbilicus', off: [0.046, -0.085, 0] }, { lm: 'umbilicus', off: [0.056, -0.085, 0] }],
      [{ lm: 'umbilicus', off: [0.063, 0.0, 0] }, { lm: 'umbilicus', off: [0.074, 0.0, 0] }],
      [{ lm: 'umbilicus', off: [0.071, 0.12, 0.0] }, { lm: 'umbilicus', off: [0.082, 0.12, 0.0] }],
    ],
    thickness: 0.004,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0018,
    hug: true,
    skinDepth: 0.0025,
    steadyDrape: true,
    skinMargin: 0.0012,
    cell: 0.0015,
    over: ['rectus-abdominis', 'internal-oblique'],
    volume: null,
    triangles: 400,
  },
  // The ground the external oblique is laid on over the cage: the outer face of ribs 5–10 and their
  // intercostal spaces as one thin closed layer, the external intercostals and their membrane under the
  // thoracic fascia, drawn as muscle (`look`: on the side of the cage the external intercostals are
  // muscle, and in the tendon colour the layer read as a white plate where the serratus anterior's and
  // the oblique's slips leave it bare; their membrane is only the strip in front, between the
  // cartilages). Its fibres run down across the ribs, from rib to rib on
  // their outer faces (onRib), so the layer bridges each space where a sheet laid on the ribs themselves
  // sinks into it; it comes out closed and in one piece at 6 mm (5 mm falls apart at a 1.8 mm cell, and a
  // finer cell opens it). Its back edge follows the oblique's slips (CAGE_BACK); cut further forward
  // (t 0.3 at the 5th rib to 1.05 at the 10th) it no longer simplifies closed and the oblique opens again.
  {
    id: 'costal-fascia',
    name: 'intercostal layer of the lower cage (external intercostals, their membrane and the thoracic fascia)',
    look: 'muscle',
    architecture: 'quadrilateral',
    // the closed outer face of ribs 5-10 and their intercostal spaces, under the external oblique:
    // fibres run down across the ribs (not along the spaces, as the oblique's own fibres do), from
    // rib to rib on their outer faces, so the layer bridges each space instead of sinking into it
    // (across: front, at the costal cartilages → back, behind the lateral line)
    origin: { bones: ['ribs'], line: cageColumns(5).map((t) => onRib(5, t, CAGE_LIFT)) },
    insertion: { bones: ['ribs'], line: cageColumns(10).map((t, i) => onRib(10, i === 0 ? MARGIN_T : t, CAGE_LIFT)) },
    // the front column reaches the costal margin on the 8th to 10th cartilages
    via: [6, 7, 8, 9].map((r) => cageColumns(r).map((t, i) => onRib(r, i === 0 && r >= 8 ? MARGIN_T : t, CAGE_LIFT))),
    fibres: 90,
    thickness: 0.006,
    tendon: [0.02, 0.02],
    tendonRadius: 0.003,
    hug: false,
    cell: 0.0018,
    skinMargin: 0.0015,
    over: [],
    volume: null,
    triangles: 900,
  },
];

/**
 * The serratus anterior's digitations on the outer faces of ribs 1-8 (onRib's t: about the mid-axillary
 * line above, moving forward to the anterior axillary line at the 5th-6th, just behind the external
 * oblique's slips on the 5th-8th, back again on the lowest; across: superior → inferior).
 */
const SA_ORIGIN: { at: V3 }[] = [
  [1, 1.05], [2, 1.0], [3, 0.9], [4, 0.8], [5, 0.72], [6, 0.74], [7, 0.84], [8, 1.02],
].map(([r, t]) => onRib(r!, t!, 0));
/**
 * Its insertion on the costal face of the scapula's medial border: the upper digitation on the
 * superior angle, the next two along the border, the lower five converging on a broad area at the
 * inferior angle (the part an atlas shows thickest), so half the fibres end below the border's lower third.
 */
const SA_INSERTION: AnchorDef[] = [
  { lm: 'scapula-superior-angle', off: [0.006, 0.0, 0.01] },
  { lm: 'scapula-spine-root', off: [0.006, 0.0, 0.012] },
  { between: ['scapula-spine-root', 'scapula-inferior-angle'], t: 0.7, off: [0.006, 0.0, 0.012] },
  { lm: 'scapula-inferior-angle', off: [0.004, 0.008, 0.012] },
  { lm: 'scapula-inferior-angle', off: [0.016, 0.014, 0.012] },
  { lm: 'scapula-inferior-angle', off: [0.02, 0.022, 0.012] },
];
/** The serratus' axis off the cage (m): half its thickness and a little, bridging the intercostal spaces. */
const SA_OFF_RIBS = 0.0055;
/**
 * A via line of the serratus at `f` of each fibre's length: its straight chords from the ribs to the
 * scapula run through the thorax, so the chord's point is moved out from the cage's axis until it lies
 * SA_OFF_RIBS off the nearest rib above or below it (the least distance over 12 mm up and down, so the
 * point does not settle in an intercostal space), like the external oblique's (eoVia).
 */
function saVia(f: number, n: number): { at: V3 }[] {
  ribsField ??= boneField(['ribs']);
  const ribs = ribsField;
  const wall = (p: V3) => {
    let d = Infinity;
    for (let dy = -0.012; dy <= 0.0121; dy += 0.004) d = Math.min(d, ribs(p[0], p[1] + dy, p[2]));
    return d;
  };
  const o = SA_ORIGIN.map(anchorPoint), ins = SA_INSERTION.map(anchorPoint);
  return Array.from({ length: n }, (_, k) => {
    const v = k / (n - 1);
    let p = lerp(alongPolyline(o, v), alongPolyline(ins, v), f);
    const out = norm([p[0], 0, p[2]]);
    for (let i = 0; i < 120 && (wall(p) < SA_OFF_RIBS || ribs(...p) < SA_OFF_RIBS); i++) p = add(p, scale(out, 0.0005));
    return { at: p.map((c) => Math.round(c * 1e5) / 1e5) as V3 };
  });
}

/**
 * Serratus anterior, built before the pectorals and the latissimus that cover it: from its digitations
 * on ribs 1-8 round the cage, under the scapula and the subscapularis, to the costal face of the medial
 * border, on the ribs and on the intercostal layer (costal-fascia) where that covers the 5th-8th ribs.
 * Laid on the ribs its fibres fell into the intercostal spaces; kept off them with one via line it
 * stayed at 90 of 170 cm³ and holed behind. What closed it: a sheet (its fibres settled together, so
 * none sinks between two ribs alone), three via lines on the cage's hull (saVia) and a 1.5 mm cell (at
 * 2 mm it kept 18 open edges and 98 cm³). Still to do: its lower digitations (5th-8th ribs) arise at
 * about the mid-axillary line, a little behind an atlas' anterior axillary line, so part of the
 * intercostal layer still shows between the pectoralis major and the external oblique; moved forward
 * (t 0.5-0.9) they opened (2 open edges), as did six via lines. Tried again with the 4th-8th slips at
 * t 0.76, 0.62, 0.64, 0.76, 0.96 (closed) and 0.7, 0.5, 0.55, 0.68, 0.9 (8 open edges): neither covered
 * any of the bare layer seen from the front (40 cells of 5 mm either way), which lies 2-3 cm under the
 * skin below the pectoralis' lateral border, in front of where the digitations reach; the serratus
 * needs to be laid out to the skin there, not only moved forward. The external oblique does not yet lie
 * `over` it (their slips meet on the 5th-8th ribs; switching it rebuilds the oblique).
 */
export const FRONT_TRUNK_SERRATUS: VolumeDef[] = [
  {
    id: 'serratus-anterior',
    architecture: 'multi-headed',
    heads: 4,
    origin: { bones: ['ribs'], line: SA_ORIGIN },
    insertion: { bones: ['scapula'], line: SA_INSERTION },
    via: [saVia(0.25, 10), saVia(0.5, 10), saVia(0.75, 10)],
    thickness: 0.012,
    tendon: [0.04, 0.06],
    hug: false,
    sheet: true,
    cell: 0.0015,
    over: ['subscapularis'],
    overTissues: ['costal-fascia'],
    // below its area's share (2400): the region's allowance
    triangles: 1600,
    volume: estimate(170, 'a sheet about 15 × 15 cm over the side of the chest, 6–10 mm thick'),
  },
];

/** Tissues written but not switched over yet (none today). */
export const FRONT_TRUNK_TISSUES_PENDING: TissueDef[] = [
];

/**
 * Written, not switched over yet. Levator ani comes out as a sliver (about 4 of 22 cm³: its sheet runs
 * inside the hip bone's field along the side wall). The serratus anterior is switched over
 * (FRONT_TRUNK_SERRATUS, below the tissues; see there for how).
 *
 * How the external oblique was switched over (for the muscles still to come on the cage): laid on the
 * bones its fibres sank into the trunk; laid under the skin (skinOnly) on the internal oblique and the
 * rectus it stayed open (12-20 edges) on the cage; on the intercostal layer it was down to 4-6, because
 * the straight chords from its slips to its insertion run inside the curved cage and the fibres were
 * draped onto the layer's inner face, between it and the ribs (a film the ribs cut). Via lines on the
 * muscle's axis over the cage (eoVia) lay it on the layer's outer face, and a wide attachment zone lets
 * its slips pass through the layer to the ribs without being shaved to a film.
 */
export const FRONT_TRUNK_PENDING: VolumeDef[] = [
  {
    id: 'levator-ani',
    architecture: 'quadrilateral',
    // from the back of the pubis along the pelvic side wall to the ischial spine, down and in to the coccyx
    origin: {
      bones: ['hip-bone'],
      line: [
        { lm: 'pubic-symphysis', off: [0.014, 0.006, -0.012] },
        { lm: 'obturator-foramen', off: [-0.02, 0.012, -0.024] },
        { lm: 'ischial-spine', off: [-0.008, 0.004, 0.004] },
      ],
    },
    insertion: { bones: ['sacrum'], line: [{ lm: 'coccyx', off: [0.004, -0.004, 0.012] }, { lm: 'coccyx', off: [0.006, 0.0, 0.004] }, { lm: 'coccyx', off: [0.008, 0.008, -0.002] }] },
    via: [[{ at: [0.012, 0.845, 0.03] }, { at: [0.02, 0.842, 0.0] }, { at: [0.024, 0.85, -0.03] }]],
    thickness: 0.007,
    tendon: [0.05, 0.06],
    hug: false,
    over: ['obturator-internus'],
    volume: estimate(22, 'a sheet about 5 mm thick spanning the pelvic outlet, each half some 40 cm² (estimate)'),
  },
];

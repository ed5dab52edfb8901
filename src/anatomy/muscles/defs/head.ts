/** Muscles of the head and jaw. Left side. */
import type { AnchorDef, MuscleDef } from '../types';

export const HEAD: MuscleDef[] = [
  {
    id: 'temporalis',
    kind: 'shell',
    // anterior border first, posterior border last
    origin: [
      { lm: 'supraorbital', off: [0.028, 0.018, -0.022] },
      { lm: 'frontal-eminence', off: [0.036, -0.004, -0.04] },
      { lm: 'temporal-fossa', off: [0.0, 0.05, -0.03] },
      { lm: 'parietal-eminence', off: [0.0, -0.02, -0.005] },
      { lm: 'ear-canal', off: [-0.008, 0.035, -0.04] },
    ],
    insertion: [{ lm: 'coronoid', off: [0.004, 0.004, 0.004] }, { lm: 'coronoid', off: [0.004, 0.0, -0.008] }],
    ground: { on: 'bone', bones: ['skull', 'mandible'], height: 0.001 },
    thickness: 0.009,
    tendon: [0.03, 0.25],
  },
  {
    id: 'masseter',
    kind: 'shell',
    origin: [{ lm: 'zygoma', off: [0.006, -0.008, -0.012] }, { lm: 'zygomatic-arch', off: [0.004, -0.006, -0.012] }],
    insertion: [{ between: ['mandible-angle', 'mandible-body'], t: 0.45, off: [0.006, 0.006, 0] }, { lm: 'mandible-angle', off: [0.004, 0.008, 0.004] }],
    ground: { on: 'bone', bones: ['mandible', 'skull'], height: 0.0015 },
    thickness: 0.012,
    tendon: [0.08, 0.06],
  },
  {
    id: 'lateral-pterygoid',
    kind: 'loft',
    path: [
      { lm: 'lateral-pterygoid-plate', off: [0.004, 0.002, 0.0] },
      { between: ['lateral-pterygoid-plate', 'tmj'], t: 0.5, off: [0.0, 0.002, 0.002] },
      { lm: 'tmj', off: [-0.008, -0.004, 0.002] },
    ],
    width: 0.008,
    depthRatio: 0.8,
    tendon: [0.06, 0.12],
    ground: { on: 'free' },
    skinMargin: 0.006,
    segments: [18, 12],
  },
  {
    id: 'medial-pterygoid',
    kind: 'loft',
    path: [
      { lm: 'lateral-pterygoid-plate', off: [-0.003, -0.006, -0.004] },
      { between: ['lateral-pterygoid-plate', 'mandible-angle'], t: 0.5, off: [-0.006, 0, 0] },
      { lm: 'mandible-angle', off: [-0.01, 0.012, 0.006] },
    ],
    width: 0.009,
    depthRatio: 0.7,
    tendon: [0.08, 0.1],
    ground: { on: 'free' },
    skinMargin: 0.006,
    segments: [18, 12],
  },
  {
    id: 'digastric',
    kind: 'compound',
    parts: [
      {
        kind: 'loft',
        path: [{ lm: 'mastoid', off: [-0.012, -0.004, 0.006] }, { at: [0.03, 1.51, 0.02] }, { lm: 'hyoid', off: [0.016, 0.004, 0.0] }],
        width: 0.006,
        depthRatio: 0.8,
        tendon: [0.08, 0.25],
        ground: { on: 'skin', depth: 0.006 },
        segments: [16, 10],
      },
      {
        kind: 'loft',
        path: [{ lm: 'hyoid', off: [0.014, 0.006, 0.006] }, { at: [0.014, 1.51, 0.058] }, { lm: 'chin', off: [0.008, 0.004, -0.012] }],
        width: 0.006,
        depthRatio: 0.7,
        tendon: [0.25, 0.06],
        ground: { on: 'skin', depth: 0.004 },
        segments: [14, 10],
      },
    ],
  },
  {
    id: 'occipitofrontalis',
    kind: 'compound',
    parts: [
      {
        // frontal belly: from the galea above down to the skin of the eyebrow
        kind: 'shell',
        origin: [{ lm: 'frontal-eminence', off: [-0.028, 0.03, -0.03] }, { lm: 'frontal-eminence', off: [0.012, 0.03, -0.035] }],
        insertion: [{ lm: 'supraorbital', off: [-0.03, 0.004, 0.004] }, { lm: 'supraorbital', off: [0.012, 0.004, -0.006] }],
        ground: { on: 'skin', depth: 0.0015 },
        thickness: 0.0035,
        tendon: [0.15, 0.04],
      },
      {
        // occipital belly: from the superior nuchal line up into the galea
        kind: 'shell',
        origin: [{ lm: 'inion', off: [0.012, 0.006, 0.0] }, { lm: 'superior-nuchal-line', off: [0.018, 0.0, 0.01] }],
        insertion: [{ lm: 'inion', off: [0.012, 0.05, 0.02] }, { lm: 'superior-nuchal-line', off: [0.016, 0.045, 0.03] }],
        ground: { on: 'skin', depth: 0.0015 },
        thickness: 0.0035,
        tendon: [0.04, 0.15],
      },
    ],
  },
  {
    id: 'orbicularis-oculi',
    kind: 'shell',
    // a ring: `along` runs outwards from the lids, `across` round the orbit
    origin: ring('orbit', 0.013, 0.01),
    insertion: ring('orbit', 0.027, 0.022),
    ground: { on: 'skin', depth: 0.0012 },
    thickness: 0.003,
    tendon: [0.02, 0.02],
    segments: [6, 24],
  },
  {
    id: 'zygomaticus-major',
    kind: 'loft',
    path: [{ lm: 'zygoma', off: [0.012, -0.006, -0.006] }, { between: ['zygoma', 'mouth-corner'], t: 0.5, off: [0.006, 0, 0.004] }, { lm: 'mouth-corner', off: [0.004, 0.002, 0] }],
    width: 0.005,
    depthRatio: 0.5,
    tendon: [0.1, 0.08],
    ground: { on: 'skin', depth: 0.0025 },
    segments: [16, 8],
  },
  {
    id: 'platysma',
    kind: 'shell',
    origin: [{ at: [0.035, 1.375, 0.1] }, { at: [0.09, 1.4, 0.085] }, { at: [0.15, 1.41, 0.05] }],
    insertion: [{ lm: 'mouth-corner', off: [0.004, -0.01, -0.006] }, { lm: 'mandible-body', off: [0.006, -0.004, 0] }, { lm: 'mandible-angle', off: [0.008, 0.0, 0.012] }],
    ground: { on: 'skin', depth: 0.0008 },
    thickness: 0.0018,
    tendon: [0.02, 0.02],
    skinMargin: 0.0006,
  },
];

/** Points round a landmark in the plane facing forward (for ring muscles): radius across, height. */
function ring(lm: 'orbit', rx: number, ry: number): AnchorDef[] {
  const pts: AnchorDef[] = [];
  for (let k = 0; k <= 12; k++) {
    const a = (k / 12) * Math.PI * 2;
    pts.push({ lm, off: [rx * Math.cos(a), ry * Math.sin(a), 0.012] });
  }
  return pts;
}

/**
 * Neck muscles as volumes, left side, deepest first: the anterior scalene from the transverse
 * processes to rib 1 (switched over), and, written but pending, the posterior and middle scalenes and
 * the sternocleidomastoid. `across` follows each origin line from its first anchor: scalenes from
 * the upper level down, sternocleidomastoid sternal head (medial) → clavicular head (lateral).
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
];

/**
 * Written but not switched over yet: the posterior scalene, whose insertion on the second rib was
 * laid for the earlier ribs (on the flattened ribs it falls apart, 3 of 7 cm³); the middle scalene's surface still falls apart when sized (its
 * largest piece keeps 70–85 %), and the sternocleidomastoid comes out a thin strap well under its
 * size, with little room under the neck's skin over the old-generator muscles beneath; the first
 * generator keeps them.
 */
export const NECK_PENDING: VolumeDef[] = [
  {
    id: 'posterior-scalene',
    architecture: 'strap',
    // posterior tubercles of C5–C7
    origin: {
      bones: ['cervical-spine'],
      line: [{ lm: 'c5-transverse', off: [0.002, 0, -0.004] }, { lm: 'c7-transverse', off: [0.002, 0, -0.004] }],
    },
    // outer face of the second rib
    insertion: { bones: ['ribs'], line: [{ lm: 'rib-2-lateral', off: [-0.014, 0.012, -0.016] }, { lm: 'rib-2-lateral', off: [-0.008, 0.008, -0.006] }] },
    via: [[{ between: ['c7-transverse', 'rib-2-lateral'], t: 0.5, off: [0.006, 0.004, -0.008] }]],
    thickness: 0.0075,
    tendon: [0.08, 0.08],
    tendonRadius: 0.0015,
    hug: false,
    over: ['anterior-scalene'],
    volume: estimate(7, 'adult posterior scalene about 5–9 cm³, the smallest of the three'),
    cell: 0.002,
    triangles: 900,
  },
  {
    id: 'middle-scalene',
    architecture: 'strap',
    // posterior tubercles of the transverse processes of C2–C7
    origin: {
      bones: ['cervical-spine'],
      line: [{ lm: 'c2-transverse', off: [0.002, 0, -0.002] }, { lm: 'c7-transverse', off: [0.002, 0, -0.002] }],
    },
    // upper face of the first rib behind the groove for the subclavian artery
    insertion: { bones: ['ribs'], line: [{ between: ['rib-1-anterior', 'rib-1-lateral'], t: 0.6, off: [0, 0.004, 0] }, { between: ['rib-1-anterior', 'rib-1-lateral'], t: 0.85, off: [0, 0.004, 0] }] },
    via: [[{ between: ['c4-transverse', 'rib-1-lateral'], t: 0.5, off: [0.004, 0, 0.004] }, { between: ['c6-transverse', 'rib-1-lateral'], t: 0.5, off: [0.004, 0, 0.0] }]],
    thickness: 0.0065,
    tendon: [0.06, 0.06],
    tendonRadius: 0.0013,
    hug: false,
    over: ['anterior-scalene'],
    volume: estimate(14, 'adult middle scalene about 10–18 cm³, the largest of the three'),
    cell: 0.002,
    triangles: 1000,
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
    // the sternal head reaches the superior nuchal line, the clavicular head the mastoid's lateral face
    insertion: {
      bones: ['skull'],
      line: [{ lm: 'superior-nuchal-line', off: [0.012, -0.002, 0.014] }, { lm: 'mastoid', off: [0.004, 0.006, 0.004] }],
    },
    // up the side of the neck just under the skin, the sternal head in front of the clavicular
    via: [
      [{ at: [0.024, 1.452, 0.048] }, { at: [0.045, 1.455, 0.04] }],
      [{ at: [0.043, 1.505, 0.028] }, { at: [0.05, 1.505, 0.01] }],
    ],
    thickness: 0.014,
    tendon: [0.06, 0.05],
    hug: false,
    over: ['anterior-scalene', 'middle-scalene', 'posterior-scalene'],
    volume: estimate(45, 'mean cross-section about 512 mm² along C3–C7 in young men (Stemper et al. 2010, Aviat Space Environ Med 81:878) over a 15–16 cm tapering belly'),
    cell: 0.0025,
    triangles: 2000,
  },
];

/**
 * The infrahyoid ("strap") muscles of the front of the neck, left side. The dataset lists none of
 * them, so they are tissue with the muscle look (`look: 'muscle'`: drawn as muscle, never picked).
 * From deep to superficial: the thyrohyoid, a short quadrilateral sheet from the oblique line of the
 * thyroid lamina up to the lower border of the greater horn of the hyoid; the sternothyroid, wider,
 * from the back of the manubrium below the sternohyoid's origin up over the trachea to the same oblique
 * line; the sternohyoid in front of both, beside the midline, from the back of the manubrium and the
 * medial end of the clavicle to the lower border of the hyoid's body; the omohyoid's superior belly
 * lateral to the sternohyoid, from the hyoid's body down and out across the larynx to its intermediate
 * tendon behind the sternocleidomastoid, bound to the clavicle by its fascial sling (the inferior belly
 * to the scapula is left out). Every strap is kept out of the sternocleidomastoid and the platysma.
 * Sizes from Gray's Anatomy (41st ed., ch. 29: straps 1–2.5 cm wide, a few millimetres thick);
 * `across` runs medial → lateral.
 */
import type { TissueDef } from '../types';

/** What the straps lie beside and under. */
const NEIGHBOURS = ['sternocleidomastoid', 'platysma'] as const;

export const NECK_FRONT_TISSUES: TissueDef[] = [
  {
    id: 'thyrohyoid',
    name: 'thyrohyoid',
    // peel layer 3: under the sternohyoid
    layer: 3,
    look: 'muscle',
    architecture: 'quadrilateral',
    // the oblique line of the thyroid lamina, its upper part
    origin: { bones: ['larynx'], line: [{ at: [0.012, 1.474, 0.028] }, { at: [0.018, 1.478, 0.02] }] },
    // the lower border of the greater horn, medial to its tip (lateral end off the horn's tubercle)
    insertion: { bones: ['hyoid'], line: [{ at: [0.0135, 1.4915, 0.031] }, { at: [0.0175, 1.4935, 0.022] }] },
    thickness: 0.0028,
    tendon: [0.06, 0.06],
    tendonRadius: 0.0012,
    hug: false,
    endPad: 0.0025,
    over: [...NEIGHBOURS],
    volume: null,
    cell: 0.0009,
    triangles: 200,
  },
  {
    id: 'sternothyroid',
    name: 'sternothyroid',
    // peel layer 3: under the sternohyoid
    layer: 3,
    look: 'muscle',
    architecture: 'strap',
    // the back of the manubrium, below the sternohyoid's origin, from beside the midline out
    origin: { bones: ['sternum'], line: [{ at: [0.003, 1.41, 0.052] }, { at: [0.017, 1.412, 0.051] }] },
    // the oblique line of the thyroid lamina, its lower part
    insertion: { bones: ['larynx'], line: [{ at: [0.01, 1.466, 0.031] }, { at: [0.017, 1.47, 0.022] }] },
    // in front of the trachea and the cricoid
    via: [
      [{ at: [0.004, 1.435, 0.035] }, { at: [0.017, 1.437, 0.031] }],
      [{ at: [0.006, 1.456, 0.037] }, { at: [0.017, 1.458, 0.031] }],
    ],
    thickness: 0.0035,
    tendon: [0.04, 0.04],
    tendonRadius: 0.0012,
    hug: false,
    endPad: 0.003,
    over: [...NEIGHBOURS],
    overTissues: ['thyrohyoid'],
    volume: null,
    cell: 0.0009,
    triangles: 400,
  },
  {
    id: 'sternohyoid',
    name: 'sternohyoid',
    // peel layer 2: under the platysma and the sternocleidomastoid
    layer: 2,
    look: 'muscle',
    architecture: 'strap',
    // the back of the manubrium at the jugular notch and the medial end of the clavicle
    origin: { bones: ['sternum', 'clavicle'], line: [{ at: [0.005, 1.424, 0.045] }, { at: [0.019, 1.427, 0.047] }] },
    // the lower border of the hyoid's body, beside the midline
    insertion: { bones: ['hyoid'], line: [{ at: [0.0015, 1.4905, 0.04] }, { at: [0.008, 1.4905, 0.038] }] },
    // in front of the cricoid and the laryngeal prominence, converging on the midline
    via: [
      [{ at: [0.005, 1.445, 0.045] }, { at: [0.016, 1.445, 0.039] }],
      [{ at: [0.003, 1.47, 0.045] }, { at: [0.011, 1.47, 0.04] }],
    ],
    thickness: 0.0028,
    tendon: [0.04, 0.04],
    tendonRadius: 0.0012,
    hug: false,
    endPad: 0.003,
    over: [...NEIGHBOURS],
    overTissues: ['sternothyroid', 'thyrohyoid'],
    volume: null,
    cell: 0.001,
    triangles: 400,
  },
  {
    id: 'omohyoid',
    name: 'omohyoid (superior belly)',
    // peel layer 2: under the platysma and the sternocleidomastoid
    layer: 2,
    look: 'muscle',
    architecture: 'strap',
    // the lower border of the hyoid's body, lateral to the sternohyoid
    origin: { bones: ['hyoid'], line: [{ at: [0.0095, 1.4905, 0.0365] }, { at: [0.0125, 1.491, 0.0335] }] },
    // the intermediate tendon, bound by its fascial sling to the medial third of the clavicle behind the sternocleidomastoid
    insertion: { bones: ['clavicle'], line: [{ between: ['sternoclavicular', 'clavicle-mid'], t: 0.3, off: [0, 0.004, -0.009] }, { between: ['sternoclavicular', 'clavicle-mid'], t: 0.42, off: [0, 0.004, -0.009] }] },
    // down and out lateral to the thyrohyoid and in front of the thyroid's posterior border
    via: [[{ at: [0.021, 1.474, 0.032] }, { at: [0.025, 1.474, 0.029] }], [{ at: [0.033, 1.455, 0.03] }, { at: [0.037, 1.455, 0.027] }]],
    thickness: 0.003,
    tendon: [0.05, 0.25],
    tendonRadius: 0.0014,
    hug: false,
    endPad: 0.003,
    over: [...NEIGHBOURS],
    overTissues: ['thyrohyoid', 'sternothyroid', 'sternohyoid'],
    volume: null,
    cell: 0.001,
    triangles: 350,
  },
];

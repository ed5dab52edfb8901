/**
 * The arm as volumes, left side, deepest first: coracobrachialis and brachialis on the humerus, the
 * triceps behind, then the biceps over coracobrachialis and brachialis; anconeus is in ./forearm.ts. `across` runs from the first anchor of
 * each footprint line to the last: medial → lateral for all of them (the dataset's convention for limb
 * muscles seen from the front or the back), so the biceps' short head is across 0.3 and its long head 0.7,
 * and the triceps' long head is medial, the lateral head lateral and the medial head between and deep.
 */
import { armPoint, forearmPoint } from '../../figure';
import type { CitedVolume, TissueDef, VolumeDef } from '../types';

/**
 * Holzbaur et al. 2007 (J Biomech 40:742–749, MRI of 10 adults) report each upper-limb muscle as a
 * fraction of the limb's muscle volume (totals 1427–4426 cm³); the figure takes a mid-range 2500 cm³,
 * as the scapular region does. The fractions below are approximate readings of that table (the
 * deltoid's 15.2 % and the extensor indicis' 0.2 %, the extremes, are quoted in its abstract), so they
 * carry wide tolerances.
 */
export const UPPER_LIMB_TOTAL_CM3 = 2500;

/** A volume from an approximate Holzbaur et al. 2007 fraction of the upper limb's muscle volume. */
export function holzbaurFraction(fraction: number, what: string, tolerance = 0.4): CitedVolume {
  return {
    cm3: Math.round(UPPER_LIMB_TOTAL_CM3 * fraction),
    source: `Holzbaur KRS et al. 2007, J Biomech 40:742–749 (MRI, 10 adults): ${what} about ${(fraction * 100).toFixed(1)} % of the upper limb muscle volume (approximate fraction) × ${UPPER_LIMB_TOTAL_CM3} cm³`,
    tolerance,
  };
}

/**
 * Depth under the skin kept by tendons and small muscles where the skin is thin over bone (wrist, hand,
 * fingers): the default 3 mm leaves no room there and cuts the tendons apart.
 */
export const TENDON_SKIN_MARGIN = 0.0012;

export const ARM: VolumeDef[] = [
  {
    // from the coracoid tip with the short head of biceps down the medial side of the humerus to mid-shaft
    id: 'coracobrachialis',
    architecture: 'strap',
    origin: { bones: ['scapula'], line: [{ lm: 'coracoid', off: [0.002, -0.006, 0.004] }, { lm: 'coracoid', off: [0.006, -0.008, 0.0] }] },
    insertion: { bones: ['humerus'], line: [{ at: armPoint(0.14, -0.012, 0.004) }, { at: armPoint(0.165, -0.0115, 0.003) }] },
    via: [[{ at: armPoint(0.055, -0.026, 0.026) }, { at: armPoint(0.06, -0.024, 0.018) }]],
    thickness: 0.016,
    tendon: [0.08, 0.08],
    hug: false,
    over: ['subscapularis', 'teres-major'],
    volume: holzbaurFraction(0.012, 'coracobrachialis'),
    triangles: 700,
  },
  {
    // the lower half of the front of the humerus, embracing the deltoid insertion, to the coronoid process
    id: 'brachialis',
    architecture: 'fan',
    origin: {
      bones: ['humerus'],
      line: [{ at: armPoint(0.16, -0.012, 0.004) }, { at: armPoint(0.15, 0.0, 0.011) }, { at: armPoint(0.15, 0.013, 0.004) }],
    },
    insertion: { bones: ['ulna'], line: [{ at: forearmPoint(0.026, -0.015, 0.012) }, { at: forearmPoint(0.032, -0.007, 0.012) }] },
    via: [[{ at: armPoint(0.235, -0.024, 0.012) }, { at: armPoint(0.24, 0.0, 0.02) }, { at: armPoint(0.235, 0.022, 0.012) }]],
    thickness: 0.02,
    tendon: [0.02, 0.12],
    hug: true,
    over: ['coracobrachialis'],
    volume: holzbaurFraction(0.045, 'brachialis'),
    triangles: 1000,
  },
  {
    // long head from the infraglenoid tubercle (medial), medial head from the lower back of the humerus (deep, between),
    // lateral head from the upper back of the humerus (lateral); one tendon to the olecranon
    id: 'triceps-brachii',
    architecture: 'multi-headed',
    heads: 3,
    origin: {
      bones: ['scapula', 'humerus'],
      line: [{ lm: 'glenoid', off: [-0.002, -0.03, -0.016] }, { at: armPoint(0.13, -0.004, -0.012) }, { at: armPoint(0.05, 0.014, -0.014) }],
    },
    insertion: { bones: ['ulna'], line: [{ lm: 'olecranon', off: [-0.008, 0.012, 0.004] }, { lm: 'olecranon', off: [0.008, 0.014, 0.004] }] },
    via: [
      [{ at: armPoint(0.16, -0.028, -0.026) }, { at: armPoint(0.17, -0.006, -0.036) }, { at: armPoint(0.16, 0.022, -0.03) }],
      [{ at: armPoint(0.25, -0.014, -0.03) }, { at: armPoint(0.255, 0.0, -0.034) }, { at: armPoint(0.25, 0.014, -0.03) }],
    ],
    thickness: 0.036,
    tendon: [0.06, 0.16],
    hug: false,
    over: ['teres-major', 'teres-minor'],
    volume: holzbaurFraction(0.15, 'triceps brachii (three heads)', 0.35),
    triangles: 1800,
  },
{
    // short head from the coracoid (medial), long head from the supraglenoid tubercle over the humeral head and down the
    // intertubercular groove (lateral); one belly to the radial tuberosity
    id: 'biceps-brachii',
    architecture: 'multi-headed',
    heads: 2,
    // (the short head's footprint on the lateral side of the coracoid's tip, beside the coracobrachialis: 4 mm
    // nearer to it and 4 mm further forward, it was squeezed between the coracobrachialis and the skin, 4 mm
    // over it, and cut off the tip)
    origin: { bones: ['scapula'], line: [{ lm: 'coracoid', off: [0.007, -0.011, 0.002] }, { lm: 'glenoid', off: [0.001, 0.018, 0.002] }] },
    insertion: { bones: ['radius'], line: [{ lm: 'radial-tuberosity', off: [0, 0.003, 0.001] }, { lm: 'radial-tuberosity', off: [0, -0.003, 0.001] }] },
    via: [
      [{ at: armPoint(0.06, -0.018, 0.03) }, { lm: 'bicipital-groove', off: [0, -0.012, 0.004] }],
      [{ at: armPoint(0.16, -0.012, 0.035) }, { at: armPoint(0.16, 0.01, 0.035) }],
      [{ at: armPoint(0.265, -0.004, 0.029) }, { at: armPoint(0.265, 0.004, 0.029) }],
    ],
    thickness: 0.034,
    tendon: [0.22, 0.2],
    hug: false,
    // held at most 4 mm off the brachialis and coracobrachialis instead of pushed on to the skin (the
    // drape survey found half its axis there), which kept the short head on the coracoid
    steadyDrape: true,
    drapeReach: 0.004,
    over: ['brachialis', 'coracobrachialis'],
    volume: holzbaurFraction(0.05, 'biceps brachii (both heads)'),
    // (fewer than 1200: the model stays within its 2.5 MB)
    triangles: 960,
  },
];

/**
 * Written, not switched over yet: none (the biceps is built; its belly now runs a centimetre deeper, under
 * the skin of the front of the arm instead of at it).
 */
export const ARM_PENDING: VolumeDef[] = [];

/** Connective tissue of the arm, drawn as tendon: the bicipital aponeurosis. Built after every muscle. */
export const ARM_TISSUES: TissueDef[] = [
  {
    // the lacertus fibrosus: from the medial side of the biceps tendon in the cubital fossa, down and medially over the
    // flexor mass into the deep fascia of the forearm on the ulnar side (across: proximal 0 → distal 1)
    id: 'bicipital-aponeurosis',
    name: 'bicipital aponeurosis',
    architecture: 'quadrilateral',
    origin: { bones: ['radius'], underSkin: 0.009, line: [{ at: forearmPoint(-0.008, -0.004, 0.026) }, { at: forearmPoint(0.012, -0.005, 0.024) }] },
    insertion: { bones: ['ulna'], underSkin: 0.0022, line: [{ at: forearmPoint(0.04, -0.03, 0.02) }, { at: forearmPoint(0.07, -0.028, 0.018) }] },
    thickness: 0.004,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0012,
    skinMargin: TENDON_SKIN_MARGIN,
    hug: true,
    over: ['biceps-brachii', 'brachialis', 'pronator-teres', 'flexor-carpi-radialis'],
    volume: null,
    cell: 0.0012,
    triangles: 300,
  },
];

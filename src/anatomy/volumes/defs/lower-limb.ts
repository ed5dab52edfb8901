/**
 * The thigh and leg volumes in build order (deepest first, after the gluteal region, the hamstrings,
 * soleus and iliopsoas), and those written but not switched over yet: which list a muscle is in is
 * decided here, so switching one over rebuilds only it and the muscles over it.
 */
import type { VolumeDef } from '../types';
import { ADDUCTORS, GRACILIS } from './adductors';
import { CALF_SUPERFICIAL } from './calf';
import { LEG_FRONT } from './leg-front';
import { QUADRICEPS, THIGH_SUPERFICIAL } from './thigh-front';

/** Every lower-limb volume in build order: rectus femoris after the vasti, sartorius after gracilis. */
const ORDERED: VolumeDef[] = [...QUADRICEPS, ...ADDUCTORS, ...THIGH_SUPERFICIAL.slice(0, 1), ...GRACILIS, ...THIGH_SUPERFICIAL.slice(1), ...CALF_SUPERFICIAL, ...LEG_FRONT];

/**
 * Not switched over yet, and why: gracilis comes apart where it is squeezed between the adductor
 * magnus, the semitendinosus and the skin behind the medial condyle, so its pubic end is lost (8–12 mm
 * short of the footprint) and it overlaps adductor magnus by 8–11 % in the lower thigh; sartorius,
 * built over it, overlaps it and the rectus femoris by 5–6 % where the three meet (both were closer
 * with other via lines; they need room made under the medial skin first). Tibialis anterior
 * reaches its footprints and its volume (about 98 of 110 cm³) but where its tendon bends over the front
 * of the ankle, under the concave skin between the shin and the dorsum of the foot, edges 3–4 cm long
 * cut through the skin mesh.
 */
const PENDING_IDS: ReadonlySet<string> = new Set(['sartorius', 'gracilis', 'tibialis-anterior']);

/** Switched over: built as volumes. */
export const LOWER_LIMB: VolumeDef[] = ORDERED.filter((d) => !PENDING_IDS.has(d.id));

/** Written, not switched over yet. */
export const LOWER_LIMB_PENDING: VolumeDef[] = ORDERED.filter((d) => PENDING_IDS.has(d.id));

/**
 * The thigh and leg volumes in build order (deepest first, after the gluteal region, the hamstrings,
 * soleus and iliopsoas), and those written but not switched over yet: which list a muscle is in is
 * decided here, so switching one over rebuilds only it and the muscles over it.
 */
import type { VolumeDef } from '../types';
import { ADDUCTORS, GRACILIS } from './adductors';
import { CALF_SUPERFICIAL } from './calf';
import { LEG_FRONT, LEG_FRONT_PENDING_IDS } from './leg-front';
import { QUADRICEPS, THIGH_SUPERFICIAL } from './thigh-front';

/** Every lower-limb volume in build order: rectus femoris after the vasti, sartorius after gracilis. */
const ORDERED: VolumeDef[] = [...QUADRICEPS, ...ADDUCTORS, ...THIGH_SUPERFICIAL.slice(0, 1), ...GRACILIS, ...THIGH_SUPERFICIAL.slice(1), ...CALF_SUPERFICIAL, ...LEG_FRONT];

/**
 * Not switched over yet, and why: extensor hallucis longus, extensor digitorum longus and the fibulars
 * (see LEG_FRONT_PENDING_IDS in defs/leg-front.ts).
 */
const PENDING_IDS: ReadonlySet<string> = new Set([...LEG_FRONT_PENDING_IDS]);

/** Switched over: built as volumes. */
export const LOWER_LIMB: VolumeDef[] = ORDERED.filter((d) => !PENDING_IDS.has(d.id));

/** Written, not switched over yet. */
export const LOWER_LIMB_PENDING: VolumeDef[] = ORDERED.filter((d) => PENDING_IDS.has(d.id));

/**
 * The thigh and leg volumes in build order (deepest first, after the gluteal region, the hamstrings,
 * soleus and iliopsoas), and those written but not switched over yet: which list a muscle is in is
 * decided here, so switching one over rebuilds only it and the muscles over it.
 */
import type { VolumeDef } from '../types';
import { ADDUCTORS, GRACILIS } from './adductors';
import { CALF_SUPERFICIAL } from './calf';
import { QUADRICEPS, THIGH_SUPERFICIAL } from './thigh-front';

/** Every lower-limb volume in build order: rectus femoris after the vasti, sartorius after gracilis. */
const ORDERED: VolumeDef[] = [...QUADRICEPS, ...ADDUCTORS, ...THIGH_SUPERFICIAL.slice(0, 1), ...GRACILIS, ...THIGH_SUPERFICIAL.slice(1), ...CALF_SUPERFICIAL];

/**
 * Not switched over yet, and why: rectus femoris overlaps iliacus by about 16 % of that muscle's volume
 * (the iliacus passes over the anterior inferior iliac spine in front of the hip, where rectus femoris
 * arises) and leaves the spine 12 mm short; sartorius overlaps rectus femoris (20 %) and is torn along
 * its upper third where it crosses it; tensor fasciae latae's band overlaps vastus lateralis (9 %) and
 * comes out a third above its volume; gracilis overlaps adductor magnus and vastus medialis by about
 * 10 % and ends 8 mm short of its pubic footprint (the skin clamp presses it into them: they must leave
 * room under the medial skin first); gastrocnemius's heads stop at the tibial plateau 2–5 cm short of
 * the femoral condyles, it overlaps the soleus by a quarter near their common tendon and comes out at
 * 40 % of its volume once clamped under the skin (the soleus must leave it room in the upper calf).
 */
const PENDING_IDS: ReadonlySet<string> = new Set(['rectus-femoris', 'sartorius', 'tensor-fasciae-latae', 'gracilis', 'gastrocnemius']);

/** Switched over: built as volumes. */
export const LOWER_LIMB: VolumeDef[] = ORDERED.filter((d) => !PENDING_IDS.has(d.id));

/** Written, not switched over yet. */
export const LOWER_LIMB_PENDING: VolumeDef[] = ORDERED.filter((d) => PENDING_IDS.has(d.id));

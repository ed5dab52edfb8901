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
 * Not switched over yet, and why: gracilis comes apart where it is squeezed between the adductor
 * magnus, the semitendinosus and the skin behind the medial condyle, so its pubic end is lost (8–12 mm
 * short of the footprint) and it overlaps adductor magnus by 8–11 % in the lower thigh; sartorius,
 * built over it, overlaps it and the rectus femoris by 5–6 % where the three meet (both were closer
 * with other via lines; they need room made under the medial skin first); gastrocnemius, now ending
 * on the upper end of the Achilles tendon (a tissue) instead of on the calcaneus, reaches the femoral
 * condyles, but below mid-calf the soleus fills the leg up to the skin, so its lower belly is cut away
 * unless the soleus lies 8 mm under the skin, which leaves the soleus 9 mm off its fibular footprint;
 * and where its footprints stand off the surface the footprint pull drags and folds it (about 210 of
 * 385 cm³ once written, 16 % inside the soleus, edges through the skin). Its heads also start from one
 * line across both condyles, so they do not yet part round the popliteal fossa. Extensor hallucis longus,
 * extensor digitorum longus and fibularis longus: see LEG_FRONT_PENDING_IDS in defs/leg-front.ts.
 */
const PENDING_IDS: ReadonlySet<string> = new Set(['sartorius', 'gracilis', 'gastrocnemius', ...LEG_FRONT_PENDING_IDS]);

/** Switched over: built as volumes. */
export const LOWER_LIMB: VolumeDef[] = ORDERED.filter((d) => !PENDING_IDS.has(d.id));

/** Written, not switched over yet. */
export const LOWER_LIMB_PENDING: VolumeDef[] = ORDERED.filter((d) => PENDING_IDS.has(d.id));

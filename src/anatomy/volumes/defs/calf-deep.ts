/**
 * The deep posterior compartment of the leg, under the soleus and behind the interosseous membrane:
 * tibialis posterior, flexor digitorum longus, flexor hallucis longus (their tendons behind the medial
 * malleolus), and the plantaris. Built before the calf (defs/calf.ts), so the soleus can lie over them.
 */
import type { VolumeDef } from '../types';

/** Switched over: built as volumes. */
export const CALF_DEEP: VolumeDef[] = [];

/** Written, not switched over yet (each with its reason). */
export const CALF_DEEP_PENDING: VolumeDef[] = [];

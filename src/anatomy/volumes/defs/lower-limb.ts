/**
 * The thigh and leg volumes in build order (deepest first, after the gluteal region, the hamstrings,
 * soleus and iliopsoas), and those written but not switched over yet: which list a muscle is in is
 * decided here, so switching one over rebuilds only it and the muscles over it.
 */
import type { VolumeDef } from '../types';
import { ADDUCTORS, ADDUCTORS_PENDING } from './adductors';
import { CALF_PENDING } from './calf';
import { QUADRICEPS, THIGH_PENDING } from './thigh-front';

/** Switched over: built as volumes. */
export const LOWER_LIMB: VolumeDef[] = [...QUADRICEPS, ...ADDUCTORS];

/** Written, not switched over yet (see each file for why). */
export const LOWER_LIMB_PENDING: VolumeDef[] = [...THIGH_PENDING, ...ADDUCTORS_PENDING, ...CALF_PENDING];

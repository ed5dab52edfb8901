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
 * Not switched over yet, and why: sartorius reaches its footprints and passes over the gracilis behind
 * the medial condyle, but in the groin the iliacus, psoas major and rectus femoris, and lower the
 * adductor longus, fill the thigh up to the skin, so where it crosses them it is squeezed to a few
 * millimetres, its upper third is cut ragged, and it overlaps the psoas major by about 6 % (7 % with a
 * via line lateral to the psoas, which also overlaps the rectus femoris); it needs room made over those
 * muscles first (a larger skin margin on the rectus femoris and adductor longus, the iliopsoas kept
 * further under the skin below the inguinal ligament). Built as a sheet (sheet: true, 8 fibres) it
 * passes the volume, footprint, overlap and skin tests, but its upper third is still ragged, with a
 * spur, so it stays here.
 * Extensor hallucis longus, extensor digitorum longus and the fibulars: see LEG_FRONT_PENDING_IDS in
 * defs/leg-front.ts.
 */
const PENDING_IDS: ReadonlySet<string> = new Set(['sartorius', ...LEG_FRONT_PENDING_IDS]);

/** Switched over: built as volumes. */
export const LOWER_LIMB: VolumeDef[] = ORDERED.filter((d) => !PENDING_IDS.has(d.id));

/** Written, not switched over yet. */
export const LOWER_LIMB_PENDING: VolumeDef[] = ORDERED.filter((d) => PENDING_IDS.has(d.id));

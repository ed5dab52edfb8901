/**
 * The muscles of the foot (extensor digitorum brevis on the dorsum; abductor hallucis, flexor digitorum
 * brevis, abductor digiti minimi, quadratus plantae and flexor hallucis brevis in the sole) and the
 * plantar aponeurosis. Built after the leg (the long tendons they lie on or beside come first).
 */
import type { TissueDef, VolumeDef } from '../types';

/** Switched over: built as volumes. */
export const FOOT: VolumeDef[] = [];

/** Written, not switched over yet (each with its reason). */
export const FOOT_PENDING: VolumeDef[] = [];

/** Connective tissue of the foot, drawn as tendon. */
export const FOOT_TISSUES: TissueDef[] = [];

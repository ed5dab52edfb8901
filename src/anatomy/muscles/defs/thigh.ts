/** Muscles of the thigh. Left side. */
import type { MuscleDef } from '../types';

export const THIGH: MuscleDef[] = [];

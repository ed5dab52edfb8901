/** Muscles of the foot. Left side. */
import type { MuscleDef } from '../types';

export const FOOT: MuscleDef[] = [];

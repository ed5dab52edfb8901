/** Muscles of the hand. Left side. */
import type { MuscleDef } from '../types';

export const HAND: MuscleDef[] = [];

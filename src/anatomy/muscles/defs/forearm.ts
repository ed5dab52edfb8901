/** Muscles of the forearm. Left side. */
import type { MuscleDef } from '../types';

export const FOREARM: MuscleDef[] = [];

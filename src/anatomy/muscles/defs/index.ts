/** Every muscle definition, gathered from the body-region files. */
import type { MuscleDef } from '../types';
import { ARM } from './arm';
import { FOOT } from './foot';
import { FOREARM } from './forearm';
import { HAND } from './hand';
import { HEAD } from './head';
import { LEG } from './leg';
import { NECK } from './neck';
import { PELVIS } from './pelvis';
import { SHOULDER } from './shoulder';
import { THIGH } from './thigh';
import { TRUNK } from './trunk';

export const MUSCLE_DEFS: readonly MuscleDef[] = [
  ...HEAD,
  ...NECK,
  ...SHOULDER,
  ...ARM,
  ...FOREARM,
  ...HAND,
  ...TRUNK,
  ...PELVIS,
  ...THIGH,
  ...LEG,
  ...FOOT,
];

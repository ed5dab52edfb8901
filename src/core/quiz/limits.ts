/** The quiz's numeric limits, apart from the generator so links and the embed API can check them cheaply. */

/** The most questions one quiz asks. */
export const MAX_LENGTH = 30;
/** Questions in a quiz when none is asked for. */
export const DEFAULT_LENGTH = 5;
/** The largest seed (seeds are unsigned 32-bit integers). */
export const MAX_SEED = 0xffffffff;

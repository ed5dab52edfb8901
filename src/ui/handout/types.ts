/** What the handout page is given: pictures rendered elsewhere (the app shell wires the renderer in). */
import type { Side } from '../../core/frame';

/** One rendered pain-map picture. */
export interface PrintPicture {
  muscleId: string;
  side: Side;
  /** Caption, e.g. "Back". */
  label: string;
  src: string;
  width: number;
  height: number;
}

/** The state of the pictures: still rendering, done, or failed with a reason. */
export type PicturesState =
  | { status: 'rendering' }
  | { status: 'ready'; pictures: PrintPicture[] }
  | { status: 'error'; message: string };

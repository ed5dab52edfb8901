/** What the build's steps share: the fields that muscles are laid on. */
import type { BoneId } from '../core/model-contract';

/** A signed distance in metres at (x, y, z): negative inside the surface, positive outside. */
export type Field = (x: number, y: number, z: number) => number;

export interface BuildContext {
  /** The skin surface of the whole body. */
  skin: Field;
  /** The union of all bones. */
  bones: Field;
  /** One bone (or the union of several), by bone id (see src/anatomy/bones/). Sided bones take the left side. */
  bone: (ids: readonly BoneId[]) => Field;
}

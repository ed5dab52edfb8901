/** How a muscle is described for the generator: attachments on landmarks and a shape kind. */
import type { LandmarkId } from '../../core/landmarks';
import type { KnownMuscleId } from '../../core/muscle-ids';
import type { BoneId } from '../../core/model-contract';
import type { V3 } from '../vec';

/**
 * A point on the left side of the standard figure: a landmark, a landmark moved by `off` metres
 * (x away from the midline, y up, z forward), a fraction `t` between two landmarks, or a raw point.
 */
export type AnchorDef =
  | LandmarkId
  | { lm: LandmarkId; off: V3 }
  | { between: [LandmarkId, LandmarkId]; t: number; off?: V3 }
  | { at: V3 };

/** What a muscle is laid on. */
export type Ground =
  /** Just under the skin: the outer face lies `depth` m inside the skin. */
  | { on: 'skin'; depth: number }
  /** On bone: the inner face lies `height` m outside the named bones (left side). */
  | { on: 'bone'; bones: readonly BoneId[]; height: number }
  /** Free in space (only kept inside the skin and outside bone). */
  | { on: 'free' };

interface MuscleDefBase {
  id: KnownMuscleId;
  /** Keep clear of these bones (pushed out to this clearance); default: all bones, 2 mm. */
  clearBones?: boolean;
  /** Minimum depth under the skin in metres (default 2 mm). */
  skinMargin?: number;
  /** Grid resolution along and across (default depends on size). */
  segments?: [number, number];
}

/**
 * A sheet of fibres between an origin line and an insertion line (flat muscles, fans, caps).
 * Fibre curves run from origin(v) through via(v) to insertion(v); v = 0 is the medial (or superior) edge.
 */
export interface ShellDef extends MuscleDefBase {
  kind: 'shell';
  origin: readonly AnchorDef[];
  insertion: readonly AnchorDef[];
  /** Optional control line the fibres pass near at mid-length (a quadratic Bézier per fibre). */
  via?: readonly AnchorDef[];
  ground: Ground;
  /** Belly thickness in metres. */
  thickness: number;
  /** Fractions of the length that are thin tendon at the origin and insertion ends. */
  tendon?: [number, number];
}

/**
 * A spindle along a path from origin to insertion with elliptical sections (fusiform muscles).
 * `width` is the belly's half-width and `depthRatio` its half-depth over half-width.
 */
export interface LoftDef extends MuscleDefBase {
  kind: 'loft';
  path: readonly AnchorDef[];
  width: number;
  depthRatio?: number;
  /** Direction of the section's width (default: across the path, parallel to the skin). */
  widthAxis?: V3;
  tendon?: [number, number];
  ground: Ground;
  /** Where the belly is fullest along the path (default 0.5). */
  bellyAt?: number;
}

type PartDef = Omit<ShellDef, 'id'> | Omit<LoftDef, 'id'>;

/**
 * A muscle of several bellies built as one mesh (digastric, occipitofrontalis).
 * Trigger-point `along` is split evenly over the parts in order: part k covers [k/n, (k+1)/n].
 */
export interface CompoundDef {
  id: KnownMuscleId;
  kind: 'compound';
  parts: readonly PartDef[];
}

export type MuscleDef = ShellDef | LoftDef | CompoundDef;

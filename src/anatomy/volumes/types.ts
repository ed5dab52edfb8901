/**
 * How a muscle is described for the volume generator: footprints on bone, fibres between them, an
 * architecture template, a published volume to size it by, and what it lies on.
 */
import type { KnownMuscleId } from '../../core/muscle-ids';
import type { BoneId } from '../../core/model-contract';
import type { AnchorDef } from '../muscles/types';

/**
 * The architecture template: how thickness varies along and across the fibres.
 * fan: wide origin converging on a narrow insertion, thickest towards the insertion third;
 * strap: parallel fibres, even thickness; quadrilateral: a flat sheet of near-parallel fibres;
 * unipennate / bipennate: a belly thickest at mid-length with a long tendon on one end;
 * multi-headed: like a fan, with shallow grooves between `heads` parts.
 */
export type Architecture = 'fan' | 'strap' | 'quadrilateral' | 'unipennate' | 'bipennate' | 'multi-headed';

/** A published volume the muscle is sized to, with its source and how far the model may stray from it. */
export interface CitedVolume {
  /** Millilitres (cm³) for the standard 1.75 m adult. */
  cm3: number;
  /** Reference: authors, year, journal (and how the number was derived for our figure). */
  source: string;
  /** Allowed relative difference of the built volume (0.3 = ±30 %). */
  tolerance: number;
}

/** An attachment: a line of anchors (across 0 → 1) projected onto the named bones' surface. */
export interface Footprint {
  bones: readonly BoneId[];
  line: readonly AnchorDef[];
}

/** A shape the volume generator builds: a dataset muscle or a stand-alone connective tissue. */
export interface VolumeShape {
  id: string;
  architecture: Architecture;
  /** Number of parts for 'multi-headed' (grooves between them; one mesh). */
  heads?: number;
  origin: Footprint;
  insertion: Footprint;
  /**
   * Via lines the fibres pass near, in order from origin to insertion; each is a line of anchors
   * across the muscle (a single anchor is shared by every fibre).
   */
  via?: readonly (readonly AnchorDef[])[];
  /** Belly thickness in metres before sizing to the volume (a starting guess). */
  thickness: number;
  /** Fractions of the fibre length that are tendon at the origin and insertion ends. */
  tendon: [number, number];
  /** Radius of a fibre where it is tendon, in metres (default 0.0025). */
  tendonRadius?: number;
  /** Lie on the ground along the whole length (sheets on a fossa) or only keep out of it (free bellies). */
  hug: boolean;
  /** Extra clearance above the ground in metres, for layers not yet built as volumes (default 0). */
  lift?: number;
  /**
   * Least depth under the skin in metres (default 3 mm), and the blend of that cut (default 4 mm, never
   * more than the margin plus 1 mm): smaller for tendons where the skin is thin over bone (wrist, hand).
   */
  skinMargin?: number;
  /**
   * Leave a fibre point where it is when the ground around it is flat: the distance grid of a volume
   * beneath is capped a few cells out, and pushing along its (noise) gradient there throws a thick
   * belly's fibres about and cuts it apart (default false).
   */
  steadyDrape?: boolean;
  /**
   * A broad thin sheet (latissimus, trapezius, rhomboids, serrati posteriores): fibres as close across
   * as their radius asks (not capped at 30), sampled about every cell along, draped together (each
   * point eased towards its neighbours across, so the sheet stays one surface over ribs and processes)
   * drawn under the skin by their radius plus the skin margin and pushed out of the true ground to
   * their full radius, so no fibre sinks into a rib or a deeper volume, none is cut off by the skin,
   * and the cut leaves no islands (default false).
   */
  sheet?: boolean;
  /**
   * How far from its fibre ends (m) the muscle may enter the volumes beneath, at their shared
   * attachments (default 22 mm, never less than its pad plus a cell): smaller for a sheet whose
   * origin is a long line of spinous processes that the muscle beneath shares.
   */
  attachmentZone?: number;
  /** Muscles built as volumes earlier that this one lies on or beside: it is kept out of them. */
  over: readonly KnownMuscleId[];
  /** Connective tissues (TissueDef ids) this one lies on: built before it, kept out of (default none). */
  overTissues?: readonly string[];
  volume: CitedVolume | null;
  /** Grid cell in metres (default: by the muscle's size, see volumeCell in build-volume.ts). */
  cell?: number;
  /** Triangle budget after simplification (default: by its surface area, see budget.ts). */
  triangles?: number;
}

/** One dataset muscle as a volume. */
export interface VolumeDef extends VolumeShape {
  id: KnownMuscleId;
}

/**
 * A stand-alone connective tissue (fascia, aponeurosis, retinaculum) built like a thin volume muscle
 * and drawn in the tendon colour (node kind 'tendon', never picked). `id` names the tissue.
 */
export interface TissueDef extends VolumeShape {
  /** What an atlas calls it, for the README and tests. */
  name: string;
}

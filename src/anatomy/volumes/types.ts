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

/**
 * Where along its fibres a belly is fullest and how thin it gets towards its ends, in place of the
 * template's profile: a thick muscle whose flesh tapers to both attachments (the gluteus maximus,
 * fullest over the ischial tuberosity and thinning to its crest origin and its band) instead of a
 * block of even thickness with blunt ends.
 */
export interface BellyShape {
  /** Fraction of the fleshy length (0 origin → 1 insertion) where the belly is thickest. */
  at: number;
  /** Thickness at both ends of the flesh as a fraction of the fullest (0–1). */
  ends: number;
}

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
  /**
   * An attachment on soft tissue (the linea alba, an aponeurosis's edge) this many metres under the
   * skin: the anchors are moved along the skin's gradient to that depth instead of onto the bones,
   * which are then only named for the reader (default: on bone).
   */
  underSkin?: number;
}

/** A shape the volume generator builds: a dataset muscle or a stand-alone connective tissue. */
export interface VolumeShape {
  id: string;
  architecture: Architecture;
  /**
   * The edge (across 0 or 1) that keeps the belly's full thickness instead of thinning: a free
   * border rolled on itself, such as the anterior axillary fold of the pectoralis major (default
   * both edges thin).
   */
  roundEdge?: 0 | 1;
  /** The belly's profile along the fibres (default the architecture template's). */
  belly?: BellyShape;
  /**
   * Thickness at the side edges (across 0 and 1) as a fraction of the middle (default 0.5): smaller for
   * a thick muscle whose borders thin out (the gluteus maximus), so it does not end in blunt walls.
   */
  edges?: number;
  /** Number of parts for 'multi-headed' (grooves between them; one mesh). */
  heads?: number;
  /**
   * For 'multi-headed': where across (0–1) the grooves between the heads lie, in place of `heads` even
   * parts: heads of unequal width (the pectoralis major's clavicular head takes under a third of its
   * origin line); `heads` still counts them (default even parts).
   */
  grooves?: readonly number[];
  origin: Footprint;
  insertion: Footprint;
  /**
   * Via lines the fibres pass near, in order from origin to insertion; each is a line of anchors
   * across the muscle (a single anchor is shared by every fibre).
   */
  via?: readonly (readonly AnchorDef[])[];
  /**
   * Number of fibres swept across the muscle (default by its width, 2–30): more for a wide thin
   * sheet (an oblique's 40 cm of insertion), whose fibres would otherwise stand apart as rods; a
   * muscle whose tendons part to separate insertions (the four fingers) gives one fibre per tendon,
   * so no fibre runs between the fingers, and the fibres merge into one belly where they lie close.
   */
  fibres?: number;
  /** Belly thickness in metres before sizing to the volume (a starting guess). */
  thickness: number;
  /** Fractions of the fibre length that are tendon at the origin and insertion ends. */
  tendon: [number, number];
  /**
   * Bands of `along` (from, to) that are tendon across the whole muscle, between fleshy parts: the
   * tendinous intersections of a rectus abdominis. Drawn in the tendon colour, and the belly dips a
   * little there (default none).
   */
  tendonBands?: readonly (readonly [number, number])[];
  /**
   * An intermediate tendon or aponeurosis between two bellies, as the fraction of the fibre length it
   * spans (the galea between the occipital and frontal bellies, the digastric's intermediate tendon):
   * the fibres there keep only the tendon radius and are drawn as tendon (default none).
   */
  midTendon?: readonly [number, number];
  /** Radius of a fibre where it is tendon, in metres (default 0.0025). */
  tendonRadius?: number;
  /** Lie on the ground along the whole length (sheets on a fossa) or only keep out of it (free bellies). */
  hug: boolean;
  /**
   * For walls with no bone beneath (the abdomen): the skin, this many metres in, counts as ground
   * too, so the fibres lie under it, from the inside, where no bone or deeper muscle is nearer
   * (default: the skin is only a ceiling).
   */
  skinDepth?: number;
  /**
   * With `skinDepth`: lay the fibres on the skin's underside and the deeper volumes only, not on the
   * bones, where the nearest bone would pull them into the trunk (an oblique between the ribs and the
   * crest); the bones still cut the volume and hold the footprints (default false).
   */
  skinOnly?: boolean;
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
   * The most a fibre's axis is held off the ground when draped (metres; default its radius, however
   * large). A volume beneath reports its distance only a few cells out (3 cells: 4.5 mm at 1.5 mm), so
   * a belly thicker than that, laid on it, is pushed on and on until the skin cuts it away (the flexor
   * digitorum superficialis over the profundus); held this close, its inner face is cut by the volume
   * beneath instead, and it lies on it.
   */
  drapeReach?: number;
  /**
   * Close a pinched surface by softening its grid only round the pinched edges (soften.ts) before the
   * whole grid is softened (default false). Softening everything erodes slender tendons and thin parts;
   * done locally they keep their size, but such a surface may simplify less well (tried for every
   * muscle, many kept all their triangles and the model went far over its budget), so it is per muscle.
   */
  softenLocally?: boolean;
  /**
   * Another skin margin from a point along the fibres on (0 origin → 1 insertion), blended over a tenth
   * of their length: a belly kept deep under the muscles over it whose tendons run on under thin skin
   * (the flexor digitorum superficialis under the palmaris longus, its tendons in the palm and fingers).
   */
  skinMarginFrom?: { along: number; margin: number };
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
   * Distance in metres from this muscle's fibre ends within which the muscles it lies over do not cut
   * it (default 22 mm, never less than its pad plus a cell): where two share an attachment they may
   * touch there. Smaller for a muscle that starts or ends beside another's attachment and must still
   * lie over it (pronator teres over the brachialis tendon at the coronoid), or for a sheet whose origin
   * is a long line of spinous processes that the muscle beneath shares.
   */
  attachmentZone?: number;
  /**
   * A sheet in the subcutaneous tissue (platysma, the muscles of the face and scalp): its fibres are
   * draped on the skin instead of on the ground, their outer face this far under the skin (in skin-field
   * units, metres), and hug it; bone and deeper volumes still cut it (default: draped on the ground).
   */
  underSkin?: number;
  /** The most fibres across the muscle (default 30): wide thin sheets need more to stay closed. */
  maxFibres?: number;
  /**
   * Radius (m) of the pad each footprint point and fibre end gets on its bone (default 5.5 mm): smaller
   * for muscles whose slips arise from narrow processes (the scalenes on cervical transverse processes).
   */
  endPad?: number;
  /** Muscles built as volumes earlier that this one lies on or beside: it is kept out of them. */
  over: readonly KnownMuscleId[];
  /**
   * Muscles built earlier that this one is kept out of but not draped on (default none): a thin sheet
   * laid under the skin before a deeper muscle whose fibres would be thrown about by its edges (the
   * upper trapezius over the splenius capitis): the deeper one lies on its own ground and loses only
   * what the sheet takes.
   */
  cutBy?: readonly KnownMuscleId[];
  /**
   * How far (m) this muscle may reach into the `cutBy` volumes (default 0): a little, where the sheet
   * over it is the thicker of the two and a full cut leaves the deeper one in strands.
   */
  cutSlack?: number;
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
  /**
   * 'muscle': a muscle the dataset does not list (the infrahyoid straps), built as tissue but drawn
   * in the muscle material with its fibres and tendon weight; still a 'tendon' node (with `look:
   * 'muscle'` in its extras), never picked (default: drawn as tendon).
   */
  look?: 'muscle';
  /**
   * The peel layer it goes with, numbered as the dataset's muscle layers (1 = superficial): peeling
   * that layer hides it with them, so a fascia or a strap never floats over the deeper muscles laid
   * bare (default 1).
   */
  layer?: number;
}

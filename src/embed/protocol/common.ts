/**
 * Value schemas the messages share: sides, views, layers, the link state and camera poses.
 * The link state has the same keys as the link's query parameters (see src/core/url-state.ts).
 */
import { z } from 'zod';
import { PEEL_MAX, SKIN_MODES, VIEWS } from '../../core/url-state';
import { MAX_ID_LENGTH } from './version';

// No code generation: zod's fast path probes `new Function`, which the app's CSP (no eval) reports.
z.config({ jitless: true });

/** A dataset id as a host sends it (muscle, trigger point, condition, region). */
export const IdParam = z.string().min(1).max(MAX_ID_LENGTH);

export const SideSchema = z.enum(['left', 'right']);
export const ViewSchema = z.enum(VIEWS);
export const SkinSchema = z.enum(SKIN_MODES);

/** One side of one muscle. */
export const MuscleSideSchema = z
  .object({ muscleId: z.string(), side: SideSchema })
  .strict()
  .meta({ id: 'MuscleSide', description: 'One side of one muscle.' });

/** The layer switches (the link's skin, bones, peel, isolate and fade). */
export const LayersSchema = z
  .object({
    skin: SkinSchema,
    bones: z.boolean(),
    peel: z.number().int().min(0).max(PEEL_MAX),
    isolate: z.boolean(),
    fade: z.boolean(),
  })
  .strict()
  .meta({ id: 'Layers', description: 'What is drawn: skin mode, bones, peeled muscle layers, isolate and fade.' });

/** The atlas state with the link's keys; null where the link would leave the key out. */
export const LinkStateSchema = z
  .object({
    muscle: z.string().nullable(),
    side: SideSchema.nullable(),
    tp: z.string().nullable(),
    condition: z.string().nullable(),
    view: ViewSchema,
    ...LayersSchema.shape,
  })
  .strict()
  .meta({ id: 'LinkState', description: 'The atlas state, keyed as the link parameters are.' });

/** The keys of the link state, in link order. */
export const LINK_STATE_KEYS = Object.keys(LinkStateSchema.shape) as (keyof z.infer<typeof LinkStateSchema>)[];

/** One value of a state patch: read as the link's text would be (true → "1", 3 → "3"); null removes the key. */
const LinkValue = z.union([z.string().max(MAX_ID_LENGTH), z.number(), z.boolean(), z.null()]);

/** A partial link state for state.set; each value is read exactly as the same link parameter. */
export const LinkStatePatchSchema = z
  .object(Object.fromEntries(LINK_STATE_KEYS.map((k) => [k, LinkValue.optional()])) as Record<
    (typeof LINK_STATE_KEYS)[number],
    z.ZodOptional<typeof LinkValue>
  >)
  .strict()
  .meta({
    id: 'LinkStatePatch',
    description: 'Some link parameters; values are read as link text (true is "1"), null removes the parameter.',
  });

const Coordinate = z.number().min(-100).max(100);
/** A point in the body frame (metres, +Y up, the body faces +Z, its left is +X). */
export const Vec3Schema = z.tuple([Coordinate, Coordinate, Coordinate]);

/** Where the camera is and what it looks at. */
export const CameraPoseSchema = z
  .object({ position: Vec3Schema, target: Vec3Schema })
  .strict()
  .meta({ id: 'CameraPose', description: 'Camera position and target in the body frame, in metres.' });

export type Side = z.infer<typeof SideSchema>;
export type MuscleSide = z.infer<typeof MuscleSideSchema>;
export type Layers = z.infer<typeof LayersSchema>;
export type LinkState = z.infer<typeof LinkStateSchema>;
export type LinkStatePatch = z.infer<typeof LinkStatePatchSchema>;
export type Vec3 = z.infer<typeof Vec3Schema>;
export type CameraPose = z.infer<typeof CameraPoseSchema>;

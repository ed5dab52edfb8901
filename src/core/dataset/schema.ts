/**
 * The trigger-point dataset: its schema, its record types and its cross-reference checks, in one place.
 * Ids are branded strings that only the parser makes (see parseDataset in ./parse.ts).
 */
import { z } from 'zod';
import { isLandmarkId } from '../landmarks';
import { BODY_REGIONS } from '../muscle-ids';

// No code generation: zod's fast path probes `new Function`, which a strict CSP (no eval) reports.
z.config({ jitless: true });

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = (what: string) =>
  z.string().regex(KEBAB, { message: `${what} id must be kebab-case (lower-case words joined by "-")` });

export const MuscleIdSchema = kebabId('muscle').brand<'MuscleId'>();
export const RegionIdSchema = kebabId('region').brand<'RegionId'>();
export const ConditionIdSchema = kebabId('condition').brand<'ConditionId'>();
export const ReferenceIdSchema = kebabId('reference').brand<'ReferenceId'>();
export const TriggerPointIdSchema = kebabId('trigger point').brand<'TriggerPointId'>();

export type MuscleId = z.infer<typeof MuscleIdSchema>;
export type RegionId = z.infer<typeof RegionIdSchema>;
export type ConditionId = z.infer<typeof ConditionIdSchema>;
export type ReferenceId = z.infer<typeof ReferenceIdSchema>;
export type TriggerPointId = z.infer<typeof TriggerPointIdSchema>;

const text = z.string().trim().min(1, { message: 'must not be empty' });
const fraction = z.number().min(0).max(1);

export const LandmarkRefSchema = z
  .string()
  .refine(isLandmarkId, { message: 'unknown landmark id (see src/core/landmarks.ts)' });

/** A point on the body: a landmark, or a fraction t of the way from one landmark to another. */
export const AnchorSchema = z.union([
  LandmarkRefSchema,
  z.object({ between: z.tuple([LandmarkRefSchema, LandmarkRefSchema]), t: fraction }).strict(),
]);

export const FACINGS = ['anterior', 'posterior', 'lateral', 'medial', 'superior', 'inferior'] as const;

const Offset = z.tuple([z.number(), z.number(), z.number()]);
const Radius = z.number().positive().max(0.4);

/** One point of a stroke's path: an anchor, an optional offset from it and the stroke's radius there. */
export const PathPointSchema = z
  .object({ at: AnchorSchema, offset: Offset.optional(), radius: Radius })
  .strict();

/**
 * One piece of a region's shape, in metres:
 * - a blob (`at` with `radius`),
 * - a straight stroke (`from` → `to` with `radius`),
 * - a path (`path`: two or more points, each with its own anchor, offset and radius), drawn as a
 *   continuous band whose width follows the radii, for the bands and arcs of the literature's drawings.
 * `offset` moves an anchor: x away from the midline on the region's side, y up, z forward (for a path,
 * the patch's `offset` is added to every point's own).
 * `facing`, when given, keeps only skin that faces that way (so the front of the shoulder is not
 * painted on its back).
 */
export const PatchSchema = z
  .object({
    at: AnchorSchema.optional(),
    from: AnchorSchema.optional(),
    to: AnchorSchema.optional(),
    path: z.array(PathPointSchema).min(2, { message: 'a path needs at least two points' }).optional(),
    offset: Offset.optional(),
    radius: Radius.optional(),
    facing: z.enum(FACINGS).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const kinds = [p.at !== undefined, p.from !== undefined || p.to !== undefined, p.path !== undefined].filter(Boolean).length;
    if (kinds !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a patch has exactly one of "at", "from" and "to", or "path"' });
      return;
    }
    if ((p.from === undefined) !== (p.to === undefined))
      ctx.addIssue({ code: 'custom', path: [p.from === undefined ? 'from' : 'to'], message: 'a stroke needs both "from" and "to"' });
    if (p.path === undefined && p.radius === undefined)
      ctx.addIssue({ code: 'custom', path: ['radius'], message: 'a blob or stroke needs a "radius"' });
    if (p.path !== undefined && p.radius !== undefined)
      ctx.addIssue({ code: 'custom', path: ['radius'], message: 'a path gives a radius per point, not one for the patch' });
  });

export const RegionSchema = z
  .object({
    id: RegionIdSchema,
    name: text,
    synonyms: z.array(text).default([]),
    area: z.enum(BODY_REGIONS as [string, ...string[]]),
    /** A midline region (vertex, sacrum) is painted on both sides whatever side the trigger point is on. */
    midline: z.boolean().default(false),
    /**
     * The coarser regions this one lies within (lower buttock within buttock; the sacroiliac area within
     * both buttock and low back), so that choosing a coarse region also finds the finer zones inside it.
     * Each must name another region, and no chain of them may come back to where it started.
     */
    within: z.array(RegionIdSchema).optional(),
    /** The region's shape; a coarse region that other regions lie within may leave it empty (it is then their union). */
    patches: z.array(PatchSchema),
  })
  .strict();

export const ConditionSchema = z
  .object({
    id: ConditionIdSchema,
    name: text,
    synonyms: z.array(text).default([]),
    summary: text,
    evidence: text,
    /** True where the literature ties the condition to no specific muscle. */
    noSpecificMuscle: z.boolean().default(false),
    references: z.array(ReferenceIdSchema).default([]),
  })
  .strict();

export const ReferenceSchema = z
  .object({
    id: ReferenceIdSchema,
    citation: text,
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { message: 'doi must look like 10.xxxx/…' }).optional(),
    url: z.url().optional(),
  })
  .strict();

export const REFERRAL_SIDES = ['same', 'both', 'opposite'] as const;

/**
 * How a clinician finds a trigger point by touch: `flat` presses the muscle against the bone or tissue
 * beneath it, `pincer` holds the muscle between finger and thumb, and `not-palpable` marks a point a
 * finger cannot reliably reach (a clinician reaches it only with a needle).
 */
export const PALPATIONS = ['flat', 'pincer', 'not-palpable'] as const;

/** The kinds of things the literature says keep a trigger point going. */
export const PERPETUATING_KINDS = ['posture', 'overuse', 'habit', 'structure', 'injury'] as const;

const citations = (what: string) =>
  z.array(ReferenceIdSchema).min(1, { message: `${what} must cite at least one reference` });

/** One self-care step: how to do it, what to watch for, and when not to do it at all. */
export const SelfCareStepSchema = z
  .object({
    how: text,
    cautions: z.array(text).min(1, { message: 'a self-care step needs at least one caution' }),
    avoidIf: z.array(text).min(1, { message: 'a self-care step must say when not to do it' }),
    references: citations('a self-care step'),
  })
  .strict();

/** What a person may try at home for one muscle: a gentle stretch and a pressure release. */
export const SelfCareSchema = z.object({ stretch: SelfCareStepSchema, pressureRelease: SelfCareStepSchema }).strict();

/** A posture, overuse or habit the literature names as keeping a muscle's trigger points going. */
export const PerpetuatingFactorSchema = z
  .object({
    kind: z.enum(PERPETUATING_KINDS),
    text,
    references: citations('a perpetuating factor'),
  })
  .strict();

export const TriggerPointSchema = z
  .object({
    id: TriggerPointIdSchema,
    label: text,
    location: text,
    /**
     * Where the point lies on its muscle, independent of any model: `along` runs from the origin (0)
     * to the insertion (1); `across` runs over the muscle's width from its first edge (0) to its
     * second (1), as the model's muscle definition orders them (0.5 is the middle).
     */
    position: z.object({ along: fraction, across: fraction }).strict(),
    referredPain: z
      .object({
        essential: z.array(RegionIdSchema).min(1, { message: 'the essential zone must name at least one region' }),
        spillover: z.array(RegionIdSchema).default([]),
      })
      .strict(),
    /** On which side the pain is felt relative to the trigger point; "same" unless the literature says otherwise. */
    referralSide: z.enum(REFERRAL_SIDES).default('same'),
    /** How a clinician finds the point by touch (see PALPATIONS). */
    palpation: z.enum(PALPATIONS),
    /** Why a point is hard or impossible to reach, or which part of it a finger can reach. */
    palpationNote: text.optional(),
    /** How the person lies or sits while the point is examined. */
    patientPosition: text,
    notes: text.optional(),
  })
  .strict();

export const MuscleSchema = z
  .object({
    id: MuscleIdSchema,
    name: text,
    latinName: text,
    synonyms: z.array(text).default([]),
    bodyRegion: z.enum(BODY_REGIONS as [string, ...string[]]),
    layer: z.number().int().min(1).max(6),
    bilateral: z.boolean(),
    origin: text,
    insertion: text,
    action: text,
    innervation: text,
    triggerPoints: z.array(TriggerPointSchema).min(1, { message: 'a muscle needs at least one trigger point' }),
    conditions: z.array(ConditionIdSchema).default([]),
    references: z.array(ReferenceIdSchema).min(1, { message: 'a muscle must cite at least one reference' }),
    notes: text.optional(),
    /** What the person may try at home, with its cautions. */
    selfCare: SelfCareSchema,
    /** What the literature says keeps this muscle's trigger points going. */
    perpetuatingFactors: z.array(PerpetuatingFactorSchema).min(1, { message: 'a muscle needs at least one perpetuating factor' }),
  })
  .strict();

export const DatasetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    title: text.optional(),
    license: text,
    sources: text,
    disclaimer: text,
    regions: z.array(RegionSchema),
    conditions: z.array(ConditionSchema),
    references: z.array(ReferenceSchema),
    muscles: z.array(MuscleSchema),
  })
  .strict()
  .superRefine((d, ctx) => {
    const uniq = (list: { id: string }[], key: string) => {
      const seen = new Map<string, number>();
      list.forEach((item, i) => {
        const first = seen.get(item.id);
        if (first !== undefined)
          ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}" (first at ${key}[${first}])` });
        else seen.set(item.id, i);
      });
      return seen;
    };
    const regions = uniq(d.regions, 'regions');
    const conditions = uniq(d.conditions, 'conditions');
    const references = uniq(d.references, 'references');
    uniq(d.muscles, 'muscles');
    const hasInside = new Set(d.regions.flatMap((r) => (r.within ?? []) as string[]));
    d.regions.forEach((r, ri) => {
      if (r.patches.length === 0 && !hasInside.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['regions', ri, 'patches'], message: 'a region needs at least one patch unless other regions lie within it' });
      (r.within ?? []).forEach((w, wi) => {
        if (w === r.id) ctx.addIssue({ code: 'custom', path: ['regions', ri, 'within', wi], message: `region "${r.id}" cannot lie within itself` });
        else if (!regions.has(w)) ctx.addIssue({ code: 'custom', path: ['regions', ri, 'within', wi], message: `unknown region "${w}"` });
      });
    });
    // A chain of "within" that comes back to its start is reported once, at the first region on it.
    const within = new Map(d.regions.map((r) => [r.id as string, ((r.within ?? []) as string[]).filter((w) => w !== r.id)]));
    const state = new Map<string, 'open' | 'done'>();
    const inCycle = new Set<string>();
    const visit = (id: string, stack: string[]): void => {
      state.set(id, 'open');
      for (const up of within.get(id) ?? []) {
        if (!within.has(up)) continue;
        if (state.get(up) === 'open') {
          const cycle = [...stack.slice(stack.indexOf(up)), id];
          if (!cycle.some((c) => inCycle.has(c))) {
            cycle.forEach((c) => inCycle.add(c));
            const ri = d.regions.findIndex((r) => r.id === cycle[0]);
            const wi = (d.regions[ri]?.within ?? []).indexOf(cycle[1] as RegionId);
            ctx.addIssue({ code: 'custom', path: ['regions', ri, 'within', Math.max(0, wi)], message: `regions lie within each other in a cycle: ${[...cycle, cycle[0]].join(' → ')}` });
          }
        } else if (state.get(up) === undefined) visit(up, [...stack, id]);
      }
      state.set(id, 'done');
    };
    for (const r of d.regions) if (state.get(r.id) === undefined) visit(r.id, []);
    const tps = new Map<string, string>();
    d.conditions.forEach((c, ci) =>
      c.references.forEach((r, ri) => {
        if (!references.has(r))
          ctx.addIssue({ code: 'custom', path: ['conditions', ci, 'references', ri], message: `unknown reference "${r}"` });
      }),
    );
    d.muscles.forEach((m, mi) => {
      m.conditions.forEach((c, ci) => {
        if (!conditions.has(c))
          ctx.addIssue({ code: 'custom', path: ['muscles', mi, 'conditions', ci], message: `unknown condition "${c}"` });
      });
      m.references.forEach((r, ri) => {
        if (!references.has(r))
          ctx.addIssue({ code: 'custom', path: ['muscles', mi, 'references', ri], message: `unknown reference "${r}"` });
      });
      const cited = (list: readonly string[], path: (string | number)[]) =>
        list.forEach((r, ri) => {
          if (!references.has(r))
            ctx.addIssue({ code: 'custom', path: ['muscles', mi, ...path, ri], message: `unknown reference "${r}"` });
        });
      for (const step of ['stretch', 'pressureRelease'] as const)
        cited(m.selfCare[step].references, ['selfCare', step, 'references']);
      m.perpetuatingFactors.forEach((f, fi) => cited(f.references, ['perpetuatingFactors', fi, 'references']));
      m.triggerPoints.forEach((tp, ti) => {
        if (tp.palpation === 'not-palpable' && tp.palpationNote === undefined)
          ctx.addIssue({ code: 'custom', path: ['muscles', mi, 'triggerPoints', ti, 'palpationNote'], message: 'a not-palpable trigger point needs a palpationNote saying why and how it is reached' });
        const owner = tps.get(tp.id);
        if (owner !== undefined)
          ctx.addIssue({ code: 'custom', path: ['muscles', mi, 'triggerPoints', ti, 'id'], message: `duplicate trigger point id "${tp.id}" (also in ${owner})` });
        tps.set(tp.id, m.id);
        for (const zone of ['essential', 'spillover'] as const) {
          tp.referredPain[zone].forEach((r, ri) => {
            if (!regions.has(r))
              ctx.addIssue({ code: 'custom', path: ['muscles', mi, 'triggerPoints', ti, 'referredPain', zone, ri], message: `unknown region "${r}"` });
          });
        }
        tp.referredPain.spillover.forEach((r, ri) => {
          if (tp.referredPain.essential.includes(r))
            ctx.addIssue({ code: 'custom', path: ['muscles', mi, 'triggerPoints', ti, 'referredPain', 'spillover', ri], message: `region "${r}" is in both the essential and the spillover zone` });
        });
      });
    });
  });

export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
export type Muscle = Dataset['muscles'][number];
export type TriggerPoint = Muscle['triggerPoints'][number];
export type Region = Dataset['regions'][number];
export type Patch = Region['patches'][number];
export type PathPoint = z.infer<typeof PathPointSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type Condition = Dataset['conditions'][number];
export type Reference = Dataset['references'][number];
export type Facing = (typeof FACINGS)[number];
export type Palpation = (typeof PALPATIONS)[number];
export type ReferralSideValue = (typeof REFERRAL_SIDES)[number];
export type PerpetuatingKind = (typeof PERPETUATING_KINDS)[number];
export type SelfCare = Muscle['selfCare'];
export type SelfCareStep = SelfCare['stretch'];
export type PerpetuatingFactor = Muscle['perpetuatingFactors'][number];

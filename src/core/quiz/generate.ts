/**
 * The seeded quiz generator. The same spec (kind, seed, length, region) over the same dataset gives
 * the same questions in the same order; every question has exactly one correct listed choice, and
 * every distractor is wrong by the data.
 */
import { otherSide, SIDES, type Side, type Vec3 } from '../frame';
import type { DatasetIndex } from '../dataset/queries';
import type { Muscle, Region, TriggerPoint } from '../dataset/schema';
import { regionTree, type RegionTree } from '../pain/region-tree';
import { allCells, cellOf, CELL_MARGIN, distanceToCell } from './cells';
import { plausibleMuscles, plausibleRegions } from './distractors';
import { inSentence, layerHint, sidedName } from './labels';
import { createRng, type Rng } from './prng';
import type { Choice, Question, QuizKind, QuizSpec } from './types';
import { MAX_LENGTH } from './limits';

/** Choices per multiple-choice question (one correct, the rest distractors). */
export const CHOICE_COUNT = 4;
export { DEFAULT_LENGTH, MAX_LENGTH } from './limits';

/** What the generator needs besides the spec. */
export interface QuizContext {
  index: DatasetIndex;
  /**
   * Where a trigger point lies on the model (metres, body frame). Without it, or when it returns
   * undefined, "place the trigger point" questions carry no target and are answered by cell.
   */
  triggerPointPosition?: (triggerPointId: string, side: Side) => Vec3 | undefined;
}

/** Options that do not change what a seed means. */
export interface GenerateOptions {
  /**
   * Item keys to ask first (due items of the spaced-repetition schedule). Only for quizzes started
   * without a seed from a link: with it, a link's questions depend on the browser.
   */
  prefer?: readonly string[];
}

interface Subject {
  itemKey: string;
  build(rng: Rng): Question | null;
}

/** The subject a which-muscle question is about: a region and the muscles that refer to it. */
function referrers(index: DatasetIndex, regionId: string, zone: 'essential' | 'any'): Set<string> {
  return new Set(
    index
      .musclesReferringTo(regionId)
      .filter((r) => zone === 'any' || r.zone === 'essential')
      .map((r) => r.muscle.id),
  );
}

/** The regions and every region lying within them or around them (the `within` hierarchy). */
function related(tree: RegionTree, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) for (const r of [...tree.withDescendants(id), ...tree.ancestors(id)]) out.add(r);
  return out;
}

/** Every region a trigger point refers to, in either zone, with the regions around and within them. */
function refersAnywhere(tree: RegionTree, tp: TriggerPoint): Set<string> {
  return related(tree, [...tp.referredPain.essential, ...tp.referredPain.spillover]);
}

function painSide(tp: TriggerPoint, side: Side): Side | 'both' {
  return tp.referralSide === 'opposite' ? otherSide(side) : tp.referralSide === 'both' ? 'both' : side;
}

function muscleChoices(rng: Rng, correct: Muscle, distractors: Muscle[]): Choice[] {
  return rng.shuffle([correct, ...distractors]).map((m) => ({ id: m.id, label: m.name }));
}

function subjects(kind: QuizKind, ctx: QuizContext, muscles: Muscle[]): Subject[] {
  const { index } = ctx;
  const all = index.dataset.muscles;
  const tree = regionTree(index.dataset.regions);
  switch (kind) {
    case 'find-muscle':
      return muscles.map((m) => ({
        itemKey: `find-muscle:${m.id}`,
        build(rng: Rng): Question | null {
          const side = rng.pick(SIDES);
          const others = plausibleMuscles(all, m, () => true, rng, CHOICE_COUNT - 1);
          const choices = rng
            .shuffle([m, ...others])
            .flatMap((o) => SIDES.map((s) => ({ id: `${o.id}/${s}`, label: sidedName(s, o.name) })));
          return {
            kind,
            itemKey: `find-muscle:${m.id}`,
            prompt: `Find the ${inSentence(sidedName(side, m.name))} on the body.`,
            hint: layerHint(m.layer),
            side,
            choices,
            muscleId: m.id,
          };
        },
      }));
    case 'name-muscle':
      return muscles.map((m) => ({
        itemKey: `name-muscle:${m.id}`,
        build(rng: Rng): Question | null {
          const side = rng.pick(SIDES);
          const others = plausibleMuscles(all, m, (o) => o.name !== m.name, rng, CHOICE_COUNT - 1);
          return {
            kind,
            itemKey: `name-muscle:${m.id}`,
            prompt: `Which muscle is highlighted on the ${side} side?`,
            hint: null,
            side,
            choices: muscleChoices(rng, m, others),
            muscleId: m.id,
          };
        },
      }));
    case 'where-refers':
      return muscles.flatMap((m) =>
        m.triggerPoints.map((tp) => ({
          itemKey: `where-refers:${tp.id}`,
          build(rng: Rng): Question | null {
            const side = rng.pick(SIDES);
            const correct = index.regionById(rng.pick(tp.referredPain.essential));
            if (!correct) return null;
            const referred = refersAnywhere(tree, tp);
            const others = plausibleRegions(index.dataset.regions, correct, (r) => !referred.has(r.id), rng, CHOICE_COUNT - 1);
            return {
              kind,
              itemKey: `where-refers:${tp.id}`,
              prompt: `The X marks the trigger point “${tp.label}” of the ${inSentence(sidedName(side, m.name))}. Where does it send its pain (essential zone)?`,
              hint: null,
              side,
              choices: rng.shuffle([correct, ...others]).map((r: Region) => ({ id: r.id, label: r.name })),
              muscleId: m.id,
              triggerPointId: tp.id,
              regionId: correct.id,
              referralSide: painSide(tp, side),
            };
          },
        })),
      );
    case 'which-muscle': {
      const inScope = new Set<string>(muscles.map((m) => m.id));
      const regions = index.dataset.regions.filter((r) => muscles.some((m) => m.triggerPoints.some((tp) => tp.referredPain.essential.includes(r.id))));
      return regions.map((r) => ({
        itemKey: `which-muscle:${r.id}`,
        build(rng: Rng): Question | null {
          const essential = [...referrers(index, r.id, 'essential')].filter((id) => inScope.has(id));
          const correct = index.muscleById(rng.pick(essential));
          if (!correct) return null;
          // No distractor refers to this region, nor to one lying within or around it.
          const anyReferral = new Set([...related(tree, [r.id])].flatMap((id) => [...referrers(index, id, 'any')]));
          const others = plausibleMuscles(all, correct, (o) => !anyReferral.has(o.id), rng, CHOICE_COUNT - 1);
          const side = rng.pick(SIDES);
          return {
            kind,
            itemKey: `which-muscle:${r.id}`,
            prompt: `Pain is felt in the painted region, ${side} side (${r.name}). Which muscle's trigger points refer pain there?`,
            hint: null,
            side,
            choices: muscleChoices(rng, correct, others),
            regionId: r.id,
            muscleId: correct.id,
          };
        },
      }));
    }
    case 'place-trigger-point':
      return muscles.flatMap((m) =>
        m.triggerPoints.map((tp) => ({
          itemKey: `place-trigger-point:${tp.id}`,
          build(rng: Rng): Question | null {
            const pos = ctx.triggerPointPosition;
            let side = rng.pick(SIDES);
            let target = pos ? pos(tp.id, side) : undefined;
            if (pos && !target) {
              side = otherSide(side);
              target = pos(tp.id, side);
              if (!target) return null;
            }
            const cell = cellOf(tp.position);
            const far = allCells().filter(
              (c) => c.id !== cell && m.triggerPoints.every((other) => distanceToCell(c.id, other.position) >= CELL_MARGIN),
            );
            const correct = allCells().find((c) => c.id === cell) as Choice;
            const which = m.triggerPoints.length > 1 ? `its trigger point “${tp.label}”` : 'its trigger point';
            return {
              kind,
              itemKey: `place-trigger-point:${tp.id}`,
              prompt: `Tap where ${which} lies on the ${inSentence(sidedName(side, m.name))}.`,
              hint: layerHint(m.layer),
              side,
              choices: rng.shuffle([correct, ...rng.shuffle(far).slice(0, CHOICE_COUNT - 1)]),
              muscleId: m.id,
              triggerPointId: tp.id,
              target: target ?? null,
              cell,
            };
          },
        })),
      );
  }
}

/** The muscles a spec covers, in atlas order. */
export function musclesInScope(index: DatasetIndex, spec: Pick<QuizSpec, 'region'>): Muscle[] {
  return spec.region ? index.musclesByRegion(spec.region) : index.muscleGroups().flatMap((g) => g.muscles);
}

/** How many distinct items a spec can ask about (its quiz is never longer). */
export function itemCount(ctx: QuizContext, spec: Pick<QuizSpec, 'kind' | 'region'>): number {
  return subjects(spec.kind, ctx, musclesInScope(ctx.index, spec)).length;
}

/** The questions of a quiz: distinct items, in seeded order, preferred (due) items first. */
export function generateQuiz(spec: QuizSpec, ctx: QuizContext, options: GenerateOptions = {}): Question[] {
  const rng = createRng(spec.seed);
  const pool = rng.shuffle(subjects(spec.kind, ctx, musclesInScope(ctx.index, spec)));
  const prefer = new Set(options.prefer ?? []);
  const ordered = prefer.size ? [...pool.filter((s) => prefer.has(s.itemKey)), ...pool.filter((s) => !prefer.has(s.itemKey))] : pool;
  const length = Math.max(0, Math.min(spec.length, MAX_LENGTH));
  const out: Question[] = [];
  for (const subject of ordered) {
    if (out.length >= length) break;
    const q = subject.build(rng);
    if (q && q.choices.length >= 2) out.push(q);
  }
  return out;
}

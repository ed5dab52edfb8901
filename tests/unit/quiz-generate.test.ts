import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../src/core/dataset/queries';
import type { Side, Vec3 } from '../../src/core/frame';
import { chosenChoiceId, correctChoiceId } from '../../src/core/quiz/choice-ids';
import { CELL_MARGIN, distanceToCell } from '../../src/core/quiz/cells';
import { CHOICE_COUNT, generateQuiz, itemCount, MAX_LENGTH, type QuizContext } from '../../src/core/quiz/generate';
import { scoreAnswer } from '../../src/core/quiz/score';
import { QUIZ_KINDS, type Question, type QuizKind } from '../../src/core/quiz/types';
import { BODY_REGIONS } from '../../src/core/muscle-ids';
import { regionTree } from '../../src/core/pain/region-tree';
import { loadRealDataset } from '../fixtures/load-fixture';
import { loadModel } from '../support/load-model';

let index: DatasetIndex;
let ctx: QuizContext;
let positions: Map<string, Vec3>;

beforeAll(async () => {
  index = indexDataset(loadRealDataset());
  const model = await loadModel();
  positions = new Map();
  for (const n of model.nodes)
    if (n.extras?.kind === 'trigger-point') positions.set(`${n.extras.triggerPointId}/${n.extras.side}`, n.translation);
  ctx = { index, triggerPointPosition: (id: string, side: Side) => positions.get(`${id}/${side}`) };
});

const SEEDS = [0, 1, 2, 7, 42, 1234, 99991, 4294967295];
const spec = (kind: QuizKind, seed: number, length = MAX_LENGTH) => ({ kind, seed, length, region: null });

/** What the data says about a listed choice, computed straight from the dataset records. */
function rightByData(q: Question, choiceId: string): boolean {
  const d = index.dataset;
  switch (q.kind) {
    case 'find-muscle':
      return choiceId === `${q.muscleId}/${q.side}`;
    case 'name-muscle':
      return d.muscles.find((m) => m.id === choiceId)?.name === d.muscles.find((m) => m.id === q.muscleId)?.name;
    case 'which-muscle':
      return (d.muscles.find((m) => m.id === choiceId)?.triggerPoints ?? []).some((tp) =>
        (tp.referredPain.essential as string[]).includes(q.regionId),
      );
    case 'where-refers': {
      const tp = d.muscles.flatMap((m) => m.triggerPoints).find((t) => t.id === q.triggerPointId);
      return (tp?.referredPain.essential as string[] | undefined)?.includes(choiceId) ?? false;
    }
    case 'place-trigger-point': {
      const tp = d.muscles.flatMap((m) => m.triggerPoints).find((t) => t.id === q.triggerPointId);
      return tp !== undefined && distanceToCell(choiceId, tp.position) === 0;
    }
  }
}

describe('quiz generator', () => {
  it('gives the same questions for the same seed and different ones for another', () => {
    for (const kind of QUIZ_KINDS) {
      const a = generateQuiz(spec(kind, 42, 5), ctx);
      const b = generateQuiz(spec(kind, 42, 5), ctx);
      const c = generateQuiz(spec(kind, 43, 5), ctx);
      expect(a).toHaveLength(5);
      expect(b).toEqual(a);
      expect(c.map((q) => q.itemKey)).not.toEqual(a.map((q) => q.itemKey));
    }
  });

  it('asks distinct items and never more than the scope holds', () => {
    for (const kind of QUIZ_KINDS) {
      const qs = generateQuiz(spec(kind, 5), ctx);
      expect(qs.length).toBe(Math.min(MAX_LENGTH, itemCount(ctx, { kind, region: null })));
      expect(new Set(qs.map((q) => q.itemKey)).size).toBe(qs.length);
      const small = generateQuiz({ kind, seed: 5, length: 30, region: 'hand' }, ctx);
      expect(small.length).toBe(itemCount(ctx, { kind, region: 'hand' }));
      expect(small.length).toBeLessThan(30);
    }
  });

  it('keeps to the body region of the link', () => {
    for (const region of BODY_REGIONS)
      for (const kind of QUIZ_KINDS)
        for (const q of generateQuiz({ kind, seed: 3, length: 10, region }, ctx)) {
          const muscle = q.kind === 'which-muscle' ? index.muscleById(q.muscleId) : index.muscleById(q.muscleId);
          expect(muscle?.bodyRegion, `${kind} ${q.itemKey}`).toBe(region);
        }
  });

  it('has exactly one correct listed choice per question, and distractors wrong by the data', () => {
    let checked = 0;
    for (const kind of QUIZ_KINDS)
      for (const seed of SEEDS)
        for (const q of generateQuiz(spec(kind, seed), ctx)) {
          expect(new Set(q.choices.map((c) => c.id)).size, q.itemKey).toBe(q.choices.length);
          const byData = q.choices.filter((c) => rightByData(q, c.id));
          expect(byData, `${q.itemKey}: ${q.choices.map((c) => c.id).join(', ')}`).toHaveLength(1);
          const byScore = q.choices.filter((c) => scoreAnswer(q, { choice: c.id }, index).correct);
          expect(byScore.map((c) => c.id)).toEqual(byData.map((c) => c.id));
          expect(correctChoiceId(q)).toBe(byData[0]?.id);
          expect(chosenChoiceId(q, scoreAnswer(q, null, index).expected) ?? correctChoiceId(q)).toBe(correctChoiceId(q));
          checked++;
        }
    expect(checked).toBeGreaterThan(500);
  });

  it('picks distractors that are wrong in every zone, not only the essential one, and not around or within a referred region', () => {
    const d = index.dataset;
    const tree = regionTree(d.regions);
    const family = (id: string) => new Set([...tree.withDescendants(id), ...tree.ancestors(id)]);
    for (const seed of SEEDS) {
      for (const q of generateQuiz(spec('which-muscle', seed), ctx)) {
        if (q.kind !== 'which-muscle') throw new Error(q.kind);
        for (const c of q.choices.filter((c) => c.id !== q.muscleId)) {
          const near = family(q.regionId);
          const refersAtAll = (d.muscles.find((m) => m.id === c.id)?.triggerPoints ?? []).some((tp) =>
            [...tp.referredPain.essential, ...tp.referredPain.spillover].some((r) => near.has(r)),
          );
          expect(refersAtAll, `${c.id} refers to ${q.regionId}`).toBe(false);
        }
      }
      for (const q of generateQuiz(spec('where-refers', seed), ctx)) {
        if (q.kind !== 'where-refers') throw new Error(q.kind);
        const tp = index.triggerPointById(q.triggerPointId)?.triggerPoint;
        const wrong = q.choices.filter((c) => !rightByData(q, c.id)).map((c) => c.id);
        for (const id of wrong) {
          expect(tp?.referredPain.spillover).not.toContain(id);
          for (const r of [...(tp?.referredPain.essential ?? []), ...(tp?.referredPain.spillover ?? [])]) expect(family(r).has(id), `${id} vs ${r}`).toBe(false);
        }
      }
      for (const q of generateQuiz(spec('place-trigger-point', seed), ctx)) {
        if (q.kind !== 'place-trigger-point') throw new Error(q.kind);
        const muscle = index.muscleById(q.muscleId);
        for (const c of q.choices.filter((c) => c.id !== q.cell))
          for (const tp of muscle?.triggerPoints ?? []) expect(distanceToCell(c.id, tp.position)).toBeGreaterThanOrEqual(CELL_MARGIN);
      }
    }
  });

  it('offers four choices, with plausible distractors from the same body region where it has enough muscles', () => {
    for (const seed of SEEDS)
      for (const q of generateQuiz(spec('name-muscle', seed), ctx)) {
        expect(q.choices).toHaveLength(CHOICE_COUNT);
        const target = index.muscleById(q.muscleId);
        if (!target || index.musclesByRegion(target.bodyRegion as never).length < CHOICE_COUNT) continue;
        for (const c of q.choices) expect(index.muscleById(c.id)?.bodyRegion).toBe(target.bodyRegion);
      }
    for (const q of generateQuiz(spec('find-muscle', 9), ctx)) {
      expect(q.choices).toHaveLength(CHOICE_COUNT * 2);
      expect(q.choices.filter((c) => c.id.startsWith(`${q.muscleId}/`))).toHaveLength(2);
    }
  });

  it('places every trigger point of the model, and sending the expected answer back scores as correct', () => {
    for (const kind of QUIZ_KINDS)
      for (const seed of SEEDS.slice(0, 3))
        for (const q of generateQuiz(spec(kind, seed), ctx)) {
          if (q.kind === 'place-trigger-point') expect(q.target).toEqual(positions.get(`${q.triggerPointId}/${q.side}`));
          const { expected } = scoreAnswer(q, null, index);
          const back = scoreAnswer(q, JSON.parse(JSON.stringify(expected)), index);
          expect(back.correct, `${q.itemKey} ${JSON.stringify(expected)}`).toBe(true);
          expect(back.points).toBe(1);
        }
  });

  it('asks preferred (due) items first without changing the set a seed draws from', () => {
    const plain = generateQuiz(spec('name-muscle', 11, 5), ctx);
    const prefer = ['name-muscle:piriformis', 'name-muscle:soleus'];
    const due = generateQuiz(spec('name-muscle', 11, 5), ctx, { prefer });
    expect(due.slice(0, 2).map((q) => q.itemKey).sort()).toEqual([...prefer].sort());
    expect(plain.map((q) => q.itemKey)).not.toEqual(due.map((q) => q.itemKey));
  });

  it('without model positions, places trigger points by cell', () => {
    const qs = generateQuiz(spec('place-trigger-point', 4, 5), { index });
    expect(qs).toHaveLength(5);
    for (const q of qs) {
      expect(q.kind === 'place-trigger-point' && q.target).toBe(null);
      const { expected } = scoreAnswer(q, null, index);
      expect(expected).toEqual({ choice: q.kind === 'place-trigger-point' ? q.cell : '' });
    }
  });
});

/**
 * Scoring one answer against its question, by the data: any muscle whose trigger points refer to the
 * painted region in their essential zone is right, any region of the marked point's essential zone
 * is right, and a tapped point is scored by its distance to the trigger point on the body.
 */
import type { Side, Vec3 } from '../frame';
import type { DatasetIndex } from '../dataset/queries';
import { inSentence, sidedName } from './labels';
import type { Answer, Question, Scored } from './types';

/** A tap within this distance (metres) of the trigger point scores 1: correct. */
export const HIT_M = 0.03;
/** A tap within this distance (metres) scores 0.5: a near miss, still marked wrong. */
export const NEAR_M = 0.06;

type Pick =
  | { muscleId: string; side: Side | null }
  | { choice: string }
  | { regionId: string }
  | { point: Vec3 };

/** Reads an untrusted answer (from the UI or a message) into one shape; null when it has none. */
export function readAnswer(raw: unknown): Pick | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Record<string, unknown>;
  if (typeof a['choice'] === 'string') return { choice: a['choice'] };
  if (typeof a['regionId'] === 'string') return { regionId: a['regionId'] };
  if (typeof a['muscleId'] === 'string') {
    const side = a['side'] === 'left' || a['side'] === 'right' ? a['side'] : null;
    return { muscleId: a['muscleId'], side };
  }
  const p = a['point'];
  if (Array.isArray(p) && p.length === 3 && p.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return { point: [p[0] as number, p[1] as number, p[2] as number] };
  return null;
}

function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** The id a choice-shaped answer names (a `{ muscleId }` counts as choosing that muscle). */
function chosenId(pick: Pick): string | null {
  if ('choice' in pick) return pick.choice;
  if ('muscleId' in pick) return pick.muscleId;
  if ('regionId' in pick) return pick.regionId;
  return null;
}

/** The correct answer of a question in the shape of an answer, with its words. */
export function expectedOf(q: Question, index: DatasetIndex): { expected: Answer; label: string } {
  const muscle = index.muscleById(q.muscleId ?? '');
  const name = muscle?.name ?? q.muscleId;
  switch (q.kind) {
    case 'find-muscle':
      return { expected: { muscleId: q.muscleId, side: q.side }, label: sidedName(q.side, name) };
    case 'name-muscle':
    case 'which-muscle':
      return { expected: { choice: q.muscleId }, label: name };
    case 'where-refers': {
      const regionId = q.regionId;
      return { expected: { regionId }, label: index.regionById(regionId)?.name ?? regionId };
    }
    case 'place-trigger-point': {
      const tp = index.triggerPointById(q.triggerPointId)?.triggerPoint;
      const label = `${sidedName(q.side, name)}: ${tp?.location ?? q.triggerPointId}`;
      return { expected: q.target ? { point: q.target } : { choice: q.cell }, label };
    }
  }
}

function isEssential(index: DatasetIndex, triggerPointId: string, regionId: string): boolean {
  return index.triggerPointById(triggerPointId)?.triggerPoint.referredPain.essential.includes(regionId as never) ?? false;
}

function refersEssential(index: DatasetIndex, muscleId: string, regionId: string): boolean {
  return index.musclesReferringTo(regionId).some((r) => r.muscle.id === muscleId && r.zone === 'essential');
}

/** Scores an answer (untrusted input is fine: an unreadable one scores 0 with a message). */
export function scoreAnswer(q: Question, raw: unknown, index: DatasetIndex): Scored {
  const { expected, label } = expectedOf(q, index);
  const result = (correct: boolean, feedback: string, points = correct ? 1 : 0, extra: { distanceM?: number } = {}): Scored => ({
    correct,
    points,
    expected,
    expectedLabel: label,
    feedback,
    ...extra,
  });
  const pick = readAnswer(raw);
  if (!pick) return result(false, `No answer was given. The answer is: ${label}.`);
  switch (q.kind) {
    case 'find-muscle': {
      let muscleId: string | null = null;
      let side: Side | null = null;
      if ('muscleId' in pick) ({ muscleId, side } = pick);
      else if ('choice' in pick) {
        const [m, s] = pick.choice.split('/');
        muscleId = m ?? null;
        side = s === 'left' || s === 'right' ? s : null;
      }
      if (muscleId !== q.muscleId) {
        const chosen = muscleId ? index.muscleById(muscleId)?.name : undefined;
        return result(false, `${chosen ? `That is the ${inSentence(chosen)}.` : 'That is not it.'} This is the ${inSentence(label)}.`);
      }
      if (side !== q.side) return result(false, `Right muscle, wrong side: this is the ${inSentence(label)}.`);
      return result(true, `Yes: the ${inSentence(label)}.`);
    }
    case 'name-muscle': {
      const id = chosenId(pick);
      return id === q.muscleId ? result(true, `Yes: the ${inSentence(label)}.`) : result(false, `This is the ${inSentence(label)}.`);
    }
    case 'which-muscle': {
      const id = chosenId(pick);
      if (id && refersEssential(index, id, q.regionId)) {
        const name = index.muscleById(id)?.name ?? label;
        return result(true, `Yes: the ${inSentence(name)} refers pain there.`);
      }
      return result(false, `The ${inSentence(label)} refers pain there.`);
    }
    case 'where-refers': {
      const id = chosenId(pick);
      if (id && isEssential(index, q.triggerPointId, id))
        return result(true, `Yes: its essential zone includes this region (${index.regionById(id)?.name ?? label}).`);
      const spill = id ? index.triggerPointById(q.triggerPointId)?.triggerPoint.referredPain.spillover.includes(id as never) : false;
      return result(false, `${spill ? 'That is in its spillover zone, not its essential zone. ' : ''}Its essential zone includes: ${label}.`);
    }
    case 'place-trigger-point': {
      if ('point' in pick) {
        if (!q.target) return result(false, `This model does not place that trigger point; choose from the list.`);
        const d = distance(pick.point, q.target);
        const cm = Math.round(d * 100);
        if (d <= HIT_M) return result(true, `Yes: ${cm} cm from the trigger point.`, 1, { distanceM: d });
        if (d <= NEAR_M) return result(false, `Close: ${cm} cm away (within ${HIT_M * 100} cm counts).`, 0.5, { distanceM: d });
        return result(false, `${cm} cm away from the trigger point.`, 0, { distanceM: d });
      }
      const id = chosenId(pick);
      return id === q.cell ? result(true, 'Yes: that is where it lies.') : result(false, 'Not there: see the mark on the muscle.');
    }
  }
}

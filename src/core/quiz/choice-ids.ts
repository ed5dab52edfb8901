/** Which listed choice an answer names, and which one is correct: for marking the buttons in feedback. */
import { readAnswer } from './score';
import type { Question } from './types';

/** The id of the listed choice that is correct. */
export function correctChoiceId(q: Question): string {
  switch (q.kind) {
    case 'find-muscle':
      return `${q.muscleId}/${q.side}`;
    case 'name-muscle':
    case 'which-muscle':
      return q.muscleId;
    case 'place-trigger-point':
      return q.cell;
    case 'where-refers':
      return q.regionId;
  }
}

/** The id of the listed choice an answer names, or null (a tapped point names none). */
export function chosenChoiceId(q: Question, answer: unknown): string | null {
  const pick = readAnswer(answer);
  if (!pick) return null;
  if ('choice' in pick) return pick.choice;
  if ('regionId' in pick) return pick.regionId;
  if ('muscleId' in pick) return q.kind === 'find-muscle' ? `${pick.muscleId}/${pick.side ?? ''}` : pick.muscleId;
  return null;
}

/**
 * Quiz records: kinds, questions, answers and scored results. Plain data (JSON-safe), so a session
 * can be stored, sent through the embed API or compared in tests.
 */
import type { Side, Vec3 } from '../frame';
import type { BodyRegion } from '../muscle-ids';

/** The kinds of question, in the order the study menu lists them. */
export const QUIZ_KINDS = ['find-muscle', 'name-muscle', 'where-refers', 'which-muscle', 'place-trigger-point'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** What a quiz is made from; the link carries exactly these (`quiz`, `seed`, `length`, `region`). */
export interface QuizSpec {
  kind: QuizKind;
  /** Unsigned 32-bit integer; the same seed gives the same questions. */
  seed: number;
  /** Number of questions asked (may come out shorter when the region has fewer items). */
  length: number;
  /** Only muscles of this body region, or all when null. */
  region: BodyRegion | null;
}

/** One button of a multiple-choice question (or of the list alternative of an on-body one). */
export interface Choice {
  /** Sent back as `{ choice: id }`: a muscle id, a region id, `<muscleId>/<side>` or a cell id. */
  id: string;
  label: string;
}

interface QuestionBase {
  /** The spaced-repetition item this question tests, e.g. `name-muscle:infraspinatus`. */
  itemKey: string;
  /** The question in words, e.g. "Find the left infraspinatus." */
  prompt: string;
  /** A helping note (e.g. that a deep muscle needs the layers above it peeled), or null. */
  hint: string | null;
  /** The side of the body the question is about. */
  side: Side;
  choices: Choice[];
}

/** Click the named muscle on the body; the side counts. Choices are the list alternative. */
export interface FindMuscleQuestion extends QuestionBase {
  kind: 'find-muscle';
  muscleId: string;
}
/** A muscle is highlighted; choose its name. */
export interface NameMuscleQuestion extends QuestionBase {
  kind: 'name-muscle';
  muscleId: string;
}
/** A trigger point is marked; choose a region of its essential zone. */
export interface WhereRefersQuestion extends QuestionBase {
  kind: 'where-refers';
  muscleId: string;
  triggerPointId: string;
  /** The listed choice that is correct (one region of the essential zone). */
  regionId: string;
  /** The side its referred pain is painted on (from the trigger point's referral side). */
  referralSide: Side | 'both';
}
/** A region is painted; choose the muscle whose trigger points refer pain there (essential zone). */
export interface WhichMuscleQuestion extends QuestionBase {
  kind: 'which-muscle';
  regionId: string;
  /** The one listed choice that is correct. */
  muscleId: string;
}
/** A muscle is shown; tap where the named trigger point lies. Choices are the list alternative. */
export interface PlaceTriggerPointQuestion extends QuestionBase {
  kind: 'place-trigger-point';
  muscleId: string;
  triggerPointId: string;
  /** The trigger point on the model, in metres in the body frame, or null when the model lacks it. */
  target: Vec3 | null;
  /** The id of the choice (cell of the muscle) that holds the trigger point. */
  cell: string;
}

export type Question =
  | FindMuscleQuestion
  | NameMuscleQuestion
  | WhereRefersQuestion
  | WhichMuscleQuestion
  | PlaceTriggerPointQuestion;

/** An answer, in the shapes the embed API accepts. */
export type Answer =
  | { muscleId: string; side?: Side }
  | { choice: string }
  | { regionId: string }
  | { point: Vec3 };

/** The result of scoring one answer. */
export interface Scored {
  correct: boolean;
  /** 1 for a correct answer, 0.5 for a near miss (place-trigger-point only), otherwise 0. */
  points: number;
  /** The correct answer in the shape of an answer: sending it back scores as correct. */
  expected: Answer;
  /** The correct answer in words, e.g. "Left infraspinatus". */
  expectedLabel: string;
  /** Distance from the tapped point to the trigger point, metres (place-trigger-point with a point). */
  distanceM?: number;
  /** A sentence of feedback, e.g. "Right muscle, wrong side." */
  feedback: string;
}

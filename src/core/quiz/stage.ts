/**
 * What the body shows for the quiz at each moment, derived from the session: the muscle lit up, the
 * trigger point marked, the regions painted, what a click on the body answers, and the tapped
 * point. The scene draws this and nothing of the ordinary selection while a quiz runs.
 */
import type { Side, Vec3 } from '../frame';
import type { Dataset } from '../dataset/schema';
import { zonesForSelection, type ZoneSelection } from '../zones';
import { readAnswer } from './score';
import { currentAnswer, currentQuestion, type QuizSession } from './session';

/** One side of one muscle. */
export interface StageMuscle {
  muscleId: string;
  side: Side;
}

/** The body's part in the quiz. */
export interface QuizStage {
  /** The muscle side lit up (asked about, or the correct answer in feedback). */
  highlight: StageMuscle | null;
  /** A muscle side answered wrongly, shown faintly beside the right one in feedback. */
  wrong: StageMuscle | null;
  /** The trigger point marked with an X. */
  triggerPoint: (StageMuscle & { triggerPointId: string }) | null;
  /** Regions painted: essential solid, spillover stipple. */
  zones: ZoneSelection;
  /** What a click on the body answers now: a muscle side, a point, or nothing. */
  pick: 'muscle' | 'point' | null;
  /** Where the last tap landed (metres, body frame), shown in feedback. */
  tapped: Vec3 | null;
  /** The muscle side the camera should keep in view. */
  focus: StageMuscle | null;
}

const NO_ZONES: ZoneSelection = { essential: [], spillover: [] };

/** The stage of a session (null at the summary or without a session). */
export function quizStage(session: QuizSession | null, dataset: Dataset | null): QuizStage | null {
  if (!session || !dataset) return null;
  const q = currentQuestion(session);
  if (!q) return null;
  const answered = currentAnswer(session);
  const feedback = answered !== null;
  const asked: StageMuscle = { muscleId: q.muscleId, side: q.side };
  const stage: QuizStage = { highlight: null, wrong: null, triggerPoint: null, zones: NO_ZONES, pick: null, tapped: null, focus: asked };
  const pick = answered ? readAnswer(answered.answer) : null;
  switch (q.kind) {
    case 'find-muscle':
      stage.pick = feedback ? null : 'muscle';
      stage.focus = feedback ? asked : null;
      if (feedback) {
        stage.highlight = asked;
        if (pick && 'muscleId' in pick && pick.side && !answered.scored.correct) stage.wrong = { muscleId: pick.muscleId, side: pick.side };
      }
      return stage;
    case 'name-muscle':
      stage.highlight = asked;
      return stage;
    case 'where-refers':
      stage.highlight = asked;
      stage.triggerPoint = { ...asked, triggerPointId: q.triggerPointId };
      if (feedback) stage.zones = zonesForSelection(dataset, q.muscleId, q.side, q.triggerPointId);
      return stage;
    case 'which-muscle':
      stage.zones = { essential: [{ regionId: q.regionId, side: q.side }], spillover: [] };
      stage.focus = null;
      if (feedback) {
        stage.highlight = asked;
        stage.focus = asked;
      }
      return stage;
    case 'place-trigger-point':
      stage.highlight = asked;
      stage.pick = feedback ? null : 'point';
      if (feedback) {
        stage.triggerPoint = { ...asked, triggerPointId: q.triggerPointId };
        if (pick && 'point' in pick) stage.tapped = pick.point;
      }
      return stage;
  }
}

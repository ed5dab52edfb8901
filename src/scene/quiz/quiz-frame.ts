/** When the camera should move in study mode: a key that changes when what the quiz shows changes. */
import type { QuizStage } from '../../core/quiz/stage';

/** A string naming what the camera frames for a stage (the muscle, the painted regions, or the body). */
export function quizFrameKey(stage: QuizStage | null): string {
  if (!stage) return 'none';
  const zones = stage.zones.essential.map((z) => `${z.regionId}/${z.side}`).join(',');
  if (stage.focus) return `muscle:${stage.focus.muscleId}/${stage.focus.side}|${zones}`;
  return zones ? `zones:${zones}` : 'body';
}

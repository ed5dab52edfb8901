/** Study mode on the canvas: a click answers the quiz when it waits for an on-body answer. */
import type * as THREE from 'three';
import type { Side, Vec3 } from '../../core/frame';
import type { AtlasStore } from '../../state';
import type { ModelIndex } from '../model/model-index';

/** Sends a click on a muscle to the quiz: the muscle side, or the point hit (body frame, metres). */
export function answerOnBody(s: AtlasStore, tag: { muscleId: string; side: Side }, point: THREE.Vector3): void {
  const pick = s.quizStage?.pick;
  if (pick === 'muscle') s.answerQuiz({ muscleId: tag.muscleId, side: tag.side });
  else if (pick === 'point') s.answerQuiz({ point: [point.x, point.y, point.z] });
}

/** The model's trigger-point positions by `<id>/<side>`, for scoring taps. */
export function quizPointsOf(index: ModelIndex): Map<string, Vec3> {
  const out = new Map<string, Vec3>();
  for (const list of index.triggerPointsByMuscle.values())
    for (const p of list) out.set(`${p.triggerPointId}/${p.side}`, [p.position.x, p.position.y, p.position.z]);
  return out;
}

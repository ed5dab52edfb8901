/** Study mode on the canvas: a click answers the quiz when it waits for an on-body answer. */
import type * as THREE from 'three';
import type { Side, Vec3 } from '../../core/frame';
import type { AtlasStore } from '../../state';
import type { ModelIndex } from '../model/model-index';
import { readMuscleTag } from '../muscles/muscle-tag';

/**
 * Sends a click on a muscle to the quiz: the muscle side, or the point tapped (body frame, metres).
 * A tap is "on the muscle" asked about: where the ray meets that muscle, even under a thin one in
 * front; elsewhere it is the first surface hit.
 */
export function answerOnBody(
  s: AtlasStore,
  tag: { muscleId: string; side: Side },
  point: THREE.Vector3,
  hits: readonly { object: THREE.Object3D; point: THREE.Vector3 }[] = [],
): void {
  const stage = s.quizStage;
  if (stage?.pick === 'muscle') s.answerQuiz({ muscleId: tag.muscleId, side: tag.side });
  else if (stage?.pick === 'point') {
    const asked = stage.highlight;
    const onAsked = asked
      ? hits.find((h) => {
          const t = readMuscleTag(h.object);
          return t?.muscleId === asked.muscleId && t.side === asked.side;
        })
      : undefined;
    const p = onAsked?.point ?? point;
    s.answerQuiz({ point: [p.x, p.y, p.z] });
  }
}

/** The model's trigger-point positions by `<id>/<side>`, for scoring taps. */
export function quizPointsOf(index: ModelIndex): Map<string, Vec3> {
  const out = new Map<string, Vec3>();
  for (const list of index.triggerPointsByMuscle.values())
    for (const p of list) out.set(`${p.triggerPointId}/${p.side}`, [p.position.x, p.position.y, p.position.z]);
  return out;
}

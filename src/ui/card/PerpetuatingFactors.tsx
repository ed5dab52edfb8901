/** What keeps a muscle's trigger points going (posture, overuse, habits), as the card lists them. */
import type { DatasetIndex } from '../../core/dataset/queries';
import type { Muscle, PerpetuatingKind } from '../../core/dataset/schema';
import { Sources } from './SelfCare';

/** Plain names of the factor kinds. */
export const FACTOR_KIND_LABELS: Record<PerpetuatingKind, string> = {
  posture: 'Posture',
  overuse: 'Overuse',
  habit: 'Habit',
  structure: 'Body build',
  injury: 'Injury',
};

/** The factors with their kind, and the sources behind them. */
export function PerpetuatingFactors({ index, muscle }: { index: DatasetIndex; muscle: Muscle }) {
  const ids = [...new Set(muscle.perpetuatingFactors.flatMap((f) => f.references as string[]))];
  return (
    <>
      <ul className="factor-list">
        {muscle.perpetuatingFactors.map((f) => (
          <li key={f.text}>
            <span className="factor-kind">{FACTOR_KIND_LABELS[f.kind]}</span> {f.text}
          </li>
        ))}
      </ul>
      <Sources index={index} ids={ids} />
    </>
  );
}

/** A muscle's self-care on its card: the gentle stretch and the pressure release, each with its cautions and when not to do it. */
import { shortCitation } from '../../core/dataset/cite';
import type { DatasetIndex } from '../../core/dataset/queries';
import type { Muscle, SelfCareStep } from '../../core/dataset/schema';
import './self-care.css';

/** "Sources: Simons et al. 1999; …" for a list of reference ids. */
export function Sources({ index, ids }: { index: DatasetIndex; ids: readonly string[] }) {
  const names = ids.flatMap((id) => {
    const r = index.referenceById(id);
    return r ? [shortCitation(r)] : [];
  });
  if (names.length === 0) return null;
  return <p className="sources small muted">Sources: {names.join('; ')}</p>;
}

function Step({ title, step, index }: { title: string; step: SelfCareStep; index: DatasetIndex }) {
  return (
    <div className="self-care-step">
      <h4>{title}</h4>
      <p>{step.how}</p>
      <p className="small">
        <strong>Take care:</strong> {step.cautions.join(' ')}
      </p>
      <p className="small">
        <strong>Not if:</strong>
      </p>
      <ul className="small avoid-list">
        {step.avoidIf.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <Sources index={index} ids={step.references} />
    </div>
  );
}

/** Both self-care steps of a muscle. */
export function SelfCare({ index, muscle }: { index: DatasetIndex; muscle: Muscle }) {
  return (
    <div className="self-care" aria-label="Self-care">
      <Step title="Gentle stretch" step={muscle.selfCare.stretch} index={index} />
      <Step title="Pressure release" step={muscle.selfCare.pressureRelease} index={index} />
    </div>
  );
}

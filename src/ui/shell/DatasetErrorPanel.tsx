/** Shown instead of the atlas when the dataset is invalid: every problem by path and reason. */
import type { DatasetProblem } from '../../core/dataset/parse';

const SHOWN = 50;

/** The dataset error panel (role="alert"). */
export function DatasetErrorPanel({ problems }: { problems: readonly DatasetProblem[] }) {
  return (
    <div role="alert" className="error-panel">
      <h2>The trigger-point data could not be loaded</h2>
      <p>
        data/trigger-points.json has {problems.length} problem{problems.length === 1 ? '' : 's'}. Fix them (run{' '}
        <code>npm run validate:data</code>) and reload.
      </p>
      <ul className="problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
    </div>
  );
}

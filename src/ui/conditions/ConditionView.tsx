/** One condition: summary, evidence note, the muscles linked to it, references. */
import type { Condition } from '../../core/dataset/schema';
import type { DatasetIndex } from '../../core/dataset/queries';
import { useAtlasStore, useAtlas } from '../../state';
import { ReferenceList } from '../card/ReferenceList';

/** The condition view; choosing a muscle selects it and opens its card. */
export function ConditionView({ index, condition }: { index: DatasetIndex; condition: Condition }) {
  const store = useAtlasStore();
  const side = useAtlas((s) => s.selected?.side ?? 'left');
  const muscles = index.musclesOfCondition(condition.id);
  return (
    <article className="condition" aria-labelledby="condition-title">
      <button type="button" className="link-button" onClick={() => store.getState().openCondition(null)}>
        ← All conditions
      </button>
      <h2 id="condition-title">{condition.name}</h2>
      {condition.synonyms.length > 0 && <p className="latin">Also called {condition.synonyms.join(', ')}</p>}
      <p>{condition.summary}</p>
      <div className="evidence">
        <h3>Evidence</h3>
        <p>{condition.evidence}</p>
      </div>
      <h3>Muscles to consider</h3>
      {condition.noSpecificMuscle && (
        <p className="muted">The literature ties this condition to no specific muscle.</p>
      )}
      {muscles.length ? (
        <>
          <p className="muted small">Highlighted on the body. Choose one to open its card.</p>
          <ul className="chip-list">
            {muscles.map((m) => (
              <li key={m.id}>
                <button type="button" className="chip" onClick={() => store.getState().selectMuscle(m.id, side)}>
                  {m.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        !condition.noSpecificMuscle && <p className="muted">No muscles are linked in the dataset.</p>
      )}
      {condition.references.length > 0 && (
        <>
          <h3>References</h3>
          <ReferenceList index={index} ids={condition.references} />
        </>
      )}
    </article>
  );
}

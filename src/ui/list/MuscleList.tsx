/** Every muscle by body region with Left/Right buttons; also the fallback when 3D is unavailable. */
import { SIDES } from '../../core/frame';
import { useAtlasStore, useAtlas } from '../../state';
import { REGION_LABELS, SIDE_LABELS } from '../common/labels';
import { useIndex } from '../common/use-index';
import { CARD_HEADING_ID, focusSoon } from '../common/focus';

/** The `nav` "Muscle list". */
export function MuscleList() {
  const store = useAtlasStore();
  const index = useIndex();
  const selected = useAtlas((s) => s.selected);
  if (!index) return <p className="muted">Loading the atlas…</p>;
  return (
    <nav className="muscle-list" aria-label="Muscle list">
      {index.muscleGroups().map(({ region, muscles }) => (
        <section key={region} className="muscle-group" aria-labelledby={`list-${region}`}>
          <h3 id={`list-${region}`}>{REGION_LABELS[region]}</h3>
          <ul>
            {muscles.map((m) => (
              <li key={m.id} className="muscle-row">
                <span className="muscle-row-name">{m.name}</span>
                <span className="muscle-row-sides">
                  {SIDES.map((side) => {
                    const current = selected?.muscleId === m.id && selected.side === side;
                    return (
                      <button
                        key={side}
                        type="button"
                        className="side-button"
                        aria-label={`${m.name}, ${side} side`}
                        aria-current={current ? 'true' : undefined}
                        onClick={() => {
                          store.getState().selectMuscle(m.id, side);
                          focusSoon(CARD_HEADING_ID);
                        }}
                      >
                        {SIDE_LABELS[side]}
                      </button>
                    );
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

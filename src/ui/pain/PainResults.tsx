/** The ranked muscles for a pain drawing, each with why it ranks; choosing one shows its zones over the drawing. */
import type { RankedMuscle } from '../../core/pain/rank';
import { useAtlas, useAtlasStore } from '../../state';
import { useIndex } from '../common/use-index';
import { ZoneSwatch } from '../card/ZoneLegend';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const sideName = (s: string) => (s === 'left' ? 'left' : 'right');

/** The results list. */
export function PainResults({ ranked, empty, measuredOnBody }: { ranked: RankedMuscle[]; empty: boolean; measuredOnBody: boolean }) {
  const store = useAtlasStore();
  const index = useIndex();
  const choice = useAtlas((s) => s.painChoice);
  if (empty) return null;
  const regionName = (id: string) => index?.regionById(id)?.name ?? id;
  return (
    <section className="pain-results" aria-label="Ranked muscles">
      <h3>{ranked.length === 0 ? 'No muscle in the atlas refers pain there' : 'Muscles that may refer pain there'}</h3>
      {ranked.length > 0 && (
        <p className="muted small">
          Ranked by how much of your drawing their zones cover{measuredOnBody ? ' on the body' : ''} and how much of their zones your drawing covers; the
          essential zone counts more than the spillover zone. Choose one to see its zones over your drawing.
        </p>
      )}
      <ol className="pain-ranking" aria-live="polite">
        {ranked.map((m) => {
          const best = m.triggerPoints[0];
          const chosen = choice?.muscleId === m.muscleId && choice.side === m.side;
          return (
            <li key={`${m.muscleId}/${m.side}`} className="pain-result">
              <button
                type="button"
                className="pain-result-main"
                aria-pressed={chosen && choice?.triggerPointId === null}
                onClick={() => store.getState().choosePain(chosen && choice?.triggerPointId === null ? null : { muscleId: m.muscleId, side: m.side, triggerPointId: null })}
              >
                <span className="pain-result-name">
                  {m.name} <span className="muted">({sideName(m.side)})</span>
                </span>
                <span className="pain-score" aria-label={`match ${pct(m.score)}`}>
                  <span style={{ width: pct(m.score) }} />
                </span>
              </button>
              {best && (
                <ul className="pain-reasons">
                  {m.triggerPoints.slice(0, 3).map((tp) => (
                    <li key={tp.triggerPointId}>
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={chosen && choice?.triggerPointId === tp.triggerPointId}
                        onClick={() => store.getState().choosePain({ muscleId: m.muscleId, side: m.side, triggerPointId: tp.triggerPointId })}
                      >
                        {tp.label}
                      </button>
                      {': '}
                      {tp.overlaps.slice(0, 3).map((o, i) => (
                        <span key={`${o.regionId}/${o.side}`} className="pain-reason">
                          {i > 0 && ', '}
                          <ZoneSwatch zone={o.zone} /> {o.zone === 'essential' ? 'essential' : 'spillover'} zone over {regionName(o.regionId).toLowerCase()} ({pct(o.share)} of the drawing)
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
              <button type="button" className="link-button small" onClick={() => store.getState().selectMuscle(m.muscleId, m.side)}>
                Open the {m.name.toLowerCase()} card
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

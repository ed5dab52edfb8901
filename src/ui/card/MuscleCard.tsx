/** The selected muscle's card: anatomy, trigger points, referred pain, how they are found, what keeps them going, self-care, conditions, references. */
import { shownTriggerPoint, useAtlasStore, useAtlas } from '../../state';
import { MuscleFacts } from './MuscleFacts';
import { PalpationList } from './PalpationList';
import { PerpetuatingFactors } from './PerpetuatingFactors';
import { PrintHandoutButton } from './PrintHandoutButton';
import { ReferenceList } from './ReferenceList';
import { ReferredPain } from './ReferredPain';
import { SelfCare } from './SelfCare';
import { SideToggle } from './SideToggle';
import { TriggerPointList } from './TriggerPointList';
import { REGION_LABELS } from '../common/labels';
import { useIndex } from '../common/use-index';
import { CARD_HEADING_ID } from '../common/focus';
import type { BodyRegion } from '../../core/muscle-ids';

/** The "Muscle card" region; a hint when nothing is selected. */
export function MuscleCard() {
  const store = useAtlasStore();
  const index = useIndex();
  const { selected, focusedId } = useAtlas((s) => ({ selected: s.selected, focusedId: shownTriggerPoint(s) }));
  if (!index) return <p className="muted">Loading the atlas…</p>;
  const muscle = selected ? index.muscleById(selected.muscleId) : undefined;
  if (!selected || !muscle) {
    return (
      <div className="empty-hint">
        <p>Choose a muscle on the body, in the list, or with the search box to see its trigger points and where they refer pain.</p>
      </div>
    );
  }
  const focused = muscle.triggerPoints.find((tp) => tp.id === focusedId);
  const conditions = index.conditionsOfMuscle(muscle.id);
  return (
    <section className="card" aria-label="Muscle card" key={muscle.id}>
      <header className="card-header">
        <div>
          <h2 className="card-title" id={CARD_HEADING_ID} tabIndex={-1}>
            {muscle.name}
          </h2>
          <p className="latin">{muscle.latinName}</p>
          <p className="card-meta">
            {REGION_LABELS[muscle.bodyRegion as BodyRegion]} · <strong>{selected.side === 'left' ? 'Left' : 'Right'} side</strong>
          </p>
        </div>
        <div className="card-actions">
          <SideToggle muscleId={muscle.id} side={selected.side} />
          <PrintHandoutButton muscleId={muscle.id} side={selected.side} />
          <button type="button" className="link-button" onClick={() => store.getState().clearSelection()}>
            Clear
          </button>
        </div>
      </header>

      <MuscleFacts muscle={muscle} />

      <h3>Trigger points</h3>
      <p className="muted small">Hover or focus a point to show it alone on the body; click to keep it shown.</p>
      <TriggerPointList key={muscle.id} triggerPoints={muscle.triggerPoints} />

      <h3>Referred pain</h3>
      <ReferredPain index={index} triggerPoints={muscle.triggerPoints} focused={focused} />

      <h3>How a clinician finds them</h3>
      <PalpationList triggerPoints={muscle.triggerPoints} />

      <h3>What can keep them going</h3>
      <PerpetuatingFactors index={index} muscle={muscle} />

      <h3>Self-care</h3>
      <p className="muted small">Gentle, at your own pace, and only what feels safe; stop if pain sharpens, spreads, tingles or goes numb.</p>
      <SelfCare index={index} muscle={muscle} />

      <h3>Linked conditions</h3>
      {conditions.length ? (
        <ul className="chip-list">
          {conditions.map((c) => (
            <li key={c.id}>
              <button type="button" className="chip" onClick={() => store.getState().openCondition(c.id)}>
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None linked in the dataset.</p>
      )}

      {muscle.notes && (
        <>
          <h3>Notes</h3>
          <p>{muscle.notes}</p>
        </>
      )}

      <h3>References</h3>
      <ReferenceList index={index} ids={muscle.references} />

      <p className="disclaimer">{index.dataset.disclaimer}</p>
    </section>
  );
}

/** The regions a muscle (or one of its trigger points) refers pain to, essential and spillover apart. */
import type { TriggerPoint } from '../../core/dataset/schema';
import { referredRegions, type DatasetIndex } from '../../core/dataset/queries';
import { ZoneLegend, ZoneSwatch } from './ZoneLegend';

const SIDE_NOTES = {
  same: null,
  both: 'Pain may be felt on both sides.',
  opposite: 'Pain is felt on the opposite side.',
} as const;

/** Named regions of the referred pain, with the legend. */
export function ReferredPain({
  index,
  triggerPoints,
  focused,
}: {
  index: DatasetIndex;
  triggerPoints: readonly TriggerPoint[];
  focused: TriggerPoint | undefined;
}) {
  const shown = focused ? [focused] : triggerPoints;
  const { essential, spillover } = referredRegions(index, shown);
  const sideNotes = [...new Set(shown.map((tp) => SIDE_NOTES[tp.referralSide]).filter((n) => n !== null))];
  return (
    <div className="referred">
      <ZoneLegend />
      <p className="muted">{focused ? `For trigger point: ${focused.label}` : 'All trigger points of this muscle'}</p>
      <h4 className="zone-heading">
        <ZoneSwatch zone="essential" /> Essential zone
      </h4>
      <ul className="zone-list">
        {essential.map((r) => (
          <li key={r.id}>{r.name}</li>
        ))}
      </ul>
      <h4 className="zone-heading">
        <ZoneSwatch zone="spillover" /> Spillover zone
      </h4>
      {spillover.length ? (
        <ul className="zone-list">
          {spillover.map((r) => (
            <li key={r.id}>{r.name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">None recorded.</p>
      )}
      {sideNotes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
    </div>
  );
}

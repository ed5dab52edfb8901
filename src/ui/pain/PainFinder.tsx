/** "Where does it hurt?": pick a region, see the muscles that refer pain there. */
import { useId, useState } from 'react';
import type { BodyRegion } from '../../core/muscle-ids';
import { useAtlasStore, useAtlas } from '../../state';
import { REGION_LABELS } from '../common/labels';
import { useIndex } from '../common/use-index';
import { ZoneSwatch } from '../card/ZoneLegend';

/** The pain finder tab. Loaded lazily. */
export default function PainFinder() {
  const store = useAtlasStore();
  const index = useIndex();
  const side = useAtlas((s) => s.selected?.side ?? 'left');
  const [regionId, setRegionId] = useState('');
  const selectId = useId();
  if (!index) return <p className="muted">Loading the atlas…</p>;
  const region = regionId ? index.regionById(regionId) : undefined;
  const referring = region ? index.musclesReferringTo(region.id) : [];
  const essential = referring.filter((r) => r.zone === 'essential');
  const spillover = referring.filter((r) => r.zone === 'spillover');

  const group = (title: string, zone: 'essential' | 'spillover', list: typeof referring) =>
    list.length > 0 && (
      <>
        <h3 className="zone-heading">
          <ZoneSwatch zone={zone} /> {title}
        </h3>
        <ul className="result-list">
          {list.map(({ muscle, triggerPoints }) => (
            <li key={muscle.id}>
              <button type="button" className="list-button" onClick={() => store.getState().selectMuscle(muscle.id, side)}>
                <span className="list-button-title">{muscle.name}</span>
                <span className="list-button-sub">
                  {REGION_LABELS[muscle.bodyRegion as BodyRegion]} · {triggerPoints.map((t) => t.label).join('; ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <div className="pain-finder">
      <h2>Where does it hurt?</h2>
      <label className="field" htmlFor={selectId}>
        <span>Painful region</span>
      </label>
      <select id={selectId} className="select" value={regionId} onChange={(e) => setRegionId(e.target.value)}>
        <option value="">Choose a region…</option>
        {index.regionsByArea().map(({ area, regions }) => (
          <optgroup key={area} label={REGION_LABELS[area]}>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {region && (
        <div className="pain-results" aria-live="polite">
          <p className="muted small">
            {referring.length === 0
              ? `No muscle in the atlas refers pain to ${region.name.toLowerCase()}.`
              : `${referring.length} muscle${referring.length === 1 ? '' : 's'} can refer pain to ${region.name.toLowerCase()}. Choose one to open its card.`}
          </p>
          {group('Main pain area (essential zone)', 'essential', essential)}
          {group('Occasional spread (spillover zone)', 'spillover', spillover)}
        </div>
      )}
    </div>
  );
}

/** The legend of the referred-pain zones: solid for essential, stipple for spillover. */

/** A swatch for a zone; the pattern (solid or stippled) carries the meaning, not colour alone. */
export function ZoneSwatch({ zone }: { zone: 'essential' | 'spillover' }) {
  return <span className={`swatch swatch-${zone}`} aria-hidden="true" />;
}

/** Both swatches with their names. */
export function ZoneLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <ZoneSwatch zone="essential" /> Essential zone
      </li>
      <li>
        <ZoneSwatch zone="spillover" /> Spillover zone
      </li>
    </ul>
  );
}

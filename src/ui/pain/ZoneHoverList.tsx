/** What the pointer is over on the body: its regions and the trigger points that refer pain there. */
import { useAtlas } from '../../state';
import { ZoneSwatch } from '../card/ZoneLegend';

/** How many referring trigger points the hover list names. */
const HOVER_LIMIT = 8;

/** The hover list (shown while the pointer is over the body). */
export function ZoneHoverList() {
  const hit = useAtlas((s) => s.painHover);
  if (!hit) return null;
  const where = hit.regions.map((r) => `${r.name.toLowerCase()} (${r.side})`).join(', ');
  return (
    <section className="pain-hover" aria-label="Under the pointer">
      <p className="small">
        <strong>Here:</strong> {where}
      </p>
      {hit.referring.length === 0 ? (
        <p className="muted small">No trigger point in the atlas refers pain here.</p>
      ) : (
        <ul className="pain-hover-list small">
          {hit.referring.slice(0, HOVER_LIMIT).map((r) => (
            <li key={`${r.triggerPointId}/${r.side}`}>
              <ZoneSwatch zone={r.zone} /> {r.muscleName} ({r.side}), {r.label}
            </li>
          ))}
          {hit.referring.length > HOVER_LIMIT && <li className="muted">and {hit.referring.length - HOVER_LIMIT} more</li>}
        </ul>
      )}
    </section>
  );
}

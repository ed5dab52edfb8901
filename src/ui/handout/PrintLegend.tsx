/** The legend of the printed pain maps: a cross for the knot, solid for the essential zone, dots for spillover. */
import { LEGEND } from '../../core/handout/advice';

/** A small drawing of each mark, made so the pattern (not the colour) carries the meaning. */
function Swatch({ kind }: { kind: 'triggerPoint' | 'essential' | 'spillover' }) {
  return (
    <svg className="print-swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      {kind === 'triggerPoint' && (
        <g stroke="#000" strokeWidth="3.2" strokeLinecap="square">
          <line x1="5" y1="5" x2="19" y2="19" />
          <line x1="19" y1="5" x2="5" y2="19" />
        </g>
      )}
      {kind === 'essential' && <rect x="2" y="2" width="20" height="20" fill="#c8141a" stroke="#000" strokeWidth="0.6" />}
      {kind === 'spillover' && (
        <g>
          <rect x="2" y="2" width="20" height="20" fill="#fff" stroke="#000" strokeWidth="0.6" />
          {[5.5, 12, 18.5].flatMap((y, row) =>
            [5.5, 12, 18.5].map((x) => <circle key={`${x}-${y}`} cx={x + (row % 2 ? 2 : 0) - 1} cy={y} r="1.9" fill="#c8141a" />),
          )}
        </g>
      )}
    </svg>
  );
}

/** The three legend entries in a row. */
export function PrintLegend() {
  return (
    <ul className="print-legend" aria-label="Legend">
      {(['triggerPoint', 'essential', 'spillover'] as const).map((kind) => (
        <li key={kind}>
          <Swatch kind={kind} /> {LEGEND[kind]}
        </li>
      ))}
    </ul>
  );
}

/** The anatomy facts of a muscle as a description list. */
import type { Muscle } from '../../core/dataset/schema';

function layerText(layer: number): string {
  if (layer === 1) return '1 (superficial)';
  return layer >= 4 ? `${layer} (deep)` : String(layer);
}

/** Synonyms, layer, origin, insertion, action and innervation. */
export function MuscleFacts({ muscle }: { muscle: Muscle }) {
  const rows: [string, string][] = [
    ...(muscle.synonyms.length ? [['Also called', muscle.synonyms.join(', ')] as [string, string]] : []),
    ['Layer', layerText(muscle.layer)],
    ['Origin', muscle.origin],
    ['Insertion', muscle.insertion],
    ['Action', muscle.action],
    ['Innervation', muscle.innervation],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} className="fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** How a clinician finds each trigger point: by flat or pincer palpation, or not by touch at all, and how the person lies. */
import type { Palpation, TriggerPoint } from '../../core/dataset/schema';

/** Plain names of the palpation types. */
export const PALPATION_LABELS: Record<Palpation, string> = {
  flat: 'Flat palpation (pressed against what lies beneath)',
  pincer: 'Pincer palpation (held between finger and thumb)',
  'not-palpable': 'Not palpable (reached only with a needle)',
};

/** One line per trigger point. */
export function PalpationList({ triggerPoints }: { triggerPoints: readonly TriggerPoint[] }) {
  return (
    <ol className="palpation-list">
      {triggerPoints.map((tp) => (
        <li key={tp.id} data-palpation={tp.palpation}>
          <span className="tp-label">{tp.label}</span>: {PALPATION_LABELS[tp.palpation]}.
          {tp.palpationNote && <span className="palpation-note"> {tp.palpationNote}</span>}
          <span className="patient-position small muted"> Position: {tp.patientPosition}</span>
        </li>
      ))}
    </ol>
  );
}

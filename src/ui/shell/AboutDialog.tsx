/** The About dialog: what the atlas is, its license, sources, counts and disclaimer. */
import { ModalDialog } from '../common/ModalDialog';
import { useIndex } from '../common/use-index';

/** A modal dialog; closing returns to the panel that was open before. Loaded lazily. */
export default function AboutDialog({ onClose }: { onClose: () => void }) {
  const index = useIndex();
  const d = index?.dataset;
  const trigger = d ? d.muscles.reduce((n, m) => n + m.triggerPoints.length, 0) : 0;
  return (
    <ModalDialog title="About the Trigger Point Atlas" onClose={onClose}>
      <p>
        An open, embeddable 3D atlas of myofascial trigger points. Choose a muscle to see its trigger points marked with
        an X and the skin regions where they commonly refer pain: the essential zone in solid red, the spillover zone in
        red stipple.
      </p>
      <p>
        The descriptions are written for this project from the published literature. The body model is a simplified,
        procedurally generated figure, not a scan of a real person.
      </p>
      {d && (
        <dl className="facts">
          <div className="fact">
            <dt>Contents</dt>
            <dd>
              {d.muscles.length} muscles, {trigger} trigger points, {d.regions.length} pain regions, {d.conditions.length}{' '}
              conditions, {d.references.length} references
            </dd>
          </div>
          <div className="fact">
            <dt>Data license</dt>
            <dd>{d.license}</dd>
          </div>
          <div className="fact">
            <dt>Sources</dt>
            <dd>{d.sources}</dd>
          </div>
        </dl>
      )}
      {d && <p className="disclaimer">{d.disclaimer}</p>}
      <p className="muted small">Keyboard: “/” focuses the search, Esc clears the selection.</p>
    </ModalDialog>
  );
}

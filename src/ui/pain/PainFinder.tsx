/**
 * "Where does it hurt?": paint on the body (or choose regions), and see the muscles whose referred-pain
 * zones match, ranked, with the reasons. The drawing stays on the body while results are browsed;
 * choosing a result shows its zones over the drawing. The drawing lives in the link.
 */
import { useMemo } from 'react';
import { rankPain } from '../../core/pain/rank';
import { isEmptySketch } from '../../core/pain/drawing';
import { useAtlas } from '../../state';
import { useIndex } from '../common/use-index';
import { PaintControls } from './PaintControls';
import { RegionChooser } from './RegionChooser';
import { PainResults } from './PainResults';
import { ZoneHoverList } from './ZoneHoverList';
import './pain-finder.css';

/** How many muscles the ranked list shows. */
const RESULT_LIMIT = 15;

/** The pain finder tab. Loaded lazily. */
export default function PainFinder() {
  const index = useIndex();
  const { dataset, sketch, surface, webgl } = useAtlas((s) => ({ dataset: s.dataset, sketch: s.painSketch, surface: s.painSurface, webgl: s.webgl }));
  const ranked = useMemo(
    () => (dataset && !isEmptySketch(sketch) ? rankPain(dataset, sketch, { ...(surface ? { surface } : {}), limit: RESULT_LIMIT }) : []),
    [dataset, sketch, surface],
  );
  if (!index) return <p className="muted">Loading the atlas…</p>;
  const canPaint = webgl !== 'unavailable';
  return (
    <div className="pain-finder">
      <h2>Where does it hurt?</h2>
      <p className="muted small">
        {canPaint
          ? 'Paint where it hurts on the body (turn it by dragging beside it), or tick regions below. The atlas ranks the muscles whose referred pain matches.'
          : 'Tick the regions where it hurts. The atlas ranks the muscles whose referred pain matches.'}
      </p>
      {canPaint && <PaintControls />}
      <ZoneHoverList />
      <PainResults ranked={ranked} empty={isEmptySketch(sketch)} measuredOnBody={surface !== null} />
      <RegionChooser index={index} />
    </div>
  );
}

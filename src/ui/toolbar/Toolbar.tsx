/** View, skin, bones, peel, isolate and fade controls for the 3D scene. */
import { useId, useState } from 'react';
import { SKIN_MODES, VIEWS } from '../../core/url-state';
import { useAtlasStore, useAtlas } from '../../state';
import { PeelControl } from './PeelControl';
import { SKIN_LABELS, VIEW_LABELS } from '../common/labels';

/** The scene toolbar; every control is a real button with aria-pressed (the peel is a slider). */
export function Toolbar() {
  const store = useAtlasStore();
  const s = useAtlas((st) => ({ view: st.cameraView, skin: st.skin, bones: st.bones, isolate: st.isolate, fade: st.fade, hasSel: st.selected !== null }));
  const act = store.getState;
  const [more, setMore] = useState(false);
  const moreId = useId();
  return (
    <div className={`toolbar${more ? ' more-open' : ''}`} aria-label="3D view controls" role="group">
      <div className="tool-group views" role="group" aria-label="View">
        {VIEWS.map((v) => (
          <button key={v} type="button" className="tool" aria-pressed={s.view === v} onClick={() => act().requestView(v)}>
            {VIEW_LABELS[v]}
          </button>
        ))}
        <button type="button" className="tool" onClick={() => act().requestView('front')} title="Reset the camera to the front view">
          Reset
        </button>
      </div>
      <button
        type="button"
        className="tool more-toggle"
        aria-expanded={more}
        aria-controls={moreId}
        aria-label="More display options"
        onClick={() => setMore((m) => !m)}
      >
        More
      </button>
      <div className="tool-extras" id={moreId}>
      <div className="tool-group" role="group" aria-label="Skin">
        <span className="tool-caption" aria-hidden="true">Skin</span>
        {SKIN_MODES.map((m) => (
          <button key={m} type="button" className="tool" aria-pressed={s.skin === m} onClick={() => act().setSkin(m)}>
            {SKIN_LABELS[m]}
          </button>
        ))}
      </div>
      <div className="tool-group" role="group" aria-label="Layers">
        <PeelControl />
      </div>
      <div className="tool-group" role="group" aria-label="Show">
        <button type="button" className="tool" aria-pressed={s.bones} onClick={() => act().setBones(!s.bones)}>
          Bones
        </button>
        <button
          type="button"
          className="tool"
          aria-pressed={s.isolate}
          title="Show only the selected muscle"
          onClick={() => act().setIsolate(!s.isolate)}
        >
          Isolate
        </button>
        <button
          type="button"
          className="tool"
          aria-pressed={s.fade}
          title="Fade the other muscles"
          onClick={() => act().setFade(!s.fade)}
        >
          Fade
        </button>
      </div>
      </div>
    </div>
  );
}

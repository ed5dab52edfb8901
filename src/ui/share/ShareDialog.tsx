/** The share dialog: copy a link to this view (camera included), copy iframe code for it, save it as a PNG. */
import { useId, useRef, useState } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import { useAtlas, useAtlasStore } from '../../state';
import { EMBED_CODE_DEFAULTS, embedCode, shareLink } from './embed-code';

/** Copies text, falling back to selecting it for the user where the clipboard is not allowed. */
async function copyText(text: string, fallback: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.focus();
    fallback?.select();
    return false;
  }
}

/** The modal dialog; `onClose` hides it. Loaded lazily. */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const store = useAtlasStore();
  const hasScene = useAtlas((s) => s.scene !== null);
  const [size, setSize] = useState({ width: EMBED_CODE_DEFAULTS.width, height: EMBED_CODE_DEFAULTS.height });
  const [status, setStatus] = useState('');
  const ids = { width: useId(), height: useId(), link: useId(), code: useId() };
  // The camera as it is when the dialog opens.
  const [camera] = useState(() => store.getState().scene?.getCamera() ?? null);
  const link = shareLink(location.href, camera);
  const code = embedCode(location.href, camera, { ...size, title: EMBED_CODE_DEFAULTS.title });

  const savePng = async () => {
    const scene = store.getState().scene;
    if (!scene) return;
    try {
      const url = await scene.capture();
      const a = document.createElement('a');
      a.href = url;
      a.download = `trigger-point-atlas-${store.getState().selected?.muscleId ?? 'view'}.png`;
      a.click();
      setStatus('The picture was saved.');
    } catch {
      setStatus('The picture could not be made; try again once the 3D view has loaded.');
    }
  };

  return (
    <ModalDialog title="Share this view" className="share-dialog" onClose={onClose}>
      <label className="field" htmlFor={ids.link}>
        <span>Link (muscle, layers and camera)</span>
      </label>
      <div className="share-row">
        <input id={ids.link} ref={linkRef} className="share-text" readOnly value={link} />
        <button type="button" className="button" onClick={() => void copyText(link, linkRef.current).then((ok) => setStatus(ok ? 'Link copied.' : 'Press Ctrl+C to copy the selected link.'))}>
          Copy link
        </button>
      </div>
      <label className="field" htmlFor={ids.code}>
        <span>Embed code for a web page or course</span>
      </label>
      <textarea id={ids.code} ref={codeRef} className="share-text share-code" readOnly rows={4} value={code} />
      <div className="share-row">
        <label htmlFor={ids.width}>Width</label>
        <input id={ids.width} className="share-size" type="number" min={320} max={4000} value={size.width} onChange={(e) => setSize((s) => ({ ...s, width: Number(e.target.value) || s.width }))} />
        <label htmlFor={ids.height}>Height</label>
        <input id={ids.height} className="share-size" type="number" min={240} max={4000} value={size.height} onChange={(e) => setSize((s) => ({ ...s, height: Number(e.target.value) || s.height }))} />
        <button type="button" className="button" onClick={() => void copyText(code, codeRef.current).then((ok) => setStatus(ok ? 'Embed code copied.' : 'Press Ctrl+C to copy the selected code.'))}>
          Copy embed code
        </button>
      </div>
      <div className="share-row">
        <button type="button" className="button" disabled={!hasScene} onClick={() => void savePng()}>
          Save view as PNG
        </button>
      </div>
      <p className="muted small" role="status">
        {status}
      </p>
    </ModalDialog>
  );
}

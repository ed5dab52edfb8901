/** Shown over the viewer when the 3D model failed to load, with a Retry button. */
import { useAtlasStore, useAtlas } from '../../state';

/** The model error panel (role="alert"); nothing unless store.model.status is 'error'. */
export function ModelErrorPanel() {
  const store = useAtlasStore();
  const model = useAtlas((s) => s.model);
  if (model.status !== 'error') return null;
  return (
    <div role="alert" className="error-panel model-error">
      <h2>The 3D body could not be loaded</h2>
      <p>{model.error ?? 'The model file failed to load.'}</p>
      <p className="muted small">The muscle list, cards and conditions still work.</p>
      <button type="button" className="button primary" onClick={() => store.getState().retryModel()}>
        Retry
      </button>
    </div>
  );
}

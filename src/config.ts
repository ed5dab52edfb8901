/**
 * The app's configuration, in one place: where the model and the dataset are fetched from. The app
 * shell reads it and hands the URLs down, so an embed or a user's own model can point elsewhere.
 */
import defaultModelUrl from '../assets/models/body.glb?url';
import defaultDatasetUrl from '../data/trigger-points.json?url';

export interface AtlasConfig {
  /** The body model (glTF binary following the model contract). */
  modelUrl: string;
  /** The trigger-point dataset (JSON following data/trigger-points.schema.json). */
  datasetUrl: string;
}

/** The configuration of this build: the committed model and dataset, as emitted by Vite. */
export const DEFAULT_CONFIG: Readonly<AtlasConfig> = Object.freeze({ modelUrl: defaultModelUrl, datasetUrl: defaultDatasetUrl });

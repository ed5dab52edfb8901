/**
 * The muscle table (./markdown.ts) of a model read back from its GLB, with the dataset's
 * muscles and the volume definitions: shared by `npm run muscle-table`, the model build and the test
 * that keeps docs/muscle-table.md current.
 */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../src/core/dataset/parse';
import { BODY_REGIONS } from '../../src/core/muscle-ids';
import { muscleTableInput, muscleTableMarkdown } from './markdown';
import { PENDING_VOLUME_DEFS, VOLUME_DEFS, VOLUME_IDS } from '../../src/anatomy/volumes';
import { measureMesh } from '../../src/anatomy/volumes/table';
import { loadModel } from '../../tests/support/load-model';

export const MUSCLE_TABLE_PATH = new URL('../../docs/muscle-table.md', import.meta.url);
const DATASET_PATH = new URL('../../data/trigger-points.json', import.meta.url);

/** The table's markdown for the GLB at `glb` (default the committed model). */
export async function muscleTableOfModel(glb?: URL): Promise<string> {
  const model = await loadModel(glb);
  const parsed = parseDatasetText(readFileSync(DATASET_PATH, 'utf8'));
  if (!parsed.ok) throw new Error('muscle table: the dataset does not parse (npm run validate:data)');
  const input = muscleTableInput({
    inputsHash: String(model.assetExtras['inputsHash'] ?? ''),
    regions: BODY_REGIONS,
    muscles: parsed.data.muscles.map((m) => ({ id: m.id, name: m.name, bodyRegion: m.bodyRegion })),
    nodes: model.nodes,
    volumeIds: VOLUME_IDS,
    pendingIds: new Set(PENDING_VOLUME_DEFS.map((d) => d.id)),
    cited: new Map([...VOLUME_DEFS, ...PENDING_VOLUME_DEFS].map((d) => [d.id, d.volume])),
    measure: measureMesh,
  });
  return muscleTableMarkdown(input);
}

/** React access to the loaded dataset's index (null until the dataset is loaded). */
import { indexDataset, type DatasetIndex } from '../../core/dataset/queries';
import { useAtlas } from '../../state';

/** The index of the store's dataset; the same object for the same dataset. */
export function useIndex(): DatasetIndex | null {
  const dataset = useAtlas((s) => s.dataset);
  return dataset ? indexDataset(dataset) : null;
}

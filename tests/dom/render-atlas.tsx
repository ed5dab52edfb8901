/**
 * Rendering app components for the DOM tests: each test gets its own atlas store (with the real
 * dataset unless told otherwise) inside an AtlasStoreProvider, and a user-event session.
 */
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AtlasStoreProvider, createAtlasStore, urlStateOf, type AtlasStore, type AtlasStoreApi } from '../../src/state';
import { indexDataset, type DatasetIndex } from '../../src/core/dataset/queries';
import { toSearchParams } from '../../src/core/url-state';
import type { Dataset } from '../../src/core/dataset/schema';
import { formatProblems, parseDataset } from '../../src/core/dataset/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real data/trigger-points.json as plain JSON (happy-dom replaces URL, so the path is joined by hand). */
export function realDatasetJson(): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../data/trigger-points.json'), 'utf8'));
}

/** Parses dataset JSON with the app's own parser; throws with the problems if it is invalid. */
export function datasetOf(json: unknown): Dataset {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(`not a valid dataset:\n${formatProblems(result.problems)}`);
  return result.data;
}

let real: Dataset | null = null;
/** The real data/trigger-points.json, parsed once per test file. */
export function realDataset(): Dataset {
  real ??= datasetOf(realDatasetJson());
  return real;
}

/** What {@link renderAtlas} gives a test. */
export interface AtlasRender extends RenderResult {
  store: AtlasStoreApi;
  index: DatasetIndex;
  user: ReturnType<typeof userEvent.setup>;
}

/** Renders `ui` with a fresh store holding `dataset` (the real one by default) and `initial` state. */
export function renderAtlas(ui: ReactElement, initial: Partial<AtlasStore> = {}, dataset: Dataset = realDataset()): AtlasRender {
  const store = createAtlasStore({ dataset, ...initial });
  const user = userEvent.setup();
  const result = render(<AtlasStoreProvider store={store}>{ui}</AtlasStoreProvider>);
  return { ...result, store, index: indexDataset(dataset), user };
}

/** The link the app would write for the store's state right now (its URL-mirrored part). */
export function linkOf(store: AtlasStoreApi): string {
  return toSearchParams(urlStateOf(store.getState())).toString();
}

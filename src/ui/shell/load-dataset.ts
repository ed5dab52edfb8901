/** Fetches and validates the dataset at runtime, so a broken file shows the error panel. */
import type { ParseResult } from '../../core/dataset/parse';

/** Loads the dataset at url (the app configuration's datasetUrl); network failures come back as a problem at `$`. */
export async function loadDataset(url: string): Promise<ParseResult> {
  // The validator (zod) loads alongside the fetch, keeping it out of the initial bundle.
  const parser = import('../../core/dataset/parse');
  parser.catch(() => undefined); // reported below, once we need it
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return { ok: false, problems: [{ path: '$', message: `could not fetch the dataset (${response.status} ${response.statusText}) from ${url}` }] };
    }
    text = await response.text();
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `could not fetch the dataset from ${url}: ${(err as Error).message}` }] };
  }
  try {
    return (await parser).parseDatasetText(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `could not load the dataset validator: ${(err as Error).message}` }] };
  }
}

/**
 * Fetches the dataset at runtime, so a broken file shows the error panel. The build validated the
 * shipped dataset with the full schema and recorded the SHA-256 of the text it shipped
 * (build/dataset-check.ts): a fetched text with that digest needs only a cheap check, and the
 * validator (zod) is never loaded. Anything else (an edited or user-supplied file, the dev server's
 * raw file) is fully validated.
 */
import type { DatasetProblem, ParseResult } from '../../core/dataset/parse';
import type { Dataset } from '../../core/dataset/schema';

/** SHA-256 (hex) of the dataset text the build validated and shipped; absent in dev and unit tests. */
const SHIPPED_SHA256: string | undefined = import.meta.env.ATLAS_DATASET_SHA256;

/** Hex SHA-256 of the text's UTF-8 bytes, or null where crypto.subtle is missing (not a secure context). */
async function sha256Hex(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The dataset if the text is exactly what the build validated and shipped (and has its shape), else null. */
export async function shippedDataset(text: string, shippedSha256: string | undefined = SHIPPED_SHA256): Promise<Dataset | null> {
  if (!shippedSha256 || (await sha256Hex(text)) !== shippedSha256) return null;
  const data = JSON.parse(text) as Partial<Record<keyof Dataset, unknown>>;
  const lists = ['muscles', 'regions', 'conditions', 'references'] as const;
  return lists.every((key) => Array.isArray(data[key])) ? (data as Dataset) : null;
}

const problem = (message: string): ParseResult => ({ ok: false, problems: [{ path: '$', message } satisfies DatasetProblem] });

/** Loads the dataset at url (the app configuration's datasetUrl); network failures come back as a problem at `$`. */
export async function loadDataset(url: string): Promise<ParseResult> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return problem(`could not fetch the dataset (${response.status} ${response.statusText}) from ${url}`);
    text = await response.text();
  } catch (err) {
    return problem(`could not fetch the dataset from ${url}: ${(err as Error).message}`);
  }
  const shipped = await shippedDataset(text).catch(() => null);
  if (shipped) return { ok: true, data: shipped };
  try {
    return (await import('../../core/dataset/parse')).parseDatasetText(text);
  } catch (err) {
    return problem(`could not load the dataset validator: ${(err as Error).message}`);
  }
}

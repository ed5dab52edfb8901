/** The build's dataset check (fails on an invalid dataset, ships the validated text) and its preload tags. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATASET_FILE, sha256Hex, validatedDatasetText } from '../../build/dataset-check';
import { preloadTags } from '../../build/preload-assets';
import { parseDatasetText } from '../../src/core/dataset/parse';

const text = readFileSync(resolve(import.meta.dirname, '../..', DATASET_FILE), 'utf8');

describe('dataset check', () => {
  test('the shipped dataset passes and ships as its validated form', async () => {
    const shipped = await validatedDatasetText(text, DATASET_FILE);
    const parsed = parseDatasetText(shipped);
    expect(parsed.ok, 'the shipped text validates').toBe(true);
    if (parsed.ok) expect(JSON.stringify(parsed.data)).toBe(shipped);
    expect(sha256Hex(shipped)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a dataset that breaks the schema fails with the JSON path of the problem', async () => {
    const data = JSON.parse(text) as { muscles: { name?: unknown }[] };
    data.muscles[0]!.name = 42;
    await expect(validatedDatasetText(JSON.stringify(data), 'broken.json')).rejects.toThrow(/broken\.json is not a valid dataset[\s\S]*\$\.muscles\[0\]\.name/);
  });

  test('text that is not JSON fails', async () => {
    await expect(validatedDatasetText('{ nope', 'x.json')).rejects.toThrow(/not valid JSON/);
  });
});

describe('preload tags', () => {
  const bundle = {
    'assets/body-1.glb': { type: 'asset' as const, fileName: 'assets/body-1.glb', originalFileNames: ['assets/models/body.glb'] },
    'assets/tp-2.json': { type: 'asset' as const, fileName: 'assets/tp-2.json', originalFileNames: ['data/trigger-points.json'] },
    'assets/Viewer-3.js': { type: 'chunk' as const, fileName: 'assets/Viewer-3.js', facadeModuleId: '/p/src/scene/Viewer.tsx', imports: ['assets/dep-4.js'] },
    'assets/dep-4.js': { type: 'chunk' as const, fileName: 'assets/dep-4.js', facadeModuleId: null, imports: [] },
  };

  test('preload the model and dataset and modulepreload the Viewer chunk with its imports', () => {
    expect(preloadTags(bundle, './')).toEqual([
      '<link rel="preload" href="./assets/body-1.glb" as="fetch" crossorigin="anonymous" />',
      '<link rel="preload" href="./assets/tp-2.json" as="fetch" crossorigin="anonymous" />',
      '<link rel="modulepreload" crossorigin href="./assets/Viewer-3.js" />',
      '<link rel="modulepreload" crossorigin href="./assets/dep-4.js" />',
    ]);
  });

  test('a bundle without the model fails loudly', () => {
    const { ['assets/body-1.glb']: _, ...rest } = bundle;
    expect(() => preloadTags(rest, './')).toThrow(/no emitted asset for assets\/models\/body\.glb/);
  });
});

describe('the load path trusts only the shipped text', () => {
  test('the shipped text with its build digest is taken as it is; any change or no digest is not', async () => {
    const { shippedDataset } = await import('../../src/ui/shell/load-dataset');
    const shipped = await validatedDatasetText(text, DATASET_FILE);
    const digest = sha256Hex(shipped);
    const data = await shippedDataset(shipped, digest);
    expect(data?.muscles.length, 'the shipped dataset comes back whole').toBe(JSON.parse(shipped).muscles.length);
    expect(await shippedDataset(shipped.replace('"muscles"', ' "muscles"'), digest), 'one changed byte').toBeNull();
    expect(await shippedDataset(shipped, undefined), 'no digest (dev server, tests)').toBeNull();
  });
});

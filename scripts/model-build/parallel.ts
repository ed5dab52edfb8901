/**
 * A parallel model build on a machine with two or more cores: a helper process (`build:model --warm`)
 * builds bones from the last and the volume muscles from the other end of their build order into the
 * cache, while this process builds the skin and then every step in the usual order; both look up and
 * store entries through a shared cache (src/anatomy/cache/shared-cache.ts), so neither builds what the
 * other is building, and this process's result is the one a single-process build would give.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claimsDir, removeStaleClaims, SharedCache } from '../../src/anatomy/cache/shared-cache';

const BUILD_SCRIPT = fileURLToPath(new URL('../build-model.ts', import.meta.url));

export interface ParallelBuild {
  cache: SharedCache;
  /** Stops the helper if it is still running (it only warms the cache) and removes the claims. */
  finish(): void;
}

/**
 * Starts the helper, or returns null when a parallel build would not help: no cache, one core,
 * MODEL_SERIAL=1, or a `--muscle` rebuild (which builds only what was asked for).
 */
export function startParallelBuild(cacheDir: string | null, opts: { rebuilding: boolean }): ParallelBuild | null {
  if (!cacheDir || opts.rebuilding || process.env['MODEL_SERIAL'] === '1' || availableParallelism() < 2) return null;
  removeStaleClaims(cacheDir);
  const claims = claimsDir(cacheDir, process.pid);
  const cache = new SharedCache(cacheDir, claims);
  const helper: ChildProcess = spawn(process.execPath, [...process.execArgv, BUILD_SCRIPT, '--warm'], {
    env: { ...process.env, MODEL_CLAIMS: claims },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  helper.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) console.warn(`build:model: the helper process stopped with code ${code}; this process builds what it left`);
  });
  return {
    cache,
    finish() {
      if (helper.exitCode === null) helper.kill();
      rmSync(claims, { recursive: true, force: true });
      const { claimed, waited } = cache.stats;
      console.log(`parallel build: this process built ${claimed} entries and waited for ${waited} the helper was building`);
    },
  };
}

/**
 * A mesh cache shared by the processes of one parallel build (scripts/build-model.ts starts a helper
 * process that warms the cache beside the main one). A lookup that misses claims the key, by creating a
 * claim file holding the process id in the run's claims folder, and the caller then builds the entry
 * and stores it; a lookup of a key another process has claimed waits until that process has stored it
 * (or takes the claim over when that process has died). Each process builds an entry only after the
 * entries it depends on, and never holds a claim while waiting for one it does not need, so two
 * processes cannot wait on each other.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MeshCache, type CacheEntry } from './mesh-cache';

/** How long a lookup sleeps between looks at an entry another process is building (ms). */
const POLL_MS = 40;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms` (the build is synchronous between steps). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Whether the process `pid` is still running. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The claims folder of the build run led by process `pid`, under the cache folder. */
export function claimsDir(cacheDir: string, pid: number): string {
  return join(cacheDir, `claims-${pid}`);
}

/**
 * Removes what interrupted builds left: claims folders of runs whose leading process is gone, and
 * half-written entries (`<key>.bin.<pid>.tmp`) of processes that are gone (a helper stopped mid-write).
 */
export function removeStaleClaims(cacheDir: string): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    const m = /^claims-(\d+)$/.exec(name) ?? /\.bin\.(\d+)\.tmp$/.exec(name);
    if (m && !processAlive(Number(m[1]))) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

export class SharedCache extends MeshCache {
  /** Keys this process built while another waited, and lookups that waited (for the build's report). */
  readonly stats = { claimed: 0, waited: 0 };

  constructor(
    dir: string,
    readonly claims: string,
  ) {
    super(dir);
    mkdirSync(claims, { recursive: true });
  }

  /** Claims `key` for this process; false when another live process holds it. */
  private claim(key: string): boolean {
    const p = join(this.claims, key);
    for (;;) {
      try {
        const fd = openSync(p, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.stats.claimed++;
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const owner = Number(readFileSync(p, 'utf8') || '0');
      if (owner === process.pid) return true;
      // a claim file still being written reads empty: look again
      if (owner !== 0 && processAlive(owner)) return false;
      if (owner !== 0) unlinkSync(p);
      else sleep(1);
    }
  }

  /** The stored entry; on a miss, null once this process holds the key (build it and `set` it). */
  override get<J>(key: string): CacheEntry<J> | null {
    let waited = false;
    for (;;) {
      const hit = super.get<J>(key);
      if (hit) return hit;
      // claimed: look once more, in case a process now gone stored it before its claim was taken over
      if (this.claim(key)) return super.get<J>(key);
      if (!waited) this.stats.waited++;
      waited = true;
      sleep(POLL_MS);
    }
  }
}

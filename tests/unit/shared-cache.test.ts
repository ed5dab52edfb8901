/** The cache two processes of a parallel model build share: claims, waiting, and taking over a dead claim. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeshCache } from '../../src/anatomy/cache/mesh-cache';
import { claimsDir, processAlive, removeStaleClaims, SharedCache } from '../../src/anatomy/cache/shared-cache';

const entry = { arrays: { positions: Float32Array.of(1, 2, 3) }, json: { n: 1 } };
/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  return r.pid!;
}

describe('SharedCache', () => {
  it('claims a missing key for the process that looks first, and reads stored entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shared-cache-'));
    const cache = new SharedCache(dir, claimsDir(dir, process.pid));
    expect(cache.get('a')).toBeNull();
    expect(readFileSync(join(claimsDir(dir, process.pid), 'a'), 'utf8')).toBe(String(process.pid));
    cache.set('a', entry);
    expect(cache.get<{ n: number }>('a')?.json.n).toBe(1);
    expect(cache.stats).toEqual({ claimed: 1, waited: 0 });
  });

  it('waits for a key another live process claimed until that process stores it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shared-cache-'));
    const claims = claimsDir(dir, process.pid);
    const cache = new SharedCache(dir, claims);
    // an entry made ahead, which the other process moves into place after 400 ms
    const ready = join(dir, 'ready');
    new MeshCache(ready).set('b', entry);
    const other = spawn(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(join(claims, 'b'))}, String(process.pid)); setTimeout(() => require('fs').renameSync(${JSON.stringify(join(ready, 'b.bin'))}, ${JSON.stringify(join(dir, 'b.bin'))}), 400); setTimeout(() => {}, 1500);`]);
    const t0 = Date.now();
    while (!existsSync(join(claims, 'b'))) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    const got = cache.get<{ n: number }>('b');
    other.kill();
    expect(got?.json.n).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(cache.stats.waited).toBe(1);
    expect(cache.stats.claimed).toBe(0);
  });

  it("takes over the claim of a process that is gone, and clears what interrupted runs left", () => {
    const dir = mkdtempSync(join(tmpdir(), 'shared-cache-'));
    const dead = deadPid();
    expect(processAlive(dead)).toBe(false);
    const cache = new SharedCache(dir, claimsDir(dir, process.pid));
    writeFileSync(join(claimsDir(dir, process.pid), 'c'), String(dead));
    expect(cache.get('c')).toBeNull();
    expect(readFileSync(join(claimsDir(dir, process.pid), 'c'), 'utf8')).toBe(String(process.pid));
    const stale = new SharedCache(dir, claimsDir(dir, dead));
    writeFileSync(join(dir, `d.bin.${dead}.tmp`), 'half');
    stale.set('d', entry);
    removeStaleClaims(dir);
    expect(existsSync(claimsDir(dir, dead))).toBe(false);
    expect(existsSync(join(dir, `d.bin.${dead}.tmp`))).toBe(false);
    expect(existsSync(claimsDir(dir, process.pid))).toBe(true);
    expect(existsSync(join(dir, 'd.bin'))).toBe(true);
  });
});

describe("the helper's order of the volume step", () => {
  it('holds every item once, each after all it lies over, from the other end of the usual order', async () => {
    const { helperVolumeOrder } = await import('../../src/anatomy/build');
    const { volumeBuildOrder } = await import('../../src/anatomy/volumes');
    const usual = volumeBuildOrder();
    const key = (i: (typeof usual)[number]) => (i.tissue ? `tissue:${i.def.id}` : i.def.id);
    const helper = helperVolumeOrder(usual);
    expect(helper.map(key).sort()).toEqual(usual.map(key).sort());
    const at = new Map(helper.map((it, i) => [key(it), i]));
    for (const it of helper)
      for (const below of [...it.def.over, ...(it.def.overTissues ?? []).map((t) => `tissue:${t}`)])
        if (at.has(below)) expect(at.get(below)!, `${key(it)} over ${below}`).toBeLessThan(at.get(key(it))!);
    // the helper starts where the usual order ends
    expect(at.get(key(usual[usual.length - 1]!))!).toBeLessThan(usual.length / 2);
  });
});

/**
 * A folder of build results keyed by a hash of their inputs: each entry is one file holding a JSON
 * header (what the arrays are, plus any JSON payload) followed by the raw bytes of typed arrays.
 * Entries are written to a temporary name and renamed, so an interrupted build never leaves half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The typed arrays an entry may hold. */
export type CacheArray = Float32Array | Uint32Array;

/** What an entry holds: named arrays and a JSON value. */
export interface CacheEntry<J = unknown> {
  arrays: Record<string, CacheArray>;
  json: J;
}

interface Header {
  json: unknown;
  arrays: { name: string; type: 'f32' | 'u32'; length: number }[];
}

/** A cache folder, or a disabled cache when `dir` is null (every lookup misses, nothing is written). */
export class MeshCache {
  constructor(readonly dir: string | null) {}

  private path(key: string): string {
    if (!/^[a-z0-9-]+$/.test(key)) throw new Error(`cache key "${key}" must be lower-case letters, digits and dashes`);
    return join(this.dir ?? '', `${key}.bin`);
  }

  /** The entry stored under `key`, or null. */
  get<J>(key: string): CacheEntry<J> | null {
    if (!this.dir) return null;
    const p = this.path(key);
    if (!existsSync(p)) return null;
    const buf = readFileSync(p);
    const headerLength = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as Header;
    let offset = 4 + headerLength;
    offset += (4 - (offset % 4)) % 4;
    const arrays: Record<string, CacheArray> = {};
    for (const a of header.arrays) {
      const bytes = buf.subarray(offset, offset + a.length * 4);
      const copy = new ArrayBuffer(bytes.byteLength);
      new Uint8Array(copy).set(bytes);
      arrays[a.name] = a.type === 'f32' ? new Float32Array(copy) : new Uint32Array(copy);
      offset += a.length * 4;
    }
    return { arrays, json: header.json as J };
  }

  /** Stores an entry under `key`. */
  set(key: string, entry: CacheEntry): void {
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    const header: Header = {
      json: entry.json,
      arrays: Object.entries(entry.arrays).map(([name, a]) => ({ name, type: a instanceof Float32Array ? 'f32' : 'u32', length: a.length })),
    };
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const pad = (4 - ((4 + head.length) % 4)) % 4;
    const parts: Buffer[] = [Buffer.alloc(4), head, Buffer.alloc(pad)];
    parts[0]!.writeUInt32LE(head.length, 0);
    for (const a of Object.values(entry.arrays)) parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    const p = this.path(key);
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat(parts));
    renameSync(tmp, p);
  }

  /** The entry under `key`, built and stored when missing. */
  async getOrBuild<J>(key: string, build: () => Promise<CacheEntry<J>> | CacheEntry<J>): Promise<{ entry: CacheEntry<J>; hit: boolean }> {
    const hit = this.get<J>(key);
    if (hit) return { entry: hit, hit: true };
    const entry = await build();
    this.set(key, entry);
    return { entry, hit: false };
  }
}

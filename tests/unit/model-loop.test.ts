/** The fast model loop: cached build results, and loud failures when definitions and dataset disagree. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MeshCache } from '../../src/anatomy/cache/mesh-cache';
import { hashSources, importClosure } from '../../src/anatomy/cache/source-hash';
import { muscleDefinitionProblems, musclePlan } from '../../src/anatomy/muscles';
import { MUSCLE_DEFS } from '../../src/anatomy/muscles/defs';
import type { MuscleDef } from '../../src/anatomy/muscles/types';
import { parseDatasetText } from '../../src/core/dataset/parse';
import type { Dataset } from '../../src/core/dataset/schema';

const parsed = parseDatasetText(readFileSync(new URL('../../data/trigger-points.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the dataset is invalid');
const data: Dataset = parsed.data;
const dir = mkdtempSync(join(tmpdir(), 'model-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what a bone mesh depends on', () => {
  it('follows relative imports into other bone files, so a bone is rebuilt when a file it reads from changes', () => {
    const hip = importClosure('src/anatomy/bones/pelvis.ts');
    expect(hip).toContain('src/anatomy/bones/pelvis.ts');
    expect(hip).toContain('src/anatomy/bones/leg.ts');
    expect(hip).toContain('src/anatomy/figure.ts');
    expect(hip).toContain('src/anatomy/sdf/primitives.ts');
    expect(hip.every((f) => f.endsWith('.ts') || f.endsWith('.tsx'))).toBe(true);
    expect(importClosure('src/anatomy/bones/skull.ts')).not.toContain('src/anatomy/bones/leg.ts');
  });
});

describe('the mesh cache', () => {
  it('returns what was stored, byte for byte, and builds only on a miss', async () => {
    const cache = new MeshCache(dir);
    const positions = Float32Array.from([0, 1, 2, 3.5, -4, 5]);
    const indices = Uint32Array.from([0, 1, 0]);
    let builds = 0;
    const build = () => {
      builds++;
      return { arrays: { positions, indices }, json: { name: 'x' } };
    };
    const a = await cache.getOrBuild('test-entry', build);
    const b = await cache.getOrBuild('test-entry', build);
    expect([a.hit, b.hit, builds]).toEqual([false, true, 1]);
    expect(Array.from(b.entry.arrays['positions']!)).toEqual(Array.from(positions));
    expect(b.entry.arrays['indices']).toBeInstanceOf(Uint32Array);
    expect(b.entry.json).toEqual({ name: 'x' });
  });
  it('stores nothing when disabled', async () => {
    const off = new MeshCache(null);
    await off.getOrBuild('test-off', () => ({ arrays: {}, json: 1 }));
    expect(off.get('test-off')).toBeNull();
  });
  it('keys change with the hashed sources', () => {
    expect(hashSources(['src/anatomy/skin.ts'])).not.toBe(hashSources(['src/anatomy/figure.ts']));
    expect(hashSources(['src/anatomy/skin.ts'], 'a')).not.toBe(hashSources(['src/anatomy/skin.ts'], 'b'));
  });
});

describe('muscle definitions against the dataset', () => {
  it('match today', () => {
    expect(muscleDefinitionProblems(data)).toEqual([]);
  });
  it('fail loudly for a dataset muscle without a definition', () => {
    const first = data.muscles[0]!;
    const defs = MUSCLE_DEFS.filter((d) => d.id !== first.id);
    expect(() => musclePlan(data, defs)).toThrow(`dataset muscle "${first.id}" has no definition`);
  });
  it('fail loudly for an unknown bone or landmark', () => {
    const shell = MUSCLE_DEFS.find((d) => d.kind === 'shell' && d.ground.on === 'bone')!;
    const bad = { ...shell, ground: { on: 'bone', bones: ['tailbone'], height: 0.001 } } as unknown as MuscleDef;
    const lost = { ...shell, origin: ['nowhere'] } as unknown as MuscleDef;
    const problems = muscleDefinitionProblems(data, [...MUSCLE_DEFS.filter((d) => d.id !== shell.id), bad]);
    expect(problems).toContain(`muscle "${shell.id}" names unknown bone "tailbone"`);
    expect(muscleDefinitionProblems(data, [...MUSCLE_DEFS.filter((d) => d.id !== shell.id), lost])).toContain(`muscle "${shell.id}" names unknown landmark "nowhere"`);
  });
});

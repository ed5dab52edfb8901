/**
 * Hashes of the sources each build step depends on, so a cached result is reused only while its own
 * inputs are unchanged: bones depend on the geometry sources, the skin on those and skin.ts, a muscle
 * on those, the muscle generator's code, its own definition and its dataset entry.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above src/anatomy/cache). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Sources every bone depends on besides its own file: the figure, landmarks and the field and mesh code. */
export const BONE_SHARED_SOURCES = [
  'src/anatomy/bones/index.ts', 'src/anatomy/sdf', 'src/anatomy/landmarks.ts', 'src/anatomy/figure.ts', 'src/anatomy/spine-curve.ts',
  'src/anatomy/curve.ts', 'src/anatomy/vec.ts', 'src/anatomy/polygonize.ts', 'src/anatomy/surface-nets.ts', 'src/anatomy/mesh.ts',
  'src/anatomy/context.ts', 'src/core/landmarks.ts', 'src/core/frame.ts', 'src/core/model-contract.ts', 'node_modules/meshoptimizer/package.json',
] as const;
/** Sources of every polygonized mesh: the shared bone sources and every bone file. */
export const GEOMETRY_SOURCES = [...BONE_SHARED_SOURCES, 'src/anatomy/bones'] as const;
/** Sources of the skin on top of the geometry sources (the skin blends in the whole skeleton). */
export const SKIN_SOURCES = [...GEOMETRY_SOURCES, 'src/anatomy/skin.ts'] as const;
/** The muscle generator's code (not the definitions: each muscle hashes its own). */
export const MUSCLE_CODE_SOURCES = [
  'src/anatomy/muscles/index.ts', 'src/anatomy/muscles/anchors.ts', 'src/anatomy/muscles/field-ops.ts',
  'src/anatomy/muscles/spindle.ts', 'src/anatomy/muscles/mirror.ts', 'src/anatomy/muscles/shape.ts',
  'src/anatomy/muscles/shell.ts', 'src/anatomy/muscles/skin-clamp.ts', 'src/anatomy/muscles/types.ts',
  'src/core/muscle-ids.ts',
] as const;

function filesUnder(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).flatMap((name) => filesUnder(join(p, name)));
}

const fileHashes = new Map<string, string>();

/** Each source's import closure, read once per process (every bone's key is asked for several times). */
const closures = new Map<string, string[]>();

const IMPORT = /(?:from|import)\s*'(\.{1,2}\/[^']+)'/g;

/**
 * A source file and every repository file it imports, directly or not, through relative imports
 * (repository paths, sorted): a bone's mesh depends on whatever its file reads from other bone files
 * (the hip bone takes the femoral head's radius from the leg), not on its own file alone.
 */
export function importClosure(rel: string): string[] {
  const known = closures.get(rel);
  if (known) return known;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(REPO_ROOT, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const base = join(dirname(file), m[1] ?? '').split(sep).join('/');
      const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((c) => {
        try {
          return statSync(join(REPO_ROOT, c)).isFile();
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(rel);
  const files = [...seen].sort();
  closures.set(rel, files);
  return files;
}

/** sha256 (hex) over the given repository paths (files or folders; sorted) and extra strings. */
export function hashSources(paths: readonly string[], ...extra: readonly string[]): string {
  const files = paths
    .flatMap((p) => {
      try {
        return filesUnder(join(REPO_ROOT, p));
      } catch {
        return [];
      }
    })
    .map((p) => relative(REPO_ROOT, p).split(sep).join('/'))
    .sort();
  const h = createHash('sha256');
  for (const rel of files) {
    let fh = fileHashes.get(rel);
    if (!fh) {
      fh = createHash('sha256').update(readFileSync(join(REPO_ROOT, rel))).digest('hex');
      fileHashes.set(rel, fh);
    }
    h.update(`${rel}\0${fh}\0`);
  }
  for (const e of extra) h.update(`${e}\0`);
  return h.digest('hex');
}

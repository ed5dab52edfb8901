/**
 * Builds the host-side embed client: dist/atlas-embed.js (an ES module, minified) and its types
 * (dist/atlas-embed.d.ts, dist/atlas-embed-types.d.ts), and prints its gzip size.
 * Run by `npm run build` after the app build; `--check` only measures (nothing written).
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { build, type Rollup } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The client's source entry. */
export const CLIENT_ENTRY = resolve(ROOT, 'src/embed/client/atlas-embed.ts');
/** The budget of issue 13: at most 3 KB gzip. */
export const CLIENT_GZIP_BUDGET = 3 * 1024;

/** Bundles and minifies the client; returns its code (nothing is written). */
export async function bundleEmbedClient(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: CLIENT_ENTRY, formats: ['es'], fileName: () => 'atlas-embed.js' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(out) ? out : [out];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error('build-embed-client: the bundle has no entry chunk');
  return chunk.code;
}

/** Gzip size of a text, in bytes. */
export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** Writes the client's declarations (atlas-embed.d.ts, atlas-embed-types.d.ts) into `outDir`. */
export function writeDeclarations(outDir: string): void {
  const options: ts.CompilerOptions = {
    declaration: true,
    emitDeclarationOnly: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    types: [],
  };
  const program = ts.createProgram([CLIENT_ENTRY], options);
  const written: string[] = [];
  const result = program.emit(undefined, (fileName, text) => {
    const name = basename(fileName);
    writeFileSync(join(outDir, name), text);
    written.push(name);
  });
  const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (problems.length > 0) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
    throw new Error(`build-embed-client: the client's types do not compile:\n${ts.formatDiagnostics(problems, host)}`);
  }
  for (const name of ['atlas-embed.d.ts', 'atlas-embed-types.d.ts']) {
    if (!written.includes(name)) throw new Error(`build-embed-client: ${name} was not emitted (got ${written.join(', ')})`);
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const code = await bundleEmbedClient();
  const size = gzipSize(code);
  if (!process.argv.includes('--check')) {
    const outDir = resolve(ROOT, 'dist');
    writeFileSync(join(outDir, 'atlas-embed.js'), code);
    writeDeclarations(outDir);
  }
  console.log(`atlas-embed.js: ${code.length} B, ${size} B gzip (budget ${CLIENT_GZIP_BUDGET} B)`);
  if (size > CLIENT_GZIP_BUDGET) {
    console.error(`atlas-embed.js is over its ${CLIENT_GZIP_BUDGET} B gzip budget`);
    process.exit(1);
  }
}

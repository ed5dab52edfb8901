/**
 * A CPU profile of one cold app load, up to its first framed view, with Chromium's sampling
 * profiler (CDP `Profiler`). Samples are attributed to functions by self time; positions in the
 * minified chunks are mapped back through the build's hidden source maps to the original file,
 * line and (where the map or the source line gives it) function name. Also sums self time by
 * package (three, react-dom, the app's src, …).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { openApp, waitForAppFramed, type FramedTiming } from './measure-load';

/** A profiled call frame (CDP Runtime.CallFrame, zero-based line and column). */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
/** The parts of a CDP Profiler.Profile read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Microseconds between samples. */
const SAMPLING_US = 200;
/** Functions listed. */
const TOP = 25;

/** One function's share of the load. */
export interface ProfileEntry {
  name: string;
  where: string;
  package: string;
  selfMs: number;
}

/** What a profiled load comes to. */
export interface ProfileSummary {
  framedMs: number;
  totalMs: number;
  top: ProfileEntry[];
  byPackage: { package: string; selfMs: number }[];
}

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(root: string, path: string): SourceMap | null {
  if (!maps.has(path)) {
    const file = resolve(root, `.${path}.map`);
    maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8')) as SourceMapPayload) : null);
  }
  return maps.get(path)!;
}

/** "../../node_modules/@react-three/fiber/dist/x.js" → "@react-three/fiber"; "../src/scene/x.ts" → "app". */
function packageOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return /(^|\/)src\//.test(source) ? 'app' : source;
}

function shortSource(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm + 'node_modules/'.length);
  const src = source.search(/(^|\/)src\//);
  return src >= 0 ? source.slice(source.indexOf('src/', src)) : source;
}

/** The identifier a function starts with in its source line (`function foo(`, `foo(){`, `foo = (`, `get foo(`). */
function nameInSource(line: string, column: number): string | null {
  const rest = line.slice(column);
  const m =
    /^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/.exec(rest) ??
    /^(?:static\s+|async\s+|get\s+|set\s+)*([A-Za-z_$][\w$]*)\s*\(/.exec(rest);
  if (m?.[1] && m[1] !== 'function') return m[1];
  const before = /([A-Za-z_$][\w$.]*)\s*[:=]\s*(?:async\s*)?$/.exec(line.slice(0, column));
  return before?.[1] ?? null;
}

/** Where a profiled call frame comes from, in original terms when a source map has it. */
function resolveFrame(root: string, frame: CallFrame): { name: string; where: string; package: string } {
  const minified = frame.functionName || '(anonymous)';
  if (!frame.url) return { name: minified, where: '', package: minified.startsWith('(') ? minified : 'browser' };
  const path = new URL(frame.url).pathname;
  const map = sourceMapFor(root, path);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    | { originalSource?: string; originalLine?: number; originalColumn?: number; name?: string }
    | undefined;
  if (!map || !entry?.originalSource) return { name: minified, where: `${path}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`, package: path };
  const source = entry.originalSource;
  const sources = (map.payload.sources ?? []) as string[];
  const content = map.payload.sourcesContent?.[sources.indexOf(source)];
  const line = content?.split('\n')[entry.originalLine ?? 0] ?? '';
  const name = entry.name ?? nameInSource(line, entry.originalColumn ?? 0) ?? minified;
  return { name, where: `${shortSource(source)}:${(entry.originalLine ?? 0) + 1}`, package: packageOf(source) };
}

/** Sums a profile's self time per function and per package. */
export function summariseProfile(profile: CpuProfile, root: string, framedMs: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + dt);
  }
  const functions = new Map<string, ProfileEntry>();
  const packages = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    totalUs += us;
    const f = resolveFrame(root, node.callFrame);
    const key = `${f.name}@${f.where}`;
    const e = functions.get(key) ?? { ...f, selfMs: 0 };
    e.selfMs += us / 1000;
    functions.set(key, e);
    packages.set(f.package, (packages.get(f.package) ?? 0) + us / 1000);
  }
  return {
    framedMs,
    totalMs: totalUs / 1000,
    top: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, TOP),
    byPackage: [...packages].map(([pkg, selfMs]) => ({ package: pkg, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

/** Profiles one cold load of the app served from root (which holds the .map files); writes the raw profile to outFile if given. */
export async function profileAppLoad(
  browser: Browser,
  url: string,
  root: string,
  timing: FramedTiming,
  outFile: string | null = null,
): Promise<ProfileSummary> {
  const { context, page, errors } = await openApp(browser, url, timing === 'probe' ? 2 : null);
  try {
    // Start on a same-origin page, so the navigation stays in the renderer being profiled.
    await page.goto(new URL('__bench-blank.txt', url).href);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    await page.goto(url);
    const framedMs = await waitForAppFramed(page, timing, errors);
    const { profile } = await cdp.send('Profiler.stop');
    if (outFile) writeFileSync(outFile, JSON.stringify(profile));
    return summariseProfile(profile as CpuProfile, root, framedMs);
  } finally {
    await context.close();
  }
}

/** The summary as text: top functions by self time, then self time by package. */
export function formatProfile(s: ProfileSummary): string {
  const lines = [`CPU profile of one app load (framed view at ${s.framedMs.toFixed(0)} ms; ${s.totalMs.toFixed(0)} ms sampled)`, 'self ms   share  function  (source)'];
  for (const e of s.top) lines.push(`${e.selfMs.toFixed(1).padStart(7)}  ${((100 * e.selfMs) / s.totalMs).toFixed(1).padStart(5)}%  ${e.name}${e.where ? `  (${e.where})` : ''}`);
  lines.push('', 'self ms by package');
  for (const p of s.byPackage.slice(0, 15)) lines.push(`${p.selfMs.toFixed(1).padStart(7)}  ${((100 * p.selfMs) / s.totalMs).toFixed(1).padStart(5)}%  ${p.package}`);
  return lines.join('\n');
}

/**
 * The per-muscle table written to docs/muscle-table.md: for every dataset muscle, by body region, how it
 * is built (volume, or the first generator with or without a volume definition waiting), its measures on
 * the committed model (volume, length, width, thickness, triangles of one side) and the volume it is
 * sized to, with its source. Pure: the caller measures the meshes (from-model.ts reads them
 * back from the GLB, so the table is what the app shows).
 */
import type { MuscleMeasures } from '../../src/anatomy/volumes/table';
import type { CitedVolume } from '../../src/anatomy/volumes/types';

/** How a muscle is built today. */
export type BuiltAs = 'volume' | 'first generator, volume pending' | 'first generator';

export interface MuscleTableRow {
  id: string;
  name: string;
  region: string;
  builtAs: BuiltAs;
  /** Measures of the left-side mesh, or null when the model has none. */
  measures: MuscleMeasures | null;
  triangles: number;
  cited: CitedVolume | null;
}

export interface TissueTableRow {
  id: string;
  triangles: number;
}

export interface MuscleTableInput {
  inputsHash: string;
  regions: readonly string[];
  muscles: readonly MuscleTableRow[];
  tissues: readonly TissueTableRow[];
}

/** The short name of a volume's source: "estimate", or its authors and year. */
export function sourceShort(source: string): string {
  if (source.startsWith('estimate')) return 'estimate';
  const m = /^(.*?\b(?:19|20)\d{2})\b/.exec(source);
  return m ? m[1]! : source.slice(0, 40);
}

const cm = (m: number) => (m * 100).toFixed(1);

/** Whether the measured volume lies within the cited one's tolerance. */
export function withinTolerance(measured: number, cited: CitedVolume): boolean {
  return Math.abs(measured / cited.cm3 - 1) <= cited.tolerance;
}

function muscleLine(r: MuscleTableRow): string {
  const m = r.measures;
  const solid = r.builtAs === 'volume' && m !== null;
  const vol = solid ? m.volumeCm3.toFixed(0) : '—';
  const cited = r.cited ? `${r.cited.cm3} ± ${Math.round(r.cited.tolerance * 100)} % (${sourceShort(r.cited.source)})` : '—';
  const ok = solid && r.cited ? (withinTolerance(m.volumeCm3, r.cited) ? 'yes' : '**no**') : '—';
  const dims = m ? `${cm(m.length)} × ${cm(m.width)} × ${cm(m.thickness)}` : '—';
  return `| ${r.name} | \`${r.id}\` | ${r.builtAs} | ${vol} | ${cited} | ${ok} | ${dims} | ${r.triangles} |`;
}

/** The whole document, deterministic for a given model (the unit test compares it with the committed file). */
export function muscleTableMarkdown(input: MuscleTableInput): string {
  const count = (b: BuiltAs) => input.muscles.filter((r) => r.builtAs === b).length;
  const out: string[] = [
    '# Muscles of the generated model',
    '',
    `Written by \`npm run build:model\` (or \`npm run muscle-table\`) from \`assets/models/body.glb\` (inputs hash \`${input.inputsHash}\`); do not edit by hand. ` +
      'Measures are of the left side: volume enclosed by the mesh, and its extents along its principal axes (length × width × thickness, cm). ' +
      'Volumes are given only for muscles built as closed volumes; "cited" is the volume each is sized to, from the source named in its definition (`src/anatomy/volumes/defs/`), and "within" whether the built volume lies inside its tolerance. ' +
      'Muscles marked "volume pending" have a volume definition that does not pass its checks yet; the reason is written beside it (`PENDING_VOLUME_DEFS`).',
    '',
    `${input.muscles.length} dataset muscles: ${count('volume')} built as volumes, ${count('first generator, volume pending')} by the first generator with a volume definition pending, ${count('first generator')} by the first generator alone.`,
    '',
  ];
  for (const region of input.regions) {
    const rows = input.muscles.filter((r) => r.region === region);
    if (rows.length === 0) continue;
    out.push(`## ${region[0]!.toUpperCase()}${region.slice(1)}`, '', '| muscle | id | built as | volume cm³ | cited cm³ | within | length × width × thickness cm | triangles |', '| --- | --- | --- | ---: | --- | --- | --- | ---: |');
    out.push(...rows.map(muscleLine), '');
  }
  out.push('## Connective tissue', '', '| tissue | triangles |', '| --- | ---: |', ...input.tissues.map((t) => `| \`${t.id}\` | ${t.triangles} |`), '');
  return out.join('\n');
}

/** A mesh node as read back from a glTF (world positions), with its contract extras. */
export interface TableNode {
  extras: { kind: string; muscleId?: string; tissueId?: string; side?: string } | null;
  positions: Float32Array | null;
  indices: Uint32Array | null;
  triangles: number;
}

/** Joins the left-side meshes of one muscle (a muscle may come in several parts) into one. */
function joined(nodes: readonly TableNode[]): { positions: Float32Array; indices: Uint32Array } {
  const pos: number[] = [];
  const idx: number[] = [];
  for (const n of nodes) {
    if (!n.positions || !n.indices) continue;
    const base = pos.length / 3;
    for (const v of n.positions) pos.push(v);
    for (const i of n.indices) idx.push(base + i);
  }
  return { positions: Float32Array.from(pos), indices: Uint32Array.from(idx) };
}

/**
 * The table's input from a model's mesh nodes and the definitions: `volumeIds` are the muscles built as
 * volumes, `pendingIds` those whose volume definition waits, `cited` the volume each definition gives.
 */
export function muscleTableInput(args: {
  inputsHash: string;
  regions: readonly string[];
  muscles: readonly { id: string; name: string; bodyRegion: string }[];
  nodes: readonly TableNode[];
  volumeIds: ReadonlySet<string>;
  pendingIds: ReadonlySet<string>;
  cited: ReadonlyMap<string, CitedVolume | null>;
  measure: (positions: Float32Array, indices: Uint32Array) => MuscleMeasures;
}): MuscleTableInput {
  const left = args.nodes.filter((n) => n.extras?.side === 'left' && n.positions);
  const muscles = args.muscles.map((m): MuscleTableRow => {
    const own = left.filter((n) => n.extras?.kind === 'muscle' && n.extras.muscleId === m.id);
    const mesh = joined(own);
    return {
      id: m.id,
      name: m.name,
      region: m.bodyRegion,
      builtAs: args.volumeIds.has(m.id) ? 'volume' : args.pendingIds.has(m.id) ? 'first generator, volume pending' : 'first generator',
      measures: mesh.indices.length > 0 ? args.measure(mesh.positions, mesh.indices) : null,
      triangles: own.reduce((a, n) => a + n.triangles, 0),
      cited: args.cited.get(m.id) ?? null,
    };
  });
  const tissueIds = [...new Set(left.filter((n) => n.extras?.kind === 'tendon').map((n) => n.extras!.tissueId!))].sort();
  const tissues = tissueIds.map((id) => ({ id, triangles: left.filter((n) => n.extras?.kind === 'tendon' && n.extras.tissueId === id).reduce((a, n) => a + n.triangles, 0) }));
  return { inputsHash: args.inputsHash, regions: args.regions, muscles, tissues };
}

/**
 * Where a GLB's bytes go: the JSON chunk by section (nodes by contract kind, accessors, buffer views,
 * meshes, the rest) and the binary chunk by compressed buffer view, each named by what it holds
 * (indices, or the vertex attributes in it). Printed by the model build so the byte budget can be read.
 */

interface GlbJson {
  nodes?: { mesh?: number; extras?: { kind?: string } }[];
  meshes?: { primitives: { attributes: Record<string, number>; indices?: number }[] }[];
  accessors?: { bufferView?: number }[];
  bufferViews?: { byteLength: number; extensions?: { EXT_meshopt_compression?: { byteLength: number } } }[];
  [section: string]: unknown;
}

/** One line of the report: what, and how many bytes. */
export interface ByteRow {
  part: string;
  bytes: number;
}

/** The JSON and binary byte breakdown of GLB bytes (rows sum to the chunk payloads). */
export function glbByteReport(glb: Uint8Array): ByteRow[] {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as GlbJson;
  const size = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;
  const rows: ByteRow[] = [];
  const nodeBytes = new Map<string, number>();
  for (const n of json.nodes ?? []) {
    const kind = `json nodes: ${n.extras?.kind ?? 'other'}`;
    nodeBytes.set(kind, (nodeBytes.get(kind) ?? 0) + size(n) + 1);
  }
  for (const [part, bytes] of nodeBytes) rows.push({ part, bytes });
  let counted = [...nodeBytes.values()].reduce((a, b) => a + b, 0);
  for (const section of ['accessors', 'bufferViews', 'meshes'] as const) {
    const bytes = json[section] ? size(json[section]) : 0;
    rows.push({ part: `json ${section}`, bytes });
    counted += bytes;
  }
  rows.push({ part: 'json other', bytes: jsonLength - counted });
  // what each buffer view holds, from the accessors that point into it
  const holds = new Map<number, Set<string>>();
  const note = (accessor: number | undefined, what: string) => {
    const bv = accessor === undefined ? undefined : json.accessors?.[accessor]?.bufferView;
    if (bv === undefined) return;
    const set = holds.get(bv) ?? new Set<string>();
    set.add(what);
    holds.set(bv, set);
  };
  for (const m of json.meshes ?? [])
    for (const p of m.primitives) {
      note(p.indices, 'indices');
      for (const [semantic, a] of Object.entries(p.attributes)) note(a, semantic);
    }
  const binary = new Map<string, number>();
  (json.bufferViews ?? []).forEach((bv, i) => {
    const label = `bin ${[...(holds.get(i) ?? new Set(['other']))].sort().join('+')}`;
    const bytes = bv.extensions?.EXT_meshopt_compression?.byteLength ?? bv.byteLength;
    binary.set(label, (binary.get(label) ?? 0) + bytes);
  });
  for (const [part, bytes] of binary) rows.push({ part, bytes });
  return rows;
}

/**
 * Rounds the numbers of a GLB's JSON chunk that carry more digits than the model means, and writes
 * the GLB back (binary chunks copied as they are): node translations to 0.01 mm, trigger-point
 * normals to three decimals (a tenth of a degree), any other node number to seven significant digits.
 * It also drops the properties that only restate glTF's defaults (an accessor's `normalized: false`, a
 * zero `byteOffset`, a primitive's `mode: 4`, triangles), which a loader fills in itself: about 13 KB.
 */

/** Decimals of a node translation in metres: 0.01 mm. */
const TRANSLATION_DECIMALS = 5;
/** Decimals of a unit normal in a node's extras. */
const NORMAL_DECIMALS = 3;
/** Significant digits of any other non-integer node number (scales). */
const DIGITS = 7;

const fixed = (x: number, decimals: number) => Number(x.toFixed(decimals));
const significant = (x: number) => (Number.isInteger(x) ? x : Number(x.toPrecision(DIGITS)));

/** Every non-integer number in a JSON value, rounded to seven significant digits (arrays and objects walked). */
function roundDeep(v: unknown): unknown {
  if (typeof v === 'number') return significant(v);
  if (Array.isArray(v)) return v.map(roundDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)]));
  return v;
}

/** One node with its translation, extras normal and other numbers rounded. */
function roundNode(node: unknown): unknown {
  const n = roundDeep(node) as Record<string, unknown>;
  const t = (node as Record<string, unknown>)['translation'];
  if (Array.isArray(t)) n['translation'] = t.map((x: number) => fixed(x, TRANSLATION_DECIMALS));
  const extras = (node as Record<string, unknown>)['extras'] as Record<string, unknown> | undefined;
  const normal = extras?.['normal'];
  if (Array.isArray(normal)) (n['extras'] as Record<string, unknown>)['normal'] = normal.map((x: number) => fixed(x, NORMAL_DECIMALS));
  return n;
}

/** Deletes from each object the properties whose value is the glTF default given. */
function dropDefaults(objects: Record<string, unknown>[] | undefined, defaults: Record<string, unknown>): void {
  for (const o of objects ?? []) for (const [k, v] of Object.entries(defaults)) if (o[k] === v) delete o[k];
}

/** The GLB with the numbers of its nodes rounded. */
export function roundGlbJson(glb: Uint8Array): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as {
    nodes?: unknown[];
    accessors?: Record<string, unknown>[];
    bufferViews?: Record<string, unknown>[];
    meshes?: { primitives?: Record<string, unknown>[] }[];
  };
  if (json.nodes) json.nodes = json.nodes.map(roundNode);
  dropDefaults(json.accessors, { normalized: false, byteOffset: 0 });
  dropDefaults(json.bufferViews, { byteOffset: 0 });
  dropDefaults(json.meshes?.flatMap((m) => m.primitives ?? []), { mode: 4 });
  let text = new TextEncoder().encode(JSON.stringify(json));
  const padded = Math.ceil(text.length / 4) * 4;
  if (padded !== text.length) {
    const t = new Uint8Array(padded).fill(0x20);
    t.set(text);
    text = t;
  }
  const rest = glb.subarray(20 + jsonLength);
  const out = new Uint8Array(12 + 8 + text.length + rest.length);
  const o = new DataView(out.buffer);
  out.set(glb.subarray(0, 12));
  o.setUint32(8, out.length, true);
  o.setUint32(12, text.length, true);
  o.setUint32(16, 0x4e4f534a, true);
  out.set(text, 20);
  out.set(rest, 20 + text.length);
  return out;
}

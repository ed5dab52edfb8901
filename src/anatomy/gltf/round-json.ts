/**
 * Rounds the numbers of a GLB's JSON chunk that carry more digits than the model means (node
 * translations and scales, trigger-point normals) to a fixed number of significant
 * digits, and writes the GLB back. Binary chunks are copied as they are.
 */

/** Significant digits kept: a micrometre on a 1.75 m body. */
const DIGITS = 7;

const round = (x: number) => (Number.isInteger(x) ? x : Number(x.toPrecision(DIGITS)));

/** Every non-integer number in a JSON value, rounded (arrays and objects walked). */
function roundDeep(v: unknown): unknown {
  if (typeof v === 'number') return round(v);
  if (Array.isArray(v)) return v.map(roundDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)]));
  return v;
}

/** The GLB with the numbers of its nodes rounded. */
export function roundGlbJson(glb: Uint8Array): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as {
    nodes?: unknown[];
  };
  if (json.nodes) json.nodes = json.nodes.map(roundDeep);
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

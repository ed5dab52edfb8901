/**
 * A pain drawing in a link: compact, URL-safe and round-tripping.
 *
 * Format `1~<regions>~<marks>`: regions as `<id>.<l|r>` joined by `_`; marks as base64url of 7 bytes
 * each (x, y, z in millimetres as signed 16-bit big-endian, then the brush radius in millimetres).
 * Positions are rounded to the millimetre and radii to 1..255 mm; marks repeating an earlier one are dropped.
 */
import type { Side } from '../frame';
import type { RegionOnSide } from '../zones';
import type { PainDrawing, PaintMark } from './rank';

const VERSION = '1';
const MARK_BYTES = 7;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const mm = (m: number) => Math.max(-32768, Math.min(32767, Math.round(m * 1000)));

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Encodes a drawing for a link (an empty drawing gives an empty string). */
export function encodeDrawing(drawing: PainDrawing): string {
  const regions = [...new Map((drawing.regions ?? []).map((r) => [`${r.regionId}.${r.side === 'right' ? 'r' : 'l'}`, r])).keys()];
  const seen = new Set<string>();
  const marks: number[][] = [];
  for (const m of drawing.marks ?? []) {
    if (!m.p.every(Number.isFinite) || !(m.r > 0)) continue;
    const q = [mm(m.p[0]), mm(m.p[1]), mm(m.p[2]), Math.max(1, Math.min(255, Math.round(m.r * 1000)))];
    const key = q.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    marks.push(q);
  }
  if (regions.length === 0 && marks.length === 0) return '';
  const bytes = new Uint8Array(marks.length * MARK_BYTES);
  const view = new DataView(bytes.buffer);
  marks.forEach(([x, y, z, r], i) => {
    view.setInt16(i * MARK_BYTES, x as number);
    view.setInt16(i * MARK_BYTES + 2, y as number);
    view.setInt16(i * MARK_BYTES + 4, z as number);
    view.setUint8(i * MARK_BYTES + 6, r as number);
  });
  return [VERSION, regions.join('_'), toBase64Url(bytes)].join('~');
}

/** A decoded drawing and what in the text could not be read. */
export interface DecodedDrawing {
  drawing: { regions: RegionOnSide[]; marks: PaintMark[] };
  problems: string[];
}

/**
 * Decodes a drawing from a link. Never throws: unreadable parts are skipped and listed in `problems`;
 * when `knownRegion` is given, regions it rejects are skipped too.
 */
export function decodeDrawing(text: string, knownRegion?: (id: string) => boolean): DecodedDrawing {
  const out: DecodedDrawing = { drawing: { regions: [], marks: [] }, problems: [] };
  if (text === '') return out;
  const parts = text.split('~');
  if (parts[0] !== VERSION || parts.length !== 3) {
    out.problems.push('the drawing in the link is in a format this atlas does not read');
    return out;
  }
  const [, regionText = '', markText = ''] = parts;
  for (const item of regionText ? regionText.split('_') : []) {
    const m = /^(.+)\.([lr])$/.exec(item);
    const id = m?.[1];
    if (!m || id === undefined || !ID.test(id)) {
      out.problems.push(`unreadable region "${item}"`);
      continue;
    }
    if (knownRegion && !knownRegion(id)) {
      out.problems.push(`unknown region "${id}"`);
      continue;
    }
    const side: Side = m[2] === 'r' ? 'right' : 'left';
    if (!out.drawing.regions.some((r) => r.regionId === id && r.side === side)) out.drawing.regions.push({ regionId: id, side });
  }
  const bytes = fromBase64Url(markText);
  if (bytes === null || bytes.length % MARK_BYTES !== 0) {
    if (markText) out.problems.push('the painted marks in the link are damaged');
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < bytes.length; i += MARK_BYTES) {
    const r = view.getUint8(i + 6);
    if (r === 0) continue;
    out.drawing.marks.push({ p: [view.getInt16(i) / 1000, view.getInt16(i + 2) / 1000, view.getInt16(i + 4) / 1000], r: r / 1000 });
  }
  return out;
}

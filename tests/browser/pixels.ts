/**
 * Reading screenshots: a small PNG decoder (8-bit RGB/RGBA, not interlaced — what Chromium writes)
 * and the pixel measures the browser tests use. No Vitest imports, so scripts can use it too.
 */
import { inflateSync } from 'node:zlib';

/** Decoded RGBA pixels, row-major. */
export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG. */
export function decodePng(png: Uint8Array): Rgba {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('decodePng: not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      const h = new DataView(body.buffer, body.byteOffset, body.byteLength);
      width = h.getUint32(0);
      height = h.getUint32(4);
      const depth = body[8];
      colorType = body[9] ?? -1;
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || body[12] !== 0) {
        throw new Error(`decodePng: only 8-bit non-interlaced RGB/RGBA is supported (depth ${depth}, colour type ${colorType})`);
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const line = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (line[i - channels] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const x = src[i] ?? 0;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`decodePng: bad filter ${filter} on row ${y}`);
      line[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      out[o] = line[px * channels] ?? 0;
      out[o + 1] = line[px * channels + 1] ?? 0;
      out[o + 2] = line[px * channels + 2] ?? 0;
      out[o + 3] = channels === 4 ? (line[px * channels + 3] ?? 255) : 255;
    }
    prev.set(line);
  }
  return { width, height, data: out };
}

/** How far apart two colours are (largest channel difference). */
function distance(d: Uint8Array, o: number, r: number, g: number, b: number): number {
  return Math.max(Math.abs((d[o] ?? 0) - r), Math.abs((d[o + 1] ?? 0) - g), Math.abs((d[o + 2] ?? 0) - b));
}

/** What the rendered image holds, measured against the background. */
export interface Coverage {
  /** Share of all pixels that differ from the background of their row. */
  foregroundShare: number;
  /** Share of the centre column's pixels that differ from the background of their row. */
  centreColumnShare: number;
}

/**
 * Measures how much of the image is not background. The background of each row is taken from its
 * outermost pixels (the body is centred), which copes with flat and vertical-gradient backgrounds.
 */
export function coverage(img: Rgba, threshold = 32): Coverage {
  const { width, height, data } = img;
  const edge = Math.max(2, Math.floor(width * 0.01));
  let fg = 0;
  let centre = 0;
  const cx = Math.floor(width / 2);
  for (let y = 0; y < height; y++) {
    let r = 0;
    let g = 0;
    let b = 0;
    for (let i = 0; i < edge; i++) {
      for (const x of [i, width - 1 - i]) {
        const o = (y * width + x) * 4;
        r += data[o] ?? 0;
        g += data[o + 1] ?? 0;
        b += data[o + 2] ?? 0;
      }
    }
    r /= edge * 2;
    g /= edge * 2;
    b /= edge * 2;
    for (let x = 0; x < width; x++) {
      if (distance(data, (y * width + x) * 4, r, g, b) > threshold) {
        fg++;
        if (x === cx) centre++;
      }
    }
  }
  return { foregroundShare: fg / (width * height), centreColumnShare: centre / height };
}

/** Counts strongly red pixels (r > 150, g < 90, b < 90): the painted referred-pain zones. */
export function countRed(img: Rgba): number {
  const { data } = img;
  let n = 0;
  for (let o = 0; o < data.length; o += 4) {
    if ((data[o] ?? 0) > 150 && (data[o + 1] ?? 255) < 90 && (data[o + 2] ?? 255) < 90) n++;
  }
  return n;
}

/** Share of pixels that differ (any channel by more than `threshold`) between two same-size images. */
export function diffShare(a: Rgba, b: Rgba, threshold = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let n = 0;
  for (let o = 0; o < a.data.length; o += 4) {
    const d = Math.max(
      Math.abs((a.data[o] ?? 0) - (b.data[o] ?? 0)),
      Math.abs((a.data[o + 1] ?? 0) - (b.data[o + 1] ?? 0)),
      Math.abs((a.data[o + 2] ?? 0) - (b.data[o + 2] ?? 0)),
    );
    if (d > threshold) n++;
  }
  return n / (a.width * a.height);
}

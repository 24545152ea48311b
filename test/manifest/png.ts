/**
 * Reads PNG files for the icon tests: the IHDR size, and the decoded RGBA pixels of the kind of
 * PNG scripts/make-icons.js writes (8-bit RGBA, not interlaced; all five scanline filters).
 */
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
  readonly interlace: number;
}

interface PngChunk {
  readonly type: string;
  readonly data: Buffer;
}

function readChunks(file: Buffer): PngChunk[] {
  if (file.length < 8 || !file.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file');
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset + 8 <= file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    chunks.push({ type, data: file.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

export function readPngHeader(file: Buffer): PngHeader {
  const first = readChunks(file)[0];
  if (!first || first.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const d = first.data;
  return { width: d.readUInt32BE(0), height: d.readUInt32BE(4), bitDepth: d[8], colorType: d[9], interlace: d[12] };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export function decodeRgbaPng(file: Buffer): { header: PngHeader; pixels: Uint8Array } {
  const header = readPngHeader(file);
  if (header.bitDepth !== 8 || header.colorType !== 6 || header.interlace !== 0) {
    throw new Error('Only 8-bit RGBA, non-interlaced PNGs are decoded here');
  }
  const data = inflateSync(Buffer.concat(readChunks(file).filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = header.width * 4;
  const pixels = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y += 1) {
    const filter = data[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const raw = data[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`Unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return { header, pixels };
}

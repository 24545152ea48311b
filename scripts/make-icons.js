/**
 * Draws the add-in's icons (a ledger on a clipboard, one row marked red) and writes them as PNG
 * files into assets/. Node only (zlib), no image library: `node scripts/make-icons.js`.
 *
 * The pictures are described in a unit square and rasterised with 4×4 supersampling, so every
 * size is drawn from the same description rather than scaled from one bitmap.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BOARD = [0x1f, 0x4e, 0x79, 255];
const PAPER = [0xff, 0xff, 0xff, 255];
const CLIP = [0x8a, 0x88, 0x86, 255];
const ROW = [0x8f, 0xa9, 0xc7, 255];
const MARK = [0xd1, 0x34, 0x38, 255];
const TILE = [0x1f, 0x4e, 0x79, 255];
const TILE_BOARD = [0x2e, 0x75, 0xb6, 255];

/** The files in assets/ and what each holds. Ribbon sizes 16/32/80 are required, 64 optional. */
const ICON_FILES = [
  { file: 'icon-16.png', size: 16, picture: 'icon' },
  { file: 'icon-32.png', size: 32, picture: 'icon' },
  { file: 'icon-64.png', size: 64, picture: 'icon' },
  { file: 'icon-80.png', size: 80, picture: 'icon' },
  { file: 'icon-128.png', size: 128, picture: 'icon' },
  { file: 'logo-filled.png', size: 128, picture: 'logo' },
];

function roundRect(x0, y0, x1, y1, r, color) {
  return { x0, y0, x1, y1, r, color };
}

/** Register rows on the paper; small icons get fewer, thicker rows so they survive at 16 px. */
function ledgerRows(size, left, right, top, bottom) {
  const count = size <= 20 ? 3 : 4;
  const thickness = size <= 20 ? 0.09 : 0.055;
  const step = (bottom - top) / count;
  const markedRow = count - 2;
  const shapes = [];
  for (let i = 0; i < count; i += 1) {
    const centre = top + step * (i + 0.5);
    if (i === markedRow) {
      const band = thickness * 1.9;
      shapes.push(roundRect(left - 0.04, centre - band / 2, right + 0.04, centre + band / 2, 0.015, MARK));
    } else {
      shapes.push(roundRect(left, centre - thickness / 2, right, centre + thickness / 2, 0.01, ROW));
    }
  }
  return shapes;
}

function iconShapes(size) {
  return [
    roundRect(0.14, 0.1, 0.86, 0.96, 0.09, BOARD),
    roundRect(0.22, 0.2, 0.78, 0.89, 0.03, PAPER),
    roundRect(0.34, 0.04, 0.66, 0.2, 0.05, CLIP),
    ...ledgerRows(size, 0.3, 0.7, 0.24, 0.86),
  ];
}

function logoShapes(size) {
  return [
    roundRect(0.02, 0.02, 0.98, 0.98, 0.18, TILE),
    roundRect(0.24, 0.16, 0.76, 0.9, 0.06, TILE_BOARD),
    roundRect(0.3, 0.24, 0.7, 0.84, 0.02, PAPER),
    roundRect(0.4, 0.1, 0.6, 0.23, 0.04, CLIP),
    ...ledgerRows(size, 0.36, 0.64, 0.28, 0.81),
  ];
}

function insideRoundRect(s, x, y) {
  if (x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1) return false;
  const cx = Math.min(Math.max(x, s.x0 + s.r), s.x1 - s.r);
  const cy = Math.min(Math.max(y, s.y0 + s.r), s.y1 - s.r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= s.r * s.r;
}

/** RGBA pixels, row by row, of one picture at one size. */
function drawPicture(picture, size) {
  const shapes = picture === 'logo' ? logoShapes(size) : iconShapes(size);
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let hit = null;
          for (const shape of shapes) if (insideRoundRect(shape, x, y)) hit = shape.color;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += hit[3];
          }
        }
      }
      const covered = a / 255;
      const offset = (py * size + px) * 4;
      // Colour is averaged over covered samples only, so edges fade in alpha, not towards black.
      rgba[offset] = covered ? Math.round(r / covered) : 0;
      rgba[offset + 1] = covered ? Math.round(g / covered) : 0;
      rgba[offset + 2] = covered ? Math.round(b / covered) : 0;
      rgba[offset + 3] = Math.round(a / (samples * samples));
    }
  }
  return rgba;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace, filter 0 on every scanline) of the given pixels. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function writeIcons(directory) {
  fs.mkdirSync(directory, { recursive: true });
  for (const { file, size, picture } of ICON_FILES) {
    fs.writeFileSync(path.join(directory, file), encodePng(size, size, drawPicture(picture, size)));
  }
}

module.exports = { ICON_FILES, drawPicture, encodePng, writeIcons };

if (require.main === module) {
  const target = path.join(__dirname, '..', 'assets');
  writeIcons(target);
  console.log(`Wrote ${ICON_FILES.length} images to ${target}`);
}

/**
 * The icons the manifest and the pane use: real PNG files at the sizes they are declared at, and
 * exactly the pictures scripts/make-icons.js draws (so a redrawn icon is never forgotten).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRgbaPng, readPngHeader } from './png';
import { listElements, parseXml } from './xml-tree';
import { ROOT } from './webpack-outputs';

interface IconFile {
  readonly file: string;
  readonly size: number;
  readonly picture: 'icon' | 'logo';
}

interface IconScript {
  readonly ICON_FILES: readonly IconFile[];
  drawPicture(picture: string, size: number): Uint8Array;
  encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require(join(ROOT, 'scripts', 'make-icons.js')) as IconScript;
const manifest = listElements(parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')));

function assetFor(url: string): string {
  return join(ROOT, new URL(url).pathname.slice(1));
}

describe('icons', () => {
  it('has every ribbon image at the size the manifest declares for it', () => {
    const images = new Map(manifest.filter((e) => e.name === 'bt:Image' && e.attributes.id).map((e) => [e.attributes.id, e]));
    const uses = manifest.filter((e) => e.name === 'bt:Image' && e.attributes.size);
    expect(new Set(uses.map((u) => u.attributes.size))).toEqual(new Set(['16', '32', '64', '80']));
    for (const use of uses) {
      const url = images.get(use.attributes.resid)?.attributes.DefaultValue ?? '';
      const header = readPngHeader(readFileSync(assetFor(url)));
      expect({ url, width: header.width, height: header.height }).toEqual({
        url,
        width: Number(use.attributes.size),
        height: Number(use.attributes.size),
      });
    }
  });

  it('has a 32 px add-in icon and a 64 px high-resolution one', () => {
    const sizeOf = (local: string): number => {
      const element = manifest.find((e) => e.local === local);
      return readPngHeader(readFileSync(assetFor(element?.attributes.DefaultValue ?? ''))).width;
    };
    expect(sizeOf('IconUrl')).toBe(32);
    expect(sizeOf('HighResolutionIconUrl')).toBe(64);
  });

  it('ships the 16, 32, 64, 80 and 128 px icons and the pane logo as square RGBA PNGs', () => {
    expect(script.ICON_FILES.map((f) => f.file)).toEqual([
      'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'icon-128.png', 'logo-filled.png',
    ]);
    for (const { file, size } of script.ICON_FILES) {
      const path = join(ROOT, 'assets', file);
      expect(existsSync(path)).toBe(true);
      expect(readPngHeader(readFileSync(path))).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6, interlace: 0 });
    }
  });

  it('holds exactly the pictures the icon script draws', () => {
    for (const { file, size, picture } of script.ICON_FILES) {
      const { pixels } = decodeRgbaPng(readFileSync(join(ROOT, 'assets', file)));
      expect(Buffer.from(pixels).equals(Buffer.from(script.drawPicture(picture, size)))).toBe(true);
    }
  });

  it('draws a red mark, a transparent corner and an opaque middle', () => {
    const pixels = script.drawPicture('icon', 64);
    const at = (x: number, y: number): number[] => [...pixels.subarray((y * 64 + x) * 4, (y * 64 + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(32, 40)[3]).toBe(255);
    const reds = [];
    for (let i = 0; i < 64 * 64; i += 1) {
      const [r, g, b, a] = pixels.subarray(i * 4, i * 4 + 4);
      if (a === 255 && r > 180 && g < 80 && b < 80) reds.push(i);
    }
    expect(reds.length).toBeGreaterThan(64);
  });

  it('encodes PNGs that decode back to the same pixels', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const { header, pixels } = decodeRgbaPng(script.encodePng(3, 2, rgba));
    expect([header.width, header.height]).toEqual([3, 2]);
    expect([...pixels]).toEqual([...rgba]);
  });
});

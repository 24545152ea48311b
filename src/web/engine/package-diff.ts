/**
 * Which parts of a package differ from another: compared entry by entry on the stored bytes
 * (CRC, sizes, then the raw compressed bytes), without inflating anything. The patching writer
 * copies an untouched part raw, so an untouched part compares equal here.
 */
import { readZip, type ZipEntry } from '../../hosts/xlsx/zip/read-zip';

function sameEntry(a: ZipEntry, b: ZipEntry): boolean {
  if (a.crc32 !== b.crc32 || a.size !== b.size || a.compressedSize !== b.compressedSize || a.method !== b.method) return false;
  const x = a.raw();
  const y = b.raw();
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Part names added, removed or changed, sorted.
 * @example diffPackages(original, marked) // ['[Content_Types].xml', 'customXml/item1.xml', …, 'xl/styles.xml', 'xl/worksheets/sheet1.xml']
 */
export function diffPackages(before: Uint8Array, after: Uint8Array): string[] {
  const a = new Map(readZip(before).entries.map((e) => [e.name, e]));
  const b = new Map(readZip(after).entries.map((e) => [e.name, e]));
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .filter((name) => {
      const x = a.get(name);
      const y = b.get(name);
      return !x || !y || !sameEntry(x, y);
    })
    .sort();
}

import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from 'fflate';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { writeZip } from '../../src/hosts/xlsx/zip/write-zip';
import type { ZipEntry } from '../../src/hosts/xlsx/zip/zip-types';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function streamedZip(files: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(strToU8(text), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function metadata(e: ZipEntry): unknown {
  return {
    name: e.name,
    raw: Array.from(e.raw()),
    method: e.method,
    crc: e.crc32,
    size: e.size,
    compressed: e.compressedSize,
    time: [e.modTime, e.modDate],
    attrs: [e.externalAttrs, e.internalAttrs, e.versionMadeBy],
    comment: Array.from(e.comment),
  };
}

describe('writeZip', () => {
  it('copies kept entries with their compressed bytes and metadata unchanged', () => {
    const original = zipSync(
      {
        '[Content_Types].xml': [enc('<Types/>'), { level: 9, mtime: new Date(2024, 4, 3, 10, 20, 30) }],
        'xl/workbook.xml': [enc('<workbook>'.repeat(200)), { level: 1 }],
        'xl/media/image1.png': [new Uint8Array([137, 80, 78, 71, 1, 2, 3]), { level: 0 }],
      },
      { comment: 'kept' },
    );
    const before = readZip(original);
    const written = readZip(writeZip(before.entries.map((keep) => ({ keep }))));
    expect(written.entries.map(metadata)).toEqual(before.entries.map(metadata));
  });

  it('deflates new entries and keeps the order given', () => {
    const original = readZip(zipSync({ a: enc('first'), b: enc('second') }));
    const bytes = writeZip([{ keep: original.entries[0] }, { name: 'customXml/item1.xml', data: enc('<x/>') }, { keep: original.entries[1] }]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['a', 'customXml/item1.xml', 'b']);
    expect(new TextDecoder().decode(files['customXml/item1.xml'])).toBe('<x/>');
    expect(readZip(bytes).get('customXml/item1.xml')?.method).toBe(8);
  });

  it('rebuilds the local header of an entry written with a data descriptor', () => {
    const original = readZip(streamedZip({ 'xl/styles.xml': '<styleSheet/>'.repeat(50), 'xl/workbook.xml': '<workbook/>' }));
    expect(original.entries[0].flags & 8).toBe(8);
    const bytes = writeZip(original.entries.map((keep) => ({ keep })));
    const again = readZip(bytes);
    expect(again.entries[0].flags & 8).toBe(0);
    expect(Array.from(again.entries[0].raw())).toEqual(Array.from(original.entries[0].raw()));
    expect(new TextDecoder().decode(unzipSync(bytes)['xl/styles.xml'])).toBe('<styleSheet/>'.repeat(50));
  });

  it('keeps a name stored in a legacy code page byte for byte', () => {
    const gbk = new Uint8Array([0xca, 0xd5, 0xce, 0xc4, 0x2e, 0x78, 0x6d, 0x6c]); // 收文.xml in GBK
    const source = readZip(zipSync({ 'placeholder.xml': enc('<a/>') })).entries[0];
    const legacy: ZipEntry = { ...source, rawName: gbk, flags: 0 };
    const again = readZip(writeZip([{ keep: legacy }]));
    expect(Array.from(again.entries[0].rawName)).toEqual(Array.from(gbk));
    expect(new TextDecoder().decode(again.entries[0].read())).toBe('<a/>');
  });

  it('marks non-ASCII new names as UTF-8', () => {
    const again = readZip(writeZip([{ name: 'xl/收文.xml', data: enc('<a/>') }]));
    expect(again.entries[0].name).toBe('xl/收文.xml');
    expect(again.entries[0].flags & 0x800).toBe(0x800);
  });

  it('writes zip64 end records when there are more than 65,535 entries', () => {
    const source = readZip(zipSync({ f: new Uint8Array(0) })).entries[0];
    const items = Array.from({ length: 65_540 }, (_, i) => ({ keep: { ...source, rawName: enc(`f${i}`) } }));
    const bytes = writeZip(items);
    const eocd = bytes.length - 22;
    expect(new DataView(bytes.buffer).getUint16(eocd + 10, true)).toBe(0xffff);
    const again = readZip(bytes);
    expect(again.entries.length).toBe(65_540);
    expect(again.get('f65539')?.read().length).toBe(0);
  });

  it('writes zip64 size fields for an entry that inflates past 4 GB', () => {
    const source = readZip(zipSync({ 'big.xml': enc('<a/>') })).entries[0];
    const huge: ZipEntry = { ...source, size: 5_000_000_000 };
    const bytes = writeZip([{ keep: huge }]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Local header: both sizes saturated, the zip64 block holds size then compressed size.
    expect(view.getUint32(18, true)).toBe(0xffffffff);
    expect(view.getUint32(22, true)).toBe(0xffffffff);
    const localExtra = 30 + view.getUint16(26, true);
    expect(view.getUint16(localExtra, true)).toBe(1);
    expect(view.getUint32(localExtra + 4, true) + view.getUint32(localExtra + 8, true) * 2 ** 32).toBe(5_000_000_000);
    expect(view.getUint32(localExtra + 12, true)).toBe(source.compressedSize);
    // Central record: only the size is saturated and carried in the block.
    const central = bytes.length - 22 - (46 + 7 + 12);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    expect(view.getUint32(central + 20, true)).toBe(source.compressedSize);
    expect(view.getUint32(central + 24, true)).toBe(0xffffffff);
    expect(view.getUint16(central + 6, true)).toBe(45);
  });

  it('drops a stale zip64 block from a kept entry that no longer needs it', () => {
    const source = readZip(zipSync({ 'a.xml': enc('<a/>') })).entries[0];
    const zip64 = new Uint8Array([1, 0, 16, 0, ...new Array(16).fill(0)]);
    const unicodePath = new Uint8Array([0x75, 0x70, 1, 0, 9]);
    const withExtra: ZipEntry = { ...source, extra: new Uint8Array([...zip64, ...unicodePath]) };
    const again = readZip(writeZip([{ keep: withExtra }]));
    expect(Array.from(again.entries[0].extra)).toEqual(Array.from(unicodePath));
  });
});

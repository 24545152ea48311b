/**
 * Small entries (up to 2 MB inflated) are inflated once, whole, and kept by their archive: a
 * small register's sheet is read for its dimension, its top rows, what follows its rows and its
 * columns, and each read inflated it again. Damaged ones are read the long way, as before.
 */
import { NODE_CODEC } from '../../src/cli/node-codec';
import type { ZipCodec } from '../../src/hosts/xlsx/zip/codec';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { SMALL_ENTRY } from '../../src/hosts/xlsx/zip/read-zip-entry';
import type { ZipEntry } from '../../src/hosts/xlsx/zip/zip-types';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { buildXlsx, SML } from './build-xlsx';
import { craftZip, zipErrorOf } from './craft-zip';

const enc = new TextEncoder();

function sheetXml(rows: number): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 100_003}</v></c><c r="B${r}" t="inlineStr"><is><t>收文${r}</t></is></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SML}"><dimension ref="A1:B${rows}"/><sheetData>${body.join('')}</sheetData></worksheet>`;
}

/** Node's codec, counting the inflations it starts (whole or in pieces). */
function countingCodec(): { codec: ZipCodec; inflations: () => number } {
  let inflations = 0;
  const codec: ZipCodec = {
    ...NODE_CODEC,
    inflateWhole: (data, size) => {
      const whole = NODE_CODEC.inflateWhole(data, size);
      if (whole) inflations++;
      return whole;
    },
    inflatePieces: (data, size) => {
      inflations++;
      return NODE_CODEC.inflatePieces(data, size);
    },
  };
  return { codec, inflations: () => inflations };
}

/** Every piece of a streamed read, joined, and the error that ended it (if any). */
function streamed(entry: ZipEntry): { bytes: Buffer; error: string | null } {
  const pieces: Buffer[] = [];
  let error: string | null = null;
  try {
    entry.stream((chunk) => void pieces.push(Buffer.from(chunk)));
  } catch (e) {
    error = (e as { code?: string }).code ?? String(e);
  }
  return { bytes: Buffer.concat(pieces), error };
}

describe('a small entry', () => {
  const data = enc.encode(sheetXml(2_000));

  it('is small enough to be kept', () => {
    expect(data.length).toBeLessThan(SMALL_ENTRY);
  });

  it('is inflated once for its head, its streamed reads and its whole reads', () => {
    const { codec, inflations } = countingCodec();
    const entry = readZip(craftZip([{ name: 's.xml', data }]), {}, codec).get('s.xml')!;
    expect(entry.head(100)).toEqual(data.subarray(0, 100));
    const same = (bytes: Uint8Array): boolean => Buffer.from(bytes).equals(data);
    expect(same(entry.read())).toBe(true);
    expect(same(streamed(entry).bytes)).toBe(true);
    expect(same(entry.read())).toBe(true);
    expect(inflations()).toBe(1);
  });

  it('is handed out in pieces of 64 KB, so a reader of the top rows decodes little', () => {
    const entry = readZip(craftZip([{ name: 's.xml', data }]), {}, NODE_CODEC).get('s.xml')!;
    const next = entry.pull();
    const first = next()!;
    expect(first.length).toBe(64 * 1024);
    expect(first).toEqual(data.subarray(0, 64 * 1024));
  });

  it('is inflated at every read when the archive keeps nothing', () => {
    const { codec, inflations } = countingCodec();
    const entry = readZip(craftZip([{ name: 's.xml', data }]), {}, codec, { keepInflated: false }).get('s.xml')!;
    entry.read();
    entry.read();
    expect(inflations()).toBe(2);
  });

  it('damaged, gives the same head, the same bytes before the damage and the same error as when nothing is kept', () => {
    const damagedEntry = (keepInflated: boolean): ZipEntry => {
      const entry = readZip(craftZip([{ name: 's.xml', data }]), {}, NODE_CODEC, { keepInflated }).get('s.xml')!;
      const raw = entry.raw();
      for (let i = raw.length - 200; i < raw.length - 4; i++) raw[i] ^= 0x5a;
      return entry;
    };
    const kept = damagedEntry(true);
    const plain = damagedEntry(false);
    expect(kept.head(4096)).toEqual(data.subarray(0, 4096));
    const a = streamed(kept);
    const b = streamed(plain);
    expect(a.error).toBe('badEntry');
    expect(a).toEqual(b);
    // Read again, it fails again: nothing damaged is ever served from memory.
    expect(zipErrorOf(() => kept.read()).code).toBe('badEntry');
  });

  it('with a wrong CRC fails every whole read', () => {
    const entry = readZip(craftZip([{ name: 's.xml', data, crc: 1234 }]), {}, NODE_CODEC).get('s.xml')!;
    expect(zipErrorOf(() => entry.read()).code).toBe('badEntry');
    expect(zipErrorOf(() => entry.read()).code).toBe('badEntry');
  });

  it('that inflates past its declared size is refused, kept or not', () => {
    const entry = readZip(craftZip([{ name: 's.xml', data, size: 1000 }]), {}, NODE_CODEC).get('s.xml')!;
    expect(zipErrorOf(() => entry.read()).code).toBe('tooLarge');
    expect(zipErrorOf(() => entry.head(10)).code).toBe('tooLarge');
  });
});

describe('the small entries an archive keeps', () => {
  it('stay within 16 MB: beyond it, an entry is kept only while it is the last one read whole', () => {
    // Ten entries of about 1.9 MB: eight fit in 16 MB, the ninth and tenth do not.
    const perRow = (sheetXml(1001).length - sheetXml(1).length) / 1000;
    const rows = Math.floor((SMALL_ENTRY * 0.9) / perRow);
    const xml = enc.encode(sheetXml(rows));
    expect(xml.length).toBeLessThan(SMALL_ENTRY);
    expect(xml.length * 8).toBeLessThan(16 * 1024 * 1024);
    expect(xml.length * 9).toBeGreaterThan(16 * 1024 * 1024);
    const { codec, inflations } = countingCodec();
    const names = Array.from({ length: 10 }, (_, i) => `s${i}.xml`);
    const archive = readZip(craftZip(names.map((name) => ({ name, data: xml }))), {}, codec);
    for (const name of names) archive.get(name)!.read();
    expect(inflations()).toBe(10);
    // The ninth and tenth take turns in the one place a large entry is kept.
    for (const name of names) expect(Buffer.from(archive.get(name)!.read()).equals(xml)).toBe(true);
    expect(inflations()).toBe(12);
    archive.get(names[9])!.read();
    expect(inflations()).toBe(12);
    // Let go (before a check that reads other packages), they are inflated again once, and kept again.
    archive.release();
    for (const name of names) archive.get(name)!.read();
    expect(inflations()).toBe(22);
    for (const name of names) archive.get(name)!.read();
    expect(inflations()).toBe(24);
  });
});

describe('reading a small register', () => {
  it('inflates its sheet once for the sheet list, the top rows and the columns', async () => {
    const { codec, inflations } = countingCodec();
    const host = XlsxHost.open(buildXlsx({ sheets: [{ name: '收文登记', xml: sheetXml(1_000) }] }), { codec });
    const before = inflations();
    const [sheet] = await host.listSheets();
    expect(sheet.rowCount).toBe(1_000);
    const top = await host.readTop('收文登记', 40);
    expect(top.rows[0][1]).toBe('收文1');
    const columns = await host.readColumns('收文登记', [1], 2);
    expect(columns.rows[998][1]).toBe('收文1000');
    expect(inflations() - before).toBe(1);
  });
});

/**
 * The bounded head read of a zip entry (what `<dimension>` is read with) and the policy for the
 * inflated copy an archive keeps for the next read.
 */
import { inflateSync } from 'fflate';
import { NODE_CODEC, inflateWholeNative } from '../../src/cli/node-codec';
import type { ZipCodec } from '../../src/hosts/xlsx/zip/codec';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { readDimension } from '../../src/hosts/xlsx/patch/sheet-dimension';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { buildXlsx, c, SML } from './build-xlsx';
import { craftZip, zipErrorOf } from './craft-zip';

const enc = new TextEncoder();
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A sheet of `rows` rows after a `<dimension>`: about 90 bytes a row, varied enough to compress like a register. */
function sheetXml(rows: number, before = ''): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}">${c(`A${r}`, undefined, String((r * 7919) % 100_003))}${c(`B${r}`, 'inlineStr', '')}<c r="C${r}" t="inlineStr"><is><t>收文${r}</t></is></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SML}">${before}<dimension ref="A1:C${rows}"/><sheetData>${body.join('')}</sheetData></worksheet>`;
}

/** Overwrites the last compressed bytes of an entry in place (its raw bytes are a view of the archive). */
function damageTail(raw: Uint8Array): void {
  for (let i = raw.length - 200; i < raw.length - 4; i++) raw[i] ^= 0x5a;
}

/** Node's codec, counting its whole inflations of parts of a megabyte or more (sheets, not the small parts). */
function countingCodec(): { codec: ZipCodec; wholes: () => number } {
  let wholes = 0;
  const codec: ZipCodec = {
    ...NODE_CODEC,
    inflateWhole: (data, size) => {
      if (size >= 1024 * 1024) wholes++;
      return inflateWholeNative(data, size);
    },
  };
  return { codec, wholes: () => wholes };
}

describe('ZipEntry.head', () => {
  const xml = sheetXml(20_000);
  const data = enc.encode(xml);

  it('gives exactly the first bytes of a deflated entry, or all of a shorter one', () => {
    const entry = readZip(craftZip([{ name: 's.xml', data }])).get('s.xml')!;
    expect(entry.head(100)).toEqual(data.subarray(0, 100));
    expect(entry.head(70_000)).toEqual(data.subarray(0, 70_000));
    expect(entry.head(0)).toHaveLength(0);
    const small = readZip(craftZip([{ name: 'a', data: enc.encode('<a>收文</a>') }])).get('a')!;
    expect(text(small.head(64 * 1024))).toBe('<a>收文</a>');
  });

  it('gives a subarray of a stored entry', () => {
    const entry = readZip(craftZip([{ name: 's.xml', data, method: 0 }])).get('s.xml')!;
    expect(entry.head(50)).toEqual(data.subarray(0, 50));
    expect(entry.head(data.length + 10)).toEqual(data);
  });

  it('stops early: an entry whose compressed tail is damaged still gives its head', () => {
    const entry = readZip(craftZip([{ name: 's.xml', data }])).get('s.xml')!;
    damageTail(entry.raw());
    expect(entry.head(4096)).toEqual(data.subarray(0, 4096));
    expect(zipErrorOf(() => entry.read()).code).toBe('badEntry');
  });

  it('refuses a bomb within one slice of output', () => {
    const zeros = new Uint8Array(20_000_000);
    const entry = readZip(craftZip([{ name: 'bomb.xml', data: zeros, size: 1000 }])).get('bomb.xml')!;
    expect(zipErrorOf(() => entry.head(64 * 1024)).code).toBe('tooLarge');
    // Asked for less than it declares, the first slice already shows the lie.
    expect(zipErrorOf(() => entry.head(10)).code).toBe('tooLarge');
  });

  it('refuses an entry that ends short of its declared size, and a damaged start', () => {
    const short = readZip(craftZip([{ name: 'a', data: enc.encode('hello world'), size: 50 }])).get('a')!;
    expect(zipErrorOf(() => short.head(1000)).code).toBe('badEntry');
    const garbage = readZip(craftZip([{ name: 'a', data: enc.encode('x'.repeat(100)) }])).get('a')!;
    garbage.raw().fill(0xff); // a block of the invalid type 0b11

    expect(zipErrorOf(() => garbage.head(10)).code).toBe('badEntry');
    const locked = readZip(craftZip([{ name: 'a', data: enc.encode('x'), flags: 1 }])).get('a')!;
    expect(zipErrorOf(() => locked.head(10)).code).toBe('unsupported');
  });

  it('neither inflates the entry whole nor keeps anything for the next read', () => {
    const { codec, wholes } = countingCodec();
    const entry = readZip(craftZip([{ name: 's.xml', data }]), {}, codec).get('s.xml')!;
    expect(text(entry.head(200))).toBe(xml.slice(0, 200));
    expect(wholes()).toBe(0);
    expect(entry.read()).toEqual(data);
    expect(wholes()).toBe(1);
    // Once a whole read kept the entry, a head is cut from the kept bytes.
    expect(entry.head(300)).toEqual(data.subarray(0, 300));
    entry.read();
    expect(wholes()).toBe(1);
  });
});

describe('the inflated copy an archive keeps', () => {
  const data = enc.encode(sheetXml(20_000)); // above the 1 MB from which entries are kept
  const zip = (keepInflated?: boolean) => {
    const counting = countingCodec();
    const archive = readZip(craftZip([{ name: 's.xml', data }, { name: 't.xml', data: enc.encode(sheetXml(15_000)) }]), {}, counting.codec, { keepInflated });
    return { archive, wholes: counting.wholes };
  };

  it('is kept by default, so a sheet read again is not inflated again', () => {
    const { archive, wholes } = zip();
    expect(archive.get('s.xml')!.read()).toEqual(data);
    expect(archive.get('s.xml')!.read()).toEqual(data);
    expect(wholes()).toBe(1);
    // One entry at a time: reading another sheet replaces it.
    archive.get('t.xml')!.read();
    archive.get('s.xml')!.read();
    expect(wholes()).toBe(3);
  });

  it('is not kept when the archive is opened not to keep it', () => {
    const { archive, wholes } = zip(false);
    expect(archive.get('s.xml')!.read()).toEqual(data);
    expect(archive.get('s.xml')!.read()).toEqual(data);
    expect(wholes()).toBe(2);
  });

  it('is let go when keeping is turned off, and kept again when it is turned back on', () => {
    const { archive, wholes } = zip();
    const entry = archive.get('s.xml')!;
    entry.read();
    archive.keepInflated(false);
    expect(entry.read()).toEqual(data);
    expect(wholes()).toBe(2);
    archive.keepInflated(true);
    entry.read();
    entry.read();
    expect(wholes()).toBe(3);
    archive.release();
    entry.read();
    expect(wholes()).toBe(4);
  });

  it('serves a streamed read in pieces when it is not kept, CRC checked as before', () => {
    const { archive } = zip(false);
    const entry = archive.get('s.xml')!;
    let seen = 0;
    entry.stream((chunk) => void (seen += chunk.length));
    expect(seen).toBe(data.length);
    const damaged = readZip(craftZip([{ name: 's.xml', data, crc: 1234 }]), {}, NODE_CODEC, { keepInflated: false }).get('s.xml')!;
    expect(zipErrorOf(() => damaged.read()).code).toBe('badEntry');
  });
});

describe('readDimension', () => {
  const entryOf = (xml: string, codec: ZipCodec = NODE_CODEC) => readZip(craftZip([{ name: 's.xml', data: enc.encode(xml) }]), {}, codec).get('s.xml')!;

  it('reads the dimension of a sheet whose tail is damaged, inflating only its start', () => {
    const { codec, wholes } = countingCodec();
    const entry = entryOf(sheetXml(20_000), codec);
    damageTail(entry.raw());
    expect(readDimension(entry)).toEqual({ rows: 20_000, cols: 3 });
    expect(wholes()).toBe(0);
  });

  it('looks further when something long comes before the dimension, and gives up at 64 KB', () => {
    const longPr = `<sheetPr codeName="${'x'.repeat(10_000)}"/>`;
    expect(readDimension(entryOf(sheetXml(50, longPr)))).toEqual({ rows: 50, cols: 3 });
    const tooFar = `<sheetPr codeName="${'x'.repeat(70_000)}"/>`;
    expect(readDimension(entryOf(sheetXml(50, tooFar)))).toEqual({ rows: 0, cols: 0 });
    expect(readDimension(entryOf(`<x:worksheet xmlns:x="${SML}"><x:dimension ref="A1:K120"/></x:worksheet>`))).toEqual({ rows: 120, cols: 11 });
  });

  it('gives no size, and throws nothing, for a bomb or a damaged start', () => {
    const bomb = readZip(craftZip([{ name: 'b.xml', data: new Uint8Array(20_000_000), size: 1000 }])).get('b.xml')!;
    expect(readDimension(bomb)).toEqual({ rows: 0, cols: 0 });
    const entry = entryOf(sheetXml(10));
    entry.raw().fill(0xff);
    expect(readDimension(entry)).toEqual({ rows: 0, cols: 0 });
  });

  it('lets XlsxHost list a large sheet without inflating it', async () => {
    const { codec, wholes } = countingCodec();
    const bytes = buildXlsx({ sheets: [{ name: '收文登记', xml: sheetXml(20_000) }] });
    const host = XlsxHost.open(bytes, { codec });
    const sheets = await host.listSheets();
    expect(sheets.map((s) => [s.name, s.rowCount, s.colCount])).toEqual([['收文登记', 20_000, 3]]);
    expect(wholes()).toBe(0);
  });
});

describe('inflateWholeNative', () => {
  it('inflates exactly the declared size and refuses more', () => {
    const data = enc.encode(sheetXml(2000));
    const deflated = NODE_CODEC.deflate(data);
    expect(inflateWholeNative(deflated, data.length)).toEqual(inflateSync(deflated));
    expect(() => inflateWholeNative(deflated, data.length - 1)).toThrow();
  });
});

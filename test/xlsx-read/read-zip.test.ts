import fc from 'fast-check';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { readZip, ZipError } from '../../src/hosts/xlsx/zip/read-zip';
import { craftZip, zipErrorOf } from './craft-zip';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('readZip', () => {
  it('reads deflated and stored entries written by fflate', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a>收文</a>'), 'b.bin': [new Uint8Array([1, 2, 3]), { level: 0 }] });
    const zip = readZip(bytes);
    expect(zip.entries.map((e) => e.name)).toEqual(['a.xml', 'b.bin']);
    expect(text(zip.get('a.xml')!.read())).toBe('<a>收文</a>');
    expect(zip.get('b.bin')!.method).toBe(0);
    expect([...zip.get('b.bin')!.read()]).toEqual([1, 2, 3]);
  });

  it('round-trips any set of files through fflate', () => {
    const files = fc.dictionary(
      // fflate's zipSync reads its files from an object, where a `__proto__` key is no file name.
      fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !n.endsWith('/') && n !== '__proto__'),
      fc.uint8Array({ maxLength: 2000 }),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(files, (dict) => {
        const zip = readZip(zipSync(dict));
        expect(zip.entries.length).toBe(Object.keys(dict).length);
        for (const [name, data] of Object.entries(dict)) expect(zip.get(name)?.read()).toEqual(data);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the compressed bytes exactly as stored for a byte-for-byte copy', () => {
    const data = strToU8('<sheetData/>'.repeat(50));
    const zip = readZip(craftZip([{ name: 'x.xml', data }]));
    expect(zip.get('x.xml')!.raw()).toEqual(deflateSync(data));
    expect(zip.get('x.xml')!.compressedSize).toBe(deflateSync(data).length);
  });

  it('finds parts under the names other writers use: any case, backslashes, a leading slash', () => {
    const zip = readZip(zipSync({ 'xl/worksheets/Sheet1.xml': strToU8('1'), 'xl\\sharedStrings.xml': strToU8('2') }));
    expect(text(zip.get('xl/worksheets/sheet1.xml')!.read())).toBe('1');
    expect(text(zip.get('/XL/Worksheets/SHEET1.xml')!.read())).toBe('1');
    expect(text(zip.get('xl/sharedStrings.xml')!.read())).toBe('2');
    expect(zip.get('xl/missing.xml')).toBeUndefined();
  });

  it('decodes names by the UTF-8 flag, a GBK fallback and CP437', () => {
    const gbk = new Uint8Array([0xca, 0xd5, 0xce, 0xc4, 0x2e, 0x78, 0x6d, 0x6c]); // 收文.xml in GBK
    const cp437 = new Uint8Array([0x81, 0x2e, 0x74, 0x78, 0x74]); // 0x81 then '.' is neither UTF-8 nor GBK: CP437 'ü'
    const zip = readZip(
      craftZip([
        { name: '收文登记.xml', flags: 0x800, data: strToU8('u') },
        { name: gbk, data: strToU8('g') },
        { name: cp437, data: strToU8('c') },
      ]),
    );
    expect(zip.entries.map((e) => e.name)).toEqual(['收文登记.xml', '收文.xml', 'ü.txt']);
    expect(zip.entries[1].rawName).toEqual(gbk);
  });

  it('reads zip64 sizes, offsets and end records', () => {
    const data = strToU8('<worksheet/>');
    const zip = readZip(craftZip([{ name: 'a.xml', data: strToU8('a') }, { name: 'big.xml', data, zip64: true }], { zip64End: true }));
    expect(zip.entries.map((e) => e.name)).toEqual(['a.xml', 'big.xml']);
    expect(zip.get('big.xml')!.size).toBe(data.length);
    expect(text(zip.get('big.xml')!.read())).toBe('<worksheet/>');
  });

  it('reads an archive behind a prepended stub, as self-extractors are', () => {
    const zip = readZip(craftZip([{ name: 'a.xml', data: strToU8('ok') }], { prefix: new Uint8Array(300).fill(7) }));
    expect(text(zip.get('a.xml')!.read())).toBe('ok');
  });

  it('streams an entry in chunks and stops inflating when told to', () => {
    let seed = 1;
    const data = new Uint8Array(600_000).map(() => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
    const entry = readZip(craftZip([{ name: 'big', data }])).get('big')!;
    let whole = 0;
    let chunks = 0;
    entry.stream((c) => {
      whole += c.length;
      chunks++;
    });
    expect(whole).toBe(data.length);
    expect(chunks).toBeGreaterThan(1);
    let seen = 0;
    entry.stream((c) => {
      seen += c.length;
      return false;
    });
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(data.length);
  });

  it('refuses an entry that inflates to more than it declares, before inflating it all (a bomb)', () => {
    const zeros = new Uint8Array(20_000_000); // 20 MB of zeros deflate to about 20 KB
    const bytes = craftZip([{ name: 'bomb.xml', data: zeros, size: 1000 }]);
    expect(bytes.length).toBeLessThan(100_000);
    const entry = readZip(bytes).get('bomb.xml')!;
    let delivered = 0;
    const error = zipErrorOf(() => entry.stream((c) => void (delivered += c.length)));
    expect(error.code).toBe('tooLarge');
    expect(delivered).toBeLessThanOrEqual(1000);
    expect(zipErrorOf(() => entry.read()).code).toBe('tooLarge');
  });

  it('refuses declared sizes beyond the limits and compression ratios no workbook has', () => {
    const small = craftZip([{ name: 'a', data: new Uint8Array(100), size: 5_000_000_000 }]);
    expect(zipErrorOf(() => readZip(small)).code).toBe('tooLarge');
    const ratio = craftZip([{ name: 'a', data: new Uint8Array(20_000_000) }]);
    expect(zipErrorOf(() => readZip(ratio)).code).toBe('tooLarge');
    expect(readZip(ratio, { maxRatio: 100_000 }).entries).toHaveLength(1);
    const many = craftZip([1, 2, 3].map((i) => ({ name: `p${i}`, data: new Uint8Array(1000) })));
    expect(zipErrorOf(() => readZip(many, { maxTotalSize: 2500 })).code).toBe('tooLarge');
    expect(zipErrorOf(() => readZip(many, { maxEntries: 2 })).code).toBe('tooLarge');
  });

  it('refuses entries that share their bytes (an overlapping bomb)', () => {
    const bytes = craftZip([
      { name: 'a', data: strToU8('x'.repeat(500)) },
      { name: 'b', data: strToU8('x'.repeat(500)), sameDataAs: 0 },
    ]);
    expect(zipErrorOf(() => readZip(bytes)).code).toBe('badEntry');
  });

  it('reports a damaged entry: CRC mismatch, short data, an unknown method, encryption', () => {
    const crc = readZip(craftZip([{ name: 'a', data: strToU8('hello'), crc: 1234 }])).get('a')!;
    expect(zipErrorOf(() => crc.read()).code).toBe('badEntry');
    const short = readZip(craftZip([{ name: 'a', data: strToU8('hello world'), size: 50 }])).get('a')!;
    expect(zipErrorOf(() => short.read()).code).toBe('badEntry');
    const lzma = readZip(craftZip([{ name: 'a', data: strToU8('x'), method: 14 }])).get('a')!;
    expect(zipErrorOf(() => lzma.read()).code).toBe('unsupported');
    const locked = readZip(craftZip([{ name: 'a', data: strToU8('x'), flags: 1 }])).get('a')!;
    expect(zipErrorOf(() => locked.read()).code).toBe('unsupported');
    const stored = craftZip([{ name: 'a', data: strToU8('abc'), method: 0, size: 4 }]);
    expect(zipErrorOf(() => readZip(stored)).code).toBe('badEntry');
  });

  it('tells a file cut short from one that is no zip at all', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a/>'.repeat(100)) });
    expect(zipErrorOf(() => readZip(bytes.subarray(0, bytes.length - 30))).code).toBe('truncated');
    expect(zipErrorOf(() => readZip(bytes.subarray(0, 40))).code).toBe('truncated');
    expect(zipErrorOf(() => readZip(strToU8('序号,收文日期\n1,2026-3-5'))).code).toBe('notZip');
    expect(zipErrorOf(() => readZip(new Uint8Array(0))).code).toBe('notZip');
  });

  it('never throws anything but a ZipError on damaged bytes', () => {
    const good = zipSync({ 'a.xml': strToU8('<a>1</a>'.repeat(40)), 'b.xml': strToU8('<b/>') });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const bytes = good.slice();
        bytes[at] = value;
        try {
          const zip = readZip(bytes);
          for (const entry of zip.entries) entry.read();
        } catch (e) {
          expect(e).toBeInstanceOf(ZipError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

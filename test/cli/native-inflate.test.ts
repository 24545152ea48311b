import fc from 'fast-check';
import * as zlib from 'node:zlib';
import { nativeInflater, openHandle, pieceInflater, type HandleStream } from '../../src/cli/native-inflate';
import { NODE_CODEC } from '../../src/cli/node-codec';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { writeZip } from '../../src/hosts/xlsx/zip/write-zip';
import type { PullBytes } from '../../src/hosts/xlsx/zip/codec';

function drain(next: PullBytes): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let p = next(); p !== null; p = next()) pieces.push(p.slice());
  return pieces;
}

const rows = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="B${i + 1}" t="s"><v>${(i * 31) % 977}</v></c><c><is><t>第${i}行 收文</t></is></c></row>`).join(''));

describe('inflating with the native zlib handle, a piece at a time', () => {
  it('is available on this Node, and gives back what was deflated, in pieces no larger than asked', () => {
    const inflate = pieceInflater(openHandle, 8192);
    expect(inflate).not.toBeNull();
    const sheet = rows(20000);
    const pieces = drain(inflate!(zlib.deflateRawSync(sheet)));
    expect(pieces.length).toBeGreaterThan(sheet.length / 8192 - 1);
    expect(pieces.every((p) => p.length > 0 && p.length <= 8192)).toBe(true);
    expect(Buffer.concat(pieces).equals(sheet)).toBe(true);
  });

  it('gives the same bytes as one inflateRawSync call for any data, level and piece size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20000 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 5000 }), (data, level, piece) => {
        const packed = zlib.deflateRawSync(data, { level });
        const inflate = pieceInflater(openHandle, piece)!;
        expect(Buffer.concat(drain(inflate(packed)))).toEqual(zlib.inflateRawSync(packed));
      }),
      { numRuns: 60 },
    );
  });

  it('takes a buffer the declared size of a small part, and still gives every byte when the size is wrong', () => {
    const inflate = pieceInflater(openHandle, 1024 * 1024)!;
    const part = rows(120);
    const packed = zlib.deflateRawSync(part);
    const one = inflate(packed, part.length)()!;
    // One byte over the part (not the megabyte of a piece), so the first call sees the end.
    expect(one.buffer.byteLength).toBe(part.length + 1);
    expect(Buffer.from(one).equals(part)).toBe(true);
    // A declared size too small only cuts the part into more pieces; the reader checks the total.
    const pieces = drain(inflate(packed, 100));
    expect(pieces.length).toBeGreaterThan(part.length / 101 - 1);
    expect(Buffer.concat(pieces).equals(part)).toBe(true);
    expect(Buffer.concat(drain(inflate(zlib.deflateRawSync(Buffer.alloc(0)), 0)))).toHaveLength(0);
  });

  it('refuses a stream cut short and damaged data, as the one-call inflate does', () => {
    const packed = zlib.deflateRawSync(rows(3000));
    const inflate = pieceInflater(openHandle, 4096)!;
    expect(() => drain(inflate(packed.subarray(0, packed.length - 10)))).toThrow(/unexpected end/);
    const damaged = Buffer.from(packed);
    damaged.fill(0xff, 100, 140);
    expect(() => drain(inflate(damaged))).toThrow();
    expect(() => zlib.inflateRawSync(damaged)).toThrow();
  });

  it('empties a stream that holds no bytes', () => {
    expect(drain(pieceInflater()!(zlib.deflateRawSync(Buffer.alloc(0))))).toEqual([]);
  });

  it('is not trusted when the handle is missing or answers wrong', () => {
    expect(pieceInflater(() => null)).toBeNull();
    const lying = (): HandleStream | null => {
      const real = openHandle()!;
      return {
        ...real,
        handle: {
          set onerror(f: HandleStream['handle']['onerror']) {
            real.handle.onerror = f;
          },
          get onerror() {
            return real.handle.onerror;
          },
          writeSync(flush, input, inOffset, inLength, out, outOffset, outLength) {
            real.handle.writeSync(flush, input, inOffset, inLength, out, outOffset, outLength);
            out[outOffset] ^= 1;
          },
        },
      };
    };
    expect(pieceInflater(lying)).toBeNull();
  });
});

describe('the command line codec', () => {
  it('streams every entry (never one whole copy) and reads an archive as fflate does', () => {
    expect(nativeInflater()).not.toBeNull();
    const sheet = rows(30000);
    expect(NODE_CODEC.inflateWhole(zlib.deflateRawSync(sheet), sheet.length)).toBeNull();
    const zip = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: sheet }], undefined, NODE_CODEC);
    const entry = readZip(zip, {}, NODE_CODEC).get('xl/worksheets/sheet1.xml')!;
    const pieces = drain(entry.pull());
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).equals(sheet)).toBe(true);
    expect(Buffer.from(readZip(zip).get('xl/worksheets/sheet1.xml')!.read()).equals(sheet)).toBe(true);
  });

  it('refuses an entry whose CRC does not match, streamed', () => {
    const sheet = rows(5000);
    const zip = writeZip([{ name: 's.xml', data: sheet }], undefined, NODE_CODEC);
    // The central directory's CRC-32 of the one entry, 16 bytes into its header.
    const central = Buffer.from(zip).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip[central + 16] ^= 1;
    expect(() => drain(readZip(zip, {}, NODE_CODEC).get('s.xml')!.pull())).toThrow(/CRC/);
  });
});

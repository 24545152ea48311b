import fc from 'fast-check';
import { crc32 } from '../../src/hosts/xlsx/zip/crc32';

/** The bit-by-bit definition, to check the table-driven one against. */
function slowCrc(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('gives the standard check value of "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with the bit-by-bit definition on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (data) => crc32(data) === slowCrc(data)));
  });

  it('continues across chunks: the CRC of a split buffer equals that of the whole', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (data, cut) => {
        const at = data.length === 0 ? 0 : cut % data.length;
        return crc32(data.subarray(at), crc32(data.subarray(0, at))) === crc32(data);
      }),
    );
  });
});

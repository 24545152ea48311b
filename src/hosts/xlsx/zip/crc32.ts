/**
 * CRC-32 (IEEE 802.3, the zip checksum). Every byte of every sheet goes through it, so it reads
 * four bytes a step ("slicing by 4") instead of one.
 */

const TABLES: readonly Uint32Array[] = buildTables();

function buildTables(): Uint32Array[] {
  const tables = [0, 1, 2, 3].map(() => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 4; t++) tables[t][n] = (tables[0][tables[t - 1][n] & 0xff] ^ (tables[t - 1][n] >>> 8)) >>> 0;
  }
  return tables;
}

/**
 * The CRC-32 of `data`, continuing from `seed` (the CRC of the bytes before it) so that a
 * stream can be checked chunk by chunk.
 * @example crc32(new TextEncoder().encode('123456789')) // 0xcbf43926
 * @example crc32(second, crc32(first)) === crc32(concat(first, second))
 */
export function crc32(data: Uint8Array, seed = 0): number {
  const [t0, t1, t2, t3] = TABLES;
  let c = ~seed;
  let i = 0;
  for (const end = data.length - 3; i < end; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

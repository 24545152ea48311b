/**
 * Writes a package to disk part by part: each part's text is deflated by Node's zlib at its
 * default level as it is produced, so a sheet of 700 MB of XML needs only its compressed bytes
 * in memory. Plain zip (no zip64): a bench register stays far below 4 GB.
 */
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import * as zlib from 'node:zlib';
import { crc32 } from '../../src/hosts/xlsx/zip/crc32';

export interface PartSource {
  readonly name: string;
  /** Called when the part is written (parts after a sheet may depend on what it collected). */
  readonly chunks: () => Iterable<string>;
}

interface Deflated {
  readonly data: Buffer[];
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
}

async function deflatePart(chunks: Iterable<string>): Promise<Deflated> {
  const deflate = zlib.createDeflateRaw({ level: zlib.constants.Z_DEFAULT_COMPRESSION });
  const data: Buffer[] = [];
  let compressedSize = 0;
  deflate.on('data', (b: Buffer) => {
    data.push(b);
    compressedSize += b.length;
  });
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  for (const text of chunks) {
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return { data, crc, size, compressedSize };
}

function header(sig: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(sig, 0);
  return b;
}

function localHeader(name: Buffer, d: Deflated): Buffer {
  const b = header(0x04034b50, 30);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(8, 8);
  b.writeUInt16LE(0x0021, 12);
  b.writeUInt32LE(d.crc, 14);
  b.writeUInt32LE(d.compressedSize, 18);
  b.writeUInt32LE(d.size, 22);
  b.writeUInt16LE(name.length, 26);
  return Buffer.concat([b, name]);
}

function centralHeader(name: Buffer, d: Deflated, offset: number): Buffer {
  const b = header(0x02014b50, 46);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(8, 10);
  b.writeUInt16LE(0x0021, 14);
  b.writeUInt32LE(d.crc, 16);
  b.writeUInt32LE(d.compressedSize, 20);
  b.writeUInt32LE(d.size, 24);
  b.writeUInt16LE(name.length, 28);
  b.writeUInt32LE(offset, 42);
  return Buffer.concat([b, name]);
}

/**
 * Writes the parts, in order, to `path` (through a temporary name, so a half-written file is
 * never taken for a register). Returns the inflated size of each part.
 * @example await writeXlsx('bench/work/r.xlsx', [{ name: 'xl/workbook.xml', chunks: () => [xml] }])
 */
export async function writeXlsx(path: string, parts: readonly PartSource[]): Promise<Map<string, number>> {
  const tmp = `${path}.${process.pid}.tmp`;
  const file = await fs.open(tmp, 'w');
  const centrals: Buffer[] = [];
  const sizes = new Map<string, number>();
  let offset = 0;
  try {
    for (const part of parts) {
      const name = Buffer.from(part.name, 'utf8');
      const d = await deflatePart(part.chunks());
      sizes.set(part.name, d.size);
      const local = localHeader(name, d);
      centrals.push(centralHeader(name, d, offset));
      await file.write(local);
      for (const b of d.data) await file.write(b);
      offset += local.length + d.compressedSize;
    }
    const directory = Buffer.concat(centrals);
    const end = header(0x06054b50, 22);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    await file.write(Buffer.concat([directory, end]));
  } finally {
    await file.close();
  }
  await fs.rename(tmp, path);
  return sizes;
}

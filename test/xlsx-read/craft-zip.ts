/**
 * Writes zip archives field by field, so tests can make the archives real programs write
 * (zip64, GBK names, stored entries, prepended stubs) and the ones attackers write (sizes that
 * lie, overlapping entries). fflate's zipSync writes only well-behaved archives.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../../src/hosts/xlsx/zip/crc32';
import { ZipError } from '../../src/hosts/xlsx/zip/read-zip';

export interface CraftEntry {
  readonly name: string | Uint8Array;
  readonly data: Uint8Array;
  readonly method?: 0 | 8 | number;
  readonly flags?: number;
  /** Declared sizes and CRC (default: the true ones). */
  readonly size?: number;
  readonly compressedSize?: number;
  readonly crc?: number;
  /** Central-directory extra field. */
  readonly extra?: Uint8Array;
  /** Write the sizes and offset as zip64 (0xFFFFFFFF plus a 0x0001 extra block). */
  readonly zip64?: boolean;
  /** Point this entry's central record at an earlier entry's local header. */
  readonly sameDataAs?: number;
}

export interface CraftOptions {
  /** Bytes before the archive (a self-extractor stub). */
  readonly prefix?: Uint8Array;
  /** Write a zip64 end record and locator. */
  readonly zip64End?: boolean;
  readonly comment?: Uint8Array;
}

const enc = new TextEncoder();

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function le(size: number, value: number): Uint8Array {
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  if (size === 2) view.setUint16(0, value, true);
  else if (size === 4) view.setUint32(0, value >>> 0, true);
  else {
    view.setUint32(0, value % 0x1_0000_0000, true);
    view.setUint32(4, Math.floor(value / 0x1_0000_0000), true);
  }
  return out;
}

export function craftZip(entries: readonly CraftEntry[], options: CraftOptions = {}): Uint8Array {
  const prefix = options.prefix ?? new Uint8Array(0);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? enc.encode(e.name) : e.name;
    const method = e.method ?? 8;
    const stored = method === 8 ? deflateSync(e.data) : e.data;
    const size = e.size ?? e.data.length;
    const compressed = e.compressedSize ?? stored.length;
    const crc = e.crc ?? crc32(e.data);
    const flags = e.flags ?? 0;
    const local = concat([
      le(4, 0x04034b50), le(2, 20), le(2, flags), le(2, method), le(2, 0), le(2, 0x21),
      le(4, crc), le(4, e.zip64 ? 0xffffffff : compressed), le(4, e.zip64 ? 0xffffffff : size),
      le(2, name.length), le(2, 0), name, stored,
    ]);
    const localAt = e.sameDataAs === undefined ? offset : offsets[e.sameDataAs];
    offsets.push(localAt);
    if (e.sameDataAs === undefined) {
      locals.push(local);
      offset += local.length;
    }
    const zip64 = e.zip64 ? concat([le(2, 1), le(2, 24), le(8, size), le(8, compressed), le(8, localAt)]) : new Uint8Array(0);
    const extra = concat([zip64, e.extra ?? new Uint8Array(0)]);
    centrals.push(concat([
      le(4, 0x02014b50), le(2, 0x031e), le(2, 20), le(2, flags), le(2, method), le(2, 0), le(2, 0x21),
      le(4, crc), le(4, e.zip64 ? 0xffffffff : compressed), le(4, e.zip64 ? 0xffffffff : size),
      le(2, name.length), le(2, extra.length), le(2, 0), le(2, 0), le(2, 0), le(4, 0),
      le(4, e.zip64 ? 0xffffffff : localAt), name, extra,
    ]));
  }
  const central = concat(centrals);
  const comment = options.comment ?? new Uint8Array(0);
  const tail: Uint8Array[] = [];
  if (options.zip64End) {
    const at = offset + central.length;
    tail.push(concat([
      le(4, 0x06064b50), le(8, 44), le(2, 45), le(2, 45), le(4, 0), le(4, 0),
      le(8, entries.length), le(8, entries.length), le(8, central.length), le(8, offset),
    ]));
    tail.push(concat([le(4, 0x07064b50), le(4, 0), le(8, at), le(4, 1)]));
  }
  const count = options.zip64End ? 0xffff : entries.length;
  tail.push(concat([
    le(4, 0x06054b50), le(2, 0), le(2, 0), le(2, count), le(2, count),
    le(4, options.zip64End ? 0xffffffff : central.length), le(4, options.zip64End ? 0xffffffff : offset),
    le(2, comment.length), comment,
  ]));
  return concat([prefix, ...locals, central, ...tail]);
}

/** The ZipError `run` throws (a test fails when it throws anything else, or nothing). */
export function zipErrorOf(run: () => unknown): ZipError {
  try {
    run();
  } catch (e) {
    if (e instanceof ZipError) return e;
    throw e;
  }
  throw new Error('expected a ZipError');
}

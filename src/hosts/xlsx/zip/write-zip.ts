/**
 * Writes a zip archive from kept entries and new data (no Node API). A kept entry's compressed
 * bytes and metadata are copied exactly as the original archive held them; only its local
 * header is rebuilt from the central record (with the sizes written in it, so the data
 * descriptor flag is cleared). New data is deflated. Zip64 records are written when an entry,
 * an offset or the entry count outgrows the classic fields.
 */
import { FFLATE_CODEC, type ZipCodec } from './codec';
import type { ZipEntry } from './zip-types';

/**
 * What one written entry is: an original entry copied raw, new bytes to deflate, or bytes a
 * streaming patch already deflated (with the CRC and size of what it deflated).
 */
export type ZipItem =
  | { readonly keep: ZipEntry }
  | { readonly name: string; readonly data: Uint8Array }
  | { readonly name: string; readonly deflated: DeflatedData };

/** A part deflated as it was written, chunk by chunk. */
export interface DeflatedData {
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const ZIP64_FIELD = 0x0001;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;
/** 1980-01-01 00:00, what Excel writes for every part. */
const DOS_DATE_1980 = 0x0021;

interface EntryRecord {
  readonly name: Uint8Array;
  readonly data: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly flags: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly internalAttrs: number;
  readonly externalAttrs: number;
  /** The central extra field without any zip64 block (rebuilt here). */
  readonly extra: Uint8Array;
  readonly comment: Uint8Array;
}

/**
 * Builds the archive bytes.
 * @example writeZip([{ keep: original.get('xl/workbook.xml')! }, { name: 'customXml/item1.xml', data }])
 */
export function writeZip(items: ReadonlyArray<ZipItem>, comment: Uint8Array = new Uint8Array(0), codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  const records = items.map((item) => toRecord(item, codec));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const r of records) {
    const local = localHeader(r);
    centrals.push(centralHeader(r, offset));
    locals.push(local);
    offset += local.length + r.data.length;
  }
  const cdStart = offset;
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const tail = endRecords(records.length, cdStart, cdSize, comment);
  const out = new Uint8Array(cdStart + cdSize + tail.length);
  let at = 0;
  records.forEach((r, i) => {
    out.set(locals[i], at);
    at += locals[i].length;
    out.set(r.data, at);
    at += r.data.length;
  });
  for (const c of centrals) {
    out.set(c, at);
    at += c.length;
  }
  out.set(tail, at);
  return out;
}

function toRecord(item: ZipItem, codec: ZipCodec): EntryRecord {
  if ('keep' in item) {
    const e = item.keep;
    return {
      name: e.rawName,
      data: e.raw(),
      method: e.method,
      crc: e.crc32,
      size: e.size,
      flags: e.flags & ~DATA_DESCRIPTOR_FLAG,
      modTime: e.modTime,
      modDate: e.modDate,
      versionMadeBy: e.versionMadeBy,
      versionNeeded: e.versionNeeded,
      internalAttrs: e.internalAttrs,
      externalAttrs: e.externalAttrs,
      extra: withoutZip64(e.extra),
      comment: e.comment,
    };
  }
  const name = new TextEncoder().encode(item.name);
  const ascii = name.every((b) => b < 0x80);
  const deflated: DeflatedData = 'deflated' in item ? item.deflated : { data: codec.deflate(item.data), crc: codec.crc32(item.data), size: item.data.length };
  return {
    name,
    data: deflated.data,
    method: 8,
    crc: deflated.crc,
    size: deflated.size,
    flags: ascii ? 0 : UTF8_FLAG,
    modTime: 0,
    modDate: DOS_DATE_1980,
    versionMadeBy: 20,
    versionNeeded: 20,
    internalAttrs: 0,
    externalAttrs: 0,
    extra: new Uint8Array(0),
    comment: new Uint8Array(0),
  };
}

/** Drops zip64 blocks from an extra field; other blocks are kept as stored. */
function withoutZip64(extra: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra[at] | (extra[at + 1] << 8);
    const end = at + 4 + (extra[at + 2] | (extra[at + 3] << 8));
    if (end > extra.length) break;
    if (id !== ZIP64_FIELD) kept.push(extra.subarray(at, end));
    at = end;
  }
  if (kept.length === 1 && kept[0].length === extra.length) return extra;
  return concat(kept);
}

function localHeader(r: EntryRecord): Uint8Array {
  const big = r.size >= MAX32 || r.data.length >= MAX32;
  const zip64 = big ? zip64Block([r.size, r.data.length]) : new Uint8Array(0);
  const extra = concat([r.extra, zip64]);
  const b = new Writer(30 + r.name.length + extra.length);
  b.u32(0x04034b50).u16(big ? Math.max(45, r.versionNeeded) : r.versionNeeded).u16(r.flags).u16(r.method);
  b.u16(r.modTime).u16(r.modDate).u32(r.crc);
  b.u32(big ? MAX32 : r.data.length).u32(big ? MAX32 : r.size);
  b.u16(r.name.length).u16(extra.length).bytes(r.name).bytes(extra);
  return b.done();
}

function centralHeader(r: EntryRecord, offset: number): Uint8Array {
  const wide: number[] = [];
  if (r.size >= MAX32) wide.push(r.size);
  if (r.data.length >= MAX32) wide.push(r.data.length);
  if (offset >= MAX32) wide.push(offset);
  const extra = concat([r.extra, wide.length ? zip64Block(wide) : new Uint8Array(0)]);
  const b = new Writer(46 + r.name.length + extra.length + r.comment.length);
  b.u32(0x02014b50).u16(r.versionMadeBy).u16(wide.length ? Math.max(45, r.versionNeeded) : r.versionNeeded);
  b.u16(r.flags).u16(r.method).u16(r.modTime).u16(r.modDate).u32(r.crc);
  b.u32(r.data.length >= MAX32 ? MAX32 : r.data.length).u32(r.size >= MAX32 ? MAX32 : r.size);
  b.u16(r.name.length).u16(extra.length).u16(r.comment.length).u16(0).u16(r.internalAttrs).u32(r.externalAttrs);
  b.u32(offset >= MAX32 ? MAX32 : offset).bytes(r.name).bytes(extra).bytes(r.comment);
  return b.done();
}

function endRecords(count: number, cdStart: number, cdSize: number, comment: Uint8Array): Uint8Array {
  const zip64 = count >= MAX16 || cdStart >= MAX32 || cdSize >= MAX32;
  const parts: Uint8Array[] = [];
  if (zip64) {
    const eocd64 = new Writer(56);
    eocd64.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(count).u64(count).u64(cdSize).u64(cdStart);
    const locator = new Writer(20);
    locator.u32(0x07064b50).u32(0).u64(cdStart + cdSize).u32(1);
    parts.push(eocd64.done(), locator.done());
  }
  const eocd = new Writer(22 + comment.length);
  const n = Math.min(count, MAX16);
  eocd.u32(0x06054b50).u16(0).u16(0).u16(n).u16(n);
  eocd.u32(Math.min(cdSize, MAX32)).u32(Math.min(cdStart, MAX32)).u16(comment.length).bytes(comment);
  parts.push(eocd.done());
  return concat(parts);
}

function zip64Block(values: readonly number[]): Uint8Array {
  const b = new Writer(4 + values.length * 8);
  b.u16(ZIP64_FIELD).u16(values.length * 8);
  for (const v of values) b.u64(v);
  return b.done();
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Little-endian field writer over a buffer of known size. */
class Writer {
  private readonly buf: Uint8Array;
  private readonly view: DataView;
  private at = 0;

  constructor(size: number) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }

  u16(v: number): this {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
    return this;
  }

  u32(v: number): this {
    this.view.setUint32(this.at, v >>> 0, true);
    this.at += 4;
    return this;
  }

  u64(v: number): this {
    this.view.setUint32(this.at, v % 0x1_0000_0000, true);
    this.view.setUint32(this.at + 4, Math.floor(v / 0x1_0000_0000), true);
    this.at += 8;
    return this;
  }

  bytes(b: Uint8Array): this {
    this.buf.set(b, this.at);
    this.at += b.length;
    return this;
  }

  done(): Uint8Array {
    return this.buf;
  }
}

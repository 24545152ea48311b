/**
 * One entry of an archive being read: its metadata from the central directory and bounded ways
 * to get its bytes, inflated by the archive's codec. Inflating in pieces is fed in small slices
 * so that a bomb is caught after at most one slice's worth of output (deflate expands at most
 * about 1:1032); a codec that inflates whole is held to the declared size. Either way a bomb is
 * refused before it fills memory. A head (an entry's first bytes) is inflated from the first
 * compressed kilobytes only, whatever the codec, and is held to the declared size the same way.
 */
import { FFLATE_CODEC, concatBytes, inflateHead, type PullBytes, type ZipCodec } from './codec';
import { ZipError } from './zip-types';
import type { ChunkHandler, ZipEntry } from './zip-types';

/** Stored bytes handed to a consumer at a time, so its decoder never sees one huge chunk. */
const STORED_SLICE = 1024 * 1024;
/** Pieces of a whole inflated entry handed out at a time. */
const WHOLE_SLICE = 1024 * 1024;
/** Entries at least this large keep their inflated bytes for the next read (one at a time). */
const KEEP_FROM = 1024 * 1024;
/**
 * Deflated entries up to this size are inflated whole on first use and kept: a small register's
 * sheet is read four times (its dimension, its top rows, what follows its rows, its columns),
 * and inflating it four times was most of what reading 100 small workbooks cost beyond reading
 * their rows.
 */
export const SMALL_ENTRY = 2 * 1024 * 1024;
/** Small entries kept at most, in all, per archive: beyond it they are inflated at each read. */
const SMALL_BUDGET = 16 * 1024 * 1024;
/** Pieces of a kept small entry: a reader of the top rows decodes about what it parses. */
const SMALL_SLICE = 64 * 1024;

/** Everything about an entry but its data: what the central directory says. */
export type EntryFields = Omit<ZipEntry, 'raw' | 'read' | 'stream' | 'pull' | 'head'>;

/**
 * The inflated bytes of the last large entry read whole, shared by the entries of one archive: a
 * sheet is read by the probe, the column read and the patch, and is inflated once for all three.
 * Keeping pays only when the same entry is read again soon; a reader that reads each sheet once
 * more at most (a summary, a check without marks) turns it off, and the copy — 59 MB for a
 * 100,000-row sheet — is garbage as soon as its read ends instead of living to the end. Small
 * entries (up to {@link SMALL_ENTRY}) are kept apart, each by its entry, within a budget.
 */
export class InflatedSlot {
  private entry: EntryFields | null = null;
  private bytes: Uint8Array | null = null;
  private keeping: boolean;
  private readonly small = new Map<EntryFields, Uint8Array>();
  private smallBytes = 0;

  constructor(keep = true) {
    this.keeping = keep;
  }

  get(entry: EntryFields): Uint8Array | null {
    return this.small.get(entry) ?? (this.entry === entry ? this.bytes : null);
  }

  set(entry: EntryFields, bytes: Uint8Array): void {
    if (!this.keeping) return;
    this.entry = entry;
    this.bytes = bytes;
  }

  /** Whether a small entry of `size` bytes would be kept now. */
  roomForSmall(size: number): boolean {
    return this.keeping && size <= SMALL_ENTRY && this.smallBytes + size <= SMALL_BUDGET;
  }

  setSmall(entry: EntryFields, bytes: Uint8Array): void {
    if (!this.roomForSmall(bytes.length) || this.small.has(entry)) return;
    this.small.set(entry, bytes);
    this.smallBytes += bytes.length;
  }

  /** Lets the bytes go (before a check that reads other packages whole). */
  clear(): void {
    this.entry = null;
    this.bytes = null;
    this.small.clear();
    this.smallBytes = 0;
  }

  /** Whether later reads keep what they inflate; turning it off lets go of what is kept now. */
  keep(on: boolean): void {
    this.keeping = on;
    if (!on) this.clear();
  }
}

/**
 * An entry over its compressed bytes (already located and bounds-checked by the archive reader).
 * @example makeEntry(fields, data).read() // the inflated bytes, CRC checked
 */
export function makeEntry(fields: EntryFields, data: Uint8Array, codec: ZipCodec = FFLATE_CODEC, slot: InflatedSlot = new InflatedSlot()): ZipEntry {
  // Once the bytes were read to the end with a matching CRC they are known good: a sheet is
  // inflated several times (probe, columns, patch), and the CRC would cost each time again.
  let verified = false;
  const check = (): CrcCheck => (verified ? null : () => (verified = true));
  const pullFresh = (): PullBytes => {
    const whole = inflateWhole(fields, data, codec);
    if (whole) {
      const crc = check();
      if (crc) checkCrc(fields, codec.crc32(whole), crc);
      if (whole.length >= KEEP_FROM) slot.set(fields, whole);
      return slices(whole, WHOLE_SLICE, () => undefined);
    }
    return pullDeflated(fields, data, codec, check());
  };
  // A small entry that cannot be inflated whole (damaged, cut short, lying about its size) is
  // read the long way from then on, which reports the damage where it is, as before; one that
  // was kept and let go (a release, keeping turned off and on) is kept again on its next read.
  let wholeFailed = false;
  const keptSmall = (): Uint8Array | null => {
    if (wholeFailed || fields.method !== 8 || !slot.roomForSmall(fields.size)) return null;
    const whole = smallWhole();
    if (whole) slot.setSmall(fields, whole);
    else wholeFailed = true;
    return whole;
  };
  // The codec's own buffer when it inflates whole (a copy would double what 100 small workbooks
  // allocate: each sheet's half megabyte twice), else the pieces gathered; null when either fails.
  const smallWhole = (): Uint8Array | null => {
    let whole: Uint8Array | null;
    try {
      whole = inflateWhole(fields, data, codec);
      const crc = whole && check();
      if (whole && crc) checkCrc(fields, codec.crc32(whole), crc);
    } catch {
      return null;
    }
    return whole ?? gather(fields.size, () => pullDeflated(fields, data, codec, check()));
  };
  const pull = (): PullBytes => {
    checkReadable(fields);
    if (fields.method === 0) {
      const crc = check();
      return slices(data, STORED_SLICE, () => crc && checkCrc(fields, codec.crc32(data), crc));
    }
    const kept = slot.get(fields) ?? keptSmall();
    if (kept) return slices(kept, kept.length <= SMALL_ENTRY ? SMALL_SLICE : WHOLE_SLICE, () => undefined);
    return pullFresh();
  };
  const stream = (onChunk: ChunkHandler): void => {
    const next = pull();
    for (let chunk = next(); chunk !== null; chunk = next()) if (onChunk(chunk) === false) return;
  };
  const head = (maxBytes: number): Uint8Array => {
    checkReadable(fields);
    const wanted = Math.max(0, Math.min(maxBytes, fields.size));
    if (fields.method === 0) return data.subarray(0, wanted);
    const kept = slot.get(fields) ?? keptSmall();
    if (kept) return kept.subarray(0, wanted);
    return headOfDeflated(fields, data, wanted);
  };
  return {
    ...fields,
    raw: () => data,
    pull,
    stream,
    head,
    read: () => {
      const out = new Uint8Array(fields.size);
      let at = 0;
      stream((chunk) => {
        out.set(chunk, at);
        at += chunk.length;
      });
      return out;
    },
  };
}

/** Called after a whole read whose CRC matched; null when the entry is already known good. */
type CrcCheck = (() => void) | null;

/** All of an entry's `size` bytes, checked as any whole read checks them; null when that fails. */
function gather(size: number, pull: () => PullBytes): Uint8Array | null {
  const out = new Uint8Array(size);
  let at = 0;
  try {
    const next = pull();
    // Pieces are copied: the source may write the next one into the same memory.
    for (let chunk = next(); chunk !== null; chunk = next()) {
      out.set(chunk, at);
      at += chunk.length;
    }
  } catch {
    return null;
  }
  return at === size ? out : null;
}

function slices(bytes: Uint8Array, size: number, atEnd: () => void): PullBytes {
  let at = 0;
  let done = false;
  return () => {
    if (at < bytes.length) {
      const chunk = bytes.subarray(at, Math.min(at + size, bytes.length));
      at += chunk.length;
      return chunk;
    }
    if (!done) {
      done = true;
      atEnd();
    }
    return null;
  };
}

function inflateWhole(fields: EntryFields, data: Uint8Array, codec: ZipCodec): Uint8Array | null {
  let whole: Uint8Array | null;
  try {
    whole = codec.inflateWhole(data, fields.size);
  } catch (e) {
    throw damaged(fields, e);
  }
  if (whole && whole.length !== fields.size) throw new ZipError('badEntry', `inflated ${whole.length} bytes, declared ${fields.size}`, fields.name);
  return whole;
}

/**
 * The first `wanted` bytes of a deflated entry, inflated slice by slice from the start. Past what
 * it reads nothing is checked (no CRC: the entry was not read to its end), but what it reads is:
 * damaged data, more bytes than declared (a bomb is refused within one slice's output) and a
 * stream ending short of its declared size.
 */
function headOfDeflated(fields: EntryFields, data: Uint8Array, wanted: number): Uint8Array {
  let head: ReturnType<typeof inflateHead>;
  try {
    // One byte past the declared size is enough to see a lie about it.
    head = inflateHead(data, wanted + 1);
  } catch (e) {
    throw damaged(fields, e);
  }
  if (head.size > fields.size) throw new ZipError('tooLarge', 'entry inflates to more than it declares', fields.name);
  if (head.ended && head.size !== fields.size) throw new ZipError('badEntry', `inflated ${head.size} bytes, declared ${fields.size}`, fields.name);
  const bytes = concatBytes(head.chunks);
  // A copy, so the caller does not hold the rest of a slice's output (up to a megabyte).
  return bytes.length > wanted ? bytes.slice(0, wanted) : bytes;
}

function pullDeflated(fields: EntryFields, data: Uint8Array, codec: ZipCodec, verified: CrcCheck): PullBytes {
  const next = codec.inflatePieces(data, fields.size);
  let produced = 0;
  let crc = 0;
  let done = false;
  return () => {
    if (done) return null;
    let chunk: Uint8Array | null;
    try {
      chunk = next();
    } catch (e) {
      throw damaged(fields, e);
    }
    if (chunk === null) {
      done = true;
      if (produced !== fields.size) throw new ZipError('badEntry', `inflated ${produced} bytes, declared ${fields.size}`, fields.name);
      if (verified) checkCrc(fields, crc, verified);
      return null;
    }
    produced += chunk.length;
    if (produced > fields.size) throw new ZipError('tooLarge', 'entry inflates to more than it declares', fields.name);
    if (verified) crc = codec.crc32(chunk, crc);
    return chunk;
  };
}

function damaged(fields: EntryFields, e: unknown): ZipError {
  // A codec's refusal names no entry: this one is it.
  if (e instanceof ZipError) return e.entry === undefined ? new ZipError(e.code, e.message, fields.name) : e;
  const detail = e instanceof Error ? e.message : String(e);
  return new ZipError('badEntry', `damaged compressed data: ${detail}`, fields.name);
}

function checkReadable(fields: EntryFields): void {
  if (fields.flags & 1) throw new ZipError('unsupported', 'entry is encrypted', fields.name);
  if (fields.method !== 0 && fields.method !== 8) {
    throw new ZipError('unsupported', `compression method ${fields.method}`, fields.name);
  }
}

function checkCrc(fields: EntryFields, actual: number, verified: () => void): void {
  if (actual !== fields.crc32) throw new ZipError('badEntry', 'CRC-32 does not match', fields.name);
  verified();
}

/**
 * One entry of an archive being read: its metadata from the central directory and bounded ways
 * to get its bytes, inflated by the archive's codec. Inflating in pieces is fed in small slices
 * so that a bomb is caught after at most one slice's worth of output (deflate expands at most
 * about 1:1032); a codec that inflates whole is held to the declared size. Either way a bomb is
 * refused before it fills memory.
 */
import { FFLATE_CODEC, type PullBytes, type ZipCodec } from './codec';
import { ZipError } from './zip-types';
import type { ChunkHandler, ZipEntry } from './zip-types';

/** Stored bytes handed to a consumer at a time, so its decoder never sees one huge chunk. */
const STORED_SLICE = 1024 * 1024;
/** Pieces of a whole inflated entry handed out at a time. */
const WHOLE_SLICE = 1024 * 1024;
/** Entries at least this large keep their inflated bytes for the next read (one at a time). */
const KEEP_FROM = 1024 * 1024;

/** Everything about an entry but its data: what the central directory says. */
export type EntryFields = Omit<ZipEntry, 'raw' | 'read' | 'stream' | 'pull'>;

/**
 * The inflated bytes of the last large entry read whole, shared by the entries of one archive: a
 * sheet is read by the probe, the column read and the patch, and is inflated once for all three.
 */
export class InflatedSlot {
  private entry: EntryFields | null = null;
  private bytes: Uint8Array | null = null;

  get(entry: EntryFields): Uint8Array | null {
    return this.entry === entry ? this.bytes : null;
  }

  set(entry: EntryFields, bytes: Uint8Array): void {
    this.entry = entry;
    this.bytes = bytes;
  }

  /** Lets the bytes go (before a check that reads other packages whole). */
  clear(): void {
    this.entry = null;
    this.bytes = null;
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
  const pull = (): PullBytes => {
    checkReadable(fields);
    const check = verified ? null : () => (verified = true);
    if (fields.method === 0) return slices(data, STORED_SLICE, () => check && checkCrc(fields, codec.crc32(data), check));
    const kept = slot.get(fields);
    if (kept) return slices(kept, WHOLE_SLICE, () => undefined);
    const whole = inflateWhole(fields, data, codec);
    if (whole) {
      if (check) checkCrc(fields, codec.crc32(whole), check);
      if (whole.length >= KEEP_FROM) slot.set(fields, whole);
      return slices(whole, WHOLE_SLICE, () => undefined);
    }
    return pullDeflated(fields, data, codec, check);
  };
  const stream = (onChunk: ChunkHandler): void => {
    const next = pull();
    for (let chunk = next(); chunk !== null; chunk = next()) if (onChunk(chunk) === false) return;
  };
  return {
    ...fields,
    raw: () => data,
    pull,
    stream,
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

function pullDeflated(fields: EntryFields, data: Uint8Array, codec: ZipCodec, verified: CrcCheck): PullBytes {
  const next = codec.inflatePieces(data);
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
  if (e instanceof ZipError) return e;
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

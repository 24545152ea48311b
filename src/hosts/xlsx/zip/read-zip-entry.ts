/**
 * One entry of an archive being read: its metadata from the central directory and bounded ways
 * to get its bytes. Inflation is fed in small slices so that a bomb is caught after at most one
 * slice's worth of output (deflate expands at most about 1:1032), never after it filled memory.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { ZipError } from './zip-types';
import type { ChunkHandler, ZipEntry } from './zip-types';

/** Compressed bytes fed to the inflater at a time: at most ~33 MB of output per slice. */
const SLICE = 32 * 1024;
/** Stored bytes handed to a consumer at a time, so its decoder never sees one huge chunk. */
const STORED_SLICE = 1024 * 1024;

/** Everything about an entry but its data: what the central directory says. */
export type EntryFields = Omit<ZipEntry, 'raw' | 'read' | 'stream'>;

/** Thrown inside the inflater's callback to abandon the rest of an entry. */
const STOP = Symbol('stop');

/**
 * An entry over its compressed bytes (already located and bounds-checked by the archive reader).
 * @example makeEntry(fields, data).read() // the inflated bytes, CRC checked
 */
export function makeEntry(fields: EntryFields, data: Uint8Array): ZipEntry {
  // Once the bytes were read to the end with a matching CRC they are known good: a sheet is
  // inflated several times (probe, columns, patch), and the CRC would cost each time again.
  let verified = false;
  const stream = (onChunk: ChunkHandler): void => {
    checkReadable(fields);
    const check = verified ? null : () => (verified = true);
    if (fields.method === 0) streamStored(fields, data, onChunk, check);
    else streamDeflated(fields, data, onChunk, check);
  };
  return {
    ...fields,
    raw: () => data,
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

function streamStored(fields: EntryFields, data: Uint8Array, onChunk: ChunkHandler, verified: CrcCheck): void {
  // The archive reader checked that a stored entry's two declared sizes agree.
  let crc = 0;
  for (let at = 0; at < data.length; at += STORED_SLICE) {
    const chunk = data.subarray(at, Math.min(at + STORED_SLICE, data.length));
    if (verified) crc = crc32(chunk, crc);
    if (onChunk(chunk) === false) return;
  }
  if (verified) checkCrc(fields, crc, verified);
}

function streamDeflated(fields: EntryFields, data: Uint8Array, onChunk: ChunkHandler, verified: CrcCheck): void {
  let produced = 0;
  let crc = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length === 0) return;
    produced += chunk.length;
    if (produced > fields.size) throw new ZipError('tooLarge', 'entry inflates to more than it declares', fields.name);
    if (verified) crc = crc32(chunk, crc);
    if (onChunk(chunk) === false) throw STOP;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += SLICE) {
      const end = Math.min(at + SLICE, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (e) {
    if (e === STOP) return;
    if (e instanceof ZipError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new ZipError('badEntry', `damaged compressed data: ${detail}`, fields.name);
  }
  if (produced !== fields.size) {
    throw new ZipError('badEntry', `inflated ${produced} bytes, declared ${fields.size}`, fields.name);
  }
  if (verified) checkCrc(fields, crc, verified);
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

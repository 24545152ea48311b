/**
 * Node's native zlib inflating one entry in bounded pieces on the calling thread. Node's public
 * API offers one call for the whole entry — the 59 MB of a 100,000-row sheet held at once, and
 * held again by every reader that runs while the first copy lives — or a stream whose pieces
 * arrive later, from the thread pool, which the synchronous readers cannot wait for. fflate
 * inflates in pieces but takes 0.9–1.6 s for that sheet; native zlib takes about 0.09 s.
 *
 * So this drives the zlib handle of a raw-inflate stream as Node's own `inflateRawSync` drives it
 * (`writeSync` on the handle, the counts left in `_writeState`), one output piece per call. The
 * handle is not public API: it is looked for and then tried once on a small stream, truncated
 * and whole, before it is trusted; when it is missing or answers wrong, {@link nativeInflater}
 * answers null and the caller inflates another way.
 */
import { types } from 'node:util';
import * as zlib from 'node:zlib';
import type { PullBytes } from '../hosts/xlsx/zip/codec';

/** Output bytes per piece: what the readers handle at a time anyway. */
const PIECE = 1024 * 1024;

/** The part of Node's zlib handle its own synchronous inflate uses. */
interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, out: Uint8Array, outOffset: number, outLength: number): void;
  onerror: (message: string, errno: number, code: string) => void;
}

export interface HandleStream {
  readonly handle: ZlibHandle;
  /** After each write: output space left, input bytes left. */
  readonly state: Uint32Array;
  close(): void;
}

/** The handle of a new raw-inflate stream, or null when this Node keeps it elsewhere. */
export function openHandle(): HandleStream | null {
  const stream = zlib.createInflateRaw();
  const inner = stream as unknown as { _handle?: Partial<ZlibHandle>; _writeState?: unknown };
  const handle = inner._handle;
  const state = inner._writeState;
  if (!handle || typeof handle.writeSync !== 'function' || !types.isUint32Array(state) || state.length < 2) {
    stream.close();
    return null;
  }
  return { handle: handle as ZlibHandle, state, close: () => stream.close() };
}

/**
 * Inflates raw-deflate `data` a piece at a time; throws on damaged or truncated data.
 * @example const next = inflateInPieces(entryBytes); for (let p = next(); p; p = next()) scan(p)
 */
function inflateInPieces(data: Uint8Array, pieceSize: number, open: () => HandleStream | null): PullBytes {
  const opened = open();
  if (!opened) throw new Error('zlib handle unavailable');
  const { handle, state } = opened;
  let failure: string | null = null;
  // Replaces the stream's own handler, which would destroy the stream and emit 'error' later.
  handle.onerror = (message) => (failure = message);
  let at = 0;
  let ended = false;
  // One output buffer for the whole entry, written again at every pull (PullBytes allows it):
  // a fresh megabyte per piece would be garbage outside V8's heap, which its collector only
  // counts up to some 64 MB before it runs — that much more memory at every read of a sheet.
  let out: Buffer | null = null;
  const finish = (): void => {
    ended = true;
    opened.close();
  };
  return () => {
    if (ended) return null;
    out ??= Buffer.allocUnsafe(pieceSize);
    // Z_FINISH with all the input: zlib stops when the piece is full and reports input that ends
    // before the stream does ("unexpected end of file") instead of waiting for more.
    handle.writeSync(zlib.constants.Z_FINISH, data, at, data.length - at, out, 0, pieceSize);
    if (failure !== null) {
      finish();
      throw new Error(failure);
    }
    const spaceLeft = state[0];
    at = data.length - state[1];
    // Space left in the piece with no error means the stream ended.
    if (spaceLeft > 0) finish();
    const produced = pieceSize - spaceLeft;
    if (produced === 0) return null;
    return new Uint8Array(out.buffer, out.byteOffset, produced);
  };
}

/** Whether handles from `open` inflate a known stream right, whole and cut short. */
function handlesWork(open: () => HandleStream | null): boolean {
  try {
    const sample = Buffer.from(Array.from({ length: 4000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 10007}</v></c></row>`).join(''));
    const packed = zlib.deflateRawSync(sample);
    const pieces: Uint8Array[] = [];
    const next = inflateInPieces(packed, 4096, open);
    for (let p = next(); p !== null; p = next()) pieces.push(p.slice());
    if (!Buffer.concat(pieces).equals(sample) || pieces.length < 2) return false;
    const short = inflateInPieces(packed.subarray(0, packed.length >> 1), 4096, open);
    try {
      while (short() !== null);
      return false;
    } catch {
      return true;
    }
  } catch {
    return false;
  }
}

/**
 * A piecewise inflater over handles from `open` (pieces of `pieceSize` bytes at most), or null
 * when they do not inflate a known stream right.
 * @example pieceInflater(openHandle, 4096)?.(data)() // the first 4 KB inflated
 */
export function pieceInflater(open: () => HandleStream | null = openHandle, pieceSize = PIECE): PieceInflater | null {
  // A part declared smaller than a piece gets a buffer its size (and a byte, so one call sees
  // the end): the dozen small parts of a package would otherwise cost a megabyte each.
  const bufferFor = (size?: number): number => (size === undefined ? pieceSize : Math.min(pieceSize, Math.max(size + 1, 64)));
  return handlesWork(open) ? (data, size) => inflateInPieces(data, bufferFor(size), open) : null;
}

/** Inflates `data` in pieces; `size`, the declared size, only bounds the buffer they come in. */
export type PieceInflater = (data: Uint8Array, size?: number) => PullBytes;

let native: PieceInflater | null | undefined;

/**
 * The piecewise native inflater, or null when this Node's zlib handle cannot be driven so (asked
 * once per process).
 * @example const inflate = nativeInflater(); const next = inflate ? inflate(data) : FFLATE_CODEC.inflatePieces(data)
 */
export function nativeInflater(): PieceInflater | null {
  if (native === undefined) native = pieceInflater();
  return native;
}

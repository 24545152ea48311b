/**
 * The compression a package is read and written with, pluggable so that the package code stays
 * free of Node APIs: the default is fflate (pure JavaScript, runs in the web page's worker); the
 * command line hands in Node's native zlib (src/cli/node-codec.ts), several times faster and able
 * to deflate on the thread pool while the main thread patches the next rows.
 */
import { Deflate, Inflate, deflateSync } from 'fflate';
import { crc32 as jsCrc32 } from './crc32';

/**
 * Pulls the next piece of output; null at the end. A piece is the caller's until it pulls again
 * from the same source: the source may then write the next piece into the same memory (the
 * command line's inflater does, so a 59 MB sheet costs one megabyte, not 59 left for the
 * collector). What is kept across pulls is copied.
 */
export type PullBytes = () => Uint8Array | null;

/** A raw-deflate stream fed in order; pieces may be compressed on other threads. */
export interface RawDeflater {
  /**
   * Queues `piece`, which the deflater reads until it calls `release` (at once, or later from
   * another thread's completion): only then may the caller write into that memory again.
   */
  push(piece: Uint8Array, release?: () => void): void;
  /** Bytes pushed and not yet compressed: a producer waits on {@link drain} when this grows. */
  readonly pending: number;
  drain(): Promise<void>;
  /** Ends the stream; the compressed bytes of every piece, in order. */
  finish(): Promise<Uint8Array>;
}

export interface ZipCodec {
  /**
   * The whole inflated entry at once when the codec inflates natively in one call (then it can
   * be kept for the next read), else null and {@link inflatePieces} is used. Throws on damaged
   * data or when the output would exceed `size`.
   */
  inflateWhole(data: Uint8Array, size: number): Uint8Array | null;
  /**
   * Inflates in pieces, each bounded; throws on damaged data. `size` is the entry's declared
   * size, a hint for the size of the pieces only: the caller checks the total.
   */
  inflatePieces(data: Uint8Array, size?: number): PullBytes;
  /** Small parts (styles, logs): deflated in one call. */
  deflate(data: Uint8Array): Uint8Array;
  deflater(): RawDeflater;
  crc32(data: Uint8Array, seed?: number): number;
}

/** Compressed bytes fed to fflate's inflater at a time: at most ~33 MB of output per slice. */
const SLICE = 32 * 1024;

/**
 * Compressed bytes fed at a time when only an entry's first bytes are wanted: one slice inflates
 * to at most about 1 MB (deflate's 1:1032), and a `<dimension>` near the top needs one or two.
 */
const HEAD_SLICE = 1024;

/**
 * The start of a raw-deflate stream: at least `wanted` inflated bytes (fewer only when the stream
 * ends first), inflating no further than needed, so a damaged tail is never reached; at most one
 * slice's output beyond `wanted`, for the caller to hold against the declared size. Throws on
 * damaged data before that point. Whatever the codec, this is fflate: a head is a few kilobytes,
 * and a streaming inflater stops where it is told, which one native call cannot.
 * @example inflateHead(entry.raw(), 64 * 1024) // { chunks: [...], size: 65536 or a little more, ended: false }
 */
export function inflateHead(data: Uint8Array, wanted: number): { chunks: Uint8Array[]; size: number; ended: boolean } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length === 0) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  let at = 0;
  while (size < wanted && at < data.length) {
    const end = Math.min(at + HEAD_SLICE, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
    at = end;
  }
  return { chunks, size, ended: at === data.length };
}

/**
 * fflate: every entry inflated in bounded pieces, deflated at level 6 on the calling thread.
 * @example readZip(bytes, {}, FFLATE_CODEC)
 */
export const FFLATE_CODEC: ZipCodec = {
  inflateWhole: () => null,
  inflatePieces(data) {
    const queue: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      if (chunk.length > 0) queue.push(chunk);
    });
    let at = 0;
    let ended = false;
    return () => {
      while (queue.length === 0 && !ended) {
        const end = Math.min(at + SLICE, data.length);
        ended = end === data.length;
        inflater.push(data.subarray(at, end), ended);
        at = end;
      }
      return queue.shift() ?? null;
    };
  },
  deflate: (data) => deflateSync(data, { level: 6 }),
  deflater(): RawDeflater {
    const out: Uint8Array[] = [];
    const deflate = new Deflate({ level: 6 }, (chunk) => void out.push(chunk));
    return {
      push: (piece, release) => {
        // fflate copies what it is pushed into its own window before it returns.
        deflate.push(piece);
        release?.();
      },
      pending: 0,
      drain: () => Promise.resolve(),
      finish: () => {
        deflate.push(new Uint8Array(0), true);
        return Promise.resolve(concatBytes(out));
      },
    };
  },
  crc32: jsCrc32,
};

/**
 * Joins byte arrays (one copy).
 * @example concatBytes([new Uint8Array([1]), new Uint8Array([2, 3])]) // Uint8Array [1, 2, 3]
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

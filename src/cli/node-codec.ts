/**
 * Node's native zlib as the package codec of the command line: inflating a sheet in one call
 * is several times faster than fflate, and deflating runs on the libuv thread pool, so the
 * second core compresses one run of rows while the main thread patches the next. Raw-deflate
 * pieces flushed with Z_SYNC_FLUSH and a last one with Z_FINISH concatenate into one valid stream.
 */
import * as zlib from 'node:zlib';
import { FFLATE_CODEC, concatBytes, type RawDeflater, type ZipCodec } from '../hosts/xlsx/zip/codec';
import { nativeInflater } from './native-inflate';
import { SMALL_ENTRY } from '../hosts/xlsx/zip/read-zip-entry';
import { ZipError } from '../hosts/xlsx/zip/zip-types';

/**
 * Entries up to this size are inflated in one native call (and kept for the next read) when the
 * piecewise native inflater is not available, and small ones (SMALL_ENTRY) always; larger ones —
 * a sheet of a million rows — are inflated in bounded pieces, so memory stays flat.
 */
const WHOLE_LIMIT = 192 * 1024 * 1024;

function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function deflatePiece(piece: Uint8Array, flush: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zlib.deflateRaw(piece, { level: zlib.constants.Z_DEFAULT_COMPRESSION, finishFlush: flush }, (error, out) => (error ? reject(error) : resolve(asBytes(out))));
  });
}

function nodeDeflater(): RawDeflater {
  const jobs: Array<Promise<Uint8Array>> = [];
  let pending = 0;
  let oldest = 0;
  return {
    push(piece, release) {
      pending += piece.length;
      const job = deflatePiece(piece, zlib.constants.Z_SYNC_FLUSH).finally(() => {
        pending -= piece.length;
        release?.();
      });
      // A failure surfaces in finish(); until then it must not count as unhandled.
      job.catch(() => undefined);
      jobs.push(job);
    },
    get pending() {
      return pending;
    },
    async drain() {
      if (oldest < jobs.length) await jobs[oldest++];
    },
    async finish() {
      jobs.push(deflatePiece(new Uint8Array(0), zlib.constants.Z_FINISH));
      return concatBytes(await Promise.all(jobs));
    },
  };
}

/**
 * @example XlsxEditingHost.open(bytes, { codec: NODE_CODEC })
 */
/**
 * One native call for a whole entry, held to its declared size: the command line's inflate when
 * the piecewise one is not available.
 * @example inflateWholeNative(entry.raw(), entry.size).length === entry.size
 */
export function inflateWholeNative(data: Uint8Array, size: number): Uint8Array {
  // maxOutputLength makes a part that inflates past its declared size fail, not fill memory;
  // one output buffer of the declared size spares zlib thousands of 16 KB pieces to join. One
  // byte more than the size: an output buffer filled exactly makes zlib allocate a second one
  // of the same size before it sees the end (59 MB more, for a 100,000-row sheet).
  try {
    return asBytes(zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) }));
  } catch (e) {
    // The same refusal as when the pieces run past the size: a lie about it, not damage.
    if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError('tooLarge', 'entry inflates to more than it declares');
    throw e;
  }
}

export const NODE_CODEC: ZipCodec = {
  inflateWhole(data, size) {
    // Every read of a large entry streams when it can: a sheet is never held whole beside what
    // reads it, so the peak stays near what one read of it costs (the second and later reads
    // inflate again, at about 0.09 s each for a 100,000-row sheet). A small one is kept whole
    // for its next read anyway: one call fills the very buffer kept, where pieces were copied
    // into it (half a megabyte for each of 100 small workbooks' sheets).
    if (size > WHOLE_LIMIT || (size > SMALL_ENTRY && nativeInflater() !== null)) return null;
    return inflateWholeNative(data, size);
  },
  inflatePieces: (data, size) => (nativeInflater() ?? FFLATE_CODEC.inflatePieces)(data, size),
  deflate: (data) => asBytes(zlib.deflateRawSync(data, { level: zlib.constants.Z_DEFAULT_COMPRESSION })),
  deflater: nodeDeflater,
  crc32: (data, seed = 0) => zlib.crc32(data, seed),
};

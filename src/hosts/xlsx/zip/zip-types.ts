/**
 * The shape of a zip archive as the .xlsx host reads it: entries with their raw metadata, so a
 * patcher can copy an untouched entry byte-for-byte, and bounded ways to inflate one.
 * A package is untrusted input: every size it declares is checked against {@link ZipLimits}.
 */
import type { PullBytes, ZipCodec } from './codec';

/** Bounds on what reading an archive may cost. Sizes in bytes. */
export interface ZipLimits {
  /** Most bytes one entry may inflate to. */
  readonly maxEntrySize: number;
  /** Most bytes all entries together may declare. */
  readonly maxTotalSize: number;
  /** Most entries in the central directory. */
  readonly maxEntries: number;
  /** Highest inflated/compressed ratio allowed for an entry larger than `ratioGraceSize`. */
  readonly maxRatio: number;
  /** Entries up to this inflated size are exempt from the ratio check (tiny parts compress well). */
  readonly ratioGraceSize: number;
}

const MIB = 1024 * 1024;

/**
 * Generous for a real register (a 1,000,000-row sheet is about 700 MB of XML), small enough that
 * a zip bomb is refused before it is inflated. Deflate tops out near 1:1032, so the ratio bound
 * only bites for entries beyond the grace size.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntrySize: 2 * 1024 * MIB - 1,
  maxTotalSize: 2 * 1024 * MIB,
  maxEntries: 100_000,
  maxRatio: 500,
  ratioGraceSize: 10 * MIB,
};

export type ZipErrorCode = 'notZip' | 'truncated' | 'tooLarge' | 'badEntry' | 'unsupported';

/** A zip that cannot be read (or an entry that cannot be inflated), with a stable code. */
export class ZipError extends Error {
  readonly code: ZipErrorCode;
  /** The entry concerned, when the problem is one entry's. */
  readonly entry?: string;

  constructor(code: ZipErrorCode, message: string, entry?: string) {
    super(entry === undefined ? message : `${message} (${entry})`);
    this.name = 'ZipError';
    this.code = code;
    this.entry = entry;
  }
}

/**
 * What a chunk handler answers: `false` stops the inflation early (nothing after is read). The
 * chunk is the handler's only during the call (the next may be written over it): it copies what
 * it keeps.
 */
export type ChunkHandler = (chunk: Uint8Array) => void | boolean;

export interface ZipEntry {
  /** Decoded (UTF-8 flag, Info-ZIP Unicode Path, or a UTF-8/GBK/CP437 fallback). Never a file path. */
  readonly name: string;
  /** The name's bytes exactly as stored in the central directory. */
  readonly rawName: Uint8Array;
  /** 0 stored, 8 deflate; reading any other method throws a ZipError 'unsupported'. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly flags: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly internalAttrs: number;
  readonly externalAttrs: number;
  /** Central-directory extra field, as stored. */
  readonly extra: Uint8Array;
  readonly comment: Uint8Array;
  /** Offset of the entry's local header in the archive. */
  readonly localHeaderOffset: number;
  /** The compressed bytes exactly as stored (for a byte-for-byte copy). */
  raw(): Uint8Array;
  /** The inflated bytes, bounded by the declared size and the limits; CRC checked. */
  read(): Uint8Array;
  /**
   * Inflates in chunks (huge sheets) without holding the whole entry. A handler returning
   * `false` stops early; the CRC is checked only when the entry was read to its end.
   */
  stream(onChunk: ChunkHandler): void;
  /**
   * Inflates piece by piece as the caller asks (a patch that waits for its deflater between
   * pieces); the size and CRC are checked when the last piece has been pulled.
   */
  pull(): PullBytes;
  /**
   * The first `maxBytes` inflated bytes (all of them when the entry is shorter), inflating no
   * further: reading `<dimension>` near a sheet's top costs a few kilobytes, never the sheet.
   * Neither checks the CRC nor keeps anything for the next read; refuses a bomb as
   * {@link stream} does.
   */
  head(maxBytes: number): Uint8Array;
}

export interface ZipArchive {
  /** In central-directory order. */
  readonly entries: readonly ZipEntry[];
  /**
   * The entry of that name: exact match first, then the same name compared as OOXML part names
   * are (case-insensitive, `\` read as `/`, a leading `/` dropped).
   */
  get(name: string): ZipEntry | undefined;
  /** The archive comment, as stored. */
  readonly comment: Uint8Array;
  /** What its entries inflate with; a patch of this archive deflates with it too. */
  readonly codec: ZipCodec;
  /** Lets go of inflated bytes kept for the next read. */
  release(): void;
  /**
   * Whether a large entry read whole keeps its inflated bytes for the next read (the default:
   * `mark` reads a sheet three times). A reader that reads each sheet at most once more turns it
   * off; off also lets go of what is kept now.
   */
  keepInflated(keep: boolean): void;
}

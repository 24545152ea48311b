/** Finds the central directory through the end-of-central-directory record (zip64 too). */
import { readUint64 } from './read-zip-fields';
import { ZipError } from './zip-types';

const EOCD_SIG = 0x06054b50;
const EOCD64_SIG = 0x06064b50;
const LOCATOR64_SIG = 0x07064b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface CentralDirectory {
  readonly offset: number;
  /** Where the directory must end (the start of the records that follow it). */
  readonly end: number;
  readonly count: number;
  /** Bytes prepended to the archive (a self-extractor stub): added to every stored offset. */
  readonly shift: number;
  readonly commentStart: number;
  readonly commentEnd: number;
}

/**
 * Locates the central directory. A file that starts like a zip but has no end record was cut
 * short ('truncated'); anything else is 'notZip'.
 * @example findCentralDirectory(bytes, viewOf(bytes)).count // number of entries
 */
export function findCentralDirectory(bytes: Uint8Array, view: DataView): CentralDirectory {
  const eocd = findEndRecord(bytes, view);
  if (eocd < 0) {
    const looksZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
    throw new ZipError(looksZip ? 'truncated' : 'notZip', looksZip ? 'no end of central directory' : 'not a zip archive');
  }
  const commentEnd = eocd + EOCD_SIZE + view.getUint16(eocd + 20, true);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  let end = eocd;
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === LOCATOR64_SIG) {
    const at = readUint64(view, locator + 8);
    if (at === null || at + 56 > locator || view.getUint32(at, true) !== EOCD64_SIG) {
      throw new ZipError('badEntry', 'zip64 end record missing');
    }
    count = readUint64(view, at + 32) ?? Infinity;
    size = readUint64(view, at + 40) ?? Infinity;
    offset = readUint64(view, at + 48) ?? Infinity;
    end = at;
  } else if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw new ZipError('unsupported', 'split (multi-disk) archive');
  }
  if (!Number.isFinite(count) || size > end) throw new ZipError('truncated', 'central directory size beyond the file');
  const comment = { commentStart: eocd + EOCD_SIZE, commentEnd };
  if (count === 0) return { offset: end, end, count, shift: 0, ...comment };
  let shift = 0;
  if (offset + size > end || !hasCentralSig(view, offset, end)) {
    shift = end - size - offset;
    if (shift < 0 || !hasCentralSig(view, offset + shift, end)) {
      throw new ZipError('truncated', 'central directory not where the end record says');
    }
  }
  return { offset: offset + shift, end, count, shift, ...comment };
}

function hasCentralSig(view: DataView, at: number, end: number): boolean {
  return at + 4 <= end && view.getUint32(at, true) === CENTRAL_SIG;
}

/** The last end record whose comment length fits the file, searched from the end. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] !== 0x50 || view.getUint32(at, true) !== EOCD_SIG) continue;
    if (at + EOCD_SIZE + view.getUint16(at + 20, true) <= bytes.length) return at;
  }
  return -1;
}

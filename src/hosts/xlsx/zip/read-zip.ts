/**
 * Reads a zip archive from bytes (no Node API: it runs in a browser too). Only the central
 * directory is parsed up front; entries inflate on demand. Every size, count and offset the
 * archive declares is checked before it is trusted, zip64 included.
 */
import { decodeEntryName } from './read-zip-names';
import { findExtraField, readUint64, viewOf } from './read-zip-fields';
import { InflatedSlot, makeEntry } from './read-zip-entry';
import { FFLATE_CODEC, type ZipCodec } from './codec';
import type { EntryFields } from './read-zip-entry';
import { DEFAULT_ZIP_LIMITS, ZipError } from './zip-types';
import type { ZipArchive, ZipEntry, ZipLimits } from './zip-types';
import { findCentralDirectory } from './read-zip-directory';

export { ZipError, DEFAULT_ZIP_LIMITS } from './zip-types';
export type { ZipArchive, ZipEntry, ZipLimits, ZipErrorCode, ChunkHandler } from './zip-types';
export { crc32 } from './crc32';

const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_FIELD = 0x0001;

/**
 * The key under which OOXML compares part names: case-insensitive, `\` read as `/`, no leading `/`.
 * @example partKey('/XL\\Worksheets\\Sheet1.xml') // 'xl/worksheets/sheet1.xml'
 */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

export interface ReadZipOptions {
  /** Keep the last large entry read whole for the next read (default true); see {@link ZipArchive.keepInflated}. */
  readonly keepInflated?: boolean;
}

/**
 * Opens an archive. Throws a {@link ZipError}: 'notZip', 'truncated', 'tooLarge' (limits,
 * bombs), 'badEntry' (inconsistent or overlapping entries) or 'unsupported' (split archives).
 * @example readZip(bytes).get('xl/workbook.xml')?.read()
 */
export function readZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}, codec: ZipCodec = FFLATE_CODEC, options: ReadZipOptions = {}): ZipArchive {
  const slot = new InflatedSlot(options.keepInflated ?? true);
  const bounds: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const view = viewOf(bytes);
  const dir = findCentralDirectory(bytes, view);
  if (dir.count > bounds.maxEntries) throw new ZipError('tooLarge', `${dir.count} entries`);
  const entries: ZipEntry[] = [];
  const spans: Array<readonly [number, number]> = [];
  let total = 0;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > dir.end || view.getUint32(at, true) !== CENTRAL_SIG) {
      throw new ZipError('truncated', 'central directory ends early');
    }
    const next = at + 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > dir.end) throw new ZipError('truncated', 'central directory record runs past its end');
    const fields = readCentralRecord(bytes, view, at);
    at = next;
    checkSizes(fields, bounds);
    total += fields.size;
    if (total > bounds.maxTotalSize) throw new ZipError('tooLarge', `entries declare more than ${bounds.maxTotalSize} bytes`);
    const [start, end] = locateData(bytes, view, fields, dir.shift);
    spans.push([fields.localHeaderOffset + dir.shift, end]);
    entries.push(makeEntry(fields, bytes.subarray(start, end), codec, slot));
  }
  checkNoOverlap(spans);
  return archiveOf(entries, bytes.subarray(dir.commentStart, dir.commentEnd), codec, () => slot.clear(), (keep) => slot.keep(keep));
}

function readCentralRecord(bytes: Uint8Array, view: DataView, at: number): EntryFields {
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const nameStart = at + 46;
  const rawName = bytes.subarray(nameStart, nameStart + nameLength);
  const extra = bytes.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
  const comment = bytes.subarray(nameStart + nameLength + extraLength, nameStart + nameLength + extraLength + commentLength);
  const flags = view.getUint16(at + 8, true);
  const name = decodeEntryName(rawName, flags, extra);
  let compressedSize = view.getUint32(at + 20, true);
  let size = view.getUint32(at + 24, true);
  let localHeaderOffset = view.getUint32(at + 42, true);
  if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
    // Zip64: the saturated fields follow, in this order, in the 0x0001 extra block.
    const field = findExtraField(extra, ZIP64_FIELD) ?? new Uint8Array(0);
    const fv = viewOf(field);
    let p = 0;
    const next = (): number => {
      const value = p + 8 <= field.length ? readUint64(fv, p) : null;
      p += 8;
      if (value === null) throw new ZipError('badEntry', 'zip64 field missing or too large', name);
      return value;
    };
    if (size === 0xffffffff) size = next();
    if (compressedSize === 0xffffffff) compressedSize = next();
    if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
  }
  return {
    name,
    rawName,
    method: view.getUint16(at + 10, true),
    crc32: view.getUint32(at + 16, true),
    compressedSize,
    size,
    flags,
    modTime: view.getUint16(at + 12, true),
    modDate: view.getUint16(at + 14, true),
    versionMadeBy: view.getUint16(at + 4, true),
    versionNeeded: view.getUint16(at + 6, true),
    internalAttrs: view.getUint16(at + 36, true),
    externalAttrs: view.getUint32(at + 38, true),
    extra,
    comment,
    localHeaderOffset,
  };
}

function checkSizes(fields: EntryFields, bounds: ZipLimits): void {
  const { name, size, compressedSize, method } = fields;
  if (size > bounds.maxEntrySize) throw new ZipError('tooLarge', `entry declares ${size} bytes`, name);
  if (method === 0 && size !== compressedSize) throw new ZipError('badEntry', 'stored entry sizes disagree', name);
  if (size > bounds.ratioGraceSize && size > compressedSize * bounds.maxRatio) {
    throw new ZipError('tooLarge', `compression ratio above ${bounds.maxRatio}:1`, name);
  }
}

/** Start and end of an entry's compressed bytes, read through its local header. */
function locateData(bytes: Uint8Array, view: DataView, fields: EntryFields, shift: number): [number, number] {
  const header = fields.localHeaderOffset + shift;
  if (header + 30 > bytes.length) throw new ZipError('truncated', 'local header beyond the end', fields.name);
  if (view.getUint32(header, true) !== LOCAL_SIG) throw new ZipError('badEntry', 'no local header', fields.name);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + fields.compressedSize;
  if (end > bytes.length) throw new ZipError('truncated', 'entry data beyond the end', fields.name);
  return [start, end];
}

/** Entries sharing bytes are how "overlapping" zip bombs multiply a small file. */
function checkNoOverlap(spans: Array<readonly [number, number]>): void {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i][0] < sorted[i - 1][1]) throw new ZipError('badEntry', 'entries overlap');
  }
}

/**
 * An archive over entries already made (a package being patched, seen as it now stands).
 * `keepInflated` is the policy of whatever keeps the entries' inflated bytes (nothing by default).
 * @example archiveOf(entries, new Uint8Array(0), FFLATE_CODEC, () => undefined).get('xl/workbook.xml')
 */
export function archiveOf(
  entries: readonly ZipEntry[],
  comment: Uint8Array,
  codec: ZipCodec,
  release: () => void,
  keepInflated: (keep: boolean) => void = () => undefined,
): ZipArchive {
  const exact = new Map<string, ZipEntry>();
  const byKey = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (!exact.has(entry.name)) exact.set(entry.name, entry);
    const key = partKey(entry.name);
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  return {
    entries,
    comment,
    codec,
    release,
    keepInflated,
    get: (name: string) => exact.get(name) ?? byKey.get(partKey(name)),
  };
}

/**
 * Tells what a file that is not a zip is, so the clerk hears "this is an old .xls" rather than
 * "damaged". Office binary files (.xls, WPS .et, password-protected .xlsx) are OLE2 compound
 * files; their directory names the streams inside.
 */
import type { WorkbookOpenErrorCode, WorkbookOpenVariant } from '../open-errors';

export interface FileVerdict {
  readonly code: WorkbookOpenErrorCode;
  readonly variant?: WorkbookOpenVariant;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream names WPS writes into its .et files and no Microsoft program does. */
const WPS_STREAMS = ['ETExtData', 'WpsCustomData'];

/**
 * Why bytes that are not a zip archive cannot be opened.
 * @example classifyNonZip(new Uint8Array(0)) // { code: 'empty' }
 */
export function classifyNonZip(bytes: Uint8Array, fileName?: string): FileVerdict {
  if (bytes.length === 0) return { code: 'empty' };
  const etByName = fileName !== undefined && /\.et$/i.test(fileName.trim());
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    const streams = readCompoundNames(bytes);
    if (streams.has('EncryptionInfo')) return { code: 'encrypted' };
    if (etByName || WPS_STREAMS.some((n) => streams.has(n))) return { code: 'et' };
    if (streams.has('Workbook') || streams.has('Book')) return { code: 'xls' };
    return { code: 'notZip', variant: 'otherOffice' };
  }
  if (etByName) return { code: 'et' };
  if (looksLikeMarkup(bytes)) return { code: 'notZip', variant: 'webPage' };
  return { code: 'notZip' };
}

/**
 * Names of the storages and streams in a compound file. Directory entries are 128 bytes, and
 * every sector (512 or 4096 bytes) starts 512 + 128·k bytes into the file, so scanning those
 * offsets finds them without walking the allocation table; a name counts only when its length
 * field, its terminating NUL and its object type agree.
 * @example readCompoundNames(xlsBytes).has('Workbook') // true for a BIFF8 .xls
 */
export function readCompoundNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16 = new TextDecoder('utf-16le');
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = view.getUint16(at + 64, true);
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (view.getUint16(at + length - 2, true) !== 0) continue;
    names.add(utf16.decode(bytes.subarray(at, at + length - 2)));
  }
  return names;
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^[\uFEFF\s]+/, '');
  if (head.startsWith('<')) return true;
  // A UTF-16 web page: the BOM, then '<' and a NUL.
  return bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x3c;
}

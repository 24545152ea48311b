/**
 * The first steps of opening a workbook: bytes to an archive, archive to the workbook part.
 * Each way of failing becomes a WorkbookOpenError a clerk can act on.
 */
import { WorkbookOpenError } from '../open-errors';
import { readZip } from '../zip/read-zip';
import { ZipError } from '../zip/zip-types';
import type { ZipArchive, ZipLimits } from '../zip/zip-types';
import type { ZipCodec } from '../zip/codec';
import { relationKind } from './namespaces';
import { decodePart } from './part-decoder';
import { parseRelationships } from './relationships';
import { classifyNonZip } from './sniff-file';
import { XmlError } from './xml-reader';

const CFB_FIRST = 0xd0;

/**
 * The archive in the bytes, or the reason there is none.
 * @example openArchive(new Uint8Array(0), {}) // throws WorkbookOpenError 'empty'
 */
export function openArchive(bytes: Uint8Array, options: { limits?: Partial<ZipLimits>; fileName?: string; codec?: ZipCodec }): ZipArchive {
  if (bytes.length === 0 || bytes[0] === CFB_FIRST) throwVerdict(bytes, options.fileName);
  try {
    return readZip(bytes, options.limits, options.codec);
  } catch (e) {
    if (e instanceof ZipError && e.code === 'notZip') throwVerdict(bytes, options.fileName);
    throw openErrorOf(e);
  }
}

function throwVerdict(bytes: Uint8Array, fileName: string | undefined): never {
  const verdict = classifyNonZip(bytes, fileName);
  throw new WorkbookOpenError(verdict.code, { variant: verdict.variant });
}

/**
 * The open error for a failure met while reading the workbook's own parts.
 * @example openErrorOf(new ZipError('truncated', 'cut short')).code // 'truncated'
 */
export function openErrorOf(e: unknown): WorkbookOpenError {
  if (e instanceof WorkbookOpenError) return e;
  if (e instanceof ZipError) {
    const code = e.code === 'truncated' || e.code === 'tooLarge' || e.code === 'notZip' ? e.code : 'unreadable';
    return new WorkbookOpenError(code, { detail: e.message });
  }
  if (e instanceof XmlError) return new WorkbookOpenError('unreadable', { detail: e.message });
  throw e;
}

/**
 * Where the workbook part is: the package's officeDocument relationship, else Excel's usual
 * `xl/workbook.xml`. An archive holding some other document is told apart for the message.
 * @example findWorkbookPath(zip) // 'xl/workbook.xml'
 */
export function findWorkbookPath(zip: ZipArchive): string {
  const path = officeDocumentOf(zip) ?? (zip.get('xl/workbook.xml') ? 'xl/workbook.xml' : null);
  if (path !== null && /\.bin$/i.test(path)) throw new WorkbookOpenError('noWorkbook', { variant: 'xlsb' });
  if (path !== null && zip.get(path)) return zip.get(path)?.name ?? path;
  const mimetype = zip.get('mimetype');
  if (mimetype && decodePart(mimetype.read()).includes('opendocument.spreadsheet')) {
    throw new WorkbookOpenError('noWorkbook', { variant: 'ods' });
  }
  if (zip.get('word/document.xml') || zip.get('ppt/presentation.xml') || (path !== null && /^(word|ppt)\//i.test(path))) {
    throw new WorkbookOpenError('noWorkbook', { variant: 'otherOffice' });
  }
  throw new WorkbookOpenError('noWorkbook', { detail: path === null ? 'no officeDocument relationship' : `${path} is missing` });
}

function officeDocumentOf(zip: ZipArchive): string | null {
  const rels = zip.get('_rels/.rels');
  if (!rels) return null;
  try {
    const found = parseRelationships(decodePart(rels.read()), '').find((r) => relationKind(r.type) === 'officeDocument');
    return found ? found.resolved : null;
  } catch (e) {
    // A damaged root .rels is survivable when the workbook sits where Excel puts it.
    if (e instanceof ZipError || e instanceof XmlError) return null;
    throw e;
  }
}

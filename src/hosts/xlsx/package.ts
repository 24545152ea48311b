/**
 * A workbook package (.xlsx, .xlsm) opened from bytes, with no Node API: the parts it is made
 * of, its sheets, defined names and styles. Parts are read on demand; unknown parts are never
 * looked at, and a damaged optional part becomes a problem, not a failure.
 */
import type { Problem } from '../../core/types';
import { WorkbookOpenError } from './open-errors';
import { findWorkbookPath, openArchive, openErrorOf } from './read/open-archive';
import { parseContentTypes } from './read/content-types';
import type { ContentTypes } from './read/content-types';
import { findCustomXmlParts } from './read/custom-xml';
import type { CustomXmlPart } from './read/custom-xml';
import { decodePart } from './read/part-decoder';
import { relsPathOf } from './read/part-names';
import { relationKind } from './read/namespaces';
import type { DefinedName, SheetKind, SheetPart, StyleTable } from './read/package-types';
import { readProblems } from './read/read-problems';
import { parseRelationships } from './read/relationships';
import type { Relationship } from './read/relationships';
import { readSharedStrings } from './read/shared-strings';
import type { StringPool } from './read/string-pool';
import { parseStyles } from './read/styles';
import { parseWorkbookXml } from './read/workbook-xml';
import type { WorkbookXml } from './read/workbook-xml';
import { XmlError } from './read/xml-reader';
import { ZipError } from './zip/zip-types';
import type { ZipArchive, ZipEntry, ZipLimits } from './zip/zip-types';
import type { ZipCodec } from './zip/codec';

export type { SheetPart, SheetKind, SheetState, DefinedName, StyleTable, FillInfo, ColorInfo, CellXf } from './read/package-types';
export type { Relationship } from './read/relationships';
export type { ContentTypes } from './read/content-types';
export type { CustomXmlPart } from './read/custom-xml';
export { WorkbookOpenError } from './open-errors';
export type { WorkbookOpenErrorCode } from './open-errors';

export interface OpenOptions {
  readonly limits?: Partial<ZipLimits>;
  /** The file's name, when known: a WPS `.et` is recognised by it too. */
  readonly fileName?: string;
  /** Inflate, deflate and CRC (default fflate; the command line passes Node's zlib). */
  readonly codec?: ZipCodec;
  /** Shared by the workbooks read for one package, so that their texts are one copy each (read/string-pool.ts). */
  readonly strings?: StringPool;
}

const SHEET_KINDS: Readonly<Record<string, SheetKind>> = { worksheet: 'worksheet', chartsheet: 'chartsheet' };

export class WorkbookPackage {
  readonly zip: ZipArchive;
  readonly workbookPath: string;
  readonly date1904: boolean;
  readonly sheets: readonly SheetPart[];
  readonly definedNames: readonly DefinedName[];
  readonly styles: StyleTable;
  private readonly found: Problem[] = [];
  private readonly relsCache = new Map<string, readonly Relationship[]>();
  private strings: readonly string[] | null = null;
  private readonly pool: StringPool | undefined;
  private types: ContentTypes | null = null;

  /**
   * Opens a package. Throws {@link WorkbookOpenError} with one plain sentence when the bytes are
   * no workbook: not a zip, cut short, password-protected, an .xls or .et, empty, too large.
   * @example WorkbookPackage.open(bytes).sheets.map((s) => s.name) // ['收文登记', '督办台账']
   */
  static open(bytes: Uint8Array, options: OpenOptions = {}): WorkbookPackage {
    try {
      const zip = openArchive(bytes, options);
      const workbookPath = findWorkbookPath(zip);
      return new WorkbookPackage(zip, workbookPath, readWorkbook(zip, workbookPath), options.strings);
    } catch (e) {
      throw openErrorOf(e);
    }
  }

  /**
   * The package as a patch left it (an archive view of a draft), without writing it out first.
   * The shared strings of `previous` are kept when that part is the same entry.
   * @example WorkbookPackage.reopen(draft.view(), pkg)
   */
  static reopen(zip: ZipArchive, previous?: WorkbookPackage): WorkbookPackage {
    let pkg: WorkbookPackage;
    try {
      const workbookPath = findWorkbookPath(zip);
      pkg = new WorkbookPackage(zip, workbookPath, readWorkbook(zip, workbookPath), previous?.pool);
    } catch (e) {
      throw openErrorOf(e);
    }
    if (previous?.strings) {
      const path = pkg.relatedPath('sharedStrings') ?? 'xl/sharedStrings.xml';
      const entry = pkg.entry(path);
      if (entry !== undefined && entry === previous.entry(path)) pkg.strings = previous.strings;
    }
    return pkg;
  }

  private constructor(zip: ZipArchive, workbookPath: string, workbook: WorkbookXml, pool: StringPool | undefined) {
    this.zip = zip;
    this.pool = pool;
    this.workbookPath = workbookPath;
    this.date1904 = workbook.date1904;
    this.definedNames = workbook.definedNames;
    const rels = this.relsOf(workbookPath);
    const byId = new Map(rels.map((r) => [r.id, r]));
    this.sheets = workbook.sheets.map((s) => {
      const rel = byId.get(s.relId);
      const internal = rel !== undefined && rel.targetMode?.toLowerCase() !== 'external';
      const path = internal ? (this.zip.get(rel.resolved)?.name ?? '') : '';
      const kind = rel ? (SHEET_KINDS[relationKind(rel.type)] ?? 'other') : 'worksheet';
      if (path === '') this.found.push(readProblems.sheetMissing(s.name));
      return { name: s.name, sheetId: s.sheetId, relId: s.relId, path, state: s.state, kind };
    });
    const stylesPath = this.relatedPath('styles') ?? 'xl/styles.xml';
    const readStyles = (e: ZipEntry): StyleTable => parseStyles(decodePart(e.read()));
    this.styles = this.optionalPart(stylesPath, '日期可能读成数字', 'dates may read as numbers', readStyles) ?? parseStyles(null);
  }

  /** Non-fatal problems met so far (damaged optional parts). */
  get problems(): readonly Problem[] {
    return this.found;
  }

  /** The shared-string table, read once on first use. */
  sharedStrings(): readonly string[] {
    if (this.strings === null) {
      const path = this.relatedPath('sharedStrings') ?? 'xl/sharedStrings.xml';
      this.strings = this.optionalPart(path, '部分文字可能读成空白', 'some text may read as empty', (e) => readSharedStrings(e, this.pool)) ?? [];
    }
    return this.strings;
  }

  /** The zip entry of a part, by part name (case-insensitive, leading `/` and `\` tolerated). */
  entry(path: string): ZipEntry | undefined {
    return path === '' ? undefined : this.zip.get(path);
  }

  /** A part's bytes, null when there is no such part; throws ZipError when its data is damaged. */
  partBytes(path: string): Uint8Array | null {
    return this.entry(path)?.read() ?? null;
  }

  /** A part's text (its BOM or XML declaration picks the encoding); see {@link partBytes}. */
  partText(path: string): string | null {
    const bytes = this.partBytes(path);
    return bytes === null ? null : decodePart(bytes);
  }

  /** The relationships of a part ('' for the package's own), internal targets resolved. */
  relsOf(partPath: string): readonly Relationship[] {
    const relsPath = relsPathOf(partPath);
    let rels = this.relsCache.get(relsPath);
    if (!rels) {
      const read = (e: ZipEntry): Relationship[] => parseRelationships(decodePart(e.read()), partPath);
      rels = this.optionalPart(relsPath, '其中的链接已忽略', 'its links are ignored', read) ?? [];
      this.relsCache.set(relsPath, rels);
    }
    return rels;
  }

  contentTypes(): ContentTypes {
    this.types ??= parseContentTypes(this.partText('[Content_Types].xml') ?? '<Types/>');
    return this.types;
  }

  /** Custom XML parts with the namespace of their root element (where settings are stored). */
  customXmlParts(): readonly CustomXmlPart[] {
    return findCustomXmlParts(this);
  }

  /** A sheet by name: exact, then case-insensitive as Excel compares sheet names. */
  findSheet(name: string): SheetPart | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The part a workbook relationship of this kind points to (`styles`, `sharedStrings`, …). */
  relatedPath(kind: string): string | undefined {
    const internal = (r: Relationship): boolean => r.targetMode?.toLowerCase() !== 'external';
    return this.relsOf(this.workbookPath).find((r) => relationKind(r.type) === kind && internal(r))?.resolved;
  }

  /** Reads an optional part; a damaged one is recorded as a problem and read as absent. */
  private optionalPart<T>(path: string, zh: string, en: string, read: (entry: ZipEntry) => T): T | null {
    const entry = this.entry(path);
    if (!entry) return null;
    try {
      return read(entry);
    } catch (e) {
      if (!(e instanceof ZipError || e instanceof XmlError)) throw e;
      this.found.push(readProblems.partUnreadable(entry.name, { zh, en }));
      return null;
    }
  }
}

function readWorkbook(zip: ZipArchive, workbookPath: string): WorkbookXml {
  const entry = zip.get(workbookPath);
  if (!entry) throw new WorkbookOpenError('noWorkbook', { detail: `${workbookPath} is missing` });
  const workbook = parseWorkbookXml(decodePart(entry.read()));
  if (!workbook.isWorkbook) throw new WorkbookOpenError('noWorkbook', { detail: `${workbookPath} is not a workbook` });
  return workbook;
}

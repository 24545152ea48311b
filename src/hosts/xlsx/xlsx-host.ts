/**
 * The register host over an .xlsx package, for the command line and tests on real workbooks.
 * Reads go through the package reader; every write patches the package (design.md: "patched,
 * never re-serialised"): `save()` copies each untouched zip entry raw and writes only the parts
 * a mark, a clear, a new sheet or the settings changed.
 *
 * Marks and the style table: painting appends a copy of each painted cell's format with the mark
 * fill (never an edit of a shared format). Clearing gives every cell its recorded `s` back; when
 * the mark log is then empty and no cell, row or column uses the appended formats any more, they
 * and their fills are dropped again, so the style part returns to its original text (when only
 * the add-in appended to it since). While any painted cell remains — a clerk-kept cell, marks on
 * another sheet — the appended formats stay; unused formats are harmless to Excel.
 */
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import { EMPTY_SETTINGS, SETTINGS_NAMESPACE, type StoredSettings } from '../../core/settings/stored-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { Grid, MergedRange, Problem } from '../../core/types';
import type { BandsRead, ClearOutcome, MarkOutcome, RegisterHost, SheetInfo, WriteOutcome } from '../host';
import { WorkbookPackage, type OpenOptions, type SheetPart } from './package';
import { keyRowsIn } from './read/key-rows';
import { readSheetColumns, readSheetTop } from './read/sheet-readers';
import { RowsOutOfOrderError, readSheetColumnBands } from './read/sheet-bands';
import type { ZipEntry } from './zip/zip-types';
import { applyMarksToDraft, type DraftContext } from './patch/apply-marks';
import { clearMarksInDraft } from './patch/clear-marks';
import { findCustomPart, writeCustomPart } from './patch/custom-xml-edit';
import { noSheet, notWorksheet } from './patch/host-errors';
import { PackageDraft } from './patch/package-draft';
import { parseSettingsXml, serializeSettingsXml } from './patch/settings-xml';
import { readDimension } from './patch/sheet-dimension';
import { readWorkbookState } from './patch/workbook-state';
import { writeSheetsToDraft } from './patch/write-sheets';

export interface XlsxHostOptions {
  /** GUIDs for new custom XML parts (tests pass a fixed one). */
  readonly newGuid?: () => string;
}

export class XlsxHost implements RegisterHost {
  private pkg: WorkbookPackage;
  private readonly draft: PackageDraft;
  /** The draft's revision the package reader last saw. */
  private seen: number;
  private readonly newGuid: () => string;
  private settingsFound: readonly Problem[] = [];
  /** Every merge of a sheet part as its probe found them (a changed part is another entry). */
  private readonly sheetMerges = new WeakMap<ZipEntry, readonly MergedRange[]>();

  /**
   * Opens a workbook's bytes (throws WorkbookOpenError with a clerk-readable sentence).
   * @example const host = XlsxHost.open(bytes); await host.applyMarks('收文登记', marks); host.save()
   */
  static open(bytes: Uint8Array, options: OpenOptions & XlsxHostOptions = {}): XlsxHost {
    return new XlsxHost(WorkbookPackage.open(bytes, options), options);
  }

  constructor(pkg: WorkbookPackage, options: XlsxHostOptions = {}) {
    this.pkg = pkg;
    this.draft = new PackageDraft(pkg.zip);
    this.seen = this.draft.revision;
    this.newGuid = options.newGuid ?? randomGuid;
  }

  /** The patched package. Untouched parts are copied byte for byte. */
  save(): Uint8Array {
    return this.draft.save();
  }

  /** Parts whose bytes differ from the opened package (added, changed or removed). */
  changedParts(): string[] {
    return this.draft.changedParts();
  }

  /** Problems met reading the stored settings (a damaged part is read as empty settings). */
  get settingsProblems(): readonly Problem[] {
    return this.settingsFound;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    const pkg = this.current();
    const state = readWorkbookState(this.draft, pkg.workbookPath);
    return state.sheets
      .filter((s) => s.kind === 'worksheet' && s.path)
      .map((s) => {
        const entry = pkg.entry(s.path);
        const size = entry ? readDimension(entry) : { rows: 0, cols: 0 };
        return { name: s.name, visibility: s.state, rowCount: size.rows, colCount: size.cols, ownedPurpose: s.ownedPurpose };
      });
  }

  async readTop(sheet: string, rowCount: number, maxCols?: number): Promise<Grid> {
    const pkg = this.current();
    const part = this.sheetPart(pkg, sheet);
    const entry = pkg.entry(part.path);
    // The probe reads the part to its end for the merges: the banded read that follows needs them all.
    return readSheetTop(pkg, part, rowCount, maxCols, { onFacts: (facts) => entry && this.sheetMerges.set(entry, facts.merges) });
  }

  async readColumnBands(sheet: string, cols: readonly number[], fromRow: number, onBand: (band: Grid) => void): Promise<BandsRead | null> {
    const pkg = this.current();
    const part = this.sheetPart(pkg, sheet);
    const entry = pkg.entry(part.path);
    const merges = (entry && this.sheetMerges.get(entry)) ?? this.readMerges(pkg, part);
    try {
      return { problems: readSheetColumnBands(pkg, part, cols, fromRow, onBand, { merges }).problems };
    } catch (e) {
      if (e instanceof RowsOutOfOrderError) return null;
      throw e;
    }
  }

  async readColumns(sheet: string, cols: readonly number[], fromRow: number, toRow?: number): Promise<Grid> {
    const pkg = this.current();
    return readSheetColumns(pkg, this.sheetPart(pkg, sheet), cols, fromRow, toRow);
  }

  /** Every merge of a sheet not probed yet: no row is parsed (what follows the rows is cut out on bytes). */
  private readMerges(pkg: WorkbookPackage, part: SheetPart): readonly MergedRange[] {
    let merges: readonly MergedRange[] = [];
    readSheetTop(pkg, part, 0, 0, { onFacts: (facts) => (merges = facts.merges) });
    return merges;
  }

  async applyMarks(sheet: string, marks: readonly RowMark[]): Promise<MarkOutcome> {
    return this.change(() => applyMarksToDraft(this.context(), sheet, marks));
  }

  async clearMarks(sheet?: string, kinds?: readonly MarkKind[]): Promise<readonly ClearOutcome[]> {
    // Marks never change values, so the package as opened gives the keys rows have now; a
    // sheet it does not know yet (written in this session) carries no marks.
    const keyRows = keyRowsIn(this.pkg);
    return this.change(() => clearMarksInDraft(this.context(), sheet, kinds, (s, cols, wanted) => keyRows(s.name, cols, wanted)));
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<WriteOutcome> {
    return this.change(() => writeSheetsToDraft(this.draft, this.pkg.workbookPath, specs));
  }

  async readSettings(): Promise<StoredSettings> {
    const part = findCustomPart(this.draft, this.pkg.workbookPath, SETTINGS_NAMESPACE);
    if (!part) {
      this.settingsFound = [];
      return EMPTY_SETTINGS;
    }
    const { settings, problems } = parseSettingsXml(part.text);
    this.settingsFound = problems;
    return settings;
  }

  async writeSettings(settings: StoredSettings): Promise<void> {
    await this.change(() => writeCustomPart(this.draft, this.pkg.workbookPath, SETTINGS_NAMESPACE, serializeSettingsXml(settings), this.newGuid));
  }

  protected context(): DraftContext {
    return { draft: this.draft, workbookPath: this.pkg.workbookPath, newGuid: this.newGuid };
  }

  /** Runs a change; the reader sees it on the next read (the package is re-opened lazily). */
  protected async change<T>(run: () => T | Promise<T>): Promise<T> {
    return run();
  }

  /**
   * The package as patched so far. After a change it is read again from the draft's view —
   * nothing is written out, untouched parts keep what they hold inflated, and the shared strings
   * are kept — and not at all when the change changed nothing.
   */
  protected current(): WorkbookPackage {
    if (this.draft.revision !== this.seen) {
      this.pkg = WorkbookPackage.reopen(this.draft.view(), this.pkg);
      this.seen = this.draft.revision;
    }
    return this.pkg;
  }

  private sheetPart(pkg: WorkbookPackage, name: string): SheetPart {
    const part = pkg.findSheet(name);
    if (!part || !part.path) throw noSheet(name);
    if (part.kind !== 'worksheet') throw notWorksheet(part.name);
    return part;
  }
}

function randomGuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

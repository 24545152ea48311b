/**
 * The one small interface every host implements: the Office.js host in Excel, the .xlsx package
 * host for the command line and the local web page, and the in-memory stand-ins in tests.
 * Hosts only move cells in and out; every decision is made in core.
 */
import type { Grid, Problem } from '../core/types';
import type { SheetSpec } from '../core/sheet-spec';
import type { RowMark, MarkKind } from '../core/marks/mark-types';
import type { StoredSettings } from '../core/settings/stored-settings';

export interface SheetInfo {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Rows and columns the sheet claims to use (a hint only: never trusted for allocation). */
  readonly rowCount: number;
  readonly colCount: number;
  /** Set when the sheet is one the add-in wrote (its own mark, not its name). */
  readonly ownedPurpose: string | null;
}

/** What a mark or clear did, for the message a clerk sees ("逾期 5 件, 临期 2 件"). */
export interface MarkOutcome {
  readonly sheet: string;
  readonly rowsMarked: number;
  readonly byKind: Readonly<Partial<Record<MarkKind, number>>>;
}

export interface ClearOutcome {
  readonly sheet: string;
  readonly rowsRestored: number;
  /** Cells left alone because the clerk re-coloured them after they were marked. */
  readonly cellsKeptByUser: number;
  /** Marked rows that could no longer be found (deleted by the clerk). */
  readonly rowsNotFound: number;
}

export interface WriteOutcome {
  /** Final sheet names, in the order of the specs. */
  readonly sheets: readonly string[];
  /** Specs whose wanted name belonged to a user's sheet and were written under another name. */
  readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly written: string }>;
}

/** What a banded read met besides the cells. */
export interface BandsRead {
  readonly problems: readonly Problem[];
}

/** What `openWorkbook` reads in one go. */
export interface OpenedWorkbook {
  readonly settings: StoredSettings;
  readonly sheets: readonly SheetInfo[];
  /** `readTop(sheet, topRows)` of the sheets a scan may read (not very hidden), by name. */
  readonly tops: ReadonlyMap<string, Grid>;
}

/** What `replaceMarks` did: the previous marks of the kinds taken off, the new ones put on. */
export interface ReplaceOutcome {
  readonly cleared: ClearOutcome;
  readonly marked: MarkOutcome;
}

export interface RegisterHost {
  listSheets(): Promise<readonly SheetInfo[]>;
  /** The first `rowCount` rows of a sheet, every column up to `maxCols`, with merges. */
  readTop(sheet: string, rowCount: number, maxCols?: number): Promise<Grid>;
  /** Rows `fromRow` (1-based) to `toRow` (or the sheet's last row), only the listed columns. */
  readColumns(sheet: string, cols: readonly number[], fromRow: number, toRow?: number): Promise<Grid>;
  /**
   * Optional: what `readColumns(sheet, cols, fromRow)` reads, handed to `onBand` a band of rows at
   * a time in row order (each band with the merges that reach into it), so that no grid of the
   * whole sheet is ever held; resolves with the problems met once the last band is handed over,
   * or with null when the rows cannot be handed over in order (rows stored out of order): the
   * caller then forgets what the bands gave and uses readColumns. Hosts where each read is a
   * round trip (Excel) leave it out.
   */
  readColumnBands?(sheet: string, cols: readonly number[], fromRow: number, onBand: (band: Grid) => void): Promise<BandsRead | null>;
  /** Paints rows and records what was under the paint, so that clearMarks can give it back. */
  applyMarks(sheet: string, marks: readonly RowMark[]): Promise<MarkOutcome>;
  /** Takes off the marks of the given kinds (all when omitted) on one sheet, or on all. */
  clearMarks(sheet?: string, kinds?: readonly MarkKind[]): Promise<readonly ClearOutcome[]>;
  /** Writes new sheets, replacing only sheets the add-in made for the same purpose. */
  writeSheets(specs: readonly SheetSpec[]): Promise<WriteOutcome>;
  readSettings(): Promise<StoredSettings>;
  writeSettings(settings: StoredSettings): Promise<void>;
  /**
   * Optional: settings, the sheet list and the top rows of each sheet in one go, for hosts where
   * each call is a round trip (Excel); callers fall back to readSettings, listSheets and readTop.
   */
  openWorkbook?(topRows: number): Promise<OpenedWorkbook>;
  /**
   * Optional: takes off one sheet's marks of the given kinds and puts the new marks on, in one
   * pass over the host (what clearMarks then applyMarks do, with the same outcome); callers fall
   * back to those two.
   */
  replaceMarks?(sheet: string, kinds: readonly MarkKind[], marks: readonly RowMark[]): Promise<ReplaceOutcome>;
}

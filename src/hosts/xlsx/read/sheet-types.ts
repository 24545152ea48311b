/** What reading a sheet gives, beyond the values: where cells sit, which rows hide, what broke. */
import type { CellValue, Grid, MergedRange, Problem } from '../../../core/types';
import type { StyleTable } from './package-types';
import type { ZipEntry } from '../zip/zip-types';

/** One cell met while scanning a sheet. */
export interface ScannedCell {
  /** 1-based sheet row. */
  readonly row: number;
  /** 0-based column (A = 0). */
  readonly col: number;
  readonly value: CellValue;
  /** The cell's `s` attribute, null when it has none. */
  readonly style: number | null;
  readonly hasFormula: boolean;
}

/** The workbook parts a sheet reader needs: a WorkbookPackage is one. */
export interface SheetSource {
  readonly date1904: boolean;
  readonly styles: StyleTable;
  sharedStrings(): readonly string[];
  entry(path: string): ZipEntry | undefined;
}

/** A band of a sheet as read, with what the sheet says about it. */
export interface SheetRead extends Grid {
  readonly merges: readonly MergedRange[];
  /** 1-based rows hidden by the clerk among the rows read (rows hidden by an active filter left out). */
  readonly hiddenRows: ReadonlySet<number>;
  /** 0-based columns hidden (from `<cols>`, which precedes the rows). */
  readonly hiddenCols: ReadonlySet<number>;
  /** The `<dimension ref>` the sheet claims (a hint only: never used to size anything). */
  readonly dimension?: string;
  /** Highest row number met among the rows read, 0 when none. */
  readonly lastRow: number;
  /** True when the rows were read to the end of the sheet (not stopped at a row limit). */
  readonly complete: boolean;
  readonly problems: readonly Problem[];
}

/** What a whole-sheet scan learns besides the cells. */
export interface SheetLayoutFacts {
  readonly merges: MergedRange[];
  readonly hiddenRows: Set<number>;
  readonly hiddenCols: Set<number>;
  readonly dimension?: string;
  /** Range of an autoFilter that filters some column, rows under its header hidden by it. */
  readonly activeFilter?: MergedRange;
  readonly lastRow: number;
  readonly complete: boolean;
  readonly problems: readonly Problem[];
}

/**
 * The three ways the host reads a sheet: its top rows (for detection), chosen columns of a band
 * of rows (for records), and its layout facts alone. Grids are sparse: a cell at XFD1048576
 * costs one entry, never a dense block sized by the dimension or by the coordinates.
 */
import type { CellValue, MergedRange } from '../../../core/types';
import { MAX_COL } from './cell-ref';
import type { SheetPart } from './package-types';
import { scanSheet } from './sheet-scan';
import type { ScannedCell, SheetLayoutFacts, SheetRead, SheetSource } from './sheet-types';

/**
 * The first `rowCount` rows of a sheet (rows 1..rowCount), columns below `maxCols`, with merges.
 * Parsing stops at the first row past `rowCount`; with `{ merges: false }` inflating stops too,
 * otherwise the rest of the part is inflated and searched (not parsed) for the merged ranges
 * and the autoFilter (without it, rows an active filter hid cannot be told from the clerk's).
 * @example readSheetTop(pkg, pkg.sheets[0], 30).rows[1] // the second row's values
 */
export function readSheetTop(
  source: SheetSource,
  sheet: SheetPart,
  rowCount: number,
  maxCols = MAX_COL + 1,
  options: { readonly merges?: boolean } = {},
): SheetRead {
  const rows: CellValue[][] = [];
  const facts = scanSheet(source, sheet, {
    toRow: rowCount,
    wantColumn: (col) => col < maxCols,
    rowsOnly: options.merges === false,
    onCell: (cell) => place(rows, cell.row - 1, cell),
  });
  return gridOf(sheet.name, 1, rowCount, rows, facts);
}

/**
 * Rows `fromRow..toRow` (or to the sheet's end) of the listed columns only; other cells are
 * skipped as they are parsed. `rows[i][c]` is sheet row `fromRow + i`, column `c` (0-based).
 * @example readSheetColumns(pkg, sheet, [1, 4], 3).rows[0][4] // E3
 */
export function readSheetColumns(
  source: SheetSource,
  sheet: SheetPart,
  cols: readonly number[],
  fromRow: number,
  toRow?: number,
): SheetRead {
  const wanted = new Uint8Array(MAX_COL + 1);
  for (const col of cols) if (Number.isInteger(col) && col >= 0 && col <= MAX_COL) wanted[col] = 1;
  const rows: CellValue[][] = [];
  const facts = scanSheet(source, sheet, {
    fromRow,
    toRow,
    wantColumn: (col) => wanted[col] === 1,
    onCell: (cell) => place(rows, cell.row - fromRow, cell),
  });
  return gridOf(sheet.name, fromRow, toRow ?? Infinity, rows, facts);
}

/**
 * Merged ranges, hidden rows and columns and the claimed dimension of a whole sheet, without
 * building any value. Reads every row (hidden rows can be anywhere).
 * @example readSheetMeta(pkg, sheet).merges // [{ top: 1, left: 0, bottom: 1, right: 8 }]
 */
export function readSheetMeta(source: SheetSource, sheet: SheetPart): SheetLayoutFacts {
  return scanSheet(source, sheet, { wantColumn: () => false, onCell: () => undefined });
}

function place(rows: CellValue[][], index: number, cell: ScannedCell): void {
  if (cell.value === null) return;
  (rows[index] ??= [])[cell.col] = cell.value;
}

function gridOf(sheet: string, top: number, bottom: number, rows: CellValue[][], facts: SheetLayoutFacts): SheetRead {
  const inBand = (m: MergedRange): boolean => m.bottom >= top && m.top <= bottom;
  return {
    sheet,
    top,
    rows,
    merges: facts.merges.filter(inBand),
    hiddenRows: facts.hiddenRows,
    hiddenCols: facts.hiddenCols,
    dimension: facts.dimension,
    lastRow: facts.lastRow,
    complete: facts.complete,
    problems: facts.problems,
  };
}

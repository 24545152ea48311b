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
import { readOutsideRowsBytes } from './sheet-outside';
import type { ZipEntry } from '../zip/zip-types';

/**
 * The first `rowCount` rows of a sheet (rows 1..rowCount), columns below `maxCols`, with merges.
 * Parsing stops at the first row past `rowCount`; with `{ merges: false }` inflating stops too,
 * otherwise the rest of the part is inflated and searched (not parsed) for the merged ranges
 * and the autoFilter (without it, rows an active filter hid cannot be told from the clerk's).
 * `onFacts` hears what the whole part says (every merge, not only the top rows').
 * @example readSheetTop(pkg, pkg.sheets[0], 30).rows[1] // the second row's values
 */
export function readSheetTop(
  source: SheetSource,
  sheet: SheetPart,
  rowCount: number,
  maxCols = MAX_COL + 1,
  options: { readonly merges?: boolean; readonly onFacts?: (facts: SheetLayoutFacts) => void } = {},
): SheetRead {
  const rows: CellValue[][] = [];
  const scanTop = (rowsOnly: boolean): SheetLayoutFacts =>
    scanSheet(source, sheet, { toRow: rowCount, wantColumn: (col) => col < maxCols, rowsOnly, onCell: (cell) => place(rows, cell.row - 1, cell) });
  let facts: SheetLayoutFacts;
  if (options.merges === false) facts = scanTop(true);
  else {
    // The rows, then what follows them read from the part's bytes with the rows cut out; a part
    // that cannot be cut so is scanned to its end as it always was.
    const top = scanTop(true);
    // A part the rows' scan already found damaged is read the long way, reported once.
    const outside = top.problems.length === 0 ? readOutside(source, sheet) : null;
    if (outside) facts = joinFacts(top, outside);
    else {
      rows.length = 0;
      facts = scanTop(false);
    }
  }
  options.onFacts?.(facts);
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

/** What follows the rows (merges, filter), from the part with its rows cut out; null when it cannot be cut. */
function readOutside(source: SheetSource, sheet: SheetPart): SheetLayoutFacts | null {
  const entry = sheet.path === '' ? undefined : source.entry(sheet.path);
  if (!entry) return null;
  let bytes: Uint8Array | null;
  try {
    bytes = readOutsideRowsBytes(entry);
  } catch {
    return null;
  }
  if (bytes === null) return null;
  const cut = bytes;
  const cutEntry: ZipEntry = { ...entry, size: cut.length, read: () => cut, head: (n) => cut.subarray(0, n), pull: () => pullOnce(cut), stream: (onChunk) => void onChunk(cut) };
  const cutSource: SheetSource = { date1904: source.date1904, styles: source.styles, sharedStrings: () => source.sharedStrings(), entry: (path) => (path === sheet.path ? cutEntry : source.entry(path)) };
  return scanSheet(cutSource, sheet, { wantColumn: () => false, onCell: () => undefined });
}

function pullOnce(bytes: Uint8Array): () => Uint8Array | null {
  let given = false;
  return () => {
    if (given) return null;
    given = true;
    return bytes;
  };
}

/** The top rows' facts with the merges and the filter of the part's end (rows under an active filter are not the clerk's hidden rows). */
function joinFacts(top: SheetLayoutFacts, outside: SheetLayoutFacts): SheetLayoutFacts {
  const filter = outside.activeFilter;
  const hiddenRows = filter ? new Set([...top.hiddenRows].filter((row) => row <= filter.top || row > filter.bottom)) : top.hiddenRows;
  return { ...top, merges: outside.merges, activeFilter: filter, hiddenRows, problems: [...top.problems, ...outside.problems] };
}

/**
 * Finding logged rows again by their key (core/marks/row-key.ts) in one pass over a sheet. The
 * clerk may have sorted or moved rows, so every row is looked at; but only the rows whose key is
 * one asked for are kept, and no row's cells or key string outlive the row: at 100,000 rows a
 * grid of the key columns and a key per row cost ~110 MB and a second of building for the
 * ~20,000 rows a mark log names.
 */
import type { CellValue } from '../../../core/types';
import { formatRowKey, parseRowKey, rowKeyHash } from '../../../core/marks/row-key';
import { MAX_COL } from './cell-ref';
import type { SheetPart } from './package-types';
import { scanSheet } from './sheet-scan';
import type { SheetSource } from './sheet-types';

/** A package that can name its sheets: a WorkbookPackage is one. */
export interface KeyRowsSource extends SheetSource {
  findSheet(name: string): SheetPart | undefined;
}

/**
 * Rows (1-based, ascending) holding each wanted key that was made from `cols`, read from the
 * cells of those columns now. Wanted keys made from other columns, keys not of ours and keys no
 * row holds are left out; a row whose cells in `cols` are all empty holds no key.
 * @example readKeyRows(pkg, pkg.sheets[0], [0, 1, 3], new Set([entry.key])).get(entry.key) // [12]
 */
export function readKeyRows(source: SheetSource, sheet: SheetPart, cols: readonly number[], wanted: Iterable<string>): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const keyOfHash = wantedHashes(cols, wanted);
  if (keyOfHash.size === 0 || sheet.kind !== 'worksheet' || sheet.path === '') return found;
  const slotOf = new Int32Array(MAX_COL + 1).fill(-1);
  cols.forEach((col, i) => {
    if (Number.isInteger(col) && col >= 0 && col <= MAX_COL && slotOf[col] < 0) slotOf[col] = i;
  });
  const cells: Array<CellValue | undefined> = new Array<CellValue | undefined>(cols.length).fill(undefined);
  const cellAt = (col: number): CellValue | undefined => (col >= 0 && col <= MAX_COL && slotOf[col] >= 0 ? cells[slotOf[col]] : undefined);
  let row = 0;
  let holdsValue = false;
  const endRow = (): void => {
    if (holdsValue) {
      const key = keyOfHash.get(rowKeyHash(cellAt, cols));
      if (key !== undefined) {
        const rows = found.get(key);
        if (rows) rows.push(row);
        else found.set(key, [row]);
      }
    }
    cells.fill(undefined);
    holdsValue = false;
  };
  scanSheet(source, sheet, {
    rowsOnly: true,
    wantColumn: (col) => slotOf[col] >= 0,
    onCell: (cell) => {
      if (cell.row !== row) {
        endRow();
        row = cell.row;
      }
      if (cell.value === null) return;
      cells[slotOf[cell.col]] = cell.value;
      holdsValue = true;
    },
  });
  endRow();
  return found;
}

/**
 * {@link readKeyRows} by sheet name over a package as opened: a sheet it does not hold (written
 * in this session), or one that is not a worksheet, holds no keys.
 * @example keyRowsIn(pkg)('收文登记', [0, 1, 3], new Set([entry.key])) // Map { entry.key => [12] }
 */
export function keyRowsIn(pkg: KeyRowsSource): (sheet: string, cols: readonly number[], wanted: Iterable<string>) => Map<string, number[]> {
  return (name, cols, wanted) => {
    const sheet = pkg.findSheet(name);
    return sheet ? readKeyRows(pkg, sheet, cols, wanted) : new Map<string, number[]>();
  };
}

/** The wanted keys made from `cols`, by their hash; the key is rebuilt so it is exactly ours. */
function wantedHashes(cols: readonly number[], wanted: Iterable<string>): Map<number, string> {
  const byHash = new Map<number, string>();
  for (const key of wanted) {
    const parsed = parseRowKey(key);
    if (parsed && formatRowKey(parsed.hash, cols) === key) byHash.set(parsed.hash, key);
  }
  return byHash;
}

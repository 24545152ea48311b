/**
 * Chosen columns of a sheet handed over a band of rows at a time, as the rows stream by: the
 * reader of a 100,000-row register then holds a few thousand rows of values, never a grid of
 * the whole sheet (readSheetColumns builds one). Each band carries the merges that reach into
 * it, which the caller passes in, since in the part they follow the rows.
 */
import type { CellValue, Grid, MergedRange } from '../../../core/types';
import { MAX_COL } from './cell-ref';
import type { SheetPart } from './package-types';
import { scanSheet } from './sheet-scan';
import type { SheetLayoutFacts, SheetSource } from './sheet-types';

/**
 * Rows a band spans: big enough that per-band work is noise, small enough that a band's values
 * and records die young. Bands of 4,096 rows outlived V8's young generation and were promoted
 * to be collected late: 20–35 MB more heap while a 100,000-row register was assessed.
 */
export const BAND_ROWS = 1024;

/**
 * Thrown when a row comes before a band already handed over: a sheet whose rows are not stored
 * in order (some generators write them so) cannot be read in bands; the caller reads it whole.
 */
export class RowsOutOfOrderError extends Error {
  constructor(sheet: string, row: number) {
    super(`rows of ${sheet} are not in order (row ${row})`);
    this.name = 'RowsOutOfOrderError';
  }
}

export interface BandOptions {
  /** Every merged range of the sheet (from the probe of its top rows). */
  readonly merges: readonly MergedRange[];
  readonly bandRows?: number;
}

/**
 * Calls `onBand` with rows `fromRow..` of the listed columns, band after band in row order; the
 * facts of the whole read (problems, merges found) come back once the part is read.
 * Band `k` spans rows `fromRow + k × bandRows` onwards; bands without a value are skipped.
 * @example readSheetColumnBands(pkg, sheet, [1, 4], 3, (band) => reader.read(band), { merges })
 */
export function readSheetColumnBands(
  source: SheetSource,
  sheet: SheetPart,
  cols: readonly number[],
  fromRow: number,
  onBand: (band: Grid) => void,
  options: BandOptions,
): SheetLayoutFacts {
  const bandRows = Math.max(1, Math.floor(options.bandRows ?? BAND_ROWS));
  const wanted = new Uint8Array(MAX_COL + 1);
  for (const col of cols) if (Number.isInteger(col) && col >= 0 && col <= MAX_COL) wanted[col] = 1;
  let top = fromRow;
  let rows: CellValue[][] = [];
  const flush = (): void => {
    if (rows.length === 0) return;
    const bottom = top + bandRows - 1;
    const merges = options.merges.filter((m) => m.bottom >= top && m.top <= bottom);
    const band: Grid = { sheet: sheet.name, top, rows, merges };
    rows = [];
    onBand(band);
  };
  const facts = scanSheet(source, sheet, {
    fromRow,
    wantColumn: (col) => wanted[col] === 1,
    onCell: (cell) => {
      if (cell.value === null) return;
      if (cell.row < top) throw new RowsOutOfOrderError(sheet.name, cell.row);
      if (cell.row >= top + bandRows) {
        flush();
        top += Math.floor((cell.row - top) / bandRows) * bandRows;
      }
      (rows[cell.row - top] ??= [])[cell.col] = cell.value;
    },
  });
  flush();
  return facts;
}

/**
 * `readTop`: the first rows of a sheet, every column up to a limit, with merges and hidden rows,
 * in one round trip. Detection looks only at these rows, so they are read whole (values, number
 * formats and value types).
 */
import type { CellValue, Grid, MergedRange } from '../../core/types';
import { formatArea, parseAreaList } from './a1';
import type { XlRange, XlRangeAreas } from './excel-api';
import type { BatchRunner } from './run-batch';
import { toCellValue } from './cell-values';

/** Columns read when the caller gives no limit: wider than any register seen, cheap when empty. */
export const DEFAULT_TOP_COLUMNS = 64;

export interface TopReadOptions {
  readonly sheet: string;
  readonly rowCount: number;
  readonly maxCols?: number;
  /** ExcelApi 1.13 (merged areas) is available. */
  readonly mergesSupported: boolean;
}

/**
 * Rows of a band not covered by the visible areas.
 * @example hiddenRowsOf([{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 5, left: 0, bottom: 6, right: 0 }], 1, 6) // Set {3, 4}
 */
export function hiddenRowsOf(visible: readonly MergedRange[], fromRow: number, toRow: number): Set<number> {
  const shown = new Uint8Array(toRow - fromRow + 1);
  for (const a of visible) for (let r = Math.max(a.top, fromRow); r <= Math.min(a.bottom, toRow); r++) shown[r - fromRow] = 1;
  const hidden = new Set<number>();
  shown.forEach((s, i) => {
    if (!s) hidden.add(fromRow + i);
  });
  return hidden;
}

function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

/**
 * @example
 * const grid = await readTopRows(runner, { sheet: '收文登记', rowCount: 30, mergesSupported: true });
 * grid.rows[1] // ['序号', '收文日期', '来文单位', …]
 */
export async function readTopRows(runner: BatchRunner, options: TopReadOptions): Promise<Grid> {
  const { sheet, rowCount } = options;
  const cols = Math.min(16_384, Math.max(1, options.maxCols ?? DEFAULT_TOP_COLUMNS));
  return runner.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRangeOrNullObject(true).load('rowIndex, rowCount, columnIndex, columnCount');
    const band = ws.getRange(formatArea({ top: 1, left: 0, bottom: Math.min(1_048_576, Math.max(1, rowCount)), right: cols - 1 }));
    band.load('values, numberFormat, valueTypes');
    const merged: XlRangeAreas | null = options.mergesSupported ? band.getMergedAreasOrNullObject().load('address') : null;
    const visible = band.getSpecialCellsOrNullObject('Visible').load('address');
    await ctx.sync();
    const rows = toGridRows(band, used);
    const merges = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
    const hiddenRows = hiddenRowsOf(visible.isNullObject ? [] : parseAreaList(visible.address), 1, rows.length);
    return { sheet, top: 1, rows, merges, hiddenRows };
  }, sheet);
}

function toGridRows(band: XlRange, used: XlRange): CellValue[][] {
  if (used.isNullObject) return [];
  const lastRow = used.rowIndex + used.rowCount;
  const lastCol = used.columnIndex + used.columnCount;
  const rows: CellValue[][] = [];
  band.values.slice(0, lastRow).forEach((line, r) => {
    const row = line.slice(0, lastCol).map((v, c) => toCellValue(v, band.numberFormat[r][c], band.valueTypes[r][c]));
    rows.push(trimRow(row));
  });
  return rows;
}

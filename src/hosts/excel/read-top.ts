/**
 * `readTop`: the first rows of a sheet, every column up to a limit, with merges and hidden rows,
 * in one round trip (two when some text reads like an error). Detection looks only at these rows,
 * so they are read whole (values and number formats; value types where text looks like an error)
 * where they are used. What was read is left as a hint for the
 * `readColumns` that follows (read-hints.ts).
 */
import type { CellValue, Grid, MergedRange } from '../../core/types';
import { formatArea, parseAreaList } from './a1';
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from './excel-api';
import type { BatchRunner } from './run-batch';
import { looksLikeError, toCellValue } from './cell-values';
import type { ReadHints } from './read-hints';

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

/** A top read queued: after the caller's sync, error-like text may need its value types (one more sync, rarely). */
export interface PendingTop {
  /** Queues the value types where a cell reads like an error ("#N/A"); false when none does. */
  queueTypes(): boolean;
  /** The grid, after the sync(s); leaves the hint for readColumns. */
  build(): Grid;
}

/**
 * Queues the reads of a sheet's top rows. Value types are read only where text looks like an
 * error: they would cost more than the numbers and text of most registers' first rows.
 */
export function queueTopRows(ws: XlWorksheet, options: TopReadOptions, hints?: ReadHints): PendingTop {
  const { sheet, rowCount } = options;
  const cols = Math.min(16_384, Math.max(1, options.maxCols ?? DEFAULT_TOP_COLUMNS));
  const used = ws.getUsedRangeOrNullObject(true).load('rowIndex, rowCount');
  const band = ws.getRange(formatArea({ top: 1, left: 0, bottom: Math.min(1_048_576, Math.max(1, rowCount)), right: cols - 1 }));
  // Only the band's used cells travel: the empty columns of a wide band would cost more than the register's own.
  const cells = band.getUsedRangeOrNullObject(true).load('rowIndex, columnIndex, values, numberFormat');
  const merged: XlRangeAreas | null = options.mergesSupported ? band.getMergedAreasOrNullObject().load('address') : null;
  const visible = band.getSpecialCellsOrNullObject('Visible').load('address');
  // Where each column's own cells end: a few bytes each, and readColumns sizes its first read by them.
  const ends = Array.from({ length: cols }, (_, c) => ws.getRange(formatArea({ top: 1, left: c, bottom: 1_048_576, right: c })).getUsedRangeOrNullObject(true).load('rowIndex, rowCount'));
  let typed = false;
  return {
    queueTypes: () => {
      typed = !cells.isNullObject && cells.values.some((line) => line.some(looksLikeError));
      if (typed) cells.load('valueTypes');
      return typed;
    },
    build: () => {
      const rows = toGridRows(cells, typed);
      if (!cells.isNullObject) {
        const lastRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
        const columnEnds = ends.map((e) => (e.isNullObject ? 0 : e.rowIndex + e.rowCount));
        hints?.remember(sheet, { lastRow, top: cells.rowIndex + 1, left: cells.columnIndex, values: cells.values, formats: cells.numberFormat, columnEnds });
      }
      const merges = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
      const hiddenRows = hiddenRowsOf(visible.isNullObject ? [] : parseAreaList(visible.address), 1, rows.length);
      return { sheet, top: 1, rows, merges, hiddenRows };
    },
  };
}

/**
 * Finishes queued top reads after the caller's sync: one more sync only if some need value types.
 * @example const grids = await finishTops(ctx, [queueTopRows(ws, options)]);
 */
export async function finishTops(ctx: XlContext, pending: readonly PendingTop[]): Promise<Grid[]> {
  const more = pending.map((p) => p.queueTypes()).some(Boolean);
  if (more) await ctx.sync();
  return pending.map((p) => p.build());
}

/**
 * @example
 * const grid = await readTopRows(runner, { sheet: '收文登记', rowCount: 30, mergesSupported: true });
 * grid.rows[1] // ['序号', '收文日期', '来文单位', …]
 */
export async function readTopRows(runner: BatchRunner, options: TopReadOptions, hints?: ReadHints): Promise<Grid> {
  return runner.run(async (ctx) => {
    const pending = queueTopRows(ctx.workbook.worksheets.getItem(options.sheet), options, hints);
    await ctx.sync();
    const [grid] = await finishTops(ctx, [pending]);
    return grid;
  }, options.sheet);
}

function toGridRows(cells: XlRange, typed: boolean): CellValue[][] {
  if (cells.isNullObject) return [];
  const rows: CellValue[][] = Array.from({ length: cells.rowIndex }, () => []);
  const lead: CellValue[] = Array<CellValue>(cells.columnIndex).fill(null);
  cells.values.forEach((line, r) => {
    const row = line.map((v, c) => toCellValue(v, cells.numberFormat[r][c], typed ? cells.valueTypes[r][c] : undefined));
    rows.push(trimRow([...lead, ...row]));
  });
  return rows;
}

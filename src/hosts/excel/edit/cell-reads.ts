/**
 * Reading what the cells a confirmed fix will change hold now, in one sync per payload budget
 * (one in practice): per column, runs of the edited rows (short gaps bridged), plus — for a
 * column that gets dates — the whole span of its edited rows, whose date cells tell the
 * column's own date format. Never the whole sheet.
 */
import type { CellValue } from '../../../core/types';
import type { CellEdit } from '../../editing-host';
import { formatArea } from '../a1';
import { loadInGroups } from '../adaptive-load';
import { isDateFormat, toCellValue } from '../cell-values';
import type { XlContext, XlWorksheet } from '../excel-api';
import { jsonBytes, OPERATION_BYTES, packBySize } from '../payload-budget';
import { bridgeRuns, toRuns } from '../row-runs';
import { formulasOf } from './edit-api';

/** What one cell holds, as Office.js shows it. */
export interface CellNow {
  readonly value: unknown;
  readonly formula: unknown;
  readonly format: unknown;
  readonly type: unknown;
}

export interface ColumnRun {
  readonly col: number;
  readonly from: number;
  readonly to: number;
}

/** Rows apart that are still read as one range: a few extra cells cost less than another call. */
const MAX_GAP = 8;
/** Bytes of a cell's format, type and JSON punctuation besides its value (read twice: values and formulas). */
const CELL_OVERHEAD = 40;

export const cellKey = (row: number, col: number): string => `${row}:${col}`;

/** The runs to read for these edits; `dateCols` are read over their whole span. */
export function planReads(edits: readonly CellEdit[], dateCols: ReadonlySet<number>): ColumnRun[] {
  const byCol = new Map<number, number[]>();
  for (const e of edits) {
    const rows = byCol.get(e.col);
    if (rows) rows.push(e.row);
    else byCol.set(e.col, [e.row]);
  }
  const runs: ColumnRun[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const spans = dateCols.has(col) ? [{ from: rows.reduce((a, b) => Math.min(a, b)), to: rows.reduce((a, b) => Math.max(a, b)) }] : bridgeRuns(toRuns(rows), MAX_GAP);
    for (const s of spans) runs.push({ col, from: s.from, to: s.to });
  }
  return runs;
}

/**
 * Queues the loads of the runs, syncs (the first sync also delivers whatever the caller queued
 * before) and gives every cell read, by "row:col".
 */
export async function readCells(ctx: XlContext, ws: XlWorksheet, runs: readonly ColumnRun[], edits: readonly CellEdit[], chunkBytes: number): Promise<Map<string, CellNow>> {
  const perCell = 2 * Math.ceil(edits.reduce((n, e) => n + jsonBytes(e.before), 0) / Math.max(1, edits.length)) + CELL_OVERHEAD;
  const size = (r: ColumnRun): number => OPERATION_BYTES + (r.to - r.from + 1) * perCell;
  // A run larger than the budget is read in row pieces, each within it.
  const rowsPerPiece = Math.max(1, Math.floor((chunkBytes - OPERATION_BYTES) / perCell));
  const pieces = runs.flatMap((r) => {
    const out: ColumnRun[] = [];
    for (let from = r.from; from <= r.to; from += rowsPerPiece) out.push({ col: r.col, from, to: Math.min(r.to, from + rowsPerPiece - 1) });
    return out;
  });
  const groups = packBySize(pieces, size, chunkBytes);
  if (groups.length === 0) {
    await ctx.sync();
    return new Map();
  }
  const results = await loadInGroups(ctx, groups, {
    queue: (run) => {
      const range = ws.getRange(formatArea({ top: run.from, left: run.col, bottom: run.to, right: run.col })).load('values, formulas, numberFormat, valueTypes');
      return () => ({ values: range.values, formulas: formulasOf(range), formats: range.numberFormat, types: range.valueTypes });
    },
    split: (run) => {
      if (run.from === run.to) return null;
      const mid = Math.floor((run.from + run.to) / 2);
      return [{ ...run, to: mid }, { ...run, from: mid + 1 }];
    },
  });
  const cells = new Map<string, CellNow>();
  for (const { item, result } of results) {
    for (let i = 0; i <= item.to - item.from; i++) {
      cells.set(cellKey(item.from + i, item.col), { value: result.values[i]?.[0], formula: result.formulas[i]?.[0], format: result.formats[i]?.[0], type: result.types[i]?.[0] });
    }
  }
  return cells;
}

/** The engine's value of a cell read. */
export function valueOf(cell: CellNow | undefined): CellValue {
  return cell ? toCellValue(cell.value, cell.format, cell.type) : null;
}

/** True when the cell holds a formula (its value is the formula's, not something a clerk typed). */
export function holdsFormula(cell: CellNow | undefined): boolean {
  return typeof cell?.formula === 'string' && cell.formula.startsWith('=') && cell.formula !== cell.value;
}

/**
 * The date format most date cells read in a column show, or null when none does.
 * @example columnDateFormat(cells, 2) // 'yyyy-mm-dd'
 */
export function columnDateFormat(cells: ReadonlyMap<string, CellNow>, col: number): string | null {
  const counts = new Map<string, number>();
  for (const [key, cell] of cells) {
    if (Number(key.slice(key.indexOf(':') + 1)) !== col) continue;
    if (typeof cell.value !== 'number' || !isDateFormat(cell.format)) continue;
    const f = cell.format as string;
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [f, n] of counts) if (n > most) [best, most] = [f, n];
  return best;
}

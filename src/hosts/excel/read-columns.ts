/**
 * `readColumns`: only the asked columns, only their values, in as few round trips as the 5 MB
 * payload limit allows. A first sync finds the sheet's last row and probes the first rows to
 * estimate the bytes per row; the rest is read in row chunks sized to the budget, all queued
 * per sync; a last pass fetches number formats only where a number may be a date.
 */
import type { Grid } from '../../core/types';
import { formatArea } from './a1';
import { loadInGroups, type LoadPlan } from './adaptive-load';
import type { XlContext, XlRange, XlWorksheet } from './excel-api';
import { resolveCellTypes } from './format-pass';
import { jsonBytes } from './payload-budget';
import { toRuns, type Run } from './row-runs';
import type { BatchRunner } from './run-batch';

const PROBE_ROWS = 100;
/** Column XFD, Excel's last. */
const LAST_COLUMN = 16_383;
/** The probe may understate later rows (longer titles further down): leave room. */
const ESTIMATE_SAFETY = 1.5;

export interface ColumnReadRequest {
  readonly sheet: string;
  readonly cols: readonly number[];
  readonly fromRow: number;
  readonly toRow?: number;
  readonly chunkBytes: number;
}

interface RowChunk {
  readonly from: number;
  readonly to: number;
}

/** Raw `values` of the asked columns: rows[i] is sheet row top + i, indexed by sheet column. */
type RawRows = unknown[][];

function queueBand(ws: XlWorksheet, blocks: readonly Run[], chunk: RowChunk): () => Array<{ left: number; values: unknown[][] }> {
  const ranges: Array<{ left: number; range: XlRange }> = blocks.map((b) => ({
    left: b.from,
    range: ws.getRange(formatArea({ top: chunk.from, left: b.from, bottom: chunk.to, right: b.to })).load('values'),
  }));
  return () => ranges.map(({ left, range }) => ({ left, values: range.values }));
}

function store(rows: RawRows, top: number, chunk: RowChunk, bands: Array<{ left: number; values: unknown[][] }>): void {
  for (let r = chunk.from; r <= chunk.to; r++) {
    const row = (rows[r - top] ??= []);
    for (const band of bands) band.values[r - chunk.from].forEach((v, i) => (row[band.left + i] = v));
  }
}

function planChunks(from: number, to: number, rowsPerChunk: number): RowChunk[] {
  const chunks: RowChunk[] = [];
  for (let start = from; start <= to; start += rowsPerChunk) chunks.push({ from: start, to: Math.min(to, start + rowsPerChunk - 1) });
  return chunks;
}

/**
 * The raw `values` of the asked columns (no type pass): rows[i] is sheet row `fromRow + i`,
 * indexed by sheet column. Runs inside a batch; used by readColumns and by clearMarks' row search.
 * @example const { rows, lastRow } = await readRawColumnsIn(ctx, ws, { sheet: 'S', cols: [0, 2], fromRow: 1, chunkBytes: 3e6 });
 */
export async function readRawColumnsIn(ctx: XlContext, ws: XlWorksheet, req: ColumnReadRequest): Promise<{ rows: RawRows; lastRow: number }> {
  return readAll(ctx, ws, req, toRuns(req.cols));
}

async function readAll(ctx: XlContext, ws: XlWorksheet, req: ColumnReadRequest, blocks: readonly Run[]): Promise<{ rows: RawRows; lastRow: number }> {
  const probe: RowChunk = { from: req.fromRow, to: Math.min(req.toRow ?? Infinity, req.fromRow + PROBE_ROWS - 1) };
  const used = req.toRow === undefined ? ws.getUsedRangeOrNullObject(true).load('rowIndex, rowCount') : null;
  const readProbe = probe.to >= probe.from ? queueBand(ws, blocks, probe) : () => [];
  await ctx.sync();
  const lastRow = req.toRow ?? (used && !used.isNullObject ? used.rowIndex + used.rowCount : req.fromRow - 1);
  const rows: RawRows = [];
  if (lastRow < req.fromRow) return { rows, lastRow };
  const probed: RowChunk = { from: probe.from, to: Math.min(probe.to, lastRow) };
  const probeBands = readProbe().map((b) => ({ left: b.left, values: b.values.slice(0, probed.to - probed.from + 1) }));
  store(rows, req.fromRow, probed, probeBands);
  if (lastRow > probed.to) {
    const perRow = Math.max(16, probeBands.reduce((n, b) => n + jsonBytes(b.values), 0) / (probed.to - probed.from + 1));
    const rowsPerSync = Math.max(1, Math.floor(req.chunkBytes / (perRow * ESTIMATE_SAFETY)));
    const plan: LoadPlan<RowChunk, Array<{ left: number; values: unknown[][] }>> = {
      queue: (chunk) => queueBand(ws, blocks, chunk),
      split: (c) => (c.from === c.to ? null : planChunks(c.from, c.to, Math.ceil((c.to - c.from + 1) / 2))),
    };
    const groups = planChunks(probed.to + 1, lastRow, rowsPerSync).map((c) => [c]);
    for (const { item, result } of await loadInGroups(ctx, groups, plan)) store(rows, req.fromRow, item, result);
  }
  return { rows, lastRow };
}

/**
 * @example
 * const grid = await readColumnValues(runner, { sheet: '收文登记', cols: [0, 1, 3], fromRow: 3, chunkBytes: 3e6 });
 * grid.rows[0][1] // { type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } }
 */
export async function readColumnValues(runner: BatchRunner, req: ColumnReadRequest): Promise<Grid> {
  const blocks = toRuns(req.cols.filter((c) => Number.isInteger(c) && c >= 0 && c <= LAST_COLUMN));
  const empty: Grid = { sheet: req.sheet, top: req.fromRow, rows: [], merges: [], hiddenRows: new Set() };
  if (blocks.length === 0 || (req.toRow !== undefined && req.toRow < req.fromRow)) return empty;
  return runner.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(req.sheet);
    const { rows, lastRow } = await readAll(ctx, ws, req, blocks);
    if (lastRow < req.fromRow) return empty;
    const cols = blocks.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i));
    const typed = await resolveCellTypes(ctx, ws, { top: req.fromRow, rows, cols, chunkBytes: req.chunkBytes });
    return { sheet: req.sheet, top: req.fromRow, rows: typed.rows, merges: [], hiddenRows: typed.hiddenRows };
  }, req.sheet);
}

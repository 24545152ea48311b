/**
 * `readColumns`: only the asked columns, only their values, in as few round trips as the 5 MB
 * payload limit allows. The first sync asks each column where its own data ends (so a stray
 * cell far down another column costs nothing), which rows are visible, and reads a first share of
 * the rows — the whole register when readTop's hint says it fits, with the number formats of the
 * columns that hold numbers in the top rows (a number is a date only by its format). The rest is
 * read in chunks sized by what the first share actually weighed. A column whose data ends far
 * below the others (a stray cell at A1048576) has its tail read only where it holds cells.
 */
import type { Grid } from '../../core/types';
import { formatArea, parseAreaList } from './a1';
import { loadInGroups, type LoadPlan } from './adaptive-load';
import type { XlContext, XlRangeAreas, XlWorksheet } from './excel-api';
import { resolveCellTypes } from './format-pass';
import { jsonBytes } from './payload-budget';
import type { ReadHints, TopSample } from './read-hints';
import { hiddenRowsOf } from './read-top';
import { toRuns, type Run } from './row-runs';
import type { BatchRunner } from './run-batch';

const PROBE_ROWS = 100;
const LAST_ROW = 1_048_576;
/** Column XFD, Excel's last. */
const LAST_COLUMN = 16_383;
/** A probe of a hundred rows may understate later rows (longer titles further down): leave room. */
const PROBE_SAFETY = 1.5;
/** readTop's few dozen rows, across every asked column: a closer measure than a blind probe. */
const SAMPLE_SAFETY = 1.2;
/** The average of everything read so far (thousands of rows) varies little from chunk to chunk. */
const MEASURED_SAFETY = 1.04;
/** Rows read before the running average is trusted with MEASURED_SAFETY. */
const MEASURED_ROWS = 1_000;
/** A column whose data ends this many rows below most columns' has its tail looked at first. */
const TAIL_ROWS = 1_000;
/** A tail with more cells than this is data, read whole. */
const TAIL_CELLS = 5_000;

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

/** Raw `values` (or number formats) of the asked columns: rows[i] is sheet row top + i, indexed by sheet column. */
type RawRows = unknown[][];

interface Band {
  readonly left: number;
  readonly values: unknown[][];
  readonly formats: boolean;
}

interface ReadShape {
  readonly blocks: readonly Run[];
  /** Columns whose number formats are read with their values. */
  readonly formatBlocks: readonly Run[];
}

export interface RawColumns {
  readonly rows: RawRows;
  /** Number formats read with the values, same shape (only for the shape's format columns). */
  readonly formats: RawRows;
  readonly lastRow: number;
  /** Visible areas of the first column, when asked for. */
  readonly visible: ReturnType<typeof parseAreaList> | null;
}

function queueBands(ws: XlWorksheet, shape: ReadShape, chunk: RowChunk, col?: number): () => Band[] {
  const one: Run[] | null = col === undefined ? null : [{ from: col, to: col }];
  const blocks = one ?? shape.blocks;
  const formatBlocks = one ? (shape.formatBlocks.some((b) => b.from <= one[0].from && one[0].from <= b.to) ? one : []) : shape.formatBlocks;
  const area = (b: Run): string => formatArea({ top: chunk.from, left: b.from, bottom: chunk.to, right: b.to });
  const values = blocks.map((b) => ({ left: b.from, range: ws.getRange(area(b)).load('values') }));
  const formats = formatBlocks.map((b) => ({ left: b.from, range: ws.getRange(area(b)).load('numberFormat') }));
  return () => [
    ...values.map(({ left, range }) => ({ left, values: range.values, formats: false })),
    ...formats.map(({ left, range }) => ({ left, values: range.numberFormat, formats: true })),
  ];
}

function store(out: { rows: RawRows; formats: RawRows }, top: number, chunk: RowChunk, bands: readonly Band[]): void {
  for (const band of bands) {
    const target = band.formats ? out.formats : out.rows;
    for (let r = chunk.from; r <= chunk.to; r++) {
      const line = band.values[r - chunk.from];
      if (!line) continue;
      const row = (target[r - top] ??= []);
      line.forEach((v, i) => (row[band.left + i] = v));
    }
  }
}

function planChunks(from: number, to: number, rowsPerChunk: number): RowChunk[] {
  const chunks: RowChunk[] = [];
  for (let start = from; start <= to; start += rowsPerChunk) chunks.push({ from: start, to: Math.min(to, start + rowsPerChunk - 1) });
  return chunks;
}

function expand(blocks: readonly Run[]): number[] {
  return blocks.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i));
}

/** Bytes per row of a sample's columns (values and, for format columns, formats), or null without data rows. */
function sampleBytesPerRow(sample: TopSample, fromRow: number, shape: ReadShape): number | null {
  const first = fromRow - sample.top;
  const lines = sample.values.length - Math.max(0, first);
  if (first < 0 || lines <= 0) return null;
  const formatCols = new Set(expand(shape.formatBlocks));
  let bytes = 0;
  for (let i = first; i < sample.values.length; i++) {
    for (const c of expand(shape.blocks)) {
      const v = sample.values[i][c - sample.left] ?? '';
      bytes += jsonBytes(v) + 1;
      if (formatCols.has(c)) bytes += jsonBytes(sample.formats[i][c - sample.left] ?? 'General') + 1;
    }
  }
  return bytes / lines;
}

/** Columns holding a number in the sample's data rows: their formats tell dates from numbers. */
function numericColumns(sample: TopSample | undefined, fromRow: number, cols: readonly number[]): number[] {
  if (!sample) return [];
  const rows = sample.values.slice(Math.max(0, fromRow - sample.top));
  return cols.filter((c) => rows.some((line) => typeof line[c - sample.left] === 'number'));
}

/**
 * Where the bulk of the columns ends, and the columns that run on far below it: the bulk end is
 * the last row of the columns that end near the middle column's last row (of the columns with
 * cells: a register's empty columns say nothing of its length).
 */
function bulkEnd(lasts: ReadonlyMap<number, number>, fromRow: number): { end: number; tails: number[] } {
  const sorted = [...lasts.values()].filter((l) => l >= fromRow).sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const end = Math.max(0, ...sorted.filter((l) => l <= middle + TAIL_ROWS));
  return { end, tails: [...lasts].filter(([, l]) => l > end).map(([c]) => c) };
}

/** The bulk end the hint's column ends give for the asked columns (the sheet's last row for columns it does not know). */
function hintedBulkEnd(sample: TopSample, cols: readonly number[]): number {
  const ends = new Map(cols.map((c) => [c, sample.columnEnds[c] ?? sample.lastRow]));
  return bulkEnd(ends, 1).end;
}

interface TailProbe {
  readonly col: number;
  readonly from: number;
  readonly to: number;
  readonly constants: XlRangeAreas;
  readonly formulas: XlRangeAreas;
}

function queueTail(ws: XlWorksheet, col: number, from: number, to: number): TailProbe {
  const range = ws.getRange(formatArea({ top: from, left: col, bottom: to, right: col }));
  return {
    col,
    from,
    to,
    constants: range.getSpecialCellsOrNullObject('Constants').load('address, cellCount'),
    formulas: range.getSpecialCellsOrNullObject('Formulas').load('address, cellCount'),
  };
}

/** The row runs of a tail that hold cells, or the whole tail when it holds many. */
function tailRuns(probe: TailProbe): RowChunk[] {
  const found = [probe.constants, probe.formulas].filter((a) => !a.isNullObject);
  if (found.reduce((n, a) => n + a.cellCount, 0) > TAIL_CELLS) return [{ from: probe.from, to: probe.to }];
  const rows = found.flatMap((a) => parseAreaList(a.address)).flatMap((a) => Array.from({ length: a.bottom - a.top + 1 }, (_, i) => a.top + i));
  return toRuns(rows).map((r) => ({ from: r.from, to: r.to }));
}

interface ReadOptions {
  readonly formatCols?: readonly number[];
  readonly sample?: TopSample;
  readonly visibleOf?: number;
}

async function readAll(ctx: XlContext, ws: XlWorksheet, req: ColumnReadRequest, blocks: readonly Run[], options: ReadOptions = {}): Promise<RawColumns> {
  const cols = expand(blocks);
  const shape: ReadShape = { blocks, formatBlocks: toRuns(options.formatCols ?? []) };
  const bottom = req.toRow ?? LAST_ROW;
  const used = req.toRow === undefined
    ? cols.map((c) => ({ c, range: ws.getRange(formatArea({ top: req.fromRow, left: c, bottom, right: c })).getUsedRangeOrNullObject(true).load('rowIndex, rowCount') }))
    : [];
  const visible = options.visibleOf === undefined ? null : ws.getRange(formatArea({ top: req.fromRow, left: options.visibleOf, bottom, right: options.visibleOf })).getSpecialCellsOrNullObject('Visible').load('address');
  const samplePerRow = options.sample ? sampleBytesPerRow(options.sample, req.fromRow, shape) : null;
  const firstRows = samplePerRow === null
    ? PROBE_ROWS
    : Math.max(PROBE_ROWS, Math.floor(req.chunkBytes / (samplePerRow * SAMPLE_SAFETY)));
  // With a hint of where the columns end, the first share stops where most of them did.
  const hintedEnd = options.sample ? Math.max(hintedBulkEnd(options.sample, cols), req.fromRow + PROBE_ROWS - 1) : bottom;
  const first: RowChunk = { from: req.fromRow, to: Math.min(bottom, hintedEnd, req.fromRow + firstRows - 1) };
  const readFirst = first.to >= first.from ? queueBands(ws, shape, first) : () => [];
  await ctx.sync();
  const lasts = new Map<number, number>(
    req.toRow !== undefined ? cols.map((c) => [c, bottom]) : used.map(({ c, range }) => [c, range.isNullObject ? req.fromRow - 1 : range.rowIndex + range.rowCount]),
  );
  const lastRow = Math.max(req.fromRow - 1, ...lasts.values());
  const out = { rows: [] as RawRows, formats: [] as RawRows };
  const visibleAreas = visible && !visible.isNullObject ? parseAreaList(visible.address) : visible ? [] : null;
  if (lastRow < req.fromRow) return { ...out, lastRow, visible: visibleAreas };
  const { end, tails } = bulkEnd(lasts, req.fromRow);
  const firstKept: RowChunk = { from: first.from, to: Math.min(first.to, lastRow) };
  const firstBands = readFirst();
  store(out, req.fromRow, firstKept, firstBands);
  const measure = { rows: Math.min(first.to, end) - first.from + 1, bytes: 0 };
  measure.bytes = firstBands.reduce((n, b) => n + jsonBytes(b.values.slice(0, Math.max(0, measure.rows))), 0);
  const rowsPerSync = (): number => {
    const perRow = Math.max(16, measure.rows > 0 ? measure.bytes / measure.rows : samplePerRow ?? 16);
    return Math.max(1, Math.floor(req.chunkBytes / (perRow * (measure.rows >= MEASURED_ROWS ? MEASURED_SAFETY : PROBE_SAFETY))));
  };
  const split = (c: RowChunk): RowChunk[] | null => (c.from === c.to ? null : planChunks(c.from, c.to, Math.ceil((c.to - c.from + 1) / 2)));
  const bulkPlan: LoadPlan<RowChunk, Band[]> = { queue: (chunk) => queueBands(ws, shape, chunk), split };
  // Tails are looked at in the first sync of the rest (or one of their own), then read where they hold cells.
  const tailFrom = Math.max(first.to, end) + 1;
  const probes = tails.filter((c) => (lasts.get(c) ?? 0) >= tailFrom).map((c) => queueTail(ws, c, tailFrom, lasts.get(c) ?? tailFrom));
  if (end <= first.to && probes.length > 0) await ctx.sync();
  // Each chunk is sized by the running average of what was read so far.
  for (let from = first.to + 1; from <= end; ) {
    const chunk: RowChunk = { from, to: Math.min(end, from + rowsPerSync() - 1) };
    for (const { item, result } of await loadInGroups(ctx, [[chunk]], bulkPlan)) {
      store(out, req.fromRow, item, result);
      measure.rows += item.to - item.from + 1;
      measure.bytes += result.reduce((n, b) => n + jsonBytes(b.values), 0);
    }
    from = chunk.to + 1;
  }
  for (const probe of probes) {
    const runs = tailRuns(probe).flatMap((r) => planChunks(r.from, r.to, rowsPerSync()));
    const plan: LoadPlan<RowChunk, Band[]> = { queue: (chunk) => queueBands(ws, shape, chunk, probe.col), split };
    for (const { item, result } of await loadInGroups(ctx, runs.map((r) => [r]), plan)) store(out, req.fromRow, item, result);
  }
  return { ...out, lastRow, visible: visibleAreas };
}

/**
 * The raw `values` of the asked columns (no type pass): rows[i] is sheet row `fromRow + i`,
 * indexed by sheet column. Runs inside a batch; used by clearMarks' row search.
 * @example const { rows, lastRow } = await readRawColumnsIn(ctx, ws, { sheet: 'S', cols: [0, 2], fromRow: 1, chunkBytes: 3e6 });
 */
export async function readRawColumnsIn(ctx: XlContext, ws: XlWorksheet, req: ColumnReadRequest): Promise<{ rows: RawRows; lastRow: number }> {
  return readAll(ctx, ws, req, toRuns(req.cols));
}

/**
 * @example
 * const grid = await readColumnValues(runner, { sheet: '收文登记', cols: [0, 1, 3], fromRow: 3, chunkBytes: 3.8e6 });
 * grid.rows[0][1] // { type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } }
 */
export async function readColumnValues(runner: BatchRunner, req: ColumnReadRequest, hints?: ReadHints): Promise<Grid> {
  const blocks = toRuns(req.cols.filter((c) => Number.isInteger(c) && c >= 0 && c <= LAST_COLUMN));
  const empty: Grid = { sheet: req.sheet, top: req.fromRow, rows: [], merges: [], hiddenRows: new Set() };
  if (blocks.length === 0 || (req.toRow !== undefined && req.toRow < req.fromRow)) return empty;
  const sample = hints?.sampleOf(req.sheet);
  const cols = expand(blocks);
  return runner.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(req.sheet);
    const read = await readAll(ctx, ws, req, blocks, { sample, formatCols: numericColumns(sample, req.fromRow, cols), visibleOf: cols[0] });
    if (read.lastRow < req.fromRow) return empty;
    const typed = await resolveCellTypes(ctx, ws, { top: req.fromRow, rows: read.rows, formats: read.formats, cols, chunkBytes: req.chunkBytes });
    const hiddenRows = hiddenRowsOf(read.visible ?? [], req.fromRow, read.lastRow);
    return { sheet: req.sheet, top: req.fromRow, rows: typed, merges: [], hiddenRows };
  }, req.sheet);
}

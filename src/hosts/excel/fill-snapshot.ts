/**
 * Reading the fills of many rows in few round trips. A range whose fill reads uniform has that
 * fill in every cell (Office.js gives null for a property that differs between cells): no fill
 * at all, the usual case in a register before marking, or the add-in's own paint when clearing.
 * One check covers a block of rows joined across short gaps; blocks that differ are checked again
 * run by run, and only runs that still differ get their cells read one by one with
 * `getCellProperties` (ExcelApi 1.9), chunked to the payload budget. At most three levels.
 */
import type { FillState } from '../../core/marks/mark-types';
import { formatArea } from './a1';
import { loadInGroups, type LoadPlan } from './adaptive-load';
import type { XlCellProperties, XlContext, XlWorksheet } from './excel-api';
import { NO_FILL, fillStateOf, isStriped } from './fill-state';
import { OPERATION_BYTES, packBySize } from './payload-budget';
import { bridgeRuns, toRuns, type Run } from './row-runs';

export interface RowSpan {
  readonly row: number;
  readonly fromCol: number;
  readonly toCol: number;
}

/** Response bytes of one cell's fill properties (colour, pattern, tint, stripe colour and tint). */
const CELL_PROPS_BYTES = 140;
/** Below this many response bytes, undecided cells are read outright, without a second check. */
const DIRECT_READ_BYTES = 256_000;
/** Unmarked rows a uniformity check may span to join two blocks. */
const CHECK_GAP = 20;

interface Block {
  readonly rows: Run;
  readonly fromCol: number;
  readonly toCol: number;
}

function blocksOf(spans: readonly RowSpan[], gap: number, groupOf: (span: RowSpan) => string = () => ''): Block[] {
  const bySpan = new Map<string, number[]>();
  for (const s of spans) {
    const key = `${s.fromCol}:${s.toCol}:${groupOf(s)}`;
    const rows = bySpan.get(key);
    if (rows) rows.push(s.row);
    else bySpan.set(key, [s.row]);
  }
  const blocks: Block[] = [];
  for (const [key, rows] of bySpan) {
    const [fromCol, toCol] = key.split(':', 2).map(Number);
    for (const run of bridgeRuns(toRuns(rows), gap)) blocks.push({ rows: run, fromCol, toCol });
  }
  return blocks;
}

function splitRows(b: Block, maxRows: number): Block[] {
  const parts: Block[] = [];
  for (let from = b.rows.from; from <= b.rows.to; from += maxRows) parts.push({ ...b, rows: { from, to: Math.min(b.rows.to, from + maxRows - 1) } });
  return parts;
}

function area(b: Block): string {
  return formatArea({ top: b.rows.from, left: b.fromCol, bottom: b.rows.to, right: b.toCol });
}

function cellCount(b: Block): number {
  return (b.rows.to - b.rows.from + 1) * (b.toCol - b.fromCol + 1);
}

/**
 * One check per block: a fill Office.js reports for the whole range (pattern, colour and tint all
 * uniform, so every cell has it), or null when the cells differ (Office.js gives null for a
 * property that is not uniform).
 */
function checkPlan(ws: XlWorksheet): LoadPlan<Block, FillState | null> {
  return {
    queue: (b) => {
      const fill = ws.getRange(area(b)).format.fill.load('pattern, color, tintAndShade, patternColor, patternTintAndShade');
      return () => {
        if (fill.pattern === 'None') return NO_FILL;
        if (fill.pattern === null || fill.color === null || fill.tintAndShade === null) return null;
        // Stripes whose colour differs between cells (null, as Office.js reads other properties that differ) need the cells.
        if (isStriped(fill.pattern) && (fill.patternColor === null || fill.patternTintAndShade === null)) return null;
        return fillStateOf({ pattern: fill.pattern, color: fill.color, tintAndShade: fill.tintAndShade, patternColor: fill.patternColor, patternTintAndShade: fill.patternTintAndShade });
      };
    },
    split: () => null,
  };
}

function cellPlan(ws: XlWorksheet): LoadPlan<Block, XlCellProperties[][]> {
  return {
    queue: (b) => {
      const props = ws.getRange(area(b)).getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true, patternColor: true, patternTintAndShade: true } } });
      return () => props.value;
    },
    split: (b) => {
      if (b.rows.from === b.rows.to) return null;
      const mid = Math.floor((b.rows.from + b.rows.to) / 2);
      return [{ ...b, rows: { from: b.rows.from, to: mid } }, { ...b, rows: { from: mid + 1, to: b.rows.to } }];
    },
  };
}

export interface PendingSnapshot {
  /** Whether the first checks were queued: the caller's next sync must carry them. */
  readonly queued: boolean;
  /** After that sync: the fills of each span's cells, by row (`fills[i]` is column `fromCol + i`). */
  finish(): Promise<Map<number, FillState[]>>;
}

/**
 * Queues the first uniformity checks so they ride on the caller's next sync (no extra round
 * trip for a register without fills), and finishes the snapshot after it.
 * @example
 * const pending = startSnapshot(ctx, ws, spans, 3e6);
 * await ctx.sync(); // the caller's own loads go in the same round trip
 * const fills = await pending.finish();
 */
export interface SnapshotOptions {
  /**
   * Rows expected to share a fill (clearing: rows painted with the same mark): first checks then
   * cover only such rows, without bridging gaps, so that each settles at the first level.
   */
  readonly expectedFill?: (span: RowSpan) => string;
}

export function startSnapshot(ctx: XlContext, ws: XlWorksheet, spans: readonly RowSpan[], chunkBytes: number, options: SnapshotOptions = {}): PendingSnapshot {
  const out = new Map<number, FillState[]>();
  const wanted = new Map(spans.map((s) => [s.row, s]));
  const checks = checkPlan(ws);
  const firstBlocks = options.expectedFill ? blocksOf(spans, 0, options.expectedFill) : blocksOf(spans, CHECK_GAP);
  const [firstGroup = [], ...otherGroups] = packBySize(firstBlocks, () => OPERATION_BYTES, chunkBytes);
  const firstReads = firstGroup.map((item) => ({ item, read: checks.queue(item) }));
  const sortChecked = (checked: ReadonlyArray<{ item: Block; result: FillState | null }>, undecided: RowSpan[]): void => {
    for (const { item, result } of checked) {
      for (let row = item.rows.from; row <= item.rows.to; row++) {
        const span = wanted.get(row);
        if (!span || span.fromCol !== item.fromCol || span.toCol !== item.toCol) continue;
        if (result) out.set(row, Array(span.toCol - span.fromCol + 1).fill(result));
        else undecided.push(span);
      }
    }
  };
  const finish = async (): Promise<Map<number, FillState[]>> => {
    // Wide blocks first, then the marked runs of blocks that had some fill, then cell by cell
    // only where a run has fills: three levels at most.
    const undecided: RowSpan[] = [];
    sortChecked(firstReads.map(({ item, read }) => ({ item, result: read() })), undecided);
    sortChecked(await loadInGroups(ctx, otherGroups, checks), undecided);
    let mixed: RowSpan[] = [];
    const runs = blocksOf(undecided, 0);
    // Few cells left: reading them outright is cheaper than another round of checks.
    if (runs.reduce((n, b) => n + cellCount(b), 0) * CELL_PROPS_BYTES <= DIRECT_READ_BYTES) mixed = undecided;
    else sortChecked(await loadInGroups(ctx, packBySize(runs, () => OPERATION_BYTES, chunkBytes), checks), mixed);
    const fine = blocksOf(mixed, 0).flatMap((b) => splitRows(b, Math.max(1, Math.floor(chunkBytes / ((b.toCol - b.fromCol + 1) * CELL_PROPS_BYTES)))));
    const groups = packBySize(fine, (b) => OPERATION_BYTES + cellCount(b) * CELL_PROPS_BYTES, chunkBytes);
    for (const { item, result } of await loadInGroups(ctx, groups, cellPlan(ws))) {
      result.forEach((line, i) => out.set(item.rows.from + i, line.map((p) => fillStateOf(p.format?.fill))));
    }
    return out;
  };
  return { queued: firstReads.length > 0, finish };
}

/**
 * The fills of each span's cells, by row (`fills[i]` is column `fromCol + i`).
 * @example
 * const fills = await snapshotFills(ctx, ws, [{ row: 5, fromCol: 0, toCol: 5 }], 3e6);
 * fills.get(5) // [{ pattern: 'none' }, …]
 */
export async function snapshotFills(ctx: XlContext, ws: XlWorksheet, spans: readonly RowSpan[], chunkBytes: number): Promise<Map<number, FillState[]>> {
  const pending = startSnapshot(ctx, ws, spans, chunkBytes);
  if (pending.queued) await ctx.sync();
  return pending.finish();
}

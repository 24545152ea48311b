/**
 * For clearMarks on one sheet: where each logged row is now and which of its cells still show
 * the add-in's paint. The cheap path checks the logged rows only (their key cells and fills);
 * only if some key no longer matches — the clerk sorted or inserted rows — are the key columns of
 * the whole sheet read to find the rows again.
 */
import { locateMarkedRows, planRestore } from '../../core/marks/find-marked-row';
import type { FillState, MarkLogEntry } from '../../core/marks/mark-types';
import { markLayerOf } from '../../core/marks/merge-mark-log';
import { MARK_PALETTE, showsMarkFill } from '../../core/marks/palette';
import type { XlContext } from './excel-api';
import { protectedSheetError } from './excel-errors';
import { snapshotFills, startSnapshot, type RowSpan } from './fill-snapshot';
import type { CellFill } from './fill-writes';
import { startKeyCells } from './key-cells';
import { readRawColumnsIn } from './read-columns';
import { keyColumnsOfEntry, keyOfRow, rowsByKeyOf } from './row-keys-now';

/** Stands for "still painted" where an interrupted attempt already restored the cell. */
const PAINT: FillState = { pattern: 'solid', color: MARK_PALETTE.overdue.rgb };

export interface SheetClearPlan {
  /** Cells to give their logged fill back, with the kind of mark they carry now. */
  readonly restore: ReadonlyArray<CellFill & { readonly kind: MarkLogEntry['kind'] }>;
  /** The entry a restored cell belongs to. */
  entryOf(cell: CellFill): MarkLogEntry | undefined;
  readonly handled: ReadonlySet<MarkLogEntry>;
  readonly rowsRestored: number;
  readonly cellsKeptByUser: number;
  readonly rowsNotFound: number;
}

/** One span per row covering every logged span of it. */
function unionSpans(spans: readonly RowSpan[]): RowSpan[] {
  const byRow = new Map<number, RowSpan>();
  for (const s of spans) {
    const old = byRow.get(s.row);
    byRow.set(s.row, old ? { row: s.row, fromCol: Math.min(old.fromCol, s.fromCol), toCol: Math.max(old.toCol, s.toCol) } : s);
  }
  return [...byRow.values()];
}

/**
 * Finds the entries again slot by slot: a row may hold a status entry and several validation
 * entries, each of which must get that row, while within one slot a row goes to one entry only.
 */
function locateBySlot(entries: readonly MarkLogEntry[], rowsByKey: ReadonlyMap<string, readonly number[]>, isPainted: (row: number, col: number) => boolean): ReturnType<typeof locateMarkedRows> {
  const slots = new Map<string, MarkLogEntry[]>();
  for (const e of entries) {
    const slot = markLayerOf(e.kind) === 'status' ? 'status' : `${e.fromCol}:${e.toCol}`;
    const list = slots.get(slot);
    if (list) list.push(e);
    else slots.set(slot, [e]);
  }
  return [...slots.values()].flatMap((list) => locateMarkedRows(list, rowsByKey, isPainted));
}

function fillsAt(fills: ReadonlyMap<number, FillState[]>, spans: ReadonlyMap<number, RowSpan>, row: number, col: number): FillState | undefined {
  const span = spans.get(row);
  return span ? fills.get(row)?.[col - span.fromCol] : undefined;
}

/**
 * @example const plan = await planSheetClear(ctx, '收文登记', entries, 3e6); plan.rowsNotFound
 */
export async function planSheetClear(
  ctx: XlContext,
  sheet: string,
  entries: readonly MarkLogEntry[],
  chunkBytes: number,
  restoredEarlier: (row: number, col: number) => boolean = () => false,
): Promise<SheetClearPlan> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const protection = ws.protection.load('protected');
  const keyCols = [...new Set(entries.flatMap(keyColumnsOfEntry))];
  const keyReads = startKeyCells(ctx, ws, entries.map((e) => e.row), keyCols, chunkBytes);
  const logged = unionSpans(entries.map((e) => ({ row: e.row, fromCol: e.fromCol, toCol: e.toCol })));
  // A row still where it was shows its mark's paint: rows of the same kind are checked together.
  const kindAt = new Map<number, string>();
  for (const e of entries) kindAt.set(e.row, kindAt.has(e.row) && kindAt.get(e.row) !== e.kind ? 'mixed' : e.kind);
  const snapshot = startSnapshot(ctx, ws, logged, chunkBytes, { expectedFill: (span) => kindAt.get(span.row) ?? '' });
  await ctx.sync();
  if (protection.protected) throw protectedSheetError(sheet);
  const keysNow = await keyReads.finish();
  const fills = await snapshot.finish();
  const inPlace = entries.every((e) => keyOfRow(keysNow.get(e.row), keyColumnsOfEntry(e)) === e.key);
  let rowsByKey: Map<string, number[]>;
  if (inPlace) {
    rowsByKey = new Map();
    for (const e of entries) {
      const list = rowsByKey.get(e.key);
      if (list) list.push(e.row);
      else rowsByKey.set(e.key, [e.row]);
    }
  } else {
    const scan = await readRawColumnsIn(ctx, ws, { sheet, cols: keyCols, fromRow: 1, chunkBytes });
    rowsByKey = rowsByKeyOf(entries, scan.rows, 1);
  }
  const spanOf = new Map(logged.map((s) => [s.row, s]));
  // A cell this clear already restored in an attempt Excel interrupted still counts as painted.
  const painted = (fill: FillState | undefined, row: number, col: number): boolean => restoredEarlier(row, col) || showsMarkFill(fill);
  const located = locateBySlot(entries, rowsByKey, (row, col) => painted(fillsAt(fills, spanOf, row, col), row, col));
  const moved = unionSpans(located.filter((l) => l.at && l.at.row !== l.entry.row).map((l) => ({ row: l.at?.row ?? 0, fromCol: l.entry.fromCol, toCol: l.entry.toCol })));
  const movedFills = await snapshotFills(ctx, ws, moved, chunkBytes);
  const movedSpans = new Map(moved.map((s) => [s.row, s]));
  const restore: Array<CellFill & { kind: MarkLogEntry['kind'] }> = [];
  const owner = new Map<CellFill, MarkLogEntry>();
  const handled = new Set<MarkLogEntry>();
  const rowsRestored = new Set<number>();
  let cellsKeptByUser = 0;
  let rowsNotFound = 0;
  for (const { entry, at } of located) {
    handled.add(entry);
    if (!at) {
      rowsNotFound++;
      continue;
    }
    const isMoved = at.row !== entry.row;
    const current = Array.from({ length: entry.toCol - entry.fromCol + 1 }, (_, i) => {
      const col = entry.fromCol + i;
      const fill = isMoved ? fillsAt(movedFills, movedSpans, at.row, col) : fillsAt(fills, spanOf, at.row, col);
      return restoredEarlier(at.row, col) ? PAINT : fill;
    });
    const plan = planRestore(entry, current);
    rowsRestored.add(at.row);
    cellsKeptByUser += plan.keptByUser;
    for (const r of plan.restore) {
      const cell = { row: at.row, col: r.col, fill: r.fill, kind: entry.kind };
      restore.push(cell);
      owner.set(cell, entry);
    }
  }
  return { restore, entryOf: (cell) => owner.get(cell), handled, rowsRestored: rowsRestored.size, cellsKeptByUser, rowsNotFound };
}

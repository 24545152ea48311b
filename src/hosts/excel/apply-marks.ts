/**
 * `applyMarks`: paints the rows and records, in the mark log, the fill each cell had before, so
 * that clearMarks can give it back. Round trips: the log (ids, then XML) with the protection
 * check, the fills snapshot, then the log and the paint together — more only when the payload
 * limit forces chunks. A sheet under protection is refused before anything is written; a write
 * that fails midway is undone from the snapshot, and the old log put back.
 */
import type { FillState, MarkKind, MarkLogEntry, RowMark } from '../../core/marks/mark-types';
import { markLayerOf, mergeMarkLog } from '../../core/marks/merge-mark-log';
import { MARK_LOG_NAMESPACE } from '../../core/settings/stored-settings';
import type { MarkOutcome } from '../host';
import type { XlContext } from './excel-api';
import { protectedSheetError } from './excel-errors';
import { startSnapshot, type RowSpan } from './fill-snapshot';
import { fillOpBytes, paintOps, queueFillOp, restoreOps, type FillOp } from './fill-writes';
import { logWriteBytes, logWrites, queueLogWrite, type LogWrite } from './log-writes';
import { markLogDocuments, readMarkLogIn } from './mark-log-store';
import type { BatchRunner } from './run-batch';
import { syncInGroups } from './sync-groups';
import { listPartsIn } from './xml-part-store';

/** What a mark did so far, to undo it after a failure (kept across the retry of a batch). */
interface MarkJournal {
  snapshot: Map<number, FillState[]> | null;
  oldDocuments: readonly string[] | null;
  wrote: boolean;
}

type WriteItem = { readonly log: LogWrite } | { readonly fill: FillOp };

function itemBytes(item: WriteItem): number {
  return 'log' in item ? logWriteBytes(item.log) : fillOpBytes(item.fill);
}

/**
 * Marks inside Excel's grid, one status mark per row and one validation mark per cell run (the
 * last given wins): a row may carry both layers, and several invalid cells.
 */
export function cleanMarks(marks: readonly RowMark[]): RowMark[] {
  const bySlot = new Map<string, RowMark>();
  for (const m of marks) {
    if (!(Number.isInteger(m.row) && m.row >= 1 && m.fromCol >= 0 && m.toCol >= m.fromCol && m.toCol < 16_384)) continue;
    bySlot.set(markLayerOf(m.kind) === 'status' ? `${m.row}` : `${m.row}:${m.fromCol}:${m.toCol}`, m);
  }
  return [...bySlot.values()].sort((a, b) => a.row - b.row || a.fromCol - b.fromCol);
}

/** One span per row covering every mark of it: the cells whose fills the snapshot reads. */
export function rowSpansOf(marks: readonly RowMark[]): Map<number, RowSpan> {
  const byRow = new Map<number, RowSpan>();
  for (const m of marks) {
    const old = byRow.get(m.row);
    byRow.set(m.row, old ? { row: m.row, fromCol: Math.min(old.fromCol, m.fromCol), toCol: Math.max(old.toCol, m.toCol) } : { row: m.row, fromCol: m.fromCol, toCol: m.toCol });
  }
  return byRow;
}

/**
 * Validation marks already logged on the rows a status paint covers, to be painted again on top:
 * the violet of an invalid cell stays visible under a new highlight.
 */
export function marksOnTop(entries: readonly MarkLogEntry[], sheet: string, marks: readonly RowMark[]): RowMark[] {
  const status = new Map(marks.filter((m) => markLayerOf(m.kind) === 'status').map((m) => [m.row, m]));
  if (status.size === 0) return [];
  return entries
    .filter((e) => e.sheet === sheet && markLayerOf(e.kind) === 'cell')
    .filter((e) => {
      const under = status.get(e.row);
      return under !== undefined && under.key === e.key && e.fromCol >= under.fromCol && e.toCol <= under.toCol;
    })
    .map((e) => ({ row: e.row, fromCol: e.fromCol, toCol: e.toCol, kind: e.kind, key: e.key }));
}

async function writeItems(ctx: XlContext, sheet: string, items: readonly WriteItem[], chunkBytes: number): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  await syncInGroups(ctx, items, itemBytes, chunkBytes, (item) => ('log' in item ? queueLogWrite(ctx, item.log) : queueFillOp(ws, item.fill)));
}

async function markIn(ctx: XlContext, sheet: string, marks: readonly RowMark[], journal: MarkJournal, chunkBytes: number): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const protection = ws.protection.load('protected');
  const spans = rowSpansOf(marks);
  // The protection check and the first fill checks travel with the log's first round trip.
  const snapshot = startSnapshot(ctx, ws, [...spans.values()], chunkBytes);
  const stored = await readMarkLogIn(ctx, chunkBytes);
  if (protection.protected) throw protectedSheetError(sheet);
  const before = await snapshot.finish();
  journal.snapshot ??= before;
  journal.oldDocuments ??= stored.documents;
  const beforeOf = (m: RowMark): FillState[] => {
    const from = spans.get(m.row)?.fromCol ?? m.fromCol;
    return (before.get(m.row) ?? []).slice(m.fromCol - from, m.toCol - from + 1);
  };
  const fresh: MarkLogEntry[] = marks.map((m) => ({ sheet, kind: m.kind, row: m.row, fromCol: m.fromCol, toCol: m.toCol, key: m.key, before: beforeOf(m) }));
  const documents = markLogDocuments(mergeMarkLog(stored.log, fresh), chunkBytes / 2);
  // The log goes first: if painting stops midway, the log already knows what was under the paint.
  // Validation marks go on top of status marks, whichever was given or logged first.
  const cellMarks = [...marks.filter((m) => markLayerOf(m.kind) === 'cell'), ...marksOnTop(stored.log.entries, sheet, marks)];
  const paint = [...paintOps(marks.filter((m) => markLayerOf(m.kind) === 'status')), ...paintOps(cellMarks)];
  const items: WriteItem[] = [...logWrites(stored.parts, documents).map((log) => ({ log })), ...paint.map((fill) => ({ fill }))];
  journal.wrote = true;
  await writeItems(ctx, sheet, items, chunkBytes);
}

async function undoIn(ctx: XlContext, sheet: string, marks: readonly RowMark[], journal: MarkJournal, chunkBytes: number): Promise<void> {
  const snapshot = journal.snapshot ?? new Map<number, FillState[]>();
  const cells = [...rowSpansOf(marks).values()].flatMap((s) => (snapshot.get(s.row) ?? []).map((fill, i) => ({ row: s.row, col: s.fromCol + i, fill })));
  const parts = await listPartsIn(ctx, MARK_LOG_NAMESPACE);
  const items: WriteItem[] = [...restoreOps(cells).ops.map((fill) => ({ fill })), ...logWrites(parts, journal.oldDocuments ?? []).map((log) => ({ log }))];
  await writeItems(ctx, sheet, items, chunkBytes);
}

/**
 * @example
 * const outcome = await applyRowMarks(runner, '收文登记', marks, 3e6);
 * outcome.byKind.overdue // 5
 */
export async function applyRowMarks(runner: BatchRunner, sheet: string, marks: readonly RowMark[], chunkBytes: number): Promise<MarkOutcome> {
  const clean = cleanMarks(marks);
  const byKind: Partial<Record<MarkKind, number>> = {};
  for (const m of clean) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  if (clean.length === 0) return { sheet, rowsMarked: 0, byKind };
  const journal: MarkJournal = { snapshot: null, oldDocuments: null, wrote: false };
  try {
    await runner.run((ctx) => markIn(ctx, sheet, clean, journal, chunkBytes), sheet);
  } catch (error) {
    if (journal.wrote) await runner.runPatiently((ctx) => undoIn(ctx, sheet, clean, journal, chunkBytes), sheet);
    throw error;
  }
  return { sheet, rowsMarked: clean.length, byKind };
}

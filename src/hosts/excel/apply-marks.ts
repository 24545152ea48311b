/**
 * `applyMarks`: paints the rows and records, in the mark log, the fill each cell had before, so
 * that clearMarks can give it back. Round trips: the log (ids, then XML) with the protection
 * check, the fills snapshot, then the log and the paint together — more only when the payload
 * limit forces chunks. A sheet under protection is refused before anything is written; a write
 * that fails midway is undone from the snapshot, and the old log put back.
 */
import type { FillState, MarkKind, MarkLogEntry, RowMark } from '../../core/marks/mark-types';
import { mergeMarkLog } from '../../core/marks/merge-mark-log';
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

/** One mark per row (the last given wins), inside Excel's grid. */
function cleanMarks(marks: readonly RowMark[]): RowMark[] {
  const byRow = new Map<number, RowMark>();
  for (const m of marks) {
    if (Number.isInteger(m.row) && m.row >= 1 && m.fromCol >= 0 && m.toCol >= m.fromCol && m.toCol < 16_384) byRow.set(m.row, m);
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

async function writeItems(ctx: XlContext, sheet: string, items: readonly WriteItem[], chunkBytes: number): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  await syncInGroups(ctx, items, itemBytes, chunkBytes, (item) => ('log' in item ? queueLogWrite(ctx, item.log) : queueFillOp(ws, item.fill)));
}

async function markIn(ctx: XlContext, sheet: string, marks: readonly RowMark[], journal: MarkJournal, chunkBytes: number): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const protection = ws.protection.load('protected');
  const spans: RowSpan[] = marks.map((m) => ({ row: m.row, fromCol: m.fromCol, toCol: m.toCol }));
  // The protection check and the first fill checks travel with the log's first round trip.
  const snapshot = startSnapshot(ctx, ws, spans, chunkBytes);
  const stored = await readMarkLogIn(ctx, chunkBytes);
  if (protection.protected) throw protectedSheetError(sheet);
  const before = await snapshot.finish();
  journal.snapshot ??= before;
  journal.oldDocuments ??= stored.documents;
  const fresh: MarkLogEntry[] = marks.map((m) => ({ sheet, kind: m.kind, row: m.row, fromCol: m.fromCol, toCol: m.toCol, key: m.key, before: before.get(m.row) ?? [] }));
  const documents = markLogDocuments(mergeMarkLog(stored.log, fresh), chunkBytes / 2);
  // The log goes first: if painting stops midway, the log already knows what was under the paint.
  const items: WriteItem[] = [...logWrites(stored.parts, documents).map((log) => ({ log })), ...paintOps(marks).map((fill) => ({ fill }))];
  journal.wrote = true;
  await writeItems(ctx, sheet, items, chunkBytes);
}

async function undoIn(ctx: XlContext, sheet: string, marks: readonly RowMark[], journal: MarkJournal, chunkBytes: number): Promise<void> {
  const snapshot = journal.snapshot ?? new Map<number, FillState[]>();
  const cells = marks.flatMap((m) => (snapshot.get(m.row) ?? []).map((fill, i) => ({ row: m.row, col: m.fromCol + i, fill })));
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

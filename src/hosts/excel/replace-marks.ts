/**
 * `replaceMarks`: re-highlighting in one pass. The previous marks of the given kinds are taken
 * off and the new ones put on with one read of the mark log, one snapshot and one write: the
 * outcome is what clearMarks then applyMarks give (the new marks record the fill each cell would
 * have had after the clear), in about half the round trips. A write that fails midway is undone:
 * the cells get back what they showed before and the old log is put back.
 */
import type { FillState, MarkKind, MarkLogEntry, RowMark } from '../../core/marks/mark-types';
import { markLayerOf, mergeMarkLog, removeMarkEntries } from '../../core/marks/merge-mark-log';
import { MARK_LOG_NAMESPACE } from '../../core/settings/stored-settings';
import type { ClearOutcome, MarkOutcome, ReplaceOutcome } from '../host';
import { cleanMarks, marksOnTop, rowSpansOf } from './apply-marks';
import { restoreWritesOf, type RestoredCell } from './clear-marks';
import type { XlContext } from './excel-api';
import { protectedSheetError } from './excel-errors';
import { startSnapshot } from './fill-snapshot';
import { fillOpBytes, paintOps, queueFillOp, restoreOps, type FillOp } from './fill-writes';
import { planSheetClear } from './locate-entries';
import { logWriteBytes, logWrites, queueLogWrite, type LogWrite } from './log-writes';
import { markLogDocuments, readMarkLogIn } from './mark-log-store';
import type { BatchRunner } from './run-batch';
import { syncInGroups } from './sync-groups';
import { listPartsIn } from './xml-part-store';

interface ReplaceJournal {
  /** Fills of the new marks' cells before anything was written. */
  snapshot: Map<number, FillState[]> | null;
  /** Cells the clear part gave back, with the paint they showed. */
  restored: RestoredCell[];
  oldDocuments: readonly string[] | null;
  wrote: boolean;
}

type WriteItem = { readonly log: LogWrite } | { readonly fill: FillOp };

const itemBytes = (item: WriteItem): number => ('log' in item ? logWriteBytes(item.log) : fillOpBytes(item.fill));

async function writeItems(ctx: XlContext, sheet: string, items: readonly WriteItem[], chunkBytes: number): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  await syncInGroups(ctx, items, itemBytes, chunkBytes, (item) => ('log' in item ? queueLogWrite(ctx, item.log) : queueFillOp(ws, item.fill)));
}

function outcomeOf(sheet: string, marks: readonly RowMark[]): MarkOutcome {
  const byKind: Partial<Record<MarkKind, number>> = {};
  for (const m of marks) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  return { sheet, rowsMarked: marks.length, byKind };
}

async function replaceIn(ctx: XlContext, sheet: string, kinds: readonly MarkKind[], marks: readonly RowMark[], journal: ReplaceJournal, chunkBytes: number): Promise<ClearOutcome> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const protection = ws.protection.load('protected');
  const spans = rowSpansOf(marks);
  const snapshot = startSnapshot(ctx, ws, [...spans.values()], chunkBytes);
  const stored = await readMarkLogIn(ctx, chunkBytes);
  if (protection.protected) throw protectedSheetError(sheet);
  const selected = (e: MarkLogEntry): boolean => e.sheet === sheet && kinds.includes(e.kind);
  const old = stored.log.entries.filter(selected);
  let cleared: ClearOutcome = { sheet, rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: 0 };
  let restoreFills: FillOp[] = [];
  let handled = new Set<MarkLogEntry>();
  if (old.length > 0) {
    const plan = await planSheetClear(ctx, sheet, old, chunkBytes);
    const writes = restoreWritesOf(plan, stored.log.entries.filter((e) => e.sheet === sheet && !selected(e)));
    restoreFills = writes.ops;
    handled = writes.handled;
    journal.restored = writes.kept;
    cleared = { sheet, rowsRestored: plan.rowsRestored, cellsKeptByUser: plan.cellsKeptByUser, rowsNotFound: plan.rowsNotFound };
  }
  const before = await snapshot.finish();
  journal.snapshot = before;
  journal.oldDocuments = stored.documents;
  // What each cell shows once the clear part is done: the new marks record that.
  const afterClear = new Map(journal.restored.map((c) => [`${c.row}:${c.col}`, c.fill]));
  const beforeOf = (m: RowMark): FillState[] => {
    const from = spans.get(m.row)?.fromCol ?? m.fromCol;
    const now = before.get(m.row) ?? [];
    return Array.from({ length: m.toCol - m.fromCol + 1 }, (_, i) => afterClear.get(`${m.row}:${m.fromCol + i}`) ?? now[m.fromCol + i - from] ?? { pattern: 'none' });
  };
  const fresh: MarkLogEntry[] = marks.map((m) => ({ sheet, kind: m.kind, row: m.row, fromCol: m.fromCol, toCol: m.toCol, key: m.key, before: beforeOf(m) }));
  const staying = removeMarkEntries(stored.log, (e) => handled.has(e));
  const documents = markLogDocuments(mergeMarkLog(staying, fresh), chunkBytes / 2);
  const cellMarks = [...marks.filter((m) => markLayerOf(m.kind) === 'cell'), ...marksOnTop(staying.entries, sheet, marks)];
  const paint = [...paintOps(marks.filter((m) => markLayerOf(m.kind) === 'status')), ...paintOps(cellMarks)];
  // The log first (it knows what lies under any paint), then the clerk's fills back, then the new paint over them.
  const items: WriteItem[] = [
    ...logWrites(stored.parts, documents).map((log) => ({ log })),
    ...restoreFills.map((fill) => ({ fill })),
    ...paint.map((fill) => ({ fill })),
  ];
  journal.wrote = items.length > 0;
  await writeItems(ctx, sheet, items, chunkBytes);
  return cleared;
}

/** Puts every touched cell back as it was (old paint, then the new marks' cells) and the old log. */
async function undoIn(ctx: XlContext, sheet: string, marks: readonly RowMark[], journal: ReplaceJournal, chunkBytes: number): Promise<void> {
  const snapshot = journal.snapshot ?? new Map<number, FillState[]>();
  const repaint = journal.restored.map((c) => ({ row: c.row, fromCol: c.col, toCol: c.col, kind: c.kind, key: '' }));
  const cells = [...rowSpansOf(marks).values()].flatMap((s) => (snapshot.get(s.row) ?? []).map((fill, i) => ({ row: s.row, col: s.fromCol + i, fill })));
  const parts = await listPartsIn(ctx, MARK_LOG_NAMESPACE);
  const items: WriteItem[] = [
    ...paintOps(repaint).map((fill) => ({ fill })),
    ...restoreOps(cells).ops.map((fill) => ({ fill })),
    ...logWrites(parts, journal.oldDocuments ?? []).map((log) => ({ log })),
  ];
  await writeItems(ctx, sheet, items, chunkBytes);
}

/**
 * @example
 * const { cleared, marked } = await replaceRowMarks(runner, '收文登记', ['overdue', 'dueSoon', 'doneLate'], marks, 3.9e6);
 */
export async function replaceRowMarks(runner: BatchRunner, sheet: string, kinds: readonly MarkKind[], marks: readonly RowMark[], chunkBytes: number): Promise<ReplaceOutcome> {
  const clean = cleanMarks(marks);
  const journal: ReplaceJournal = { snapshot: null, restored: [], oldDocuments: null, wrote: false };
  const attempt = async (ctx: XlContext): Promise<ClearOutcome> => {
    // A batch tried again (Excel was in cell-edit mode) after some writes starts from the state before them.
    if (journal.wrote) await undoIn(ctx, sheet, clean, journal, chunkBytes);
    Object.assign(journal, { snapshot: null, restored: [], oldDocuments: null, wrote: false });
    return replaceIn(ctx, sheet, kinds, clean, journal, chunkBytes);
  };
  try {
    const cleared = await runner.run(attempt, sheet);
    return { cleared, marked: outcomeOf(sheet, clean) };
  } catch (error) {
    if (journal.wrote) await runner.runPatiently((ctx) => undoIn(ctx, sheet, clean, journal, chunkBytes), sheet);
    throw error;
  }
}

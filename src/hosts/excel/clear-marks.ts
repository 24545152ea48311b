/**
 * `clearMarks`: gives marked cells their logged fills back — found again after a sort by their
 * row key, left alone where the clerk re-coloured them since — and takes the cleared entries out
 * of the mark log. Fills are restored before the log is rewritten; a failure midway repaints what
 * was restored, so the workbook is left as it was.
 */
import type { FillState, MarkKind, MarkLogEntry, RowMark } from '../../core/marks/mark-types';
import { markLayerOf, removeMarkEntries } from '../../core/marks/merge-mark-log';
import { MARK_PALETTE } from '../../core/marks/palette';
import { MARK_LOG_NAMESPACE } from '../../core/settings/stored-settings';
import type { ClearOutcome } from '../host';
import type { XlContext, XlWorksheet } from './excel-api';
import { fillOpBytes, paintOps, queueFillOp, restoreOps, type FillOp } from './fill-writes';
import { planSheetClear, type SheetClearPlan } from './locate-entries';
import { logWriteBytes, logWrites, queueLogWrite, type LogWrite } from './log-writes';
import { markLogDocuments, readMarkLogIn } from './mark-log-store';
import type { BatchRunner } from './run-batch';
import { syncInGroups } from './sync-groups';
import { listPartsIn } from './xml-part-store';

interface ClearJournal {
  /** Cells restored so far (across a retried batch), with the mark they carried. */
  readonly repaint: Array<{ readonly sheet: string; readonly mark: RowMark }>;
  oldDocuments: readonly string[] | null;
  wrote: boolean;
}

type WriteItem = { readonly log: LogWrite } | { readonly sheet: string; readonly fill: FillOp };

function itemBytes(item: WriteItem): number {
  return 'log' in item ? logWriteBytes(item.log) : fillOpBytes(item.fill);
}

async function writeItems(ctx: XlContext, items: readonly WriteItem[], chunkBytes: number): Promise<void> {
  const sheets = new Map<string, XlWorksheet>();
  const sheetOf = (name: string): XlWorksheet => {
    const ws = sheets.get(name) ?? ctx.workbook.worksheets.getItem(name);
    sheets.set(name, ws);
    return ws;
  };
  await syncInGroups(ctx, items, itemBytes, chunkBytes, (item) => ('log' in item ? queueLogWrite(ctx, item.log) : queueFillOp(sheetOf(item.sheet), item.fill)));
}

/**
 * Where a cleared mark's cell is still covered by a mark of the other layer that stays (same row,
 * same row key), that mark's paint goes back on instead of the clerk's fill: clearing validation
 * marks leaves the status paint of their rows, clearing status marks leaves the violet cells.
 */
export function coveringOf(kept: readonly MarkLogEntry[]): (cell: { row: number; col: number; kind: MarkKind }, key: string) => MarkLogEntry | undefined {
  const byRow = new Map<number, MarkLogEntry[]>();
  for (const e of kept) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  return (cell, key) =>
    byRow.get(cell.row)?.find((e) => markLayerOf(e.kind) !== markLayerOf(cell.kind) && e.key === key && cell.col >= e.fromCol && cell.col <= e.toCol);
}

/** A restored cell and the paint it carried (the one an interrupted clear must put back). */
export interface RestoredCell {
  readonly row: number;
  readonly col: number;
  readonly fill: FillState;
  readonly kind: MarkKind;
}

/**
 * The writes that carry out a sheet's clear plan: where a mark of the other layer stays over a
 * cell, its paint goes back instead of the clerk's fill; an entry whose fill Office.js cannot set
 * again stays in the log (the .xlsx host can restore it from the file).
 */
export function restoreWritesOf(plan: SheetClearPlan, staying: readonly MarkLogEntry[]): { ops: FillOp[]; kept: RestoredCell[]; handled: Set<MarkLogEntry> } {
  const covering = coveringOf(staying);
  // The cell layer lies on top: that is the paint an interrupted clear must put back.
  const topKind = new Map<string, MarkKind>();
  const restore = plan.restore.map((c) => {
    const other = covering(c, plan.entryOf(c)?.key ?? '');
    if (!other) return c;
    topKind.set(`${c.row}:${c.col}`, markLayerOf(other.kind) === 'cell' ? other.kind : c.kind);
    return { ...c, fill: { pattern: 'solid', color: MARK_PALETTE[other.kind].rgb } };
  });
  const { ops, unrestorable } = restoreOps(restore);
  const blocked = new Set(unrestorable.map((c) => `${c.row}:${c.col}`));
  const stuck = new Set(unrestorable.map((c) => plan.entryOf(c)));
  const handled = new Set([...plan.handled].filter((e) => !stuck.has(e)));
  const kept = restore
    .filter((c) => !blocked.has(`${c.row}:${c.col}`))
    .map((c) => ({ row: c.row, col: c.col, fill: c.fill, kind: topKind.get(`${c.row}:${c.col}`) ?? c.kind }));
  return { ops, kept, handled };
}

function selects(sheet: string | undefined, kinds: readonly MarkKind[] | undefined): (e: MarkLogEntry) => boolean {
  return (e) => (sheet === undefined || e.sheet === sheet) && (kinds === undefined || kinds.includes(e.kind));
}

async function clearIn(ctx: XlContext, sheet: string | undefined, kinds: readonly MarkKind[] | undefined, journal: ClearJournal, chunkBytes: number): Promise<ClearOutcome[]> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const stored = await readMarkLogIn(ctx, chunkBytes);
  journal.oldDocuments ??= stored.documents;
  const existing = new Set(sheets.items.map((s) => s.name));
  const selected = selects(sheet, kinds);
  const chosen = stored.log.entries.filter(selected);
  const bySheet = new Map<string, MarkLogEntry[]>(sheet === undefined ? [] : [[sheet, []]]);
  for (const e of chosen) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  const outcomes: ClearOutcome[] = [];
  const handled = new Set<MarkLogEntry>();
  const items: WriteItem[] = [];
  for (const [name, entries] of bySheet) {
    if (entries.length === 0 || !existing.has(name)) {
      // A renamed or deleted sheet keeps its entries: renamed back, it can still be cleared.
      outcomes.push({ sheet: name, rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: entries.length });
      continue;
    }
    const restoredBefore = new Set(journal.repaint.filter((r) => r.sheet === name).map((r) => `${r.mark.row}:${r.mark.fromCol}`));
    const plan = await planSheetClear(ctx, name, entries, chunkBytes, (row, col) => restoredBefore.has(`${row}:${col}`));
    const { ops, kept, handled: done } = restoreWritesOf(plan, stored.log.entries.filter((e) => e.sheet === name && !selected(e)));
    for (const e of done) handled.add(e);
    for (const c of kept) {
      if (!restoredBefore.has(`${c.row}:${c.col}`)) journal.repaint.push({ sheet: name, mark: { row: c.row, fromCol: c.col, toCol: c.col, kind: c.kind, key: '' } });
    }
    items.push(...ops.map((fill) => ({ sheet: name, fill })));
    outcomes.push({ sheet: name, rowsRestored: plan.rowsRestored, cellsKeptByUser: plan.cellsKeptByUser, rowsNotFound: plan.rowsNotFound });
  }
  if (handled.size > 0) {
    const documents = markLogDocuments(removeMarkEntries(stored.log, (e) => handled.has(e)), chunkBytes / 2);
    items.push(...logWrites(stored.parts, documents).map((log) => ({ log })));
  }
  journal.wrote = items.length > 0;
  await writeItems(ctx, items, chunkBytes);
  return outcomes;
}

async function undoIn(ctx: XlContext, journal: ClearJournal, chunkBytes: number): Promise<void> {
  const parts = await listPartsIn(ctx, MARK_LOG_NAMESPACE);
  const bySheet = new Map<string, RowMark[]>();
  for (const { sheet, mark } of journal.repaint) {
    const list = bySheet.get(sheet);
    if (list) list.push(mark);
    else bySheet.set(sheet, [mark]);
  }
  const items: WriteItem[] = [...bySheet].flatMap(([name, marks]) => paintOps(marks).map((fill) => ({ sheet: name, fill })));
  items.push(...logWrites(parts, journal.oldDocuments ?? []).map((log) => ({ log })));
  await writeItems(ctx, items, chunkBytes);
}

/**
 * @example
 * const [outcome] = await clearRowMarks(runner, '收文登记', undefined, 3e6);
 * outcome.rowsRestored // 5
 */
export async function clearRowMarks(runner: BatchRunner, sheet: string | undefined, kinds: readonly MarkKind[] | undefined, chunkBytes: number): Promise<ClearOutcome[]> {
  const journal: ClearJournal = { repaint: [], oldDocuments: null, wrote: false };
  try {
    return await runner.run((ctx) => clearIn(ctx, sheet, kinds, journal, chunkBytes), sheet);
  } catch (error) {
    if (journal.wrote) await runner.runPatiently((ctx) => undoIn(ctx, journal, chunkBytes), sheet);
    throw error;
  }
}

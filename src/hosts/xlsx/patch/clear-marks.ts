/**
 * Takes marks off in the draft: finds each logged row again (by its key after a sort, else where
 * it was), gives every cell still carrying our fill its recorded style back (or, for marks the
 * Excel host laid, its logged fill on its current format), drops the cleared entries from the
 * log — and when the log is empty and no cell uses the appended formats any more, gives the
 * style table back its original text.
 */
import type { MarkKind, MarkLogEntry } from '../../../core/marks/mark-types';
import { locateMarkedRows } from '../../../core/marks/find-marked-row';
import type { ClearOutcome } from '../../host';
import { readEntryKeys } from '../edit/locate-marks';
import type { DraftContext } from './apply-marks';
import { planClear } from './clear-sheet';
import { restyleSheetStream } from './stream-patch';
import { partHasAscii, partUsesStyleFrom, readOutsideRows } from './stream-read';
import { protectedSheet } from './host-errors';
import { MARK_COLOURS, readMarkLog, writeMarkLog } from './mark-log-store';
import { MarkPainter, releaseMarkStyles } from './mark-styles';
import { isFormattingLocked } from './sheet-protection';
import { StyleSheetEdit } from './style-sheet-edit';
import { findDraftSheet, readWorkbookState, type DraftSheet, type WorkbookState } from './workbook-state';

/**
 * Rows (1-based) of a sheet by the key their cells in `cols` give now; only the `wanted` keys
 * (the log's) matter, and a reader should keep no other row (read/key-rows.ts).
 */
export type KeyRowsReader = (sheet: DraftSheet, cols: readonly number[], wanted: ReadonlySet<string>) => ReadonlyMap<string, readonly number[]>;

/**
 * @example clearMarksInDraft(ctx, '收文登记', undefined, readKeyRows) // [{ sheet: '收文登记', rowsRestored: 5, … }]
 */
export async function clearMarksInDraft(ctx: DraftContext, sheetName: string | undefined, kinds: readonly MarkKind[] | undefined, readKeyRows: KeyRowsReader): Promise<ClearOutcome[]> {
  const { draft, workbookPath } = ctx;
  const state = readWorkbookState(draft, workbookPath);
  const { log } = readMarkLog(draft, workbookPath);
  const target = sheetName === undefined ? undefined : (findDraftSheet(state, sheetName)?.name ?? sheetName);
  const selected = log.entries.filter((e) => (target === undefined || e.sheet === target) && (!kinds || kinds.includes(e.kind)));
  const groups = new Map<string, MarkLogEntry[]>();
  for (const e of selected) {
    const list = groups.get(e.sheet);
    if (list) list.push(e);
    else groups.set(e.sheet, [e]);
  }
  const outcomes: ClearOutcome[] = [];
  const stylesText = state.stylesPath === null ? null : draft.text(state.stylesPath);
  const styles = new StyleSheetEdit(stylesText ?? '');
  const painter = new MarkPainter(styles, MARK_COLOURS);
  const stuck = new Set<MarkLogEntry>();
  for (const name of groups.keys()) {
    const sheet = findDraftSheet(state, name);
    // Refuse before changing anything, so a clear is never half done.
    if (sheet?.path && sheet.kind === 'worksheet' && isLocked(draft, sheet.path)) throw protectedSheet(sheet.name);
  }
  for (const [name, entries] of groups) {
    const sheet = findDraftSheet(state, name);
    if (!sheet || !sheet.path || sheet.kind !== 'worksheet') {
      outcomes.push({ sheet: name, rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: entries.length });
      continue;
    }
    // Every cell is checked for our paint as the sheet is patched, so a row is taken as painted here.
    const located = locateMarkedRows(entries, readEntryKeys(entries, (cols, wanted) => readKeyRows(sheet, cols, wanted)), () => true);
    const rowOf = new Map(located.flatMap(({ entry, at }) => (at ? [[entry, at.row] as const] : [])));
    const clearing = planClear([...rowOf.keys()], (e) => rowOf.get(e) ?? e.row, painter);
    await restyleSheetStream(draft, sheet.path, clearing.plan, sheet.name);
    const result = clearing.result();
    for (const e of result.unrestorable) stuck.add(e);
    const lost = entries.length - rowOf.size;
    outcomes.push({ sheet: sheet.name, rowsRestored: result.rowsRestored, cellsKeptByUser: result.cellsKeptByUser, rowsNotFound: result.rowsNotFound + lost });
  }
  if (target !== undefined && !groups.has(target)) outcomes.push({ sheet: target, rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: 0 });
  if (selected.length === 0) return outcomes;
  // Restoring a fill the Excel host logged may have appended a format.
  const stylesNow = styles.toXml();
  if (styles.changed && state.stylesPath !== null) draft.put(state.stylesPath, stylesNow);
  const cleared = new Set(selected.filter((e) => !stuck.has(e)));
  const remaining = log.entries.filter((e) => !cleared.has(e));
  writeMarkLog(draft, workbookPath, { version: 1, entries: remaining }, ctx.newGuid);
  if (remaining.length === 0 && stylesText !== null && state.stylesPath !== null) releaseStyles(ctx, state, stylesNow);
  return outcomes;
}

/** A sheet's protection, read as text only when its bytes name one at all. */
function isLocked(draft: DraftContext['draft'], path: string): boolean {
  return partHasAscii(draft, path, 'sheetProtection') && isFormattingLocked(readOutsideRows(draft, path));
}

function releaseStyles(ctx: DraftContext, state: WorkbookState, stylesText: string): void {
  const sheets = state.sheets.filter((s) => s.kind === 'worksheet' && s.path);
  const inUse = (from: number): boolean => sheets.some((s) => partUsesStyleFrom(ctx.draft, s.path, from));
  const released = releaseMarkStyles(stylesText, MARK_COLOURS, inUse);
  if (released !== stylesText && state.stylesPath) ctx.draft.put(state.stylesPath, released);
}

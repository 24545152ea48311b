/**
 * Marks rows of a sheet in the draft: paints the cells (appending painted copies of their
 * formats to the style table) and records in the mark log what was there before. A row marked
 * again keeps the "before" of its first marking, so marks never stack.
 */
import type { FillState, MarkLogEntry, RowMark } from '../../../core/marks/mark-types';
import type { MarkOutcome } from '../../host';
import { noSheet, notWorksheet, protectedSheet } from './host-errors';
import { MARK_COLOURS, readMarkLog, writeMarkLog } from './mark-log-store';
import { MarkPainter } from './mark-styles';
import type { PackageDraft } from './package-draft';
import { planPaint } from './paint-sheet';
import { restyleSheetStream } from './stream-patch';
import { partHasAscii, readOutsideRows } from './stream-read';
import { isFormattingLocked } from './sheet-protection';
import { ensureStylesPart } from './styles-part';
import { StyleSheetEdit } from './style-sheet-edit';
import { findDraftSheet, readWorkbookState } from './workbook-state';

export interface DraftContext {
  readonly draft: PackageDraft;
  readonly workbookPath: string;
  readonly newGuid: () => string;
}

/**
 * @example applyMarksToDraft(ctx, '收文登记', [{ row: 5, fromCol: 0, toCol: 9, kind: 'overdue', key }])
 * // { sheet: '收文登记', rowsMarked: 1, byKind: { overdue: 1 } }
 */
export async function applyMarksToDraft(ctx: DraftContext, sheetName: string, marks: readonly RowMark[]): Promise<MarkOutcome> {
  const { draft, workbookPath } = ctx;
  const state = readWorkbookState(draft, workbookPath);
  const sheet = findDraftSheet(state, sheetName);
  if (!sheet || !sheet.path) throw noSheet(sheetName);
  if (sheet.kind !== 'worksheet') throw notWorksheet(sheet.name);
  if (marks.length === 0) return { sheet: sheet.name, rowsMarked: 0, byKind: {} };
  const refuseLocked = (outside: string): void => {
    if (isFormattingLocked(outside)) throw protectedSheet(sheet.name);
  };
  // Adding a missing styles part changes the draft: refuse a protected sheet before that.
  if (state.stylesPath === null && partHasAscii(draft, sheet.path, 'sheetProtection')) refuseLocked(readOutsideRows(draft, sheet.path));
  const { log } = readMarkLog(draft, workbookPath);
  const mine = log.entries.filter((e) => e.sheet === sheet.name);
  const byKey = new Map<string, MarkLogEntry[]>();
  const byRow = new Map<number, MarkLogEntry>();
  for (const e of mine) {
    byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
    byRow.set(e.row, e);
  }
  const used = new Set<MarkLogEntry>();
  const earlier = (mark: RowMark, col: number): FillState | undefined => {
    const candidates = byKey.get(mark.key) ?? [];
    const entry = candidates.find((e) => e.row === mark.row) ?? candidates[0] ?? byRow.get(mark.row);
    if (!entry || col < entry.fromCol || col > entry.toCol) return undefined;
    used.add(entry);
    return entry.before[col - entry.fromCol];
  };
  const stylesPath = ensureStylesPart(draft, workbookPath, state.stylesPath);
  const styles = new StyleSheetEdit(draft.text(stylesPath) ?? '');
  const painting = planPaint(sheet.name, marks, new MarkPainter(styles, MARK_COLOURS), earlier);
  await restyleSheetStream(draft, sheet.path, painting.plan, sheet.name, refuseLocked);
  const result = painting.result();
  if (styles.changed) draft.put(stylesPath, styles.toXml());
  // A new entry takes the place of the old one of the same row key, or of the one whose
  // "before" it took over; other entries stay (their rows may have moved elsewhere).
  const newKeys = new Set(result.entries.map((e) => e.key));
  const kept = log.entries.filter((e) => e.sheet !== sheet.name || (!newKeys.has(e.key) && !used.has(e)));
  writeMarkLog(draft, workbookPath, { version: 1, entries: [...kept, ...result.entries] }, ctx.newGuid);
  return { sheet: sheet.name, rowsMarked: result.rowsMarked, byKind: result.byKind };
}

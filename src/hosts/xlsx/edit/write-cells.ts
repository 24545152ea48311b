/**
 * Writes confirmed edits into a sheet of the draft: only the edited `<c>` elements change, and
 * only where the cell still holds what the clerk saw (`before`). A text date that becomes a
 * date takes the date format its column shows (date-style.ts). A cell under one of the add-in's
 * marks stays marked, and the mark log learns its new own format, so a later clear gives back
 * the date format rather than the old text format.
 */
import type { FillState, MarkLogEntry } from '../../../core/marks/mark-types';
import type { CellEdit, EditOutcome } from '../../editing-host';
import type { WorkbookPackage } from '../package';
import type { DraftContext } from '../patch/apply-marks';
import { noSheet, notWorksheet } from '../patch/host-errors';
import { MARK_COLOURS, readMarkLog, writeMarkLog } from '../patch/mark-log-store';
import { MarkPainter } from '../patch/mark-styles';
import { StyleSheetEdit } from '../patch/style-sheet-edit';
import { ensureStylesPart } from '../patch/styles-part';
import { findDraftSheet, readWorkbookState } from '../patch/workbook-state';
import { readSheetColumns } from '../read/sheet-readers';
import type { CellWrite } from './cell-xml';
import { findColumnDateStyles, pickDateStyle } from './date-style';
import { isSameCellValue, toEditContent } from './edit-values';
import { lockedForEditing, isSheetLocked } from './edit-errors';
import { locateCellMarks, locateStatusMarks, mapCoverage, readEntryKeys, type KeyRowsOf } from './locate-marks';
import { patchCellValues } from './patch-cell-values';

type Before = (current: number | null) => number | null;

/** Picks the style of each date write, keeping marks on painted cells and their log right. */
class DateStyler {
  private readonly updates = new Map<MarkLogEntry, FillState[]>();
  /** Style picked per own style and column: a long column of text dates asks the same again. */
  private readonly picked = new Map<string, number>();
  private readonly painter: MarkPainter;
  private columns: Map<number, number> | null = null;
  private marks: { cells: Map<string, MarkLogEntry>; rows: ReturnType<typeof mapCoverage> } | null = null;

  constructor(
    readonly stylesPath: string,
    readonly styles: StyleSheetEdit,
    private readonly isDateStyle: (s: number) => boolean,
    private readonly sheetXml: string,
    private readonly dateCols: ReadonlySet<number>,
    private readonly log: readonly MarkLogEntry[],
    private readonly sheet: string,
    private readonly keyRowsOf: KeyRowsOf,
  ) {
    this.painter = new MarkPainter(styles, MARK_COLOURS);
  }

  styleFor(row: number, col: number): Before {
    return (current) => {
      const plain = (own: number | null): number => {
        const key = `${own}|${col}`;
        let style = this.picked.get(key);
        if (style === undefined) this.picked.set(key, (style = pickDateStyle(own, this.columnStyles().get(col), this.styles, this.isDateStyle)));
        return style;
      };
      if (current === null || !this.painter.isMarked(current)) return plain(current);
      const { cells, rows } = this.markMaps();
      const cellMark = cells.get(`${row}:${col}`);
      const status = rows.get(row)?.get(col);
      const under = cellMark ? cellMark.before[col - cellMark.fromCol] : status?.before;
      if (!under) return plain(current);
      const style = plain(under.absent ? null : (this.painter.restoredStyle(current, under) ?? null));
      const fill: FillState = { ...this.painter.describe(style), styleIndex: style };
      if (cellMark) this.setBefore(cellMark, col, fill);
      if (status) this.setBefore(status.entry, col, fill);
      return this.painter.paintedXf(style, cellMark ? 'invalid' : (status?.kind ?? 'invalid'));
    };
  }

  /** The log with the new "before" of every marked cell that became a date. */
  updatedLog(): MarkLogEntry[] | null {
    if (this.updates.size === 0) return null;
    return this.log.map((e) => {
      const before = this.updates.get(e);
      return before ? { ...e, before } : e;
    });
  }

  private setBefore(entry: MarkLogEntry, col: number, fill: FillState): void {
    const before = this.updates.get(entry) ?? [...entry.before];
    before[col - entry.fromCol] = fill;
    this.updates.set(entry, before);
  }

  private columnStyles(): Map<number, number> {
    this.columns ??= findColumnDateStyles(this.sheetXml, this.dateCols, this.isDateStyle, (s) => this.painter.isMarked(s));
    return this.columns;
  }

  private markMaps(): { cells: Map<string, MarkLogEntry>; rows: ReturnType<typeof mapCoverage> } {
    if (!this.marks) {
      const mine = this.log.filter((e) => e.sheet === this.sheet);
      const keys = readEntryKeys(mine, this.keyRowsOf);
      const cells = new Map<string, MarkLogEntry>();
      for (const { entry, row } of locateCellMarks(mine.filter((e) => e.kind === 'invalid'), keys)) {
        for (let c = entry.fromCol; c <= entry.toCol; c++) if (row !== null) cells.set(`${row}:${c}`, entry);
      }
      this.marks = { cells, rows: mapCoverage(locateStatusMarks(mine.filter((e) => e.kind !== 'invalid'), keys)) };
    }
    return this.marks;
  }
}

/**
 * @example writeCellsToDraft(ctx, pkg, '收文登记', [{ row: 4, col: 3, before: '县财发[2026]3号', after: '县财发〔2026〕3号' }], keyRowsOf)
 * // { sheet: '收文登记', written: 1, skipped: [] }
 */
export function writeCellsToDraft(ctx: DraftContext, pkg: WorkbookPackage, sheetName: string, edits: readonly CellEdit[], keyRowsOf: KeyRowsOf): EditOutcome {
  const state = readWorkbookState(ctx.draft, ctx.workbookPath);
  const sheet = findDraftSheet(state, sheetName);
  if (!sheet || !sheet.path) throw noSheet(sheetName);
  if (sheet.kind !== 'worksheet') throw notWorksheet(sheet.name);
  const part = pkg.findSheet(sheet.name);
  if (edits.length === 0 || !part) return { sheet: sheet.name, written: 0, skipped: [...edits] };
  const xml = ctx.draft.text(sheet.path) ?? '';
  if (isSheetLocked(xml)) throw lockedForEditing(sheet.name);
  const rows = edits.map((e) => e.row);
  const grid = readSheetColumns(pkg, part, [...new Set(edits.map((e) => e.col))], Math.min(...rows), Math.max(...rows));
  const skipped: CellEdit[] = [];
  const chosen = new Map<string, { edit: CellEdit; isDate: boolean; write: CellWrite }>();
  const dateEdits = edits.filter((e) => e.after !== null && typeof e.after === 'object');
  const styler = dateEdits.length === 0 ? null : openStyler(ctx, pkg, state.stylesPath, xml, new Set(dateEdits.map((e) => e.col)), sheet.name, keyRowsOf);
  for (const edit of edits) {
    const key = `${edit.row}:${edit.col}`;
    const content = toEditContent(edit.after, pkg.date1904);
    if (chosen.has(key) || !content || !isSameCellValue(grid.rows[edit.row - grid.top]?.[edit.col], edit.before)) {
      skipped.push(edit);
      continue;
    }
    const style = content.isDate && styler ? styler.styleFor(edit.row, edit.col) : undefined;
    chosen.set(key, { edit, isDate: content.isDate, write: style ? { content: content.content, style } : { content: content.content } });
  }
  const plan = new Map<number, Map<number, CellWrite>>();
  for (const { edit, write } of chosen.values()) plan.set(edit.row, (plan.get(edit.row) ?? new Map()).set(edit.col, write));
  const patched = patchCellValues(xml, plan);
  for (const key of patched.refused) skipped.push((chosen.get(key) as { edit: CellEdit }).edit);
  if (patched.xml !== xml) ctx.draft.put(sheet.path, patched.xml);
  if (styler?.styles.changed) ctx.draft.put(styler.stylesPath, styler.styles.toXml());
  const log = styler?.updatedLog();
  if (log) writeMarkLog(ctx.draft, ctx.workbookPath, { version: 1, entries: log }, ctx.newGuid);
  return { sheet: sheet.name, written: chosen.size - patched.refused.size, skipped };
}

function openStyler(ctx: DraftContext, pkg: WorkbookPackage, stylesPath: string | null, xml: string, cols: ReadonlySet<number>, sheet: string, keyRowsOf: KeyRowsOf): DateStyler {
  const path = ensureStylesPart(ctx.draft, ctx.workbookPath, stylesPath);
  const { log } = readMarkLog(ctx.draft, ctx.workbookPath);
  return new DateStyler(path, new StyleSheetEdit(ctx.draft.text(path) ?? ''), (s) => pkg.styles.isDateStyle(s), xml, cols, log.entries, sheet, keyRowsOf);
}

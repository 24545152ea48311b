/**
 * Validation marks (kind `invalid`, one cell each) as a layer over the status marks (a row each).
 * The .xlsx host's mark patch keeps one entry per row, so before it paints or clears status
 * marks the validation layer is peeled off — each marked cell goes back to what lies under it
 * (the status paint of its row, else the clerk's own format) and its entries leave the log — and
 * afterwards laid again on top. Every entry of either layer records the clerk's own format, so
 * clearing in any order gives the clerk's fills back exactly.
 */
import type { FillState, MarkLogEntry, RowMark } from '../../../core/marks/mark-types';
import type { ClearOutcome, MarkOutcome } from '../../host';
import type { DraftContext } from '../patch/apply-marks';
import { protectedSheet } from '../patch/host-errors';
import { MARK_COLOURS, readMarkLog, writeMarkLog } from '../patch/mark-log-store';
import { MarkPainter, releaseMarkStyles } from '../patch/mark-styles';
import { partUsesStyleFrom } from '../patch/stream-read';
import { paintSheet } from '../patch/paint-sheet';
import { restyleCells, type CellChange, type CellState, type RowRestyle } from '../patch/restyle-cells';
import { isFormattingLocked } from '../patch/sheet-protection';
import { StyleSheetEdit } from '../patch/style-sheet-edit';
import { ensureStylesPart } from '../patch/styles-part';
import { findDraftSheet, readWorkbookState, type DraftSheet } from '../patch/workbook-state';
import { locateCellMarks, locateStatusMarks, mapCoverage, readEntryKeys, type CoveringMark, type KeyRowsOf } from './locate-marks';

/** A validation mark taken off, with the clerk's format that was under it. */
export interface PeeledMark {
  readonly sheet: string;
  readonly mark: RowMark;
  readonly before: FillState;
}

/**
 * The clerk's own format of a painted cell: the recorded index, what an absent cell shows, or —
 * for a fill the Excel host logged by its look — the cell's format with that fill (undefined
 * when no styles part can hold it).
 */
function plainOf(before: FillState, cell: CellState, painter: MarkPainter): number | null | undefined {
  if (before.absent) return cell.inherited;
  return painter.restoredStyle(cell.style ?? 0, before);
}

/** What a validation-marked cell becomes: the status paint under it, else the clerk's format. */
function unpaint(before: FillState, under: CoveringMark | undefined, cell: CellState, painter: MarkPainter): CellChange | undefined {
  if (under) return { style: painter.paintedXf(plainOf(under.before, cell, painter) ?? 0, under.kind) };
  if (before.absent && cell.empty) return 'remove';
  const plain = plainOf(before, cell, painter);
  return plain === undefined ? undefined : { style: plain };
}

function coverageOf(entries: readonly MarkLogEntry[], sheet: string, keys: ReadonlyMap<string, readonly number[]>): Map<number, Map<number, CoveringMark>> {
  return mapCoverage(locateStatusMarks(entries.filter((e) => e.sheet === sheet && e.kind !== 'invalid'), keys));
}

/**
 * Refuses before anything changes when a sheet to be repainted is protected.
 * @example assertPaintable(ctx, [sheet]) // throws protectedSheet('收文登记') when formatting is locked
 */
export function assertPaintable(ctx: DraftContext, sheets: Iterable<DraftSheet>): void {
  for (const s of sheets) if (s.path && isFormattingLocked(ctx.draft.text(s.path) ?? '')) throw protectedSheet(s.name);
}

function peelSheet(ctx: DraftContext, sheet: DraftSheet, log: readonly MarkLogEntry[], painter: MarkPainter, keyRowsOf: KeyRowsOf): { peeled: PeeledMark[]; outcome: ClearOutcome } {
  const mine = log.filter((e) => e.sheet === sheet.name);
  const keys = readEntryKeys(mine, keyRowsOf);
  const coverage = coverageOf(log, sheet.name, keys);
  const cells = new Map<number, Map<number, { entry: MarkLogEntry; before: FillState }>>();
  let total = 0;
  for (const { entry, row } of locateCellMarks(mine.filter((e) => e.kind === 'invalid'), keys)) {
    if (row === null) continue;
    const cols = cells.get(row) ?? new Map<number, { entry: MarkLogEntry; before: FillState }>();
    entry.before.forEach((before, i) => {
      if (cols.has(entry.fromCol + i)) return;
      cols.set(entry.fromCol + i, { entry, before });
      total++;
    });
    cells.set(row, cols);
  }
  const peeled: PeeledMark[] = [];
  let kept = 0;
  const plan = new Map<number, RowRestyle>();
  for (const [row, cols] of cells) {
    plan.set(row, {
      cols: [...cols.keys()].sort((a, b) => a - b),
      decide: (cell) => {
        const { entry, before } = cols.get(cell.col) as { entry: MarkLogEntry; before: FillState };
        if (!cell.exists) return null;
        const change = cell.style !== null && painter.isMarked(cell.style) ? unpaint(before, coverage.get(row)?.get(cell.col), cell, painter) : undefined;
        // Not ours any more (the clerk re-coloured it), or a fill no styles part can hold.
        if (change === undefined) {
          kept++;
          return null;
        }
        peeled.push({ sheet: sheet.name, mark: { row, fromCol: cell.col, toCol: cell.col, kind: 'invalid', key: entry.key }, before });
        return change;
      },
    });
  }
  ctx.draft.put(sheet.path, restyleCells(ctx.draft.text(sheet.path) ?? '', plan));
  const rows = new Set(peeled.map((p) => p.mark.row)).size;
  return { peeled, outcome: { sheet: sheet.name, rowsRestored: rows, cellsKeptByUser: kept, rowsNotFound: total - peeled.length - kept } };
}

/**
 * Takes the validation marks off one sheet (or all), leaving status marks in place; the log
 * keeps only status entries for those sheets. Cells a clerk re-coloured since stay as they are.
 * @example peelInvalidMarks(ctx, '收文登记', keyRowsFor).peeled.length // 3
 */
export function peelInvalidMarks(ctx: DraftContext, sheetName: string | undefined, keyRowsFor: (sheet: DraftSheet) => KeyRowsOf): { peeled: PeeledMark[]; outcomes: ClearOutcome[] } {
  const state = readWorkbookState(ctx.draft, ctx.workbookPath);
  const { log } = readMarkLog(ctx.draft, ctx.workbookPath);
  const target = sheetName === undefined ? undefined : (findDraftSheet(state, sheetName)?.name ?? sheetName);
  const selected = log.entries.filter((e) => e.kind === 'invalid' && (target === undefined || e.sheet === target));
  if (selected.length === 0) return { peeled: [], outcomes: [] };
  const names = [...new Set(selected.map((e) => e.sheet))];
  const sheets = names.map((n) => findDraftSheet(state, n)).filter((s): s is DraftSheet => !!s?.path && s.kind === 'worksheet');
  assertPaintable(ctx, sheets);
  const styles = new StyleSheetEdit((state.stylesPath && ctx.draft.text(state.stylesPath)) || '');
  const painter = new MarkPainter(styles, MARK_COLOURS);
  const peeled: PeeledMark[] = [];
  const outcomes: ClearOutcome[] = [];
  for (const name of names) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) {
      outcomes.push({ sheet: name, rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: selected.filter((e) => e.sheet === name).length });
      continue;
    }
    const result = peelSheet(ctx, sheet, log.entries, painter, keyRowsFor(sheet));
    peeled.push(...result.peeled);
    outcomes.push(result.outcome);
  }
  if (styles.changed && state.stylesPath) ctx.draft.put(state.stylesPath, styles.toXml());
  writeMarkLog(ctx.draft, ctx.workbookPath, { version: 1, entries: log.entries.filter((e) => !selected.includes(e)) }, ctx.newGuid);
  return { peeled, outcomes };
}

/**
 * Paints validation marks on top of whatever status marks their rows carry. `known` gives the
 * clerk's format under cells peeled a moment ago; a cell under status paint takes the status
 * entry's record; any other cell is described as it is now.
 * @example layInvalidMarks(ctx, '收文登记', [{ row: 16, fromCol: 3, toCol: 3, kind: 'invalid', key }], new Map(), keyRowsOf)
 */
export function layInvalidMarks(ctx: DraftContext, sheetName: string, marks: readonly RowMark[], known: ReadonlyMap<string, FillState>, keyRowsOf: KeyRowsOf): MarkOutcome {
  const state = readWorkbookState(ctx.draft, ctx.workbookPath);
  const sheet = findDraftSheet(state, sheetName);
  if (!sheet?.path || sheet.kind !== 'worksheet' || marks.length === 0) return { sheet: sheet?.name ?? sheetName, rowsMarked: 0, byKind: {} };
  assertPaintable(ctx, [sheet]);
  const { log } = readMarkLog(ctx.draft, ctx.workbookPath);
  const coverage = coverageOf(log.entries, sheet.name, readEntryKeys(log.entries.filter((e) => e.sheet === sheet.name), keyRowsOf));
  const stylesPath = ensureStylesPart(ctx.draft, ctx.workbookPath, state.stylesPath);
  const styles = new StyleSheetEdit(ctx.draft.text(stylesPath) ?? '');
  const earlier = (mark: RowMark, col: number): FillState | undefined => known.get(`${mark.row}:${col}`) ?? coverage.get(mark.row)?.get(col)?.before;
  const result = paintSheet(sheet.name, ctx.draft.text(sheet.path) ?? '', marks, new MarkPainter(styles, MARK_COLOURS), earlier);
  ctx.draft.put(sheet.path, result.xml);
  if (styles.changed) ctx.draft.put(stylesPath, styles.toXml());
  const cells = new Set(result.entries.map((e) => `${e.row}:${e.fromCol}`));
  const kept = log.entries.filter((e) => !(e.sheet === sheet.name && e.kind === 'invalid' && cells.has(`${e.row}:${e.fromCol}`)));
  writeMarkLog(ctx.draft, ctx.workbookPath, { version: 1, entries: [...kept, ...result.entries] }, ctx.newGuid);
  return { sheet: sheet.name, rowsMarked: result.rowsMarked, byKind: result.byKind };
}

/**
 * Once the log is empty, drops the painted formats no cell uses any more, so the style part
 * returns to its text before the first mark (as the host's own clear does).
 * @example releaseMarkStylesIfUnused(ctx)
 */
export function releaseMarkStylesIfUnused(ctx: DraftContext): void {
  if (readMarkLog(ctx.draft, ctx.workbookPath).log.entries.length > 0) return;
  const state = readWorkbookState(ctx.draft, ctx.workbookPath);
  const text = state.stylesPath === null ? null : ctx.draft.text(state.stylesPath);
  if (text === null || state.stylesPath === null) return;
  const sheets = state.sheets.filter((s) => s.kind === 'worksheet' && s.path);
  const released = releaseMarkStyles(text, MARK_COLOURS, (from) => sheets.some((s) => partUsesStyleFrom(ctx.draft, s.path, from)));
  if (released !== text) ctx.draft.put(state.stylesPath, released);
}

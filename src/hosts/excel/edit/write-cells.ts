/**
 * `writeCells` in Excel: the confirmed fixes of one sheet, in two round trips — one reading what
 * the edited cells hold now (and the protection), one writing — more only past the payload
 * budget. A cell that no longer holds what the clerk saw (`before`) is skipped, as is one holding
 * a formula. Text is written as text (an apostrophe keeps Excel from reading "001" as a number
 * or "3-5" as a date; it is not part of the value); a date is written as its serial, and a cell
 * not already showing a date takes the date format its column shows, else yyyy-mm-dd, as the
 * .xlsx host does.
 *
 * A write that fails is looked at again: the cells it changed are given back their values and
 * formats, so that the sheet is as it was; if even that fails, the error names the cells changed.
 */
import { dayToSerial } from '../../../core/dates/day';
import type { CellEdit, EditOutcome, EditValue } from '../../editing-host';
import { DEFAULT_DATE_FORMAT } from '../../xlsx/edit/date-style';
import { isSameCellValue } from '../../xlsx/edit/edit-values';
import { columnLetters, formatArea } from '../a1';
import { isDateFormat } from '../cell-values';
import type { XlContext, XlWorksheet } from '../excel-api';
import { ExcelHostError, isPayloadTooLarge, officeErrorCode } from '../excel-errors';
import { jsonBytes, OPERATION_BYTES, packBySize } from '../payload-budget';
import type { BatchRunner } from '../run-batch';
import { cellKey, columnDateFormat, holdsFormula, planReads, readCells, valueOf, type CellNow } from './cell-reads';
import { protectedForEditing, toEditError, writePartly, writeUndone } from './edit-errors';

/** One cell to write: the value as Office.js takes it, and a number format when it needs one. */
interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | boolean;
  readonly format: string | null;
  readonly edit: CellEdit;
}

/** Consecutive rows of one column written with one call. */
interface WriteRun {
  readonly col: number;
  readonly from: number;
  readonly values: Array<[string | number | boolean]>;
  readonly formats: ReadonlyArray<{ row: number; format: string }>;
}

type BatchResult =
  | { readonly kind: 'done'; readonly outcome: EditOutcome }
  | { readonly kind: 'failed'; readonly cause: unknown; readonly sheet: string; readonly planned: readonly CellWrite[]; readonly cells: ReadonlyMap<string, CellNow> };

/** What an edit writes, or undefined when it cannot be written (a number that is not finite). */
function plainValue(after: EditValue): { value: string | number | boolean; isDate: boolean } | undefined {
  if (after === null || after === '') return { value: '', isDate: false };
  if (typeof after === 'number') return Number.isFinite(after) ? { value: after, isDate: false } : undefined;
  if (typeof after === 'string' || typeof after === 'boolean') return { value: after, isDate: false };
  return { value: dayToSerial(after.day), isDate: true };
}

/** Text as Office.js must receive it to keep it text in a cell of this format. */
function asText(text: string, format: unknown): string {
  return text === '' || format === '@' ? text : `'${text}`;
}

function toWriteRuns(writes: readonly CellWrite[]): WriteRun[] {
  const sorted = [...writes].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Array<{ col: number; from: number; values: Array<[string | number | boolean]>; formats: Array<{ row: number; format: string }> }> = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    const run = last && last.col === w.col && last.from + last.values.length === w.row ? last : null;
    const target = run ?? { col: w.col, from: w.row, values: [], formats: [] };
    if (!run) runs.push(target);
    target.values.push([w.value]);
    if (w.format !== null) target.formats.push({ row: w.row, format: w.format });
  }
  return runs;
}

/** Runs cut so that each fits the budget on its own. */
function cutRuns(runs: readonly WriteRun[], chunkBytes: number): WriteRun[] {
  return runs.flatMap((run) => {
    const pieces = Math.ceil(runBytes(run) / chunkBytes);
    if (pieces <= 1) return [run];
    const rows = Math.ceil(run.values.length / pieces);
    const out: WriteRun[] = [];
    for (let i = 0; i < run.values.length; i += rows) {
      const from = run.from + i;
      const to = from + Math.min(rows, run.values.length - i) - 1;
      out.push({ col: run.col, from, values: run.values.slice(i, i + rows), formats: run.formats.filter((f) => f.row >= from && f.row <= to) });
    }
    return out;
  });
}

function runBytes(run: WriteRun): number {
  return OPERATION_BYTES * (1 + run.formats.length) + jsonBytes(run.values) + jsonBytes(run.formats);
}

/** Formats go first: a number written into a cell formatted as Text (`@`) would become text. */
function queueRun(ws: XlWorksheet, run: WriteRun): void {
  for (const f of run.formats) ws.getRange(formatArea({ top: f.row, left: run.col, bottom: f.row, right: run.col })).numberFormat = [[f.format]];
  ws.getRange(formatArea({ top: run.from, left: run.col, bottom: run.from + run.values.length - 1, right: run.col })).values = run.values;
}

/** Sends runs in groups within the budget; a group Excel refuses as too large (nothing applied) is halved. */
async function sendRuns(ctx: XlContext, ws: XlWorksheet, runs: readonly WriteRun[]): Promise<void> {
  try {
    for (const run of runs) queueRun(ws, run);
    await ctx.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) || runs.length < 2) throw error;
    const half = Math.ceil(runs.length / 2);
    await sendRuns(ctx, ws, runs.slice(0, half));
    await sendRuns(ctx, ws, runs.slice(half));
  }
}

/** Chooses what to write: skips changed cells, repeats and formulas, as the .xlsx host does. */
function planWrites(edits: readonly CellEdit[], cells: ReadonlyMap<string, CellNow>): { planned: CellWrite[]; skipped: CellEdit[] } {
  const skipped: CellEdit[] = [];
  const refused: CellEdit[] = [];
  const planned: CellWrite[] = [];
  const seen = new Set<string>();
  const dateFormats = new Map<number, string>();
  for (const edit of edits) {
    const key = cellKey(edit.row, edit.col);
    const plain = plainValue(edit.after);
    const now = cells.get(key);
    if (seen.has(key) || !plain || !isSameCellValue(valueOf(now), edit.before)) {
      skipped.push(edit);
      continue;
    }
    seen.add(key);
    if (holdsFormula(now)) {
      refused.push(edit);
      continue;
    }
    let format: string | null = null;
    if (plain.isDate && !isDateFormat(now?.format)) {
      if (!dateFormats.has(edit.col)) dateFormats.set(edit.col, columnDateFormat(cells, edit.col) ?? DEFAULT_DATE_FORMAT);
      format = dateFormats.get(edit.col) ?? DEFAULT_DATE_FORMAT;
    }
    const value = typeof plain.value === 'string' ? asText(plain.value, now?.format) : plain.value;
    planned.push({ row: edit.row, col: edit.col, value, format, edit });
  }
  return { planned, skipped: [...skipped, ...refused] };
}

async function writeIn(ctx: XlContext, sheet: string, edits: readonly CellEdit[], chunkBytes: number): Promise<BatchResult> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.load('name');
  ws.protection.load('protected');
  const dateCols = new Set(edits.filter((e) => e.after !== null && typeof e.after === 'object').map((e) => e.col));
  const cells = await readCells(ctx, ws, planReads(edits, dateCols), edits, chunkBytes);
  const name = ws.name;
  if (edits.length === 0) return { kind: 'done', outcome: { sheet: name, written: 0, skipped: [] } };
  if (ws.protection.protected) throw protectedForEditing(name);
  const { planned, skipped } = planWrites(edits, cells);
  const groups = packBySize(cutRuns(toWriteRuns(planned), chunkBytes), runBytes, chunkBytes);
  for (let g = 0; g < groups.length; g++) {
    try {
      await sendRuns(ctx, ws, groups[g]);
    } catch (cause) {
      // Refused before anything ran (the clerk is typing): the runner may run the batch again.
      if (g === 0 && officeErrorCode(cause) === 'InvalidOperationInCellEditMode') throw cause;
      return { kind: 'failed', cause, sheet: name, planned, cells };
    }
  }
  return { kind: 'done', outcome: { sheet: name, written: planned.length, skipped } };
}

/** The value a cell held, written back as Office.js takes it. */
function restoreValue(cell: CellNow | undefined): string | number | boolean {
  const v = cell?.value;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v !== 'string' || v === '') return '';
  return cell?.type === 'Error' ? v : asText(v, cell?.format);
}

/** After a failed write: which planned cells changed, and putting them back. */
async function undoIn(ctx: XlContext, failed: Extract<BatchResult, { kind: 'failed' }>, chunkBytes: number): Promise<never> {
  const cause = toEditError(failed.cause, failed.sheet);
  const ws = ctx.workbook.worksheets.getItem(failed.sheet);
  const edits = failed.planned.map((p) => p.edit);
  const now = await readCells(ctx, ws, planReads(edits, new Set()), edits, chunkBytes);
  const changed = failed.planned.filter((p) => {
    const key = cellKey(p.row, p.col);
    const before = failed.cells.get(key);
    const after = now.get(key);
    return !isSameCellValue(valueOf(after), valueOf(before)) || (p.format !== null && after?.format !== before?.format);
  });
  if (changed.length === 0) throw cause;
  const back = changed.map((p) => {
    const before = failed.cells.get(cellKey(p.row, p.col));
    return { ...p, value: restoreValue(before), format: p.format === null ? null : String(before?.format ?? 'General') };
  });
  try {
    for (const group of packBySize(cutRuns(toWriteRuns(back), chunkBytes), runBytes, chunkBytes)) await sendRuns(ctx, ws, group);
  } catch {
    throw writePartly(failed.sheet, cause, changed.map((p) => `${columnLetters(p.col)}${p.row}`), failed.planned.length - changed.length);
  }
  throw writeUndone(failed.sheet, cause);
}

/**
 * @example await writeCellsIn(runner, '收文登记', [{ row: 4, col: 3, before: '县财发[2026]3号', after: '县财发〔2026〕3号' }], 3_000_000)
 * // { sheet: '收文登记', written: 1, skipped: [] }
 */
export async function writeCellsIn(runner: BatchRunner, sheet: string, edits: readonly CellEdit[], chunkBytes: number): Promise<EditOutcome> {
  let result: BatchResult;
  try {
    result = await runner.run((ctx) => writeIn(ctx, sheet, edits, chunkBytes), sheet);
  } catch (error) {
    throw error instanceof ExcelHostError ? toEditError(error, sheet) : error;
  }
  if (result.kind === 'done') return result.outcome;
  const failed = result;
  return runner.runPatiently((ctx) => undoIn(ctx, failed, chunkBytes), sheet);
}

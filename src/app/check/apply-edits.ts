/**
 * Applying confirmed edits and taking them back. A revert is the same edits with before and
 * after swapped, so it writes only where a cell still holds the fixed value: a cell the clerk
 * changed again since is left as the clerk made it.
 */
import { dayToSerial } from '../../core/dates/day';
import type { CellValue } from '../../core/types';
import type { CellEdit, EditingHost, EditValue } from '../../hosts/editing-host';
import { toEditValue } from './plan-fixes';

export interface AppliedEdits {
  readonly sheet: string;
  /** Edits written, in the order given: what a revert takes back. */
  readonly applied: readonly CellEdit[];
  readonly skipped: readonly CellEdit[];
}

/**
 * What a cell holds once an edit wrote `value` (a day as the date cell the host writes).
 * @example readWritten({ day: { year: 2026, month: 3, day: 12 } }) // { type: 'date', serial: 46093, day: { … } }
 */
export function readWritten(value: EditValue): CellValue {
  if (value === null || typeof value !== 'object') return value === '' ? null : value;
  return { type: 'date', serial: dayToSerial(value.day), day: value.day };
}

/**
 * The edits that take `applied` back, and those that cannot be taken back (the cell held an
 * error value, which no edit writes).
 * @example invertEdits([{ row: 4, col: 3, before: '急件', after: '加急' }]).edits // [{ row: 4, col: 3, before: '加急', after: '急件' }]
 */
export function invertEdits(applied: readonly CellEdit[]): { edits: CellEdit[]; impossible: CellEdit[] } {
  const edits: CellEdit[] = [];
  const impossible: CellEdit[] = [];
  for (const e of applied) {
    const after = toEditValue(e.before);
    if (after === undefined) impossible.push(e);
    else edits.push({ row: e.row, col: e.col, before: readWritten(e.after), after });
  }
  return { edits, impossible };
}

/**
 * @example const done = await applyEdits(host, '收文登记', plan.edits); done.applied.length // 5
 */
export async function applyEdits(host: EditingHost, sheet: string, edits: readonly CellEdit[]): Promise<AppliedEdits> {
  const outcome = await host.writeCells(sheet, edits);
  const skipped = new Set(outcome.skipped);
  return { sheet: outcome.sheet, applied: edits.filter((e) => !skipped.has(e)), skipped: outcome.skipped };
}

/**
 * Takes back edits applied earlier; `skipped` lists the cells changed again since (left alone).
 * @example await revertEdits(host, done) // { sheet: '收文登记', applied: [ …swapped edits ], skipped: [] }
 */
export async function revertEdits(host: EditingHost, done: AppliedEdits): Promise<AppliedEdits> {
  const { edits, impossible } = invertEdits(done.applied);
  const result = await applyEdits(host, done.sheet, edits);
  return { ...result, skipped: [...result.skipped, ...impossible] };
}

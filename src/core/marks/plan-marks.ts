/**
 * Which rows to paint, in which colour: the statuses that need the clerk's eye, each on its
 * record's row, inside the register's own columns only (0..layout.lastCol), never beyond.
 */
import type { ItemStatus, Register, RegisterRecord } from '../types';
import type { Assessment } from '../status/assessment-types';
import type { MarkKind, RowMark } from './mark-types';
import { createRecordKeyer } from './row-key';

/** The statuses that have a mark: overdue red, dueSoon amber, doneLate light orange. */
export type MarkedStatus = Extract<ItemStatus, MarkKind>;

export const MARKED_STATUSES: readonly MarkedStatus[] = ['overdue', 'dueSoon', 'doneLate'];

export interface PlanMarksOptions {
  /** Statuses to paint (default all three). done, open and noDeadline have no mark colour. */
  readonly statuses?: readonly MarkedStatus[];
  /** Paint only these columns of each row (clamped to the register's table); default the whole row. */
  readonly columns?: { readonly from: number; readonly to: number };
}

function isMarked(status: ItemStatus, wanted: ReadonlySet<ItemStatus>): status is MarkedStatus {
  return wanted.has(status);
}

/**
 * @example
 * planMarks(register, assessRegister(register, options).items)
 * // [{ row: 7, fromCol: 0, toCol: 9, kind: 'overdue', key: '3f2a9c1b@0,1,2,4' }, …]
 */
export function planMarks(register: Register, assessments: readonly Assessment[], options: PlanMarksOptions = {}): RowMark[] {
  const { layout } = register;
  const wanted = new Set<ItemStatus>(options.statuses ?? MARKED_STATUSES);
  const fromCol = Math.max(0, options.columns?.from ?? 0);
  const toCol = Math.min(layout.lastCol, options.columns?.to ?? layout.lastCol);
  if (toCol < fromCol) return [];
  const records = register.records;
  // assessRegister gives one item per record, in order: a record is found by its place, and a
  // row index is built only for a list that is not in step (100,000 map entries are not free).
  let recordsByRow: Map<number, RegisterRecord> | null = null;
  const recordAt = (item: Assessment, i: number): RegisterRecord | undefined => {
    if (records[i]?.row === item.row) return records[i];
    recordsByRow ??= new Map(records.map((r) => [r.row, r]));
    return recordsByRow.get(item.row);
  };
  const keyOf = createRecordKeyer(layout);
  const marks: RowMark[] = [];
  for (const [i, item] of assessments.entries()) {
    if (!isMarked(item.status, wanted)) continue;
    const record = recordAt(item, i);
    if (record) marks.push({ row: item.row, fromCol, toCol, kind: item.status, key: keyOf(record) });
  }
  return marks;
}

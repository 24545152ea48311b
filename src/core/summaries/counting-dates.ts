/**
 * The day each register's records are counted by: a received document by its 收文日期, an issued
 * one by its 发文日期, a supervised item by its 交办日期, a submission by its 报送日期. Data, not
 * code, so that the sheets' notes and the counting never disagree.
 */
import type { DateField, RegisterKind, RegisterRecord } from '../types';
import type { CalendarDay } from '../dates/day';

export interface CountingDate {
  /** Tried in order: the first the record has is its day. */
  readonly fields: readonly DateField[];
  /** How the sheets name the day. */
  readonly label: string;
}

export const COUNTING_DATES: Readonly<Record<RegisterKind, CountingDate>> = {
  incoming: { fields: ['receivedDate'], label: '收文日期' },
  outgoing: { fields: ['issuedDate'], label: '发文日期' },
  supervision: { fields: ['assignedDate', 'receivedDate'], label: '交办日期' },
  submissions: { fields: ['issuedDate', 'receivedDate'], label: '报送日期' },
};

/**
 * The day a record is counted by, or null when it has none.
 * @example findCountingDay({ row: 3, values: {}, dates: { receivedDate: { year: 2026, month: 3, day: 5 } }, problems: [] }, 'incoming') // 2026-03-05
 */
export function findCountingDay(record: RegisterRecord, kind: RegisterKind): CalendarDay | null {
  for (const field of COUNTING_DATES[kind].fields) {
    const day = record.dates[field];
    if (day) return day;
  }
  return null;
}

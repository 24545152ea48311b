/**
 * Registers for summary tests, written as rows the way a clerk sees them. A 'YYYY-MM-DD' string in
 * a date column or the deadline column becomes a real date cell; dates are parsed here once, by
 * hand, not by the code under test.
 */
import { DATE_FIELDS, type CellValue, type DateField, type FieldName, type Register, type RegisterKind, type RegisterRecord } from '../../src/core/types';
import { FIELD_LABELS } from '../../src/core/layout/field-labels';
import type { CalendarDay } from '../../src/core/dates/day';
import { day } from '../helpers/grid';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_SET: ReadonlySet<string> = new Set(DATE_FIELDS);

export type FixtureCell = string | number | null;

function toCell(field: FieldName, value: FixtureCell): CellValue {
  if (typeof value !== 'string') return value;
  const m = ISO.exec(value);
  if (m && (DATE_SET.has(field) || field === 'deadline')) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  return value;
}

/**
 * @example registerOf('incoming', '收文登记', ['receivedDate', 'handler'], [['2026-03-05', '财政局']])
 */
export function registerOf(kind: RegisterKind, sheet: string, fields: readonly FieldName[], rows: ReadonlyArray<ReadonlyArray<FixtureCell>>, firstRow = 3): Register {
  const records: RegisterRecord[] = rows.map((cells, i) => {
    const values: Partial<Record<FieldName, CellValue>> = {};
    const dates: Partial<Record<DateField, CalendarDay>> = {};
    fields.forEach((field, col) => {
      const cell = toCell(field, cells[col] ?? null);
      values[field] = cell;
      if (DATE_SET.has(field) && cell !== null && typeof cell === 'object' && cell.type === 'date' && cell.day) dates[field as DateField] = cell.day;
    });
    return { row: firstRow + i, values, dates, problems: [] };
  });
  return {
    layout: {
      sheet,
      kind,
      confidence: 1,
      headerRows: [firstRow - 1, firstRow - 1],
      firstDataRow: firstRow,
      lastCol: fields.length - 1,
      columns: Object.fromEntries(fields.map((f, c) => [f, c])),
      headers: fields.map((f) => FIELD_LABELS[f].zh),
      alternatives: [],
      year: null,
      problems: [],
    },
    records,
    dataRows: records.length > 0 ? [firstRow, firstRow + records.length - 1] : null,
    problems: [],
  };
}

/**
 * A tiny builder for rule tests: a register from plain rows, one field per column, so a test
 * reads like the sheet. Date cells are parsed with the project's parseDate (year from the
 * register's year); the full grid → layout → records path is tested separately.
 */
import { parseDate } from '../../dates/parse-date';
import { cellAddress } from '../../layout/address';
import { FIELD_LABELS } from '../../layout/field-labels';
import { isBlankCell } from '../../text/cell-text';
import {
  DATE_FIELDS,
  type CellValue,
  type DateField,
  type FieldName,
  type Problem,
  type Register,
  type RegisterKind,
  type RegisterRecord,
} from '../../types';
import type { CalendarDay } from '../../dates/day';
import type { Finding } from '../finding';
import type { RuleCode } from '../rule-codes';

export interface RegisterSpec {
  readonly sheet?: string;
  readonly kind?: RegisterKind | null;
  readonly year?: number | null;
  /** Field of each column, A first. */
  readonly fields: readonly FieldName[];
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
  /** Sheet row of the first data row (the header sits just above it). */
  readonly firstRow?: number;
}

const DATE_SET: ReadonlySet<string> = new Set(DATE_FIELDS);

function readRecord(spec: RegisterSpec, sheet: string, row: number, cells: ReadonlyArray<CellValue | undefined>): RegisterRecord {
  const values: Partial<Record<FieldName, CellValue>> = {};
  const dates: Partial<Record<DateField, CalendarDay>> = {};
  const problems: Problem[] = [];
  spec.fields.forEach((field, col) => {
    const value = cells[col];
    if (value === undefined) return;
    values[field] = value;
    if (!DATE_SET.has(field) || isBlankCell(value)) return;
    const parsed = parseDate(value, { year: spec.year === undefined ? 2026 : spec.year });
    if (parsed.ok) dates[field as DateField] = parsed.day;
    else
      problems.push({
        code: `read.date.${parsed.reason}`,
        severity: 'error',
        at: { sheet, row, col },
        field,
        message: { zh: `${cellAddress(row, col)} 的日期“${parsed.text}”无法识别`, en: `${cellAddress(row, col)}: unreadable date` },
        fix: { zh: '请写成 2026-03-05', en: 'Write 2026-03-05' },
      });
  });
  return { row, values, dates, problems };
}

/**
 * @example registerOf({ fields: ['serialNo', 'receivedDate'], rows: [[1, '2026-03-05']] })
 */
export function registerOf(spec: RegisterSpec): Register {
  const sheet = spec.sheet ?? '收文登记';
  const firstRow = spec.firstRow ?? 3;
  const columns: Partial<Record<FieldName, number>> = {};
  spec.fields.forEach((field, col) => {
    columns[field] = col;
  });
  const records = spec.rows
    .map((cells, i) => ({ cells, row: firstRow + i }))
    .filter(({ cells }) => cells.some((c) => !isBlankCell(c)))
    .map(({ cells, row }) => readRecord(spec, sheet, row, cells));
  const last = records.length > 0 ? records[records.length - 1].row : null;
  return {
    layout: {
      sheet,
      kind: spec.kind === undefined ? 'incoming' : spec.kind,
      confidence: 1,
      headerRows: [firstRow - 1, firstRow - 1],
      firstDataRow: firstRow,
      lastCol: spec.fields.length - 1,
      columns,
      headers: spec.fields.map((f) => FIELD_LABELS[f].zh),
      alternatives: [],
      year: spec.year === undefined ? 2026 : spec.year,
      problems: [],
    },
    records,
    dataRows: last === null ? null : [firstRow, last],
    problems: [],
  };
}

/** The cells ("D7") of the findings of one rule, in order; "row 7" for findings without a cell. */
export function cellsOf(findings: readonly Finding[], rule: RuleCode): string[] {
  return findings
    .filter((f) => f.rule === rule)
    .map((f) => (f.at ? cellAddress(f.at.row, f.at.col) : f.row === null ? 'register' : `row ${f.row}`));
}

/** Every rule that fired, with its cell: compact expectations for "nothing else was flagged". */
export function summarise(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.at ? cellAddress(f.at.row, f.at.col) : f.row === null ? 'register' : `row ${f.row}`}`);
}

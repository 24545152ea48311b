/**
 * Dates a clerk typed as text (2026.3.5, 2026年3月5日) or that sit as bare serial numbers: the
 * reader understood them, but Excel cannot sort, filter or count with them.
 */
import { formatDay, type CalendarDay } from '../../dates/day';
import { parseDate } from '../../dates/parse-date';
import { DATE_FIELDS, type CellValue, type DateField, type RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';

/**
 * The day a text or number cell names on its own, without borrowing a year from the register:
 * what a safe fix may write as a real date. Null for 3月5日 (the year is a guess) and for cells
 * that are real dates already.
 * @example readStandaloneDay('2026.3.5') // { year: 2026, month: 3, day: 5 }
 */
export function readStandaloneDay(value: CellValue | undefined): CalendarDay | null {
  if (typeof value === 'string') {
    const parsed = parseDate(value);
    return parsed.ok && parsed.form !== 'monthDay' ? parsed.day : null;
  }
  if (typeof value === 'number') {
    const parsed = parseDate(value);
    return parsed.ok ? parsed.day : null;
  }
  return null;
}

/** Whether a cell names its day on its own, remembered per text: the same few date texts recur down a register. */
type IsStandalone = (value: string | number) => boolean;

function rememberStandalone(): IsStandalone {
  const known = new Map<string, boolean>();
  return (value) => {
    if (typeof value === 'number') return readStandaloneDay(value) !== null;
    let standalone = known.get(value);
    if (standalone === undefined) {
      standalone = readStandaloneDay(value) !== null;
      known.set(value, standalone);
    }
    return standalone;
  };
}

function reportTextDate(ctx: RuleContext, record: RegisterRecord, field: DateField, day: CalendarDay, value: string | number, isStandalone: IsStandalone): Finding {
  const cell = nameCell(ctx, record.row, field);
  const label = nameField(ctx, field);
  const iso = formatDay(day);
  const standalone = isStandalone(value);
  const what =
    typeof value === 'number'
      ? { zh: `是数字 ${value}，不是日期格式`, en: `is the number ${value}, not a date cell` }
      : { zh: `${quote(String(value))}是文字，不是日期格式`, en: `"${String(value)}" is text, not a date cell` };
  return makeFinding(ctx, {
    rule: 'date.as-text',
    row: record.row,
    field,
    message: {
      zh: `${cell.zh} 的${label.zh}${what.zh}，无法按日期排序、筛选和统计`,
      en: `${cell.en} (${label.en}) ${what.en}, so it cannot be sorted, filtered or counted as a date`,
    },
    fix: standalone
      ? { zh: `可一键改为日期 ${iso}（日期格式的单元格）`, en: `A safe fix writes the date ${iso} as a date cell` }
      : {
          zh: `请补上年份并设为日期格式，如 ${iso}`,
          en: `Add the year and make it a date cell, e.g. ${iso}`,
        },
  });
}

/**
 * Finds dates the reader understood that are text or bare numbers rather than date cells.
 * @example checkTextDates(ctx) // [{ rule: 'date.as-text', row: 6, field: 'receivedDate', … }]
 */
export function checkTextDates(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const isStandalone = rememberStandalone();
  for (const record of ctx.register.records) {
    for (const field of DATE_FIELDS) {
      const day = record.dates[field];
      if (!day) continue;
      const value = record.values[field];
      if (typeof value === 'string' || typeof value === 'number') {
        findings.push(reportTextDate(ctx, record, field, day, value, isStandalone));
      }
    }
  }
  return findings;
}

/**
 * Dates a clerk typed as text (2026.3.5, 2026年3月5日) or that sit as bare serial numbers: the
 * reader understood them, but Excel cannot sort, filter or count with them.
 */
import { formatDay, type CalendarDay } from '../../dates/day';
import { parseDate } from '../../dates/parse-date';
import { DATE_FIELDS, type CellValue, type DateField, type LocalText } from '../../types';
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

/**
 * What a finding says of one text or number in one date column, but for the cell's name: worked
 * out once per distinct value, since registers repeat the same few text dates down their rows.
 */
interface ValueWords {
  readonly zh: string;
  readonly en: string;
  readonly standalone: boolean;
  /** The fix last built for this value, and the day it names (a 3月5日 takes each row's year). */
  day: CalendarDay | null;
  fix: LocalText | null;
}

function describeValue(ctx: RuleContext, field: DateField, value: string | number): ValueWords {
  const label = nameField(ctx, field);
  const what =
    typeof value === 'number'
      ? { zh: `是数字 ${value}，不是日期格式`, en: `is the number ${value}, not a date cell` }
      : { zh: `${quote(value)}是文字，不是日期格式`, en: `"${value}" is text, not a date cell` };
  return {
    zh: ` 的${label.zh}${what.zh}，无法按日期排序、筛选和统计`,
    en: ` (${label.en}) ${what.en}, so it cannot be sorted, filtered or counted as a date`,
    standalone: readStandaloneDay(value) !== null,
    day: null,
    fix: null,
  };
}

function describeFix(standalone: boolean, day: CalendarDay): LocalText {
  const iso = formatDay(day);
  return standalone
    ? { zh: `可一键改为日期 ${iso}（日期格式的单元格）`, en: `A safe fix writes the date ${iso} as a date cell` }
    : { zh: `请补上年份并设为日期格式，如 ${iso}`, en: `Add the year and make it a date cell, e.g. ${iso}` };
}

/** One column's words per value (a Map tells 5 from '5'). */
type WordsOf = (value: string | number) => ValueWords;

function rememberWords(ctx: RuleContext, field: DateField): WordsOf {
  const known = new Map<string | number, ValueWords>();
  return (value) => {
    let words = known.get(value);
    if (words === undefined) {
      words = describeValue(ctx, field, value);
      known.set(value, words);
    }
    return words;
  };
}

function reportTextDate(ctx: RuleContext, row: number, field: DateField, day: CalendarDay, words: ValueWords): Finding {
  const cell = nameCell(ctx, row, field);
  // Findings of one value share their fix while the day stays the same (always, for a full date).
  if (words.day === null || words.fix === null || !isSameDay(words.day, day)) {
    words.fix = describeFix(words.standalone, day);
    words.day = day;
  }
  return makeFinding(ctx, {
    rule: 'date.as-text',
    row,
    field,
    message: { zh: cell.zh + words.zh, en: cell.en + words.en },
    fix: words.fix,
  });
}

function isSameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a === b || (a.year === b.year && a.month === b.month && a.day === b.day);
}

/**
 * Finds dates the reader understood that are text or bare numbers rather than date cells.
 * @example checkTextDates(ctx) // [{ rule: 'date.as-text', row: 6, field: 'receivedDate', … }]
 */
export function checkTextDates(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  // Only mapped columns hold dates; each keeps its own words.
  const fields = DATE_FIELDS.filter((f) => ctx.register.layout.columns[f] !== undefined);
  const words = fields.map((f) => rememberWords(ctx, f));
  for (const record of ctx.register.records) {
    for (let i = 0; i < fields.length; i += 1) {
      // The value first: nearly every one is a date cell, and values share one shape where dates do not.
      const value = record.values[fields[i]];
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const day = record.dates[fields[i]];
      if (day) findings.push(reportTextDate(ctx, record.row, fields[i], day, words[i](value)));
    }
  }
  return findings;
}

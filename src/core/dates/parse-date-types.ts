/** The result of reading one cell as a calendar day (see parse-date.ts). */
import type { CalendarDay } from './day';

/** Which written form a date came in, so findings and fixes can say what they saw. */
export type DateForm =
  | 'dateCell' // a real date cell (number with a date format)
  | 'serial' // a bare Excel serial number in a date column
  | 'iso' // 2026-3-5, 2026/03/05, 2026.3.5, 2026 3 5 (any of - / . and full-width forms)
  | 'chinese' // 2026年3月5日
  | 'chineseNumerals' // 二〇二六年三月五日
  | 'monthDay' // 3月5日, 3-5: the year comes from context
  | 'compact'; // 20260305

export type DateParseFailure = 'empty' | 'unparseable' | 'noYear' | 'invalidDay' | 'outOfRange';

export type DateParse =
  | { readonly ok: true; readonly day: CalendarDay; readonly form: DateForm }
  | { readonly ok: false; readonly reason: DateParseFailure; readonly text: string };

export interface DateContext {
  /** Year for forms without one (3月5日): the register's year or the neighbouring rows'. */
  readonly year?: number | null;
  /** The workbook uses the 1904 date system (bare serial numbers only; date cells come tagged). */
  readonly date1904?: boolean;
}

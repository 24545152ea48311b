/**
 * Reads one cell as a calendar day. Date cells and serial numbers are taken as they are; text
 * is read in the forms clerks write (see date-text.ts) and anything else is reported, never
 * guessed. Never throws.
 */
import type { CellValue } from '../types';
import { makeDay, serialToDay } from './day';
import type { DateContext, DateParse, DateParseFailure } from './parse-date-types';
import { prepareDateText, readDateText, type DateParts } from './date-text';
import { memoizeByText } from '../deadlines/memo-by-text';

/** Registers are about the modern era: a year before this is a typing slip, not a date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
/** How much of an unreadable text a failure repeats back. */
const MAX_ECHO = 60;

function fail(reason: DateParseFailure, text: string): DateParse {
  const echo = text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
  return { ok: false, reason, text: echo };
}

function isPlausibleMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function resolveParts(parts: DateParts, text: string, ctx: DateContext): DateParse {
  if (!isPlausibleMonthDay(parts.month, parts.day)) return fail('invalidDay', text);
  const year = parts.year ?? ctx.year ?? null;
  if (year === null) return fail('noYear', text);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail('outOfRange', text);
  const day = makeDay(year, parts.month, parts.day);
  return day ? { ok: true, day, form: parts.form } : fail('invalidDay', text);
}

function parseNumber(n: number, ctx: DateContext): DateParse {
  const text = String(n);
  if (!Number.isFinite(n)) return fail('unparseable', text);
  // 20260305 typed into a number cell is far beyond any serial (9999-12-31 is 2958465).
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) {
    const parts = { year: Math.floor(n / 10000), month: Math.floor(n / 100) % 100, day: n % 100, form: 'compact' as const };
    return resolveParts(parts, text, ctx);
  }
  const day = serialToDay(n, ctx.date1904 ?? false);
  return day ? { ok: true, day, form: 'serial' } : fail('outOfRange', text);
}

/** What a text says before the context is asked for a year: its parts, or why it has none. */
type TextReading = { readonly parts: DateParts | null; readonly trimmed: string } | null;

/** Null for a text that is only spaces. */
function readText(raw: string): TextReading {
  const trimmed = raw.length > MAX_ECHO * 4 ? raw.slice(0, MAX_ECHO + 1) : raw.trim();
  const prepared = prepareDateText(raw);
  if (prepared === '') return null;
  return { parts: prepared === null ? null : readDateText(prepared), trimmed };
}

function resolveText(reading: TextReading, ctx: DateContext): DateParse {
  if (reading === null) return fail('empty', '');
  return reading.parts ? resolveParts(reading.parts, reading.trimmed, ctx) : fail('unparseable', reading.trimmed);
}

function parseText(raw: string, ctx: DateContext): DateParse {
  return resolveText(readText(raw), ctx);
}

/**
 * Reads a cell as a calendar day: a date cell, an Excel serial number (1900 system, or 1904 when
 * the context says so), or text such as 2026-3-5, 2026.3.5, 2026/03/05, 2026年3月5日,
 * 二〇二六年三月五日, ２０２６．３．５, 20260305 or 3月5日 (year from the context). A trailing time
 * of day is ignored. Call it only on date columns: a bare number is read as a serial.
 * @example parseDate('2026年3月5日') // { ok: true, day: { year: 2026, month: 3, day: 5 }, form: 'chinese' }
 * @example parseDate('3月5日') // { ok: false, reason: 'noYear', text: '3月5日' }
 * @example parseDate('3月5日', { year: 2026 }) // { ok: true, day: { year: 2026, month: 3, day: 5 }, form: 'monthDay' }
 * @example parseDate('2026-2-30') // { ok: false, reason: 'invalidDay', text: '2026-2-30' }
 */
export function parseDate(value: CellValue | undefined, ctx: DateContext = {}): DateParse {
  if (value === null || value === undefined) return fail('empty', '');
  if (typeof value === 'string') return parseText(value, ctx);
  if (typeof value === 'number') return parseNumber(value, ctx);
  if (typeof value === 'boolean') return fail('unparseable', value ? 'TRUE' : 'FALSE');
  if (value.type === 'date') {
    return value.day ? { ok: true, day: value.day, form: 'dateCell' } : fail('outOfRange', String(value.serial));
  }
  return fail('unparseable', value.code);
}

/**
 * What each date text says, shared by every reader: a register repeats its text dates
 * ("2026年3月5日" on every row of that day), and the workbooks of one summary (one per
 * township) repeat each other's. A reading depends on the text alone; bounded, for a task pane
 * that stays open all day.
 */
const readingOf = memoizeByText(readText, 20_000);

/**
 * parseDate with a memory of the texts read before, by this reader or any other: each text is
 * read once. The year a text without one takes still comes from each call's context.
 * @example const parse = rememberDateTexts(); parse('2026.3.5').ok // true, and read once however often asked
 */
export function rememberDateTexts(): (value: CellValue | undefined, ctx?: DateContext) => DateParse {
  return (value, ctx = {}) => (typeof value === 'string' ? resolveText(readingOf(value), ctx) : parseDate(value, ctx));
}

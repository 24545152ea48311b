/**
 * The written forms of a date, read with a cursor rather than regular expressions so that any
 * string, however long or odd, costs at most one pass over a bounded prefix. The reader finds
 * year, month and day; checking that they name a real day is parse-date.ts's job.
 */
import { toHalfWidth } from '../text/half-width';
import type { DateForm } from './parse-date-types';
import { readChineseNumber } from './chinese-numerals';

/** A date with a time and a weekday fits well inside this; anything longer is not a date. */
export const MAX_DATE_TEXT = 48;

export interface DateParts {
  /** null for forms without a year (3月5日, 3-5). */
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly form: DateForm;
}

interface NumberToken {
  readonly value: number;
  readonly end: number;
  readonly digits: number;
  readonly chinese: boolean;
  readonly positional: boolean;
}

/** What may close the day: 日, 号, and the traditional 號 clerks type too. */
const DAY_MARKS = new Set(['日', '号', '號']);
// Full-width hyphens are already half-width here; these are the dashes word processors insert.
const DASHES = new Set(['—', '–', '‐', '‑', '−', '﹣']);
const TIME_CHARS = new Set(Array.from('0123456789:.时点分秒()+-Z '));
const TIME_WORDS = [
  '上午', '下午', '中午', '晚上', '早上', '凌晨', '傍晚', 'am', 'pm', 'AM', 'PM',
  '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天',
  '礼拜一', '礼拜二', '礼拜三', '礼拜四', '礼拜五', '礼拜六', '礼拜日', '礼拜天',
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周天',
];

/**
 * A date text as the reader wants it: half-width, one kind of dash and full stop, single spaces,
 * trimmed. Returns null past {@link MAX_DATE_TEXT} characters.
 * @example prepareDateText(' ２０２６。３。５ ') // '2026.3.5'
 */
export function prepareDateText(raw: string): string | null {
  if (raw.length > MAX_DATE_TEXT * 4) return null;
  let out = '';
  let space = false;
  for (const ch of toHalfWidth(raw)) {
    if (ch.trim() === '' || ch === '\u200b' || ch === '\ufeff') {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch === '。' ? '.' : DASHES.has(ch) ? '-' : ch;
  }
  return out.length > MAX_DATE_TEXT ? null : out;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ') i++;
  return i;
}

function readNumberAt(s: string, i: number): NumberToken | null {
  let end = i;
  while (isDigit(s[end])) end++;
  if (end > i) {
    return { value: Number(s.slice(i, end)), end, digits: end - i, chinese: false, positional: true };
  }
  const cn = readChineseNumber(s, i);
  return cn ? { value: cn.value, end: cn.end, digits: cn.length, chinese: true, positional: cn.positional } : null;
}

function isYearToken(t: NumberToken): boolean {
  return t.digits === 4 && t.positional;
}

function isMonthOrDayToken(t: NumberToken): boolean {
  return t.chinese ? !t.positional || t.digits <= 2 : t.digits <= 2;
}

/** What may follow a date: a time of day, a weekday, or nothing. */
function isTimeTail(s: string, end: number, afterDigit: boolean): boolean {
  let i = end;
  if (i >= s.length) return true;
  if (afterDigit) {
    if (s[i] !== ' ' && s[i] !== 'T') return false;
    i++;
  }
  i = skipSpaces(s, i);
  if (i >= s.length) return true;
  if (!isDigit(s[i]) && s[i] !== '(' && !TIME_WORDS.some((w) => s.startsWith(w, i))) return false;
  while (i < s.length) {
    const word = TIME_WORDS.find((w) => s.startsWith(w, i));
    if (word) i += word.length;
    else if (TIME_CHARS.has(s[i])) i++;
    else return false;
  }
  return true;
}

function finish(s: string, end: number, afterDigit: boolean, parts: DateParts): DateParts | null {
  return isTimeTail(s, end, afterDigit) ? parts : null;
}

/** 2026年3月5日, 二〇二六年三月五日, 2026年3月5 — from just after 年. */
function readChineseForm(s: string, from: number, year: NumberToken): DateParts | null {
  if (!isYearToken(year)) return null;
  const month = readNumberAt(s, skipSpaces(s, from));
  if (!month || !isMonthOrDayToken(month)) return null;
  const afterMonth = skipSpaces(s, month.end);
  if (s[afterMonth] !== '月') return null;
  const day = readNumberAt(s, skipSpaces(s, afterMonth + 1));
  if (!day || !isMonthOrDayToken(day)) return null;
  const form: DateForm = year.chinese || month.chinese || day.chinese ? 'chineseNumerals' : 'chinese';
  const parts = { year: year.value, month: month.value, day: day.value, form };
  const afterDay = skipSpaces(s, day.end);
  if (DAY_MARKS.has(s[afterDay])) return finish(s, afterDay + 1, false, parts);
  return finish(s, day.end, !day.chinese, parts);
}

/** 3月5日, 三月五日 — from just after 月. */
function readMonthDayChinese(s: string, from: number, month: NumberToken): DateParts | null {
  if (!isMonthOrDayToken(month)) return null;
  const day = readNumberAt(s, skipSpaces(s, from));
  if (!day || !isMonthOrDayToken(day)) return null;
  const parts = { year: null, month: month.value, day: day.value, form: 'monthDay' as const };
  const afterDay = skipSpaces(s, day.end);
  if (DAY_MARKS.has(s[afterDay])) return finish(s, afterDay + 1, false, parts);
  return finish(s, day.end, !day.chinese, parts);
}

function readArabicPart(s: string, i: number): NumberToken | null {
  const t = readNumberAt(s, i);
  return t && !t.chinese && t.digits <= 2 ? t : null;
}

/** 2026-3-5, 2026/03/05, 2026.3.5, 2026 3 5 — the same separator twice. */
function readIsoForm(s: string, year: NumberToken, sep: string): DateParts | null {
  let i = sep === ' ' ? skipSpaces(s, year.end) : skipSpaces(s, skipSpaces(s, year.end) + 1);
  const month = readArabicPart(s, i);
  if (!month) return null;
  i = sep === ' ' ? month.end : skipSpaces(s, month.end);
  if (s[i] !== sep) return null;
  const day = readArabicPart(s, skipSpaces(s, i + 1));
  if (!day) return null;
  return finish(s, day.end, true, { year: year.value, month: month.value, day: day.value, form: 'iso' });
}

/** 3-5, 3/5, 3.5 — a month and a day, the year from context. */
function readMonthDayNumeric(s: string, month: NumberToken, sepAt: number): DateParts | null {
  const day = readArabicPart(s, skipSpaces(s, sepAt + 1));
  if (!day) return null;
  return finish(s, day.end, true, { year: null, month: month.value, day: day.value, form: 'monthDay' });
}

/**
 * Finds year, month and day in a prepared date text, or null when it is not one of the known
 * forms. The numbers are not checked against the calendar here.
 * @example readDateText('2026年3月5日') // { year: 2026, month: 3, day: 5, form: 'chinese' }
 * @example readDateText('3/5/2026') // null: never guessed
 */
export function readDateText(s: string): DateParts | null {
  const first = readNumberAt(s, 0);
  if (!first) return null;
  const next = skipSpaces(s, first.end);
  const ch = s[next];
  if (ch === '年') return readChineseForm(s, next + 1, first);
  if (ch === '月') return readMonthDayChinese(s, next + 1, first);
  if (first.chinese) return null;
  if (ch === '-' || ch === '/' || ch === '.') {
    if (first.digits === 4) return readIsoForm(s, first, ch);
    return first.digits <= 2 ? readMonthDayNumeric(s, first, next) : null;
  }
  if (first.digits === 4 && s[first.end] === ' ' && isDigit(ch)) return readIsoForm(s, first, ' ');
  if (first.digits === 8) {
    const v = first.value;
    const parts = { year: Math.floor(v / 10000), month: Math.floor(v / 100) % 100, day: v % 100, form: 'compact' as const };
    return finish(s, first.end, true, parts);
  }
  return null;
}

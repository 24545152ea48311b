/**
 * Reads what a clerk writes in a deadline cell when it is not a date: a period ("5个工作日内办结",
 * "10日内", "三个月"), a day without a year ("3月底前", "12月20日前"), "月底前", "年底前", or a
 * phrase meaning no single deadline ("长期", "持续推进"). Linear: the text is bounded, folded once,
 * and every pattern is a simple anchored or single-pass regex.
 */
import { parseChineseNumeral } from '../dates/chinese-numerals';
import { normalizeValue } from '../text/normalize';
import type { DeadlineUnit } from './deadline-types';

export type DeadlineText =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ongoing' }
  | { readonly kind: 'period'; readonly amount: number; readonly unit: DeadlineUnit }
  /** A day of a year the text does not give ("12月20日前"); `day: 'end'` for "3月底前". */
  | { readonly kind: 'monthDay'; readonly year: number | null; readonly month: number; readonly day: number | 'end' }
  /** "月底前" (offset 0) or "下月底" (offset 1): the end of the start day's month. */
  | { readonly kind: 'monthEnd'; readonly offset: number }
  /** "年底前", "年内": 31 December of the start day's year, or of the year written. */
  | { readonly kind: 'yearEnd'; readonly year: number | null }
  /** A full date with trailing words ("2026年3月5日前"): for parseDate to read. */
  | { readonly kind: 'fullDate'; readonly text: string }
  /** A bare number ("5"): a period whose unit comes from the header or the settings. */
  | { readonly kind: 'count'; readonly amount: number }
  | { readonly kind: 'unreadable'; readonly ambiguity?: 'monthOrMonths' | 'dayOfMonth' };

/** A deadline cell says what it means in its first few dozen characters. */
const MAX_CHARS = 200;
const MAX_AMOUNT = 999;
const LEAD_WORDS = ['请于', '请在', '务必于', '务必', '要求', '须于', '需于', '应于', '应当', '最迟', '最晚', '截止到', '截止于', '截止', '截至', '限于', '限', '须', '需', '应', '于', '在'];
const IMMEDIATE = /^(?:当天|当日|即办|即时|立即|马上|随到随办)/;
const NUM = '(\\d{1,4}|[零〇○一二两三四五六七八九十百廿卅]{1,6})';
const FULL_DATE = /^(?:\d{4}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?|[零〇○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{8}(?!\d))/;
const YEAR_MONTH_DAY = new RegExp(`^(?:(\\d{4})年)?${NUM}月(?:份)?(?:${NUM}[日号]|(底|末))`);
const YEAR_END = /^(?:(\d{4})年|本年|今年|当年)?(?:年底|年末|年终|年内|底|末|内)/;
const MONTH_END = /^(本月|当月|月|下月|下个月|次月)(?:底|末)/;
// "三天半" is not three days: a half after the unit is refused, not rounded.
const PERIOD = new RegExp(`${NUM}(个)?(工作日|自然日|日历日|天|日|星期|周|礼拜|月|年)(?!半)(内|以内|之内)?(前)?`);

function readAmount(text: string): number | null {
  const value = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return value !== null && value <= MAX_AMOUNT ? value : null;
}

function fold(text: string, ongoingWords: readonly string[]): { folded: string; ongoing: boolean } {
  const folded = normalizeValue(text.slice(0, MAX_CHARS)).replace(/[\s()（）[\]【】]/g, '');
  return { folded, ongoing: ongoingWords.some((w) => w !== '' && folded.includes(w)) };
}

function dropLeadWords(text: string): string {
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const word = LEAD_WORDS.find((w) => rest.startsWith(w));
    if (!word) break;
    rest = rest.slice(word.length);
  }
  return rest;
}

function readPeriod(text: string): DeadlineText {
  const m = PERIOD.exec(text);
  if (!m) return { kind: 'unreadable' };
  const amount = readAmount(m[1]);
  if (amount === null) return { kind: 'unreadable' };
  const [, , ge, unit, within, before] = m;
  // "15日前" is the 15th of some month, "3月内" March or three months: ask rather than guess.
  if (unit === '日' && before && !within) return { kind: 'unreadable', ambiguity: 'dayOfMonth' };
  if (unit === '月' && !ge) return { kind: 'unreadable', ambiguity: 'monthOrMonths' };
  if (unit === '工作日') return { kind: 'period', amount, unit: 'workingDays' };
  if (unit === '月') return { kind: 'period', amount, unit: 'months' };
  if (unit === '年') return { kind: 'period', amount: amount * 12, unit: 'months' };
  if (unit === '星期' || unit === '周' || unit === '礼拜') return { kind: 'period', amount: amount * 7, unit: 'calendarDays' };
  return { kind: 'period', amount, unit: 'calendarDays' };
}

/**
 * Reads deadline text (a date cell or a real date string is parseDate's business: this returns
 * `fullDate` for the caller to hand over).
 * @example parseDeadlineText('5个工作日内办结') // { kind: 'period', amount: 5, unit: 'workingDays' }
 * @example parseDeadlineText('3月底前') // { kind: 'monthDay', year: null, month: 3, day: 'end' }
 * @example parseDeadlineText('持续推进') // { kind: 'ongoing' }
 */
export function parseDeadlineText(text: string, ongoingWords: readonly string[] = []): DeadlineText {
  const { folded, ongoing } = fold(text, ongoingWords);
  if (folded === '') return { kind: 'empty' };
  if (ongoing || /^(?:无|没有|\/|-+|—+)$/.test(folded)) return { kind: 'ongoing' };
  const body = dropLeadWords(folded);
  if (/^\d{1,3}$/.test(body)) return { kind: 'count', amount: Number(body) };
  if (IMMEDIATE.test(body)) return { kind: 'period', amount: 0, unit: 'calendarDays' };
  const full = FULL_DATE.exec(body);
  if (full) return { kind: 'fullDate', text: full[0] };
  const md = YEAR_MONTH_DAY.exec(body);
  if (md) {
    const month = readAmount(md[2]);
    const day = md[4] ? 'end' : readAmount(md[3]);
    if (month !== null && month >= 1 && month <= 12 && day !== null) {
      return { kind: 'monthDay', year: md[1] ? Number(md[1]) : null, month, day };
    }
    return { kind: 'unreadable' };
  }
  const ye = YEAR_END.exec(body);
  if (ye && (ye[1] !== undefined || !/^(?:底|末|内)/.test(body))) return { kind: 'yearEnd', year: ye[1] ? Number(ye[1]) : null };
  const me = MONTH_END.exec(body);
  if (me) return { kind: 'monthEnd', offset: /下|次/.test(me[1]) ? 1 : 0 };
  return readPeriod(body);
}

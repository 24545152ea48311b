/**
 * One sentence of a holiday notice line: the dates written before 放假 are days off (single days
 * or ranges), the dates written before 上班 are weekend days worked.
 */
import { makeDay, toDayNumber, fromDayNumber, type CalendarDay } from '../dates/day';
import type { Problem } from '../types';
import type { HolidayOverride } from './holiday-override';
import { findNoticeDates, type NoticeDate } from './notice-dates';
import { noticeProblem } from './notice-problems';

export interface SentenceContext {
  /** The year the notice is about. */
  readonly year: number;
  /** The holiday the line is about (元旦, 春节 …), or '' when the line names none. */
  readonly name: string;
  /** The line's days off run from December into January: its December days are in year − 1. */
  readonly decemberIsPreviousYear: boolean;
}

export interface DatedToken {
  readonly day: CalendarDay;
  readonly weekday: number | null;
  readonly text: string;
}

export interface SentenceReading {
  readonly entries: HolidayOverride[];
  readonly dated: DatedToken[];
  readonly problems: Problem[];
}

/** A notice never gives more than this many days off in one stretch; more is a misreading. */
const MAX_HOLIDAY_SPAN = 15;

/** What the first 放假 or 上班 at or after each token says about it (two pointers: linear). */
function classifyTokens(sentence: string, tokens: readonly NoticeDate[]): Array<'holiday' | 'workday' | null> {
  const keywords: Array<{ at: number; kind: 'holiday' | 'workday' }> = [];
  const pattern = /放假|上班/g;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    keywords.push({ at: m.index, kind: m[0] === '放假' ? 'holiday' : 'workday' });
  }
  let k = 0;
  return tokens.map((t) => {
    while (k < keywords.length && keywords[k].at < t.at) k++;
    return k < keywords.length ? keywords[k].kind : null;
  });
}

function resolveDay(token: NoticeDate, context: SentenceContext, start: CalendarDay | null): CalendarDay | null {
  if (start && token.month === null) return makeDay(token.year ?? start.year, start.month, token.day);
  const month = token.month ?? 0;
  if (token.year !== null) return makeDay(token.year, month, token.day);
  if (start) return makeDay(month < start.month ? start.year + 1 : start.year, month, token.day);
  const year = month === 12 && context.decemberIsPreviousYear ? context.year - 1 : context.year;
  return makeDay(year, month, token.day);
}

function badDate(token: NoticeDate): Problem {
  return noticeProblem('badDate', 'error', {
    zh: `"${token.text}"不是有效日期，未读入`,
    en: `"${token.text}" is not a valid date and was not read.`,
  });
}

/**
 * Reads one sentence (half-width, no spaces) of a notice line.
 * @example readNoticeSentence('1月1日至3日放假调休', { year: 2026, name: '元旦', decemberIsPreviousYear: false }).entries.length // 3
 */
export function readNoticeSentence(sentence: string, context: SentenceContext): SentenceReading {
  const reading: SentenceReading = { entries: [], dated: [], problems: [] };
  const tokens = findNoticeDates(sentence);
  const kinds = classifyTokens(sentence, tokens);
  const name = context.name || '节假日';
  let holidayDays = 0;
  let unread = false;
  for (let i = 0; i < tokens.length; i++) {
    const kind = kinds[i];
    const startToken = tokens[i];
    const endToken = tokens[i + 1]?.rangeEnd ? tokens[i + 1] : null;
    if (endToken) i++;
    const start = resolveDay(startToken, context, null);
    const end = start && endToken ? resolveDay(endToken, context, start) : start;
    if (!start || !end) {
      reading.problems.push(badDate(start ? (endToken ?? startToken) : startToken));
      continue;
    }
    reading.dated.push({ day: start, weekday: startToken.weekday, text: startToken.text });
    if (endToken) reading.dated.push({ day: end, weekday: endToken.weekday, text: endToken.text });
    const span = toDayNumber(end) - toDayNumber(start) + 1;
    if (span < 1 || span > MAX_HOLIDAY_SPAN) {
      reading.problems.push(
        noticeProblem('badRange', 'error', {
          zh: `"${startToken.text}至${endToken?.text ?? ''}"不是合理的放假区间，未读入`,
          en: `"${startToken.text}–${endToken?.text ?? ''}" is not a plausible holiday range and was not read.`,
        }),
      );
      continue;
    }
    if (kind === null) {
      unread = true;
      continue;
    }
    if (kind === 'holiday') holidayDays += span;
    for (let n = toDayNumber(start); n <= toDayNumber(end); n++) reading.entries.push({ day: fromDayNumber(n), kind, name });
  }
  // Lines without a holiday name (the signature, the preamble) may carry dates that mean nothing here.
  if (unread && context.name) reading.problems.push(skipped(sentence));
  checkCount(sentence, holidayDays, reading.problems);
  return reading;
}

function skipped(sentence: string): Problem {
  return noticeProblem('lineSkipped', 'info', {
    zh: `"${sentence}"中的日期既不是放假也不是上班，未读入`,
    en: `The dates in "${sentence}" are neither days off nor working days and were not read.`,
  });
}

/** "共9天" must match the days read, or a date was misread. */
function checkCount(sentence: string, holidayDays: number, problems: Problem[]): void {
  const m = /共(\d{1,2})天/.exec(sentence);
  if (!m || holidayDays === 0 || Number(m[1]) === holidayDays) return;
  problems.push(
    noticeProblem('countMismatch', 'warning', {
      zh: `"${sentence}"写的是共${m[1]}天，读到的放假日期是${holidayDays}天`,
      en: `"${sentence}" says ${m[1]} days, but ${holidayDays} days off were read.`,
    }),
  );
}

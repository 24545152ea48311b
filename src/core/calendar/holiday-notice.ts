/**
 * Reads the State Council's notice (国务院办公厅关于20XX年部分节假日安排的通知), pasted by a clerk,
 * into holiday-table entries for the clerk to confirm. Line by line: "元旦：1月1日至3日放假调休，
 * 共3天。1月4日（周日）上班。" — the dates before 放假 are days off, the dates before 上班 are
 * weekend days worked.
 */
import { isoWeekday, type CalendarDay } from '../dates/day';
import type { Problem } from '../types';
import type { HolidayOverride } from './holiday-override';
import { toHalfWidth } from '../text/half-width';
import { findNoticeDates } from './notice-dates';
import { readNoticeSentence, type SentenceContext } from './notice-sentence';
import { noticeProblem } from './notice-problems';

export interface HolidayNoticeParse {
  readonly year: number | null;
  readonly entries: readonly HolidayOverride[];
  readonly problems: readonly Problem[];
}

/** Longer input is not a notice; reading stops there so a stray paste stays cheap. */
const MAX_NOTICE_CHARS = 20_000;
const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

function findNoticeYear(text: string): number | null {
  const m = /关于(\d{4})年/.exec(text) ?? /(\d{4})年(?:部分)?(?:节假日|元旦|放假)/.exec(text);
  return m ? Number(m[1]) : null;
}

/** "一、元旦：…" → { name: '元旦', body: '…' }; a line without a name keeps its whole text. */
function splitLine(line: string): { name: string; body: string } {
  const unnumbered = line.replace(/^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.)]/, '');
  const m = /^([^:\d]{1,16}):(.*)$/.exec(unnumbered);
  return m ? { name: m[1], body: m[2] } : { name: '', body: unnumbered };
}

/** A December day in a line whose days off run from December into January is in the previous year. */
function crossesYearEnd(body: string): boolean {
  const dates = findNoticeDates(body);
  return dates.some((d, i) => d.rangeEnd && d.month !== null && dates[i - 1].month !== null && dates[i - 1].month! > d.month);
}

function checkWeekdays(entries: ReadonlyArray<{ day: CalendarDay; weekday: number | null; text: string }>, problems: Problem[]): void {
  for (const e of entries) {
    if (e.weekday === null || isoWeekday(e.day) === e.weekday) continue;
    const actual = WEEKDAY_NAMES[isoWeekday(e.day)];
    problems.push(
      noticeProblem('weekdayMismatch', 'warning', {
        zh: `"${e.text}"写的是${WEEKDAY_NAMES[e.weekday]}，但${e.day.year}年${e.day.month}月${e.day.day}日是${actual}，请核对通知原文`,
        en: `"${e.text}" says ${WEEKDAY_NAMES[e.weekday]}, but ${e.day.year}-${e.day.month}-${e.day.day} is a ${actual}; check the notice.`,
      }),
    );
  }
}

/**
 * Reads a pasted holiday notice. The year comes from the title ("关于2026年部分节假日安排的通知"),
 * else from `options.year`. Nothing is applied: the entries are for the clerk to confirm.
 * @example
 * parseHolidayNotice('关于2026年部分节假日安排的通知\n元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。')
 * // { year: 2026, entries: [3 holidays 01-01..01-03, workday 01-04], problems: [] }
 */
export function parseHolidayNotice(text: string, options: { year?: number } = {}): HolidayNoticeParse {
  const problems: Problem[] = [];
  const normalized = toHalfWidth(text.slice(0, MAX_NOTICE_CHARS));
  const year = findNoticeYear(normalized) ?? options.year ?? null;
  if (year === null) {
    problems.push(
      noticeProblem('noYear', 'error', {
        zh: '通知中找不到年份，请把标题（国务院办公厅关于20XX年部分节假日安排的通知）一并粘贴，或先选择年份',
        en: 'The notice names no year; paste its title as well, or choose the year first.',
      }),
    );
    return { year: null, entries: [], problems };
  }
  const byDay = new Map<string, HolidayOverride>();
  for (const rawLine of normalized.split(/\r?\n/)) {
    const { name, body } = splitLine(rawLine.replace(/\s+/g, ''));
    if (!body.includes('日')) continue;
    const context: SentenceContext = { year, name, decemberIsPreviousYear: crossesYearEnd(body) };
    for (const sentence of body.split(/[。;]/)) {
      const read = readNoticeSentence(sentence, context);
      problems.push(...read.problems);
      checkWeekdays(read.dated, problems);
      for (const entry of read.entries) addEntry(byDay, entry, problems);
    }
  }
  if (byDay.size === 0) {
    problems.push(
      noticeProblem('nothingFound', 'error', {
        zh: '没有读到放假或上班的日期，请粘贴通知正文中"元旦：1月1日至3日放假调休……"这样的各行',
        en: 'No days off or working days were found; paste the lines of the notice such as "元旦：1月1日至3日放假调休…".',
      }),
    );
  }
  const entries = [...byDay.values()].sort((a, b) => a.day.year - b.day.year || a.day.month - b.day.month || a.day.day - b.day.day);
  return { year, entries, problems };
}

function addEntry(byDay: Map<string, HolidayOverride>, entry: HolidayOverride, problems: Problem[]): void {
  const key = `${entry.day.year}-${entry.day.month}-${entry.day.day}`;
  const earlier = byDay.get(key);
  if (!earlier) {
    byDay.set(key, entry);
    return;
  }
  if (earlier.kind === entry.kind) return;
  problems.push(
    noticeProblem('conflict', 'error', {
      zh: `${entry.day.month}月${entry.day.day}日既写作放假又写作上班，已按先出现的"${earlier.kind === 'holiday' ? '放假' : '上班'}"读入，请核对`,
      en: `${entry.day.month}/${entry.day.day} is given both as a day off and as a working day; the first reading was kept.`,
    }),
  );
}

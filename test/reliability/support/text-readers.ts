/**
 * Every engine function that reads text a clerk typed, behind one signature, with a check of the
 * shape of what it answers. The property and pathological suites feed them the same inputs.
 */
import { parseHolidayNotice } from '../../../src/core/calendar/holiday-notice';
import { parseDate } from '../../../src/core/dates/parse-date';
import { makeDay } from '../../../src/core/dates/day';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../src/core/deadlines/deadline-settings';
import { parseDeadlineText } from '../../../src/core/deadlines/deadline-text';
import { readDeadlineCell, readUnitFromHeader } from '../../../src/core/deadlines/read-deadline-cell';
import { matchHeader } from '../../../src/core/layout/match-header';
import { findRegisterYear } from '../../../src/core/layout/register-year';
import { findCitedNumbers } from '../../../src/core/rules/doc-number/find-cited-numbers';
import { fixDocNumber } from '../../../src/core/rules/doc-number/fix-doc-number';
import { parseDocNumber } from '../../../src/core/rules/doc-number/parse-doc-number';
import { readFinishedText } from '../../../src/core/status/finished-text';
import { toHalfWidth } from '../../../src/core/text/half-width';
import { normalizeHeader, normalizeValue } from '../../../src/core/text/normalize';
import { toSimplified } from '../../../src/core/text/trad-to-simp';

export interface TextReader {
  readonly name: string;
  /** Reads the text; returns what is wrong with the answer ([] when it is well formed). */
  readonly read: (text: string) => string[];
}

const ok = (cond: boolean, what: string): string[] => (cond ? [] : [what]);
const { ongoingWords, finishedWords, unfinishedWords } = DEFAULT_DEADLINE_SETTINGS;

function isRealDay(d: { year: number; month: number; day: number }): boolean {
  return JSON.stringify(makeDay(d.year, d.month, d.day)) === JSON.stringify(d);
}

export const TEXT_READERS: readonly TextReader[] = [
  {
    name: 'parseDate',
    read: (t) => {
      const r = parseDate(t, { year: 2026 });
      return r.ok ? ok(isRealDay(r.day), `not a day: ${JSON.stringify(r.day)}`) : ok(typeof r.reason === 'string', 'no reason');
    },
  },
  {
    name: 'parseDeadlineText',
    read: (t) => {
      const r = parseDeadlineText(t, ongoingWords);
      return r.kind === 'period' ? ok(Number.isInteger(r.amount) && r.amount >= 0 && r.amount <= 999 * 12, `amount ${r.amount}`) : [];
    },
  },
  {
    name: 'readDeadlineCell',
    read: (t) => {
      const r = readDeadlineCell(t, { countUnit: 'workingDays', ongoingWords });
      return r.kind === 'date' ? ok(isRealDay(r.day), `not a day: ${JSON.stringify(r.day)}`) : [];
    },
  },
  { name: 'readUnitFromHeader', read: (t) => ok([null, 'workingDays', 'calendarDays', 'months'].includes(readUnitFromHeader(t)), 'unit') },
  {
    name: 'parseDocNumber',
    read: (t) => {
      const r = parseDocNumber(t);
      return r.problems.includes('unreadable') ? ok(r.serial === null, 'serial of unreadable') : ok(Number.isInteger(r.serial) && (r.serial ?? -1) >= 0, `serial ${r.serial}`);
    },
  },
  {
    name: 'fixDocNumber',
    read: (t) => {
      const r = fixDocNumber(t, new Set(['brackets', 'twoDigitYear', 'leadingZero', 'ordinal', 'missingHao', 'fullWidthDigits']), 2026);
      return r === null ? [] : ok(parseDocNumber(r.text).problems.length === 0 || r.fixed.length > 0, `fix ${r.text}`);
    },
  },
  { name: 'findCitedNumbers', read: (t) => findCitedNumbers(t).flatMap((c) => ok(Number.isInteger(c.serial) && Number.isInteger(c.year), `citation ${c.text}`)) },
  { name: 'normalizeHeader', read: (t) => ok(typeof normalizeHeader(t) === 'string', 'not text') },
  { name: 'normalizeValue', read: (t) => ok(typeof normalizeValue(t) === 'string', 'not text') },
  { name: 'matchHeader', read: (t) => matchHeader(normalizeHeader(t)).flatMap((m) => ok(typeof m.field === 'string', 'field')) },
  {
    name: 'findRegisterYear',
    read: (t) => {
      const y = findRegisterYear([t], t.slice(0, 31));
      return ok(y === null || (Number.isInteger(y) && y >= 1900 && y <= 9999), `year ${y}`);
    },
  },
  { name: 'readFinishedText', read: (t) => ok(['finished', 'unfinished', 'unknown'].includes(readFinishedText(t, finishedWords, unfinishedWords)), 'reading') },
  {
    name: 'parseHolidayNotice',
    read: (t) => parseHolidayNotice(t).entries.flatMap((e) => ok(isRealDay(e.day), `entry ${JSON.stringify(e)}`)),
  },
  { name: 'toHalfWidth', read: (t) => ok(toHalfWidth(t).length <= t.length, 'longer') },
  { name: 'toSimplified', read: (t) => ok(typeof toSimplified(t) === 'string', 'not text') },
];

/** The problems reading reports about single cells, worded once here. */
import type { CellRef, DateField, LocalText, Problem } from '../types';
import type { DateParseFailure } from '../dates/parse-date-types';
import { cellAddress } from '../layout/address';
import { FIELD_LABELS } from '../layout/field-labels';

type Reported = Exclude<DateParseFailure, 'empty'>;

const WHAT: Readonly<Record<Reported, (label: string, text: string) => LocalText>> = {
  unparseable: (label, text) => ({ zh: `的${label}“${text}”无法识别为日期`, en: `: ${label} "${text}" is not a date` }),
  noYear: (label, text) => ({
    zh: `的${label}“${text}”没有写年份，台账标题和上面的记录也看不出是哪一年`,
    en: `: ${label} "${text}" has no year, and neither the title nor the rows above give one`,
  }),
  invalidDay: (label, text) => ({ zh: `的${label}“${text}”是日历上没有的日子`, en: `: ${label} "${text}" is not a day of the calendar` }),
  outOfRange: (label, text) => ({ zh: `的${label}“${text}”超出了可用的日期范围`, en: `: ${label} "${text}" is outside the range of dates` }),
};

const FIX: Readonly<Record<Reported, LocalText>> = {
  unparseable: { zh: '请写成 2026-03-05 或 2026年3月5日', en: 'Write it as 2026-03-05 or 2026年3月5日' },
  noYear: { zh: '请写上年份，如 2026年3月5日', en: 'Add the year, as in 2026年3月5日' },
  invalidDay: { zh: '请核对月和日，如 2026-02-28', en: 'Check the month and the day, as in 2026-02-28' },
  outOfRange: { zh: '请写 1900 年以后的日期，如 2026-03-05', en: 'Write a date from 1900 on, such as 2026-03-05' },
};

/**
 * A date cell that could not be read, with where it is, what it says and how to write it.
 * `header` is the clerk's own header for the column.
 * @example reportDateProblem({ sheet: '收文', row: 17, col: 3 }, 'receivedDate', '收文日期', 'invalidDay', '3月32日').message.zh
 * // 'D17 的收文日期“3月32日”是日历上没有的日子'
 */
export function reportDateProblem(at: CellRef, field: DateField, header: string | undefined, reason: Reported, text: string): Problem {
  const zhLabel = header ? header.replace(/\s+/g, '') : FIELD_LABELS[field].zh;
  const what = WHAT[reason](zhLabel, text);
  const enWhat = WHAT[reason](FIELD_LABELS[field].en, text);
  const address = cellAddress(at.row, at.col);
  return {
    code: `read.date.${reason}`,
    severity: reason === 'noYear' ? 'warning' : 'error',
    at,
    field,
    message: { zh: `${address} ${what.zh}`, en: `${address}${enWhat.en}` },
    fix: FIX[reason],
  };
}

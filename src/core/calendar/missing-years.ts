/** The words a clerk reads when a year's holiday arrangement is not loaded. */
import type { Problem } from '../types';

export const MISSING_HOLIDAY_YEAR_CODE = 'calendar.holidaysMissing';

/**
 * One warning per year the calendar lacked, saying how days were counted and what to do.
 * @example describeMissingHolidayYears([2027])[0].message.zh
 * // '2027年放假安排未载入，按周一至周五计算，可在节假日表中补充'
 */
export function describeMissingHolidayYears(years: readonly number[]): Problem[] {
  return years.map((year) => ({
    code: MISSING_HOLIDAY_YEAR_CODE,
    severity: 'warning',
    message: {
      zh: `${year}年放假安排未载入，按周一至周五计算，可在节假日表中补充`,
      en: `The ${year} holiday arrangement is not loaded; days were counted Monday to Friday. Add it to the holiday table.`,
    },
    fix: {
      zh: `把国务院办公厅关于${year}年部分节假日安排的通知粘贴到节假日表，或逐日填写放假和调休上班的日期`,
      en: `Paste the State Council notice on the ${year} holidays into the holiday table, or enter its days off and working weekends.`,
    },
  }));
}

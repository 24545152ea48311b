/**
 * The sentence a clerk reads after "标记逾期": the day counted from, how many items of each
 * marked status each register has, and any year whose holidays were missing from the calendar.
 */
import type { HighlightReport, SheetHighlight } from '../app/highlight';
import { describeMissingHolidayYears } from '../core/calendar/missing-years';
import { formatDay } from '../core/dates/day';
import type { Locale } from '../i18n';

function describeSheetZh(s: SheetHighlight): string {
  return `「${s.sheet}」逾期 ${s.counts.overdue} 件，临期 ${s.counts.dueSoon} 件，超期办结 ${s.counts.doneLate} 件（标记 ${s.marked.rowsMarked} 行）`;
}

function describeSheetEn(s: SheetHighlight): string {
  return `"${s.sheet}": ${s.counts.overdue} overdue, ${s.counts.dueSoon} due soon, ${s.counts.doneLate} finished late (${s.marked.rowsMarked} rows marked)`;
}

/**
 * @example describeHighlight(report, 'zh-CN')
 * // '截至 2026-11-23：「收文登记簿」逾期 5 件，临期 2 件，超期办结 1 件（标记 8 行）。'
 */
export function describeHighlight(report: HighlightReport, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const day = formatDay(report.asOf);
  const body =
    report.sheets.length === 0
      ? zh
        ? '这张工作表没有识别出登记簿，未作标记。请确认它是一张登记簿，表头在前几行。'
        : 'No register was recognised on this sheet, so nothing was marked. Check that it is a register with its header in the first rows.'
      : zh
        ? `截至 ${day}：${report.sheets.map(describeSheetZh).join('；')}。`
        : `As of ${day}: ${report.sheets.map(describeSheetEn).join('; ')}.`;
  const warnings = describeMissingHolidayYears(report.missingHolidayYears).map((p) => (zh ? `注意：${p.message.zh}。` : `Note: ${p.message.en}`));
  return [body, ...warnings].join(zh ? '' : ' ');
}

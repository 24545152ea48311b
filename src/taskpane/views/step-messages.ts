/**
 * What the clerk reads after highlighting, clearing and writing the 催办单: one line per sheet,
 * then any warning (a year without holiday data), in plain words.
 */
import type { HighlightReport } from '../../app/highlight';
import type { ReminderReport } from '../../app/remind';
import { describeMissingHolidayYears } from '../../core/calendar/missing-years';
import { formatDay } from '../../core/dates/day';
import type { ClearOutcome, WriteOutcome } from '../../hosts/host';
import { fillTemplate, type Locale, type UiStrings } from '../../i18n';
import type { PaneMessage } from '../store/pane-state';
import { pickText } from './local-text';

function holidayWarnings(years: readonly number[], locale: Locale): string[] {
  return describeMissingHolidayYears(years).map((p) => `${pickText(p.message, locale)}${p.fix ? ` — ${pickText(p.fix, locale)}` : ''}`);
}

/**
 * @example highlightMessage(report, getStrings('zh-CN'), 'zh-CN').lines[1] // '「收文」逾期 5 件，临期 2 件，超期办结 1 件（标记 8 行）'
 */
export function highlightMessage(report: HighlightReport, strings: UiStrings, locale: Locale): PaneMessage {
  const warnings = holidayWarnings(report.missingHolidayYears, locale);
  if (report.sheets.length === 0) return { intent: 'warning', title: strings.highlightDone, lines: [strings.highlightNothing] };
  const lines = report.sheets.map((s) =>
    fillTemplate(strings.highlightSheetLine, {
      sheet: s.sheet,
      overdue: s.counts.overdue,
      dueSoon: s.counts.dueSoon,
      doneLate: s.counts.doneLate,
      rows: s.marked.rowsMarked,
    }),
  );
  return {
    intent: warnings.length > 0 ? 'warning' : 'success',
    title: strings.highlightDone,
    lines: [fillTemplate(strings.highlightAsOf, { day: formatDay(report.asOf) }), ...lines, ...warnings],
  };
}

/**
 * @example clearMessage([{ sheet: '收文', rowsRestored: 7, cellsKeptByUser: 0, rowsNotFound: 0 }], strings).lines // ['「收文」恢复 7 行原来的底色']
 */
export function clearMessage(outcomes: readonly ClearOutcome[], strings: UiStrings, locale: Locale): PaneMessage {
  const touched = outcomes.filter((o) => o.rowsRestored + o.cellsKeptByUser + o.rowsNotFound > 0);
  if (touched.length === 0) return { intent: 'info', title: strings.clearDone, lines: [strings.clearNothing] };
  const separator = locale === 'zh-CN' ? '，' : '; ';
  const lines = touched.map((o) => {
    const parts = [fillTemplate(strings.clearSheetLine, { sheet: o.sheet, rows: o.rowsRestored })];
    if (o.cellsKeptByUser > 0) parts.push(fillTemplate(strings.clearKeptByUser, { cells: o.cellsKeptByUser }));
    if (o.rowsNotFound > 0) parts.push(fillTemplate(strings.clearNotFound, { rows: o.rowsNotFound }));
    return parts.join(separator);
  });
  return { intent: 'success', title: strings.clearDone, lines };
}

/** Where each sheet went when a clerk's own sheet already had the wanted name. */
export function renamedLines(written: WriteOutcome, strings: UiStrings): string[] {
  return written.renamed.map((r) => fillTemplate(strings.remindRenamed, { wanted: r.wanted, written: r.written }));
}

/**
 * @example remindMessage(report, strings, 'zh-CN').lines[0] // '工作表「催办单」：逾期 5 件，临期 2 件，…'
 */
export function remindMessage(report: ReminderReport, strings: UiStrings, locale: Locale): PaneMessage {
  const warnings = holidayWarnings(report.assessment.missingHolidayYears, locale);
  const sheet = report.written.sheets[0] ?? '';
  return {
    intent: warnings.length > 0 ? 'warning' : 'success',
    title: strings.remindDone,
    lines: [fillTemplate(strings.remindLine, { sheet, overdue: report.overdue, dueSoon: report.dueSoon }), ...renamedLines(report.written, strings), ...warnings],
  };
}

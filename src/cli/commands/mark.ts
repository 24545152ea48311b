/** `register-desk mark FILE -o OUT [--as-of D]` (clearing is in check.ts, with the invalid-cell marks). */
import { formatDay } from '../../core/dates/day';
import { describeMissingHolidayYears } from '../../core/calendar/missing-years';
import { MARK_PALETTE } from '../../core/marks/palette';
import type { HighlightReport } from '../../app/highlight';
import { highlightOverdueStreamed } from '../../app/highlight-streamed';
import { exitCodeOf, toFailure } from '../failure';
import { parseAsOfOption, type Output } from '../options';
import { writePatchedCopy, type CopyOptions } from './write-copy';

export interface MarkOptions extends CopyOptions {
  readonly asOf?: string;
  readonly json?: boolean;
}

/** "收文登记：逾期 5 件，临期 2 件，超期办结 1 件" per sheet. */
export function describeHighlightZh(report: Pick<HighlightReport, 'sheets'>): string[] {
  if (report.sheets.length === 0) return ['没有找到登记簿，未作标记。'];
  return report.sheets.map((s) => `「${s.sheet}」逾期 ${s.counts.overdue} 件，临期 ${s.counts.dueSoon} 件，超期办结 ${s.counts.doneLate} 件（标记 ${s.marked.rowsMarked} 行）`);
}

export async function runMark(file: string, options: MarkOptions, out: Output): Promise<number> {
  try {
    const asOf = parseAsOfOption(options.asOf);
    const report = await writePatchedCopy(file, options, (host) => highlightOverdueStreamed(host, { asOf }));
    if (options.json) {
      out.log(JSON.stringify({ asOf: formatDay(report.asOf), output: options.output, sheets: report.sheets.map((s) => ({ sheet: s.sheet, kind: s.kind, status: s.counts, rowsMarked: s.marked.rowsMarked })), missingHolidayYears: report.missingHolidayYears }, null, 2));
      return 0;
    }
    out.log(`已写出标记副本：${options.output}（截至 ${formatDay(report.asOf)}，原文件未改动）`);
    for (const line of describeHighlightZh(report)) out.log(`  ${line}`);
    const legend = (['overdue', 'dueSoon', 'doneLate'] as const).map((k) => `${MARK_PALETTE[k].label.zh} #${MARK_PALETTE[k].rgb}`);
    out.log(`  颜色：${legend.join('，')}`);
    for (const p of describeMissingHolidayYears(report.missingHolidayYears)) out.log(`  [注意] ${p.message.zh}`);
    return 0;
  } catch (e) {
    const failure = toFailure(file, e);
    out.error(failure.describe());
    return exitCodeOf(failure);
  }
}

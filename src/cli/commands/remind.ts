/** `register-desk remind FILE -o OUT [--as-of D]`: a copy with a printable 催办单 sheet added. */
import { formatDay } from '../../core/dates/day';
import { writeReminder } from '../../app/remind';
import { exitCodeOf, toFailure } from '../failure';
import { parseAsOfOption, type Output } from '../options';
import { writePatchedCopy, type CopyOptions } from './write-copy';

export interface RemindOptions extends CopyOptions {
  readonly asOf?: string;
}

export async function runRemind(file: string, options: RemindOptions, out: Output): Promise<number> {
  try {
    const asOf = parseAsOfOption(options.asOf);
    const report = await writePatchedCopy(file, options, (host) => writeReminder(host, { asOf }));
    const sheet = report.written.sheets[0] ?? '催办单';
    out.log(`已写出副本：${options.output}，新增工作表「${sheet}」（截至 ${formatDay(report.assessment.context.asOf)}：逾期 ${report.overdue} 件，临期 ${report.dueSoon} 件；A4 横向打印）`);
    for (const r of report.written.renamed) out.log(`  注意：工作簿中已有名为「${r.wanted}」的工作表（不是台账助手生成的），新表改名为「${r.written}」`);
    return 0;
  } catch (e) {
    const failure = toFailure(file, e);
    out.error(failure.describe());
    return exitCodeOf(failure);
  }
}

/**
 * `register-desk summary FILE... --year Y [--as-of D] -o OUT.xlsx`: the year-end package of one or
 * many workbooks (one per township, say) in one new workbook. The first readable workbook's
 * settings (deadline rules, holiday table, quota table, scoring scheme) apply to all.
 */
import * as path from 'node:path';
import { formatDay } from '../../core/dates/day';
import type { SummarySource } from '../../core/summaries/summary-types';
import { buildYearEndPackage } from '../../app/summaries/build-year-end-package';
import { collectSummarySource } from '../../app/summaries/collect-summary-source';
import { readSummarySettings } from '../../app/summaries/read-summary-settings';
import { loadWorkbookContext, type WorkbookContext } from '../../app/workbook-context';
import { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import { buildSummaryCover, type SummaryCover } from '../demo/blank-summary-workbook';
import { CliFailure, toFailure } from '../failure';
import { writeOutput } from '../io';
import { openWorkbook } from '../open-workbook';
import { parseAsOfOption, type Output } from '../options';

export interface SummaryCliOptions {
  readonly year?: string;
  readonly asOf?: string;
  readonly output: string;
  readonly force?: boolean;
}

function parseYear(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1990 || year > 2200) {
    throw new CliFailure('--year', `年份“${text}”不对，请写四位数字，例如 2026`, '--year must be a four-digit year', undefined, 'badOption');
  }
  return year;
}

export async function runSummary(files: readonly string[], options: SummaryCliOptions, out: Output): Promise<number> {
  const asOfOption = parseAsOfOption(options.asOf);
  const sources: SummarySource[] = [];
  const cover: SummaryCover['sources'][number][] = [];
  let context: WorkbookContext | null = null;
  let settings: Awaited<ReturnType<typeof readSummarySettings>> | null = null;
  let failed = false;
  for (const file of files) {
    try {
      const { host } = await openWorkbook(file);
      context ??= await loadWorkbookContext(host, { asOf: asOfOption });
      settings ??= await readSummarySettings(host);
      const { source } = await collectSummarySource(host, path.basename(file));
      sources.push(source);
      cover.push({ file: path.basename(file), registers: source.registers.length });
    } catch (e) {
      failed = true;
      const f = toFailure(file, e);
      out.error(f.describe());
      cover.push({ file: path.basename(file), registers: 0, problem: `未能读取：${f.zh}` });
    }
  }
  if (!context || sources.length === 0) {
    out.error('没有可以汇总的工作簿，未写出汇总文件。');
    return 2;
  }
  const year = parseYear(options.year, context.asOf.year);
  const built = buildYearEndPackage(sources, {
    year,
    asOf: context.asOf,
    deadlineSettings: context.deadlines,
    calendar: context.calendar,
    quota: settings?.quota,
    scheme: settings?.scheme,
  });
  const host = XlsxHost.open(await buildSummaryCover({ year, asOf: formatDay(context.asOf), sources: cover }));
  const written = await host.writeSheets(built.specs);
  try {
    await writeOutput(options.output, host.save(), { force: options.force, inputs: files });
  } catch (e) {
    out.error(toFailure(options.output, e).describe());
    return 2;
  }
  out.log(`已写出 ${year} 年度汇总：${options.output}（${sources.length} 个工作簿，截至 ${formatDay(context.asOf)}）`);
  for (const name of written.sheets) out.log(`  ${name}`);
  const warnings = built.problems.filter((p) => p.severity !== 'info');
  for (const p of warnings.slice(0, 10)) out.log(`  [注意] ${p.message.zh}`);
  if (warnings.length > 10) out.log(`  ……另有 ${warnings.length - 10} 条提示`);
  return failed ? 2 : 0;
}

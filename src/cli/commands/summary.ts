/**
 * `register-desk summary FILE... --year Y [--as-of D] -o OUT.xlsx`: the year-end package of one or
 * many workbooks (one per township, say) in one new workbook. The first readable workbook's
 * settings (deadline rules, holiday table, quota table, scoring scheme) apply to all. Many files
 * are read on worker threads (src/cli/summary); the package is the same either way.
 */
import * as path from 'node:path';
import { formatDay } from '../../core/dates/day';
import type { SheetSpec } from '../../core/sheet-spec';
import type { Problem } from '../../core/types';
import type { SummarySource } from '../../core/summaries/summary-types';
import { buildYearEndPackage } from '../../app/summaries/build-year-end-package';
import { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import { buildSummaryCover, type SummaryCover } from '../demo/blank-summary-workbook';
import { CliFailure, toFailure } from '../failure';
import { writeOutput } from '../io';
import { NODE_CODEC } from '../node-codec';
import { parseAsOfOption, type Output } from '../options';
import { toCliFailure } from '../summary/file-reading';
import { readPackageInputs } from '../summary/read-package-inputs';

export interface SummaryCliOptions {
  readonly year?: string;
  readonly asOf?: string;
  readonly output: string;
  readonly force?: boolean;
  /** Not on the command line (tests and the bench): worker threads reading the files besides this one (0: none), planned from the files when omitted… */
  readonly workers?: number;
  /** …and false to leave every file to them. */
  readonly readsHere?: boolean;
}

function parseYear(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1990 || year > 2200) {
    throw new CliFailure('--year', `年份“${text}”不对，请写四位数字，例如 2026`, '--year must be a four-digit year', undefined, 'badOption');
  }
  return year;
}

/** The package ready to write: sheets, cover and what to tell the clerk, without the records it came from. */
interface BuiltPackage {
  readonly year: number;
  readonly asOf: string;
  readonly workbooks: number;
  readonly specs: readonly SheetSpec[];
  readonly problems: readonly Problem[];
  readonly cover: Uint8Array;
}

/**
 * Reads and builds; null when nothing could be read. Kept apart from the writing so that nothing
 * holds the records (some 51 MB of heap for 100,000 rows) while the sheets are rendered: a
 * suspended async function keeps its locals, so they must not be locals of the writer.
 */
async function buildFromFiles(files: readonly string[], options: SummaryCliOptions, out: Output): Promise<{ built: BuiltPackage | null; failed: boolean }> {
  const { readings, context, settings } = await readPackageInputs(files, { asOf: parseAsOfOption(options.asOf), workers: options.workers, readsHere: options.readsHere });
  const sources: SummarySource[] = [];
  const coverLines: SummaryCover['sources'][number][] = [];
  let failed = false;
  readings.forEach((reading, i) => {
    const file = path.basename(files[i]);
    if (reading.ok) {
      sources.push(reading.source);
      coverLines.push({ file, registers: reading.source.registers.length });
      return;
    }
    failed = true;
    const f = toCliFailure(reading.failure);
    out.error(f.describe());
    coverLines.push({ file, registers: 0, problem: `未能读取：${f.zh}` });
  });
  if (!context || sources.length === 0) return { built: null, failed };
  const year = parseYear(options.year, context.asOf.year);
  const { specs, problems } = buildYearEndPackage(sources, {
    year,
    asOf: context.asOf,
    deadlineSettings: context.deadlines,
    calendar: context.calendar,
    quota: settings?.quota,
    scheme: settings?.scheme,
  });
  const asOf = formatDay(context.asOf);
  const cover = await buildSummaryCover({ year, asOf, sources: coverLines });
  return { built: { year, asOf, workbooks: sources.length, specs, problems, cover }, failed };
}

export async function runSummary(files: readonly string[], options: SummaryCliOptions, out: Output): Promise<number> {
  parseAsOfOption(options.asOf);
  parseYear(options.year, 0);
  const { built, failed } = await buildFromFiles(files, options, out);
  if (!built) {
    out.error('没有可以汇总的工作簿，未写出汇总文件。');
    return 2;
  }
  // Node's zlib deflates the new package's sheets on the thread pool (fflate would on this thread).
  const host = XlsxHost.open(built.cover, { codec: NODE_CODEC });
  const written = await host.writeSheets(built.specs);
  try {
    await writeOutput(options.output, host.save(), { force: options.force, inputs: files });
  } catch (e) {
    out.error(toFailure(options.output, e).describe());
    return 2;
  }
  out.log(`已写出 ${built.year} 年度汇总：${options.output}（${built.workbooks} 个工作簿，截至 ${built.asOf}）`);
  for (const name of written.sheets) out.log(`  ${name}`);
  const warnings = built.problems.filter((p) => p.severity !== 'info');
  for (const p of warnings.slice(0, 10)) out.log(`  [注意] ${p.message.zh}`);
  if (warnings.length > 10) out.log(`  ……另有 ${warnings.length - 10} 条提示`);
  return failed ? 2 : 0;
}

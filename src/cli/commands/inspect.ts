/** `register-desk inspect FILE... [--json] [--as-of D]`: what each sheet is, and its statuses. */
import { formatDay } from '../../core/dates/day';
import { describeMissingHolidayYears } from '../../core/calendar/missing-years';
import { assessWorkbook, type WorkbookAssessment } from '../../app/assess-workbook';
import { toFailure } from '../failure';
import type { FileJson, ReportJson } from '../json-types';
import { openWorkbook } from '../open-workbook';
import { parseAsOfOption, type Output } from '../options';
import { problemJson, problemLines, sheetJson, sheetLines } from '../sheet-report';
import { problemsOf } from '../../app/assess-workbook';
import type { CalendarDay } from '../../core/dates/day';
import { dayOfInstant } from '../../core/dates/day';

export interface InspectOptions {
  readonly json?: boolean;
  readonly asOf?: string;
}

/** Exit code: 0 when every file was read, 2 when one could not be. */
export async function runInspect(files: readonly string[], options: InspectOptions, out: Output): Promise<number> {
  const asOf = parseAsOfOption(options.asOf);
  const results: FileJson[] = [];
  let failed = false;
  let reportAsOf: CalendarDay | undefined = asOf;
  for (const file of files) {
    try {
      const { host } = await openWorkbook(file);
      const assessment = await assessWorkbook(host, { asOf });
      reportAsOf ??= assessment.context.asOf;
      results.push(fileJson(file, assessment));
      if (!options.json) printFile(file, assessment, out);
    } catch (e) {
      failed = true;
      const f = toFailure(file, e);
      results.push({ file, error: { code: f.code, message: f.zh }, sheets: [] });
      out.error(f.describe());
    }
  }
  if (options.json) {
    const report: ReportJson = { asOf: formatDay(reportAsOf ?? dayOfInstant(new Date())), files: results };
    out.log(JSON.stringify(report, null, 2));
  }
  return failed ? 2 : 0;
}

function fileJson(file: string, a: WorkbookAssessment): FileJson {
  return {
    file,
    sheets: a.sheets.map(sheetJson),
    missingHolidayYears: a.missingHolidayYears,
    ...(a.context.problems.length ? { problems: a.context.problems.map(problemJson) } : {}),
  };
}

function printFile(file: string, a: WorkbookAssessment, out: Output): void {
  out.log(`${file}（截至 ${formatDay(a.context.asOf)}）`);
  for (const s of a.sheets) {
    for (const line of sheetLines(s)) out.log(`  ${line}`);
    if (s.layout.kind) for (const line of problemLines(problemsOf(s).filter((p) => p.code !== 'calendar.holidaysMissing'))) out.log(line);
  }
  for (const p of describeMissingHolidayYears(a.missingHolidayYears)) out.log(`  [注意] ${p.message.zh}`);
}

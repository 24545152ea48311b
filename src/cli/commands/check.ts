/**
 * `register-desk check FILE... [--json] [--as-of D] [--mark -o OUT]`: every rule over every
 * register, findings grouped by rule with their cells. Exit code 1 when a file has errors
 * (warnings alone pass), 2 when a file cannot be read or written, else 0.
 * Also the shared path of the commands that edit a copy (fix, validate) and `runClearMarks`
 * for `clear --invalid / --all`.
 */
import { formatDay, dayOfInstant, type CalendarDay } from '../../core/dates/day';
import { MARK_PALETTE } from '../../core/marks/palette';
import { MARKED_STATUSES } from '../../core/marks/plan-marks';
import type { MarkKind } from '../../core/marks/mark-types';
import type { Finding } from '../../core/rules/finding';
import { XlsxEditingHost } from '../../hosts/xlsx/xlsx-editing-host';
import { readBackCheck } from '../../hosts/xlsx/patch/verify-patched';
import { checkWorkbookOn, listSheetProblems, type WorkbookCheck } from '../../app/check/check-workbook-findings';
import { describeGroups, nameFindingCell } from '../../app/check/finding-groups';
import { markInvalidCells, type SheetMarking } from '../../app/check/mark-invalid-cells';
import { CliFailure, toFailure } from '../failure';
import { writeOutput } from '../io';
import type { FileJson, FindingJson, ReportJson } from '../json-types';
import { parseAsOfOption, type Output } from '../options';
import { openWorkbook } from '../open-workbook';
import { problemJson, problemLines, sheetJson, sheetLines } from '../sheet-report';
import { patchWorkbook, type CopyOptions } from './write-copy';
import { NODE_CODEC } from '../node-codec';

export interface CheckOptions {
  readonly json?: boolean;
  readonly asOf?: string;
  /** Write a copy with the cells of the findings marked. */
  readonly mark?: boolean;
  readonly output?: string;
  readonly force?: boolean;
}

/**
 * Runs `change` on the workbook and writes the patched copy, checked by `verify` (by default:
 * every value reads back unchanged).
 * @example await writeEditedCopy('收文.xlsx', { output: '收文-标记.xlsx' }, (host) => host.clearMarks(undefined, ['invalid']))
 */
export async function writeEditedCopy<T>(
  file: string,
  options: CopyOptions,
  change: (host: XlsxEditingHost) => Promise<T>,
  verify?: (original: Uint8Array, result: T) => (patched: Uint8Array) => string | null,
): Promise<T> {
  const { bytes, patched, result } = await patchWorkbook(file, change);
  const check = verify ? verify(bytes, result) : readBackCheck(bytes, NODE_CODEC);
  await writeOutput(options.output, patched, { force: options.force, inputs: [file], verify: check });
  return result;
}

/**
 * A finding in the `--json` shape.
 * @example findingJson(finding) // { rule: 'doc-number.brackets', severity: 'error', cell: 'D4', row: 4, field: 'docNumber', message: '…', fix: '…' }
 */
export function findingJson(f: Finding): FindingJson {
  return { rule: f.rule, severity: f.severity, cell: f.at ? nameFindingCell(f) : null, row: f.row, field: f.field ?? null, message: f.message.zh, fix: f.fix.zh };
}

function fileJson(file: string, check: WorkbookCheck): FileJson {
  const a = check.assessment;
  const problems = [...a.context.problems, ...check.settingsProblems];
  return {
    file,
    sheets: check.sheets.map(({ sheet, findings }) => ({ ...sheetJson(sheet), problems: listSheetProblems(sheet).map(problemJson), findings: findings.map(findingJson) })),
    missingHolidayYears: a.missingHolidayYears,
    ...(problems.length ? { problems: problems.map(problemJson) } : {}),
  };
}

function printFile(file: string, check: WorkbookCheck, out: Output): void {
  const { error, warning } = check.counts;
  out.log(`${file}（截至 ${formatDay(check.assessment.context.asOf)}）：错误 ${error} 条，提醒 ${warning} 条`);
  for (const { sheet, findings } of check.sheets) {
    const head = sheetLines(sheet)[0] ?? `「${sheet.info.name}」`;
    if (!sheet.layout.kind) {
      out.log(`  ${head}`);
      continue;
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    out.log(`  ${head}：错误 ${errors} 条，提醒 ${findings.length - errors} 条`);
    for (const line of describeGroups(findings)) out.log(`    ${line}`);
    for (const line of problemLines(listSheetProblems(sheet).filter((p) => p.code !== 'calendar.holidaysMissing'))) out.log(line);
  }
  for (const p of [...check.assessment.context.problems, ...check.settingsProblems]) out.log(`  [注意] ${p.message.zh}`);
  if (check.sheets.some((s) => s.findings.length > 0)) out.log(`  可一键修正的项目用 register-desk fix ${file} -o 输出文件 --rule 规则代码 修正；加 --dry-run 先看修改预览。`);
}

function checkMarkOptions(files: readonly string[], options: CheckOptions): void {
  if (options.mark && (!options.output || files.length !== 1)) {
    throw new CliFailure('--mark', '标出有误的单元格需要且只能有一个输入文件，并用 -o 指定输出文件', '--mark takes one input file and -o OUT', undefined, 'badOption');
  }
  if (!options.mark && options.output) {
    throw new CliFailure('-o', '只有加 --mark（标出有误的单元格）时才写出文件', '-o is only used with --mark', undefined, 'badOption');
  }
}

function printMarking(output: string, marked: readonly SheetMarking[], out: Output): void {
  out.log(`已写出标记副本：${output}（有误的单元格标为${MARK_PALETTE.invalid.label.zh} #${MARK_PALETTE.invalid.rgb}，原文件未改动；用 register-desk clear --invalid 可去掉）`);
  for (const m of marked) out.log(`  「${m.sheet}」标出 ${m.cells} 个单元格（${m.marked.rowsMarked} 行）`);
}

/**
 * @example await runCheck(['收文.xlsx'], { json: true, asOf: '2026-11-20' }, consoleOutput) // 1 when errors were found
 */
export async function runCheck(files: readonly string[], options: CheckOptions, out: Output): Promise<number> {
  const asOf = parseAsOfOption(options.asOf);
  checkMarkOptions(files, options);
  const results: FileJson[] = [];
  let failed = false;
  let errors = 0;
  let reportAsOf: CalendarDay | undefined = asOf;
  for (const file of files) {
    try {
      const run = async (host: XlsxEditingHost): Promise<{ check: WorkbookCheck; marked: SheetMarking[] }> => {
        const check = await checkWorkbookOn(host, { asOf });
        return { check, marked: options.mark ? await markInvalidCells(host, check) : [] };
      };
      const { check, marked } = options.mark && options.output ? await writeEditedCopy(file, { output: options.output, force: options.force }, run) : await run((await openWorkbook(file)).host);
      reportAsOf ??= check.assessment.context.asOf;
      errors += check.counts.error;
      results.push(fileJson(file, check));
      if (!options.json) printFile(file, check, out);
      if (options.mark && options.output && !options.json) printMarking(options.output, marked, out);
    } catch (e) {
      failed = true;
      const f = toFailure(file, e);
      results.push({ file, error: { code: f.code, message: f.zh }, sheets: [] });
      out.error(f.describe());
    }
  }
  if (options.json) {
    const report: ReportJson & { readonly output?: string } = { asOf: formatDay(reportAsOf ?? dayOfInstant(new Date())), files: results, ...(options.mark && options.output ? { output: options.output } : {}) };
    out.log(JSON.stringify(report, null, 2));
  }
  return failed ? 2 : errors > 0 ? 1 : 0;
}

export interface ClearMarksOptions extends CopyOptions {
  /** Only the marks of invalid cells. */
  readonly invalid?: boolean;
  /** Every mark: status rows and invalid cells. */
  readonly all?: boolean;
}

/**
 * `register-desk clear FILE -o OUT [--invalid | --all]`: without a flag the status marks, as
 * before; `--invalid` the marks of invalid cells; `--all` both.
 * @example await runClearMarks('收文-标记.xlsx', { output: '收文.xlsx', invalid: true }, consoleOutput) // 0
 */
export async function runClearMarks(file: string, options: ClearMarksOptions, out: Output): Promise<number> {
  const kinds: readonly MarkKind[] | undefined = options.all ? undefined : options.invalid ? ['invalid'] : MARKED_STATUSES;
  try {
    const outcomes = await writeEditedCopy(file, options, (host) => host.clearMarks(undefined, kinds));
    out.log(`已写出清除标记后的副本：${options.output}（原文件未改动）`);
    if (outcomes.length === 0) out.log('  工作簿中没有台账助手的标记。');
    for (const o of outcomes) {
      const kept = o.cellsKeptByUser ? `，${o.cellsKeptByUser} 个单元格已被手工改色，保留现状` : '';
      const lost = o.rowsNotFound ? `，${o.rowsNotFound} 处已找不到（可能已删除）` : '';
      out.log(`  「${o.sheet}」恢复 ${o.rowsRestored} 行原有底色${kept}${lost}`);
    }
    return 0;
  } catch (e) {
    out.error(toFailure(file, e).describe());
    return 2;
  }
}

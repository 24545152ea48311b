/**
 * `register-desk fix FILE -o OUT --rule CODE... [--cell D4...] [--dry-run] [--as-of D] [--json]`:
 * applies the safe fixes of the chosen rules to a copy. `--dry-run` only prints the preview
 * (cell, before → after) and writes nothing. The input is never changed: its copy is the undo.
 */
import { cellAddress } from '../../core/layout/address';
import { FIXABLE_CODES } from '../../core/rules/fixes/propose-fixes';
import { isRuleCode, type RuleCode } from '../../core/rules/rule-codes';
import type { CellEdit } from '../../hosts/editing-host';
import { verifyEdited, type WrittenCell } from '../../hosts/xlsx/edit/verify-edits';
import { applyEdits, readWritten, type AppliedEdits } from '../../app/check/apply-edits';
import { checkWorkbookOn } from '../../app/check/check-workbook-findings';
import { describeValue, planFixes, type SheetFixes } from '../../app/check/plan-fixes';
import { CliFailure, toFailure } from '../failure';
import { parseAsOfOption, type Output } from '../options';
import { writeEditedCopy } from './check';
import { openWorkbook } from '../open-workbook';

export interface FixOptions {
  readonly output?: string;
  readonly rule?: readonly string[];
  readonly cell?: readonly string[];
  readonly dryRun?: boolean;
  readonly asOf?: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

function badOption(option: string, zh: string, en: string): CliFailure {
  return new CliFailure(option, zh, en, undefined, 'badOption');
}

/**
 * The rule codes asked for (`all`: every fixable one); a code with no safe fix is refused.
 * @example readFixRules(['doc-number.brackets,urgency.invalid']) // ['doc-number.brackets', 'urgency.invalid']
 */
export function readFixRules(names: readonly string[] | undefined): RuleCode[] {
  const list = (names ?? []).flatMap((n) => n.split(',')).map((n) => n.trim()).filter((n) => n !== '');
  const fixable = FIXABLE_CODES.join('、');
  if (list.length === 0) throw badOption('--rule', `请用 --rule 指定要修正的规则，可选：${fixable}，或 all`, `name the rules to fix with --rule`);
  if (list.includes('all')) return [...FIXABLE_CODES];
  for (const name of list) {
    if (!isRuleCode(name) || !FIXABLE_CODES.includes(name)) throw badOption('--rule', `“${name}”不是可一键修正的规则，可选：${fixable}，或 all`, `"${name}" has no safe fix`);
  }
  return list as RuleCode[];
}

/** Cells picked with --cell: "D4" or "收文登记!D4". */
function readPickedCells(cells: readonly string[] | undefined): Set<string> | undefined {
  if (!cells || cells.length === 0) return undefined;
  const picked = new Set<string>();
  for (const raw of cells.flatMap((c) => c.split(','))) {
    const m = /^(?:(.+)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(raw.trim());
    if (!m) throw badOption('--cell', `“${raw}”不是单元格地址，请写成 D4 或 收文登记!D4`, `"${raw}" is not a cell address`);
    picked.add(`${m[1] ? `${m[1]}!` : ''}${m[2].toUpperCase()}${m[3]}`);
  }
  return picked;
}

function previewLine(sheet: string, edit: CellEdit, rules: readonly string[]): string {
  return `「${sheet}」${cellAddress(edit.row, edit.col)}  ${describeValue(edit.before)} → ${describeValue(edit.after)}（${rules.join('、')}）`;
}

function previewLines(plans: readonly SheetFixes[]): string[] {
  return plans.flatMap((p) => p.edits.map((e, i) => previewLine(p.sheet, e, p.proposals[i].rules)));
}

function fixJson(file: string, output: string | null, plans: readonly SheetFixes[], done: readonly AppliedEdits[]): string {
  const skipped = new Set(done.flatMap((d) => d.skipped));
  const fixes = plans.flatMap((p) =>
    p.edits.map((e, i) => ({
      sheet: p.sheet,
      cell: cellAddress(e.row, e.col),
      field: p.proposals[i].field,
      rules: p.proposals[i].rules,
      before: describeValue(e.before),
      after: describeValue(e.after).replace('（日期）', ''),
      date: e.after !== null && typeof e.after === 'object',
      applied: output !== null && !skipped.has(e),
    })),
  );
  return JSON.stringify({ file, output, dryRun: output === null, fixes }, null, 2);
}

function writtenCells(done: readonly AppliedEdits[]): WrittenCell[] {
  return done.flatMap((d) => d.applied.map((e) => ({ sheet: d.sheet, row: e.row, col: e.col, value: readWritten(e.after) })));
}

/**
 * @example await runFix('收文.xlsx', { output: '收文-修正.xlsx', rule: ['doc-number.brackets'] }, consoleOutput) // 0
 */
export async function runFix(file: string, options: FixOptions, out: Output): Promise<number> {
  const asOf = parseAsOfOption(options.asOf);
  const codes = readFixRules(options.rule);
  const picked = readPickedCells(options.cell);
  if (!options.dryRun && !options.output) throw badOption('-o', '请用 -o 指定输出文件，或加 --dry-run 只看修改预览', 'name the output with -o, or add --dry-run');
  try {
    if (options.dryRun) {
      const plans = planFixes(await checkWorkbookOn((await openWorkbook(file)).host, { asOf }), codes, picked);
      if (options.json) out.log(fixJson(file, null, plans, []));
      else printPreview(plans, out);
      return 0;
    }
    const output = options.output as string;
    const { plans, done } = await writeEditedCopy(
      file,
      { output, force: options.force },
      async (host) => {
        const plans = planFixes(await checkWorkbookOn(host, { asOf }), codes, picked);
        const done: AppliedEdits[] = [];
        for (const plan of plans) done.push(await applyEdits(host, plan.sheet, plan.edits));
        return { plans, done };
      },
      (original, result) => (patched) => verifyEdited(original, patched, writtenCells(result.done)),
    );
    if (options.json) out.log(fixJson(file, output, plans, done));
    else printDone(output, plans, done, out);
    return 0;
  } catch (e) {
    out.error(toFailure(file, e).describe());
    return 2;
  }
}

function printPreview(plans: readonly SheetFixes[], out: Output): void {
  const lines = previewLines(plans);
  if (lines.length === 0) {
    out.log('没有可一键修正的内容（预览，未写出文件）。');
    return;
  }
  out.log(`预览：将修正 ${lines.length} 处（--dry-run，未写出文件）`);
  for (const line of lines) out.log(`  ${line}`);
}

function printDone(output: string, plans: readonly SheetFixes[], done: readonly AppliedEdits[], out: Output): void {
  const applied = done.reduce((n, d) => n + d.applied.length, 0);
  out.log(`已写出修正后的副本：${output}（修正 ${applied} 处；原文件未改动，就是修正前的样子）`);
  const skipped = new Set(done.flatMap((d) => d.skipped));
  for (const p of plans) {
    p.edits.forEach((e, i) => {
      const line = previewLine(p.sheet, e, p.proposals[i].rules);
      out.log(skipped.has(e) ? `  未修正 ${line}：单元格内容已变化或含公式` : `  ${line}`);
    });
  }
}

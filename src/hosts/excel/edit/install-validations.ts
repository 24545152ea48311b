/**
 * `listValidations` and `installValidations` in Excel, with the .xlsx host's rules
 * (src/hosts/xlsx/edit/install-validations.ts): the clerk's validation is never replaced unless
 * asked (`replace`), the add-in's own rules in a column are taken out before its new rule goes
 * in (installing again gives the same sheet), a protected sheet is refused before anything
 * changes. Round trips: the survey (one sync on a sheet without validation, with the protection
 * read in it) and one sync writing every rule.
 */
import type { ColumnValidation, ExistingValidation, ValidationOutcome } from '../../editing-host';
import { columnLetters } from '../a1';
import type { XlContext, XlWorksheet } from '../excel-api';
import { ExcelHostError, officeErrorCode } from '../excel-errors';
import { jsonBytes, OPERATION_BYTES, packBySize } from '../payload-budget';
import type { BatchRunner } from '../run-batch';
import { validationOf } from './edit-api';
import { installPartly, protectedForEditing, toEditError } from './edit-errors';
import { toOfficeValidation, type OfficeValidation } from './validation-rule';
import { LAST_ROW, segmentRef, surveyValidations, type ColumnSpan, type FoundSegment } from './validation-survey';

/** Office.js types by the names the .xlsx host reports (those of the file format). */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  List: 'list', Date: 'date', Time: 'time', WholeNumber: 'whole', Decimal: 'decimal', TextLength: 'textLength', Custom: 'custom', Mixed: 'mixed',
};

function toExisting(s: FoundSegment, col: number): ExistingValidation {
  return { col, ref: segmentRef(s), type: TYPE_NAMES[s.type] ?? s.type.toLowerCase(), ownedByAddIn: s.ownedByAddIn };
}

interface Install {
  readonly rule: ColumnValidation;
  readonly office: OfficeValidation;
  /** The add-in's earlier rules in the column, taken out first. */
  readonly ownBefore: readonly FoundSegment[];
}

const bandOf = (rule: ColumnValidation): ColumnSpan => ({ col: rule.col, top: rule.fromRow, bottom: rule.toRow });
const meets = (s: ColumnSpan, band: ColumnSpan): boolean => s.col === band.col && s.top <= band.bottom && band.top <= s.bottom;

/** Each rule column, whole, cut where the rules start and end (so a band's own state shows at once). */
function columnSpans(rules: readonly ColumnValidation[]): ColumnSpan[] {
  const cuts = new Map<number, Set<number>>();
  for (const r of rules) {
    const set = cuts.get(r.col) ?? new Set<number>([1, LAST_ROW + 1]);
    set.add(r.fromRow).add(r.toRow + 1);
    cuts.set(r.col, set);
  }
  const spans: ColumnSpan[] = [];
  for (const [col, set] of cuts) {
    const edges = [...set].filter((n) => n >= 1 && n <= LAST_ROW + 1).sort((a, b) => a - b);
    for (let i = 0; i + 1 < edges.length; i++) spans.push({ col, top: edges[i], bottom: edges[i + 1] - 1 });
  }
  return spans;
}

function queueInstall(ws: XlWorksheet, install: Install, cleared: Set<string>): void {
  for (const s of install.ownBefore) {
    const ref = segmentRef(s);
    if (cleared.has(ref)) continue;
    cleared.add(ref);
    validationOf(ws.getRange(ref)).clear();
  }
  const dv = validationOf(ws.getRange(segmentRef(bandOf(install.rule))));
  dv.clear();
  dv.rule = install.office.rule;
  dv.errorAlert = install.office.errorAlert;
  dv.prompt = install.office.prompt;
  dv.ignoreBlanks = install.office.ignoreBlanks;
}

type BatchResult =
  | { readonly kind: 'done'; readonly outcome: ValidationOutcome }
  | { readonly kind: 'failed'; readonly cause: unknown; readonly sheet: string; readonly installs: readonly Install[] };

async function installIn(ctx: XlContext, sheet: string, rules: readonly ColumnValidation[], replace: boolean, chunkBytes: number): Promise<BatchResult> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.load('name');
  ws.protection.load('protected');
  const rendered = rules.map((rule) => ({ rule, office: toOfficeValidation(rule) }));
  const segments = await surveyValidations(ctx, ws, columnSpans(rendered.filter((r) => r.office !== null).map((r) => r.rule)));
  const name = ws.name;
  if (ws.protection.protected) throw protectedForEditing(name);
  const conflicts: ExistingValidation[] = [];
  const installs: Install[] = [];
  for (const { rule, office } of rendered) {
    if (!office) continue;
    const band = bandOf(rule);
    const clerks = segments.filter((s) => !s.ownedByAddIn && meets(s, band));
    if (clerks.length > 0 && !replace) {
      conflicts.push(...clerks.map((s) => toExisting(s, rule.col)));
      continue;
    }
    installs.push({ rule, office, ownBefore: segments.filter((s) => s.ownedByAddIn && s.col === rule.col) });
  }
  const size = (i: Install): number => OPERATION_BYTES * (6 + i.ownBefore.length) + jsonBytes(i.office);
  const groups = packBySize(installs, size, chunkBytes);
  const cleared = new Set<string>();
  for (let g = 0; g < groups.length; g++) {
    for (const install of groups[g]) queueInstall(ws, install, cleared);
    try {
      await ctx.sync();
    } catch (cause) {
      if (g === 0 && officeErrorCode(cause) === 'InvalidOperationInCellEditMode') throw cause;
      return { kind: 'failed', cause, sheet: name, installs };
    }
  }
  return { kind: 'done', outcome: { sheet: name, installed: installs.length, conflicts } };
}

/** After a failed install: which columns now hold the add-in's rule over their whole band. */
async function reportIn(ctx: XlContext, failed: Extract<BatchResult, { kind: 'failed' }>): Promise<never> {
  const ws = ctx.workbook.worksheets.getItem(failed.sheet);
  const bands = failed.installs.map((i) => bandOf(i.rule));
  const segments = await surveyValidations(ctx, ws, bands);
  const done = (band: ColumnSpan): boolean => segments.some((s) => s.ownedByAddIn && s.col === band.col && s.top <= band.top && s.bottom >= band.bottom);
  const letters = (list: readonly ColumnSpan[]): string[] => [...new Set(list.map((b) => columnLetters(b.col)))];
  throw installPartly(failed.sheet, toEditError(failed.cause, failed.sheet), letters(bands.filter(done)), letters(bands.filter((b) => !done(b))));
}

/**
 * @example await installValidationsIn(runner, '收文登记', [{ col: 5, fromRow: 3, toRow: 1002, type: 'list', values: ['特急', '加急'], … }], false, 3_000_000)
 * // { sheet: '收文登记', installed: 1, conflicts: [] }
 */
export async function installValidationsIn(runner: BatchRunner, sheet: string, rules: readonly ColumnValidation[], replace: boolean, chunkBytes: number): Promise<ValidationOutcome> {
  let result: BatchResult;
  try {
    result = await runner.run((ctx) => installIn(ctx, sheet, rules, replace, chunkBytes), sheet);
  } catch (error) {
    throw error instanceof ExcelHostError ? toEditError(error, sheet) : error;
  }
  if (result.kind === 'done') return result.outcome;
  const failed = result;
  return runner.runPatiently((ctx) => reportIn(ctx, failed), sheet);
}

/**
 * Every validation of the columns the sheet uses, once per column and stretch.
 * @example await listValidationsIn(runner, '收文登记') // [{ col: 5, ref: 'F3:F22', type: 'list', ownedByAddIn: false }, …]
 */
export async function listValidationsIn(runner: BatchRunner, sheet: string): Promise<readonly ExistingValidation[]> {
  return runner.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRangeOrNullObject(false).load('rowIndex, rowCount, columnIndex, columnCount');
    await ctx.sync();
    if (used.isNullObject) return [];
    const lastRow = used.rowIndex + used.rowCount;
    const spans: ColumnSpan[] = [];
    for (let col = used.columnIndex; col < used.columnIndex + used.columnCount; col++) {
      spans.push({ col, top: 1, bottom: lastRow }, { col, top: lastRow + 1, bottom: LAST_ROW });
    }
    const segments = await surveyValidations(ctx, ws, spans);
    return segments.map((s) => toExisting(s, s.col));
  }, sheet);
}

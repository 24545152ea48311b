/**
 * The validation entry point for one register: every rule family in turn, each one pass over the
 * records with hash maps where rows meet rows, so the whole check is linear in rows.
 */
import type { CalendarDay } from '../dates/day';
import type { Deadline } from '../deadlines/deadline-types';
import { DEFAULT_DEADLINE_SETTINGS } from '../deadlines/deadline-settings';
import { columnLetter } from '../layout/address';
import type { Register, RegisterRecord } from '../types';
import { indexRowDeadlines } from './row-deadlines';
import { RULE_CODES } from './rule-codes';
import { checkClassified } from './classified/check-classified';
import { checkCompleteness } from './completeness/check-completeness';
import type { ResultWords, RuleContext, RuleDeadline } from './context';
import { checkDateOrder } from './dates/check-date-order';
import { checkDateRange } from './dates/check-date-range';
import { checkResult } from './dates/check-result';
import { checkTextDates } from './dates/check-text-dates';
import { surfaceReadProblems } from './dates/surface-read-problems';
import { checkDocNumberForm } from './doc-number/check-doc-number-form';
import { checkDocNumberSeries } from './doc-number/check-doc-number-series';
import { rememberDocNumbers } from './doc-number/parse-doc-number';
import { checkDuplicateDocuments } from './duplicates/check-duplicate-documents';
import { checkDuplicateSerials } from './duplicates/check-duplicate-serials';
import type { Finding } from './finding';
import { isFilled, readText } from './record-values';
import type { RuleSettings } from './settings/rule-settings';
import { checkClassification } from './values/check-classification';
import { checkFullWidthNumbers } from './values/check-full-width-numbers';
import { checkHandler } from './values/check-handler';
import { checkUrgency } from './values/check-urgency';
import { rememberFolds } from './values/fold-value';

/** A record's deadline from the deadline engine (an assessment item fits this shape). */
export interface RecordDeadline {
  readonly row: number;
  readonly deadline: Pick<Deadline, 'day' | 'source'> | null;
}

export interface CheckOptions {
  /** The day findings are judged on ("completion in the future", "year ended"). */
  readonly asOf: CalendarDay;
  readonly settings: RuleSettings;
  /** Deadlines the deadline engine derived; without them, only dates typed in the deadline cell are checked. */
  readonly deadlines?: readonly RecordDeadline[];
  /** Result words meaning finished / open; the deadline settings' lists by default. */
  readonly resultWords?: ResultWords;
}

const FAMILIES: ReadonlyArray<(ctx: RuleContext) => Finding[]> = [
  surfaceReadProblems,
  checkCompleteness,
  checkTextDates,
  checkDateRange,
  checkDateOrder,
  checkResult,
  checkDocNumberForm,
  checkDocNumberSeries,
  checkFullWidthNumbers,
  checkClassification,
  checkUrgency,
  checkHandler,
  checkDuplicateSerials,
  checkDuplicateDocuments,
  checkClassified,
];

/** What a record without a derived deadline maps to: one frozen value for all of them. */
const NO_DEADLINE: RuleDeadline = Object.freeze({ day: null, source: 'none' });

const RULE_ORDER = new Map<string, number>(RULE_CODES.map((code, i) => [code, i]));

/**
 * Builds what every rule of one register sees.
 * @example prepareContext(register, { asOf, settings: DEFAULT_RULE_SETTINGS }).kind // 'incoming'
 */
export function prepareContext(register: Register, options: CheckOptions): RuleContext {
  const deadlines = indexRowDeadlines(options.deadlines ?? [], NO_DEADLINE);
  const columnLetters = new Map<number, string>();
  for (const col of Object.values(register.layout.columns)) {
    if (col !== undefined) columnLetters.set(col, columnLetter(col));
  }
  return {
    register,
    sheet: register.layout.sheet,
    kind: register.layout.kind,
    asOf: options.asOf,
    settings: options.settings,
    deadlines,
    resultWords: options.resultWords ?? DEFAULT_DEADLINE_SETTINGS,
    fold: rememberFolds(),
    columnLetters,
    readDocNumber: rememberDocNumbers(
      (record: RegisterRecord) => isFilled(record, 'docNumber'),
      (record: RegisterRecord) => readText(record, 'docNumber'),
    ),
  };
}

function compareInRow(a: Finding, b: Finding): number {
  return (a.at?.col ?? -1) - (b.at?.col ?? -1) || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0);
}

/**
 * Findings in sheet order: by sheet row (whole-register findings first), then column, then the
 * catalogue's order of rules; switched-off rules dropped. Rows are bucketed, not sorted, so the
 * ordering stays linear in rows; only the few findings of one row are sorted.
 * @example orderFindings([findingOnRow9, findingOnRow4], settings).map((f) => f.row) // [4, 9]
 */
export function orderFindings(findings: readonly Finding[], settings: RuleSettings): Finding[] {
  const disabled = settings.disabledRules.length === 0 ? null : new Set<string>(settings.disabledRules);
  // One pass sorts out whole-register findings from row findings and finds the rows' span.
  const whole: Finding[] = [];
  const inRows: Array<Finding & { row: number }> = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const f of findings) {
    if (disabled?.has(f.rule)) continue;
    if (f.row === null) {
      whole.push(f);
      continue;
    }
    inRows.push(f as Finding & { row: number });
    if (f.row < first) first = f.row;
    if (f.row > last) last = f.row;
  }
  whole.sort(compareInRow);
  if (inRows.length === 0) return whole;
  const buckets = new Array<Finding[] | undefined>(last - first + 1);
  for (const f of inRows) {
    const bucket = buckets[f.row - first];
    if (bucket) bucket.push(f);
    else buckets[f.row - first] = [f];
  }
  const ordered = whole;
  for (let i = 0; i < buckets.length; i += 1) {
    const bucket = buckets[i];
    if (!bucket) continue;
    if (bucket.length > 1) bucket.sort(compareInRow);
    for (const f of bucket) ordered.push(f);
  }
  return ordered;
}

/**
 * Checks one register against every rule of the catalogue.
 * @example
 * checkRegister(register, { asOf: { year: 2026, month: 11, day: 20 }, settings: DEFAULT_RULE_SETTINGS })
 * // [{ rule: 'doc-number.brackets', row: 7, at: { sheet: '收文登记', row: 7, col: 3 },
 * //    message: { zh: 'D7 的文号“县自然资发[2026]15号”年份没有用六角括号〔 〕', … }, … }]
 */
export function checkRegister(register: Register, options: CheckOptions): Finding[] {
  if (register.layout.kind === null) return [];
  return orderFindings(checkPrepared(prepareContext(register, options)), options.settings);
}

/**
 * Every rule family over one prepared register, in catalogue order of families (not yet in sheet order).
 * @example orderFindings(checkPrepared(prepareContext(register, options)), settings)
 */
export function checkPrepared(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const family of FAMILIES) {
    for (const finding of family(ctx)) findings.push(finding);
  }
  return findings;
}

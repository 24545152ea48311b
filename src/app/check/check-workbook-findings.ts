/**
 * The validation workflow over any host: assess the workbook (layouts, records, deadlines), then
 * run every rule with the office's rule settings and the deadlines the deadline engine derived,
 * and hand back the findings sheet by sheet.
 */
import { checkWorkbook } from '../../core/rules/check-workbook';
import type { RecordDeadline } from '../../core/rules/check-register';
import type { Finding } from '../../core/rules/finding';
import { readRuleSettings } from '../../core/rules/settings/read-rule-settings';
import { RULE_SETTINGS_SECTION, type RuleSettings } from '../../core/rules/settings/rule-settings';
import type { Problem } from '../../core/types';
import type { RegisterHost } from '../../hosts/host';
import { assessWorkbook, problemsOf, registersOf, type AssessedSheet, type AssessOptions, type WorkbookAssessment } from '../assess-workbook';

export interface SheetCheck {
  readonly sheet: AssessedSheet;
  /** Empty for a sheet that is no register. */
  readonly findings: readonly Finding[];
}

export interface WorkbookCheck {
  readonly assessment: WorkbookAssessment;
  readonly settings: RuleSettings;
  /** Problems with the stored rule settings (a bad entry falls back to its default). */
  readonly settingsProblems: readonly Problem[];
  readonly sheets: readonly SheetCheck[];
  readonly counts: { readonly error: number; readonly warning: number };
}

/**
 * Runs the rules over an assessment already made.
 * @example checkAssessment(await assessWorkbook(host, { asOf })).counts // { error: 31, warning: 8 }
 */
export function checkAssessment(assessment: WorkbookAssessment): WorkbookCheck {
  const { settings, problems } = readRuleSettings(assessment.context.settings[RULE_SETTINGS_SECTION]);
  const deadlines = new Map<string, readonly RecordDeadline[]>();
  for (const s of assessment.sheets) if (s.assessment) deadlines.set(s.info.name, s.assessment.items);
  const findings = checkWorkbook(registersOf(assessment), { asOf: assessment.context.asOf, settings, deadlines });
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  const sheets = assessment.sheets.map((sheet) => ({ sheet, findings: bySheet.get(sheet.info.name) ?? [] }));
  const error = findings.filter((f) => f.severity === 'error').length;
  return { assessment, settings, settingsProblems: problems, sheets, counts: { error, warning: findings.length - error } };
}

/**
 * @example const check = await checkWorkbookOn(host, { asOf: { year: 2026, month: 11, day: 20 } });
 */
export async function checkWorkbookOn(host: RegisterHost, options: AssessOptions = {}): Promise<WorkbookCheck> {
  return checkAssessment(await assessWorkbook(host, options));
}

/**
 * A sheet's layout, reading and deadline problems without the reader's date problems, which
 * the findings already carry as `date.unreadable` (docs/rules.md, "Unreadable dates").
 * @example listSheetProblems(sheet).some((p) => p.code.startsWith('read.date')) // false
 */
export function listSheetProblems(sheet: AssessedSheet): Problem[] {
  return problemsOf(sheet).filter((p) => !p.code.startsWith('read.date'));
}

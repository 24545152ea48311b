/**
 * The validation workflows as the pane runs them: check (a fresh reading of the workbook, then
 * every rule), mark and unmark the wrong cells, install drop-downs, apply safe fixes and take
 * them back. Writing steps say so before they write; fixes and drop-downs need an EditingHost.
 */
import { applyEdits, revertEdits, type AppliedEdits } from '../../app/check/apply-edits';
import { checkAssessment, type WorkbookCheck } from '../../app/check/check-workbook-findings';
import { installRegisterValidations, type SheetValidations } from '../../app/check/install-register-validations';
import { clearInvalidMarks, markInvalidCells, type SheetMarking } from '../../app/check/mark-invalid-cells';
import type { SheetFixes } from '../../app/check/plan-fixes';
import { registersOf } from '../../app/assess-workbook';
import type { CalendarDay } from '../../core/dates/day';
import type { EditingHost } from '../../hosts/editing-host';
import type { ClearOutcome } from '../../hosts/host';
import type { PaneServices } from '../services';
import type { StepHandle } from '../work/step-control';
import { assessForPane, scanOptions } from './overdue-steps';

/**
 * Reads the workbook and runs every rule; changes nothing.
 * @example const check = await checkForPane(services, null, step); check.counts // { error: 31, warning: 8 }
 */
export async function checkForPane(services: PaneServices, asOf: CalendarDay | null, step: StepHandle): Promise<WorkbookCheck> {
  if (services.workflows) return services.workflows.check(scanOptions(services, { asOf, scope: null }, step, false));
  return checkAssessment(await assessForPane(services, { asOf, scope: null }, step));
}

/** Paints the cells of the findings violet (replacing the previous validation marks). */
export function markInvalidForPane(services: PaneServices, check: WorkbookCheck, step: StepHandle): Promise<SheetMarking[]> {
  step.beginWriting();
  return markInvalidCells(services.host, check);
}

/** Takes the violet marks off every sheet, status marks left as they are. */
export function clearInvalidForPane(services: PaneServices, step: StepHandle): Promise<ClearOutcome[]> {
  step.beginWriting();
  return clearInvalidMarks(services.host);
}

/** Installs each register's drop-downs and date limits; the clerk's own only with `replace`. */
export function installDropdownsForPane(host: EditingHost, check: WorkbookCheck, replace: boolean, step: StepHandle): Promise<SheetValidations[]> {
  step.beginWriting();
  return installRegisterValidations(host, registersOf(check.assessment), check.settings, { replace });
}

/** Writes the previewed fixes, sheet by sheet; what was written is kept for undo. */
export async function applyFixesForPane(host: EditingHost, fixes: readonly SheetFixes[], step: StepHandle): Promise<AppliedEdits[]> {
  step.beginWriting();
  const done: AppliedEdits[] = [];
  for (const sheet of fixes) done.push(await applyEdits(host, sheet.sheet, sheet.edits));
  return done;
}

/** Takes back fixes applied earlier; a cell changed again since is left as the clerk made it. */
export async function undoFixesForPane(host: EditingHost, applied: readonly AppliedEdits[], step: StepHandle): Promise<AppliedEdits[]> {
  step.beginWriting();
  const undone: AppliedEdits[] = [];
  for (const sheet of applied) undone.push(await revertEdits(host, sheet));
  return undone;
}

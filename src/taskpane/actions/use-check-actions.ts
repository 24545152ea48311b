/**
 * The validation workflows bound to the pane's store. After a step that changed cells the
 * workbook is checked again in the same step, so the findings shown are those of the workbook
 * as it now is.
 */
import { useCallback } from 'react';
import type { SheetFixes } from '../../app/check/plan-fixes';
import type { SheetValidations } from '../../app/check/install-register-validations';
import { fillTemplate } from '../../i18n';
import { applyFixesForPane, checkForPane, clearInvalidForPane, installDropdownsForPane, markInvalidForPane, undoFixesForPane } from '../operations/check-steps';
import { canEdit } from '../services';
import { usePane } from '../store/pane-store';
import { clearMessage } from '../views/step-messages';

export interface CheckActions {
  run(): Promise<void>;
  mark(): Promise<void>;
  clear(): Promise<void>;
  /** Null when the step did not finish (or the host cannot edit). */
  installDropdowns(replace: boolean): Promise<SheetValidations[] | null>;
  applyFixes(fixes: readonly SheetFixes[]): Promise<boolean>;
  undoFixes(): Promise<void>;
}

export function useCheckActions(): CheckActions {
  const { state, dispatch, services, strings, locale, runStep } = usePane();
  const { asOf, check, appliedFixes } = state;

  const run = useCallback(async () => {
    const result = await runStep(strings.checkStep, (step) => checkForPane(services, asOf, step), (c) => ({
      intent: c.counts.error > 0 ? 'warning' : 'success',
      title: strings.checkDone,
      lines: [c.counts.error + c.counts.warning === 0 ? strings.checkClean : fillTemplate(strings.checkCounts, { errors: c.counts.error, warnings: c.counts.warning })],
    }));
    if (!result) return;
    dispatch({ type: 'assessed', assessment: result.assessment });
    dispatch({ type: 'checked', check: result });
  }, [asOf, dispatch, runStep, services, strings]);

  const mark = useCallback(async () => {
    if (!check) return;
    await runStep(strings.markInvalidStep, (step) => markInvalidForPane(services, check, step), (marked) => ({
      intent: 'success',
      title: strings.markInvalidDone,
      lines: marked.filter((m) => m.cells > 0).map((m) => fillTemplate(strings.markInvalidLine, { sheet: m.sheet, cells: m.cells })),
    }));
  }, [check, runStep, services, strings]);

  const clear = useCallback(async () => {
    await runStep(strings.clearInvalidStep, (step) => clearInvalidForPane(services, step), (outcomes) => ({ ...clearMessage(outcomes, strings, locale), title: strings.clearInvalidDone }));
  }, [runStep, services, strings, locale]);

  const installDropdowns = useCallback(
    async (replace: boolean) => {
      const host = services.host;
      if (!check || !canEdit(host)) return null;
      return runStep(strings.installDropdownsStep, (step) => installDropdownsForPane(host, check, replace, step), (done) => ({
        intent: done.some((d) => d.conflicts.length > 0) ? 'warning' : 'success',
        title: strings.dropdownsDone,
        lines: done.map((d) => fillTemplate(strings.dropdownsLine, { sheet: d.sheet, count: d.installed.length })),
      }));
    },
    [check, runStep, services, strings],
  );

  const applyFixes = useCallback(
    async (fixes: readonly SheetFixes[]) => {
      const host = services.host;
      if (!canEdit(host)) return false;
      const done = await runStep(
        strings.applyFixesStep,
        async (step) => ({ applied: await applyFixesForPane(host, fixes, step), check: await checkForPane(services, asOf, step) }),
        ({ applied }) => {
          const written = applied.reduce((n, a) => n + a.applied.length, 0);
          const skipped = applied.reduce((n, a) => n + a.skipped.length, 0);
          return {
            intent: skipped > 0 ? 'warning' : 'success',
            title: strings.fixesApplied,
            lines: [fillTemplate(strings.fixesAppliedLine, { count: written }), ...(skipped > 0 ? [fillTemplate(strings.fixesSkippedLine, { count: skipped })] : [])],
          };
        },
      );
      if (!done) return false;
      dispatch({ type: 'fixesApplied', applied: done.applied });
      dispatch({ type: 'assessed', assessment: done.check.assessment });
      dispatch({ type: 'checked', check: done.check });
      return true;
    },
    [asOf, dispatch, runStep, services, strings],
  );

  const undoFixes = useCallback(async () => {
    const host = services.host;
    if (!appliedFixes || !canEdit(host)) return;
    const done = await runStep(
      strings.undoFixesStep,
      async (step) => ({ undone: await undoFixesForPane(host, appliedFixes, step), check: await checkForPane(services, asOf, step) }),
      ({ undone }) => {
        const skipped = undone.reduce((n, a) => n + a.skipped.length, 0);
        return {
          intent: skipped > 0 ? 'warning' : 'success',
          title: strings.fixesUndone,
          lines: [fillTemplate(strings.fixesUndoneLine, { count: undone.reduce((n, a) => n + a.applied.length, 0) }), ...(skipped > 0 ? [fillTemplate(strings.fixesSkippedLine, { count: skipped })] : [])],
        };
      },
    );
    if (!done) return;
    dispatch({ type: 'fixesApplied', applied: null });
    dispatch({ type: 'assessed', assessment: done.check.assessment });
    dispatch({ type: 'checked', check: done.check });
  }, [appliedFixes, asOf, dispatch, runStep, services, strings]);

  return { run, mark, clear, installDropdowns, applyFixes, undoFixes };
}

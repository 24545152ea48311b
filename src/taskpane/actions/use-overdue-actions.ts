/**
 * The overdue workflows bound to the pane's store: each runs as a step (progress, cancel while
 * reading), puts what it learnt about the workbook into the state, and says what it did.
 */
import { useCallback } from 'react';
import type { CalendarDay } from '../../core/dates/day';
import type { CellRef } from '../../core/types';
import { fillTemplate } from '../../i18n';
import { assessForPane, clearForPane, highlightForPane, remindForPane } from '../operations/overdue-steps';
import { mergeAssessment } from '../store/merge-assessment';
import { usePane } from '../store/pane-store';
import { describeStepFailure } from '../views/failure-lines';
import { clearMessage, highlightMessage, remindMessage } from '../views/step-messages';

export interface OverdueActions {
  /** Reads the workbook again; `asOf` replaces the chosen day for this and later steps. */
  scan(asOf?: CalendarDay | null): Promise<void>;
  highlight(): Promise<void>;
  clear(): Promise<void>;
  remind(): Promise<void>;
  select(cell: CellRef): Promise<void>;
}

export function useOverdueActions(): OverdueActions {
  const { state, dispatch, services, strings, locale, runStep } = usePane();
  const { asOf, scope, assessment } = state;

  const scan = useCallback(
    async (day?: CalendarDay | null) => {
      const chosen = day === undefined ? asOf : day;
      if (day !== undefined) dispatch({ type: 'asOfChosen', asOf: day });
      const result = await runStep(strings.scanStep, (step) => assessForPane(services, { asOf: chosen, scope: null }, step));
      if (result) dispatch({ type: 'assessed', assessment: result });
    },
    [asOf, dispatch, runStep, services, strings],
  );

  const highlight = useCallback(async () => {
    const report = await runStep(
      strings.highlightOverdue,
      (step) => highlightForPane(services, { asOf, scope }, step),
      (r) => highlightMessage(r, strings, locale),
    );
    if (report) dispatch({ type: 'assessed', assessment: scope === null ? report.assessment : mergeAssessment(assessment, report.assessment) });
  }, [asOf, scope, assessment, dispatch, runStep, services, strings, locale]);

  const clear = useCallback(async () => {
    await runStep(strings.clearHighlights, (step) => clearForPane(services, { asOf, scope }, step), (r) => clearMessage(r, strings, locale));
  }, [asOf, scope, runStep, services, strings, locale]);

  const remind = useCallback(async () => {
    const report = await runStep(strings.remindAction, (step) => remindForPane(services, { asOf, scope }, step), (r) => remindMessage(r, strings, locale));
    if (report) dispatch({ type: 'assessed', assessment: scope === null ? report.assessment : mergeAssessment(assessment, report.assessment) });
  }, [asOf, scope, assessment, dispatch, runStep, services, strings, locale]);

  const select = useCallback(
    async (cell: CellRef) => {
      if (!services.selectCell) return;
      try {
        await services.selectCell(cell);
      } catch (error: unknown) {
        dispatch({ type: 'messageShown', message: { intent: 'error', title: fillTemplate(strings.stepFailed, { step: strings.selectStep }), lines: describeStepFailure(error, locale) } });
      }
    },
    [services, dispatch, strings, locale],
  );

  return { scan, highlight, clear, remind, select };
}

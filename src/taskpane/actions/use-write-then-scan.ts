/**
 * A change to the workbook (a mapping, a setting) followed, in the same step, by a fresh reading
 * of the workbook, so that every panel shows what the change gives and the clerk sees one
 * message for the whole step.
 */
import { useCallback } from 'react';
import { assessForPane } from '../operations/overdue-steps';
import type { PaneMessage } from '../store/pane-state';
import { usePane } from '../store/pane-store';
import type { StepHandle } from '../work/step-control';

export type WriteThenScan = <T>(label: string, write: (step: StepHandle) => Promise<T>, report: (result: T) => PaneMessage | null) => Promise<T | null>;

export function useWriteThenScan(): WriteThenScan {
  const { state, dispatch, services, runStep } = usePane();
  const asOf = state.asOf;
  return useCallback(
    async (label, write, report) => {
      const done = await runStep(
        label,
        async (step) => {
          const result = await write(step);
          return { result, assessment: await assessForPane(services, { asOf, scope: null }, step) };
        },
        ({ result }) => report(result),
      );
      if (!done) return null;
      dispatch({ type: 'assessed', assessment: done.assessment });
      // Validation findings were about the workbook as it was read before the change.
      dispatch({ type: 'checked', check: null });
      return done.result;
    },
    [asOf, dispatch, runStep, services],
  ) as WriteThenScan;
}

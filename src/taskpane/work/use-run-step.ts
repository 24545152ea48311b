/**
 * Runs one long step of the pane: shows its progress, lets the clerk cancel it while it only
 * reads, and turns its outcome into a message bar — a cancel or a failure included, never lost.
 */
import { useCallback, useRef, type Dispatch } from 'react';
import { fillTemplate, type Locale, type UiStrings } from '../../i18n';
import type { PaneServices } from '../services';
import type { PaneAction } from '../store/pane-reducer';
import type { PaneMessage } from '../store/pane-state';
import { describeStepFailure } from '../views/failure-lines';
import { createStepControl, isCancellation, type StepControl, type StepHandle } from './step-control';

/** Runs `work` as a step named `label`; `report` says what its result means (null: no message). */
export type RunStep = <T>(label: string, work: (step: StepHandle) => Promise<T>, report?: (result: T) => PaneMessage | null) => Promise<T | null>;

export interface StepRunner {
  readonly runStep: RunStep;
  readonly cancelStep: () => void;
}

interface RunnerDeps {
  readonly dispatch: Dispatch<PaneAction>;
  readonly services: PaneServices;
  readonly strings: UiStrings;
  readonly locale: Locale;
}

/** One step at a time: a second one asked for while the first runs is refused (its buttons are disabled). */
export function useStepRunner({ dispatch, services, strings, locale }: RunnerDeps): StepRunner {
  const current = useRef<StepControl | null>(null);

  const runStep: RunStep = useCallback(
    async (label, work, report) => {
      if (current.current) return null;
      const control = createStepControl({
        onProgress: (done, total, item) => dispatch({ type: 'workProgressed', done, total, item }),
        onPhase: (phase) => dispatch({ type: 'workPhaseChanged', phase }),
      });
      current.current = control;
      dispatch({ type: 'workStarted', label });
      try {
        const result = await work(control.handle);
        // A read-only step that ran to its end after a cancel still counts as cancelled.
        if (!control.handle.wrote) control.handle.signal.throwIfAborted();
        const message = report ? report(result) : null;
        if (message) dispatch({ type: 'messageShown', message });
        return result;
      } catch (error: unknown) {
        const cancelled = isCancellation(control.handle.signal);
        dispatch({
          type: 'messageShown',
          message: cancelled
            ? { intent: 'info', title: fillTemplate(strings.stepCancelled, { step: label }), lines: [strings.stepCancelledUnchanged] }
            : { intent: 'error', title: fillTemplate(strings.stepFailed, { step: label }), lines: describeStepFailure(error, locale) },
        });
        return null;
      } finally {
        current.current = null;
        dispatch({ type: 'workEnded' });
        if (control.handle.wrote) services.onWorkbookChanged?.();
      }
    },
    [dispatch, services, strings, locale],
  );

  const cancelStep = useCallback(() => {
    if (current.current?.cancel()) dispatch({ type: 'cancelRequested' });
  }, [dispatch]);

  return { runStep, cancelStep };
}
